"""Strings of the subsidiaries view."""

STRINGS = {
    "subsidiaries.title": {"zh": "subsidiaries", "en": "subsidiaries"},
}
