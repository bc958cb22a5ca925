"""Strings of the environment view."""

STRINGS = {
    "environment.title": {"zh": "environment", "en": "environment"},
}
