#!/usr/bin/env bash
# Sets everything up, then runs lint and the whole test suite: data layer, AppTest, browser.
#   scripts/test.sh            everything (what CI runs)
#   scripts/test.sh --fast     data and AppTest layers only (no browser)
# Extra arguments go to pytest (both layers).
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
fast=""
if [ "${1:-}" = "--fast" ]; then
  fast=1
  shift
fi
# pytest exits 5 when a -k or path selects no test of a layer: that layer has nothing to run, not a failure.
run_pytest() { .venv/bin/python -m pytest "$@" || { rc=$?; [ "$rc" -eq 5 ] || exit "$rc"; }; }
echo "== pytest: data and AppTest layers (two workers)"
run_pytest -m "not browser" -n 2 "$@"
[ -n "$fast" ] && exit 0
echo "== pytest: browser layer"
run_pytest -m browser "$@"
