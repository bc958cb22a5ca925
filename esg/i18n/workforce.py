"""Strings of the workforce view."""

STRINGS = {
    "workforce.title": {"zh": "workforce", "en": "workforce"},
}
