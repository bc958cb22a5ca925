#!/usr/bin/env bash
# Sets everything up, then runs lint and the whole test suite: data layer, AppTest, browser.
#   scripts/test.sh            everything (what CI runs)
#   scripts/test.sh --fast     data and AppTest layers only (no browser)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== import-linter (layers: pyproject.toml [tool.importlinter])"
.venv/bin/lint-imports
echo "== mypy (strict on esg/: pyproject.toml [tool.mypy])"
.venv/bin/mypy esg
echo "== pytest"
if [ "${1:-}" = "--fast" ]; then
  shift
  exec .venv/bin/python -m pytest -m "not browser" "$@"
fi
exec .venv/bin/python -m pytest "$@"
