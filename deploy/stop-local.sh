#!/usr/bin/env bash
# Stops what deploy/start-local.sh started (the same ESG_PROXY_PORT / ESG_RUN_DIR): nginx, then every replica.
set -euo pipefail
cd "$(dirname "$0")/.."
PROXY_PORT="${ESG_PROXY_PORT:-8600}"
RUN_DIR="${ESG_RUN_DIR:-/tmp/esg-deploy-$PROXY_PORT}"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

if [ -f "$RUN_DIR/nginx.pid" ] && kill -0 "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null; then
  "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -s quit
fi
for pid_file in "$RUN_DIR"/replica-*.pid; do
  [ -f "$pid_file" ] || continue
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$pid_file"
done
echo "stop-local: stopped (run directory $RUN_DIR)"
