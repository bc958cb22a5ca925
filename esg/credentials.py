"""Secrets the deployment sets (the admin secret, the cookie secret): a placeholder from an example file, or a short
one, is refused with a message saying what to do, never accepted. ``python -m esg check-secrets`` runs the same check
before a replica starts (the systemd unit's ``ExecStartPre``)."""

from __future__ import annotations

MIN_SECRET_CHARS = 20
# The example files' placeholders, and words people type when they mean "set later".
PLACEHOLDERS = frozenset(
    {"replace-me-with-a-long-random-secret", "change-me", "changeme", "secret", "password", "admin", "test", "x"}
)
HOW = 'python3 -c "import secrets; print(secrets.token_urlsafe(32))"'


def secret_problem(value: object, name: str) -> str:
    """Why ``value`` cannot be the secret ``name`` (``""`` when it can): missing, a placeholder or too short."""
    if not isinstance(value, str) or not value.strip():
        return f"{name} is not set"
    if value.strip().lower() in PLACEHOLDERS or "replace-me" in value or "change-me" in value:
        return f"{name} is the example file's placeholder: set a random secret ({HOW})"
    if len(value) < MIN_SECRET_CHARS:
        return f"{name} has {len(value)} characters: use at least {MIN_SECRET_CHARS} random ones ({HOW})"
    return ""
