"""Strings of the emissions view."""

STRINGS = {
    "emissions.title": {"zh": "emissions", "en": "emissions"},
}
