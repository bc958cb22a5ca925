"""Strings of the frameworks view."""

STRINGS = {
    "frameworks.title": {"zh": "frameworks", "en": "frameworks"},
}
