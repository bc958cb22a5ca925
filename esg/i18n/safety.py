"""Strings of the safety view."""

STRINGS = {
    "safety.title": {"zh": "safety", "en": "safety"},
}
