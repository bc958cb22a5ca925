#!/usr/bin/env bash
# Sets everything up, then starts the dashboard on the committed snapshot (http://localhost:8501).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/streamlit run app.py "$@"
