"""Strings of the explorer view."""

STRINGS = {
    "explorer.title": {"zh": "explorer", "en": "explorer"},
}
