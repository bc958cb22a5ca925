"""Strings of the reserves view."""

STRINGS = {
    "reserves.title": {"zh": "reserves", "en": "reserves"},
}
