"""Strings of the materiality view."""

STRINGS = {
    "materiality.title": {"zh": "materiality", "en": "materiality"},
}
