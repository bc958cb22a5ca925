"""Strings of the governance view."""

STRINGS = {
    "governance.title": {"zh": "governance", "en": "governance"},
}
