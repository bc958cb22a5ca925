"""Strings of the risks view."""

STRINGS = {
    "risks.title": {"zh": "risks", "en": "risks"},
}
