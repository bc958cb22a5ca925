"""``python -m esg check-secrets``: refuse to start a replica with a placeholder or short cookie secret
(``STREAMLIT_SERVER_COOKIE_SECRET``) or admin secret (``admin_secret`` in ``.streamlit/secrets.toml``, if set)."""

from __future__ import annotations

import argparse
import os
import sys
import tomllib

from esg.credentials import secret_problem
from esg.paths import PROJECT_DIR

COOKIE_ENV = "STREAMLIT_SERVER_COOKIE_SECRET"


def run(args: argparse.Namespace) -> int:
    """Print every problem and return 2, or 0 when the secrets are usable."""
    problems = [secret_problem(os.environ.get(COOKIE_ENV), COOKIE_ENV)]
    secrets_file = PROJECT_DIR / ".streamlit" / "secrets.toml"
    if secrets_file.is_file():
        try:
            admin = tomllib.loads(secrets_file.read_text(encoding="utf-8")).get("admin_secret")
        except (OSError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"{secrets_file} cannot be read ({type(exc).__name__})")
        else:
            if admin is not None:
                problems.append(secret_problem(admin, "admin_secret"))
    problems = [p for p in problems if p]
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 2 if problems else 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``check-secrets`` parser."""
    parser = sub.add_parser("check-secrets", help="refuse placeholder or short cookie and admin secrets")
    parser.set_defaults(func=run)
