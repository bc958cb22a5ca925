#!/usr/bin/env bash
# Starts the dashboard as several identical replicas on loopback behind Debian's nginx with sticky sessions, all
# serving the same read-only snapshot, Streamlit's bundles precompressed (gzip, and brotli with Debian's modules) and
# served by nginx; prints the proxy's URL. Installs nginx and its brotli modules (apt-get) when nginx is missing.
#
#   deploy/start-local.sh            2 replicas on 8601 and 8602, the proxy on http://127.0.0.1:8600
#   deploy/stop-local.sh             stops them again
#
# Environment: ESG_PROXY_PORT (8600), ESG_REPLICA_PORTS ("8601 8602"), ESG_RUN_DIR (pid files, logs and the rendered
# nginx configuration; default /tmp/esg-deploy-$ESG_PROXY_PORT), ESG_SNAPSHOTS_DIR (the snapshot to serve), ESG_STATIC_DIR
# (the precompressed bundles, deploy/precompress-static.sh; default /var/tmp/esg-static-<streamlit version>).
set -euo pipefail
cd "$(dirname "$0")/.."

PROXY_PORT="${ESG_PROXY_PORT:-8600}"
REPLICA_PORTS="${ESG_REPLICA_PORTS:-8601 8602}"
RUN_DIR="${ESG_RUN_DIR:-/tmp/esg-deploy-$PROXY_PORT}"
PYTHON="${PYTHON:-.venv/bin/python}"

BROTLI_MODULES=/usr/lib/nginx/modules
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "start-local: installing nginx with its brotli modules (Debian packages)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # RUNLEVEL=1 keeps the package from starting a system-wide nginx on port 80: only the binary is needed here.
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq nginx brotli \
    libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

wait_healthy() {  # URL, seconds
  local deadline=$((SECONDS + $2))
  until [ "$(curl -fsS --max-time 2 "$1/_stcore/health" 2>/dev/null)" = "ok" ]; do
    if [ $SECONDS -ge $deadline ]; then echo "start-local: no healthy server at $1 (logs in $RUN_DIR)" >&2; return 1; fi
    sleep 0.3
  done
}

mkdir -p "$RUN_DIR/tmp"
chmod 755 "$RUN_DIR"  # nginx's workers (an unprivileged user) use the temporary directories inside
# One cookie secret for every replica: Streamlit signs its XSRF cookie with it, so any replica accepts the cookie.
SECRET_FILE="$RUN_DIR/cookie-secret"
[ -s "$SECRET_FILE" ] || "$PYTHON" -c "import secrets; print(secrets.token_urlsafe(32))" > "$SECRET_FILE"

: > "$RUN_DIR/esg-replicas.conf"
for port in $REPLICA_PORTS; do
  if [ -f "$RUN_DIR/replica-$port.pid" ] && kill -0 "$(cat "$RUN_DIR/replica-$port.pid")" 2>/dev/null; then
    echo "start-local: replica on $port is already running"
  else
    STREAMLIT_SERVER_COOKIE_SECRET="$(cat "$SECRET_FILE")" STREAMLIT_SERVER_ALLOWED_HOSTS="127.0.0.1 localhost" nohup "$PYTHON" -m streamlit run app.py \
      --server.address 127.0.0.1 --server.port "$port" --server.headless true --browser.gatherUsageStats false \
      > "$RUN_DIR/replica-$port.log" 2>&1 &
    echo $! > "$RUN_DIR/replica-$port.pid"
  fi
  echo "server 127.0.0.1:$port max_fails=2 fail_timeout=10s;" >> "$RUN_DIR/esg-replicas.conf"
done
for port in $REPLICA_PORTS; do
  wait_healthy "http://127.0.0.1:$port" 90
  # One run of app.py starts the replica's warm-up of every view in the background (components/warm.py).
  curl -fsS --max-time 60 "http://127.0.0.1:$port/_stcore/script-health-check" >/dev/null 2>&1 || true
done

echo "listen 127.0.0.1:$PROXY_PORT;" > "$RUN_DIR/esg-listen.conf"
cp deploy/nginx/esg-dashboard.conf deploy/nginx/esg-headers.conf "$RUN_DIR/"
cp deploy/nginx/nginx-local.conf "$RUN_DIR/nginx.conf"
# Streamlit's bundles precompressed (once per Streamlit version), served by nginx itself.
STATIC_DIR="$(deploy/precompress-static.sh ${ESG_STATIC_DIR:+"$ESG_STATIC_DIR"})"
echo "root $STATIC_DIR;" > "$RUN_DIR/esg-static-root.conf"
# Brotli where Debian's modules are installed; gzip alone otherwise.
: > "$RUN_DIR/esg-modules.conf"; : > "$RUN_DIR/esg-brotli.conf"
if [ -f "$BROTLI_MODULES/ngx_http_brotli_filter_module.so" ] && [ -f "$BROTLI_MODULES/ngx_http_brotli_static_module.so" ]; then
  printf 'load_module %s;\n' "$BROTLI_MODULES/ngx_http_brotli_filter_module.so" \
    "$BROTLI_MODULES/ngx_http_brotli_static_module.so" > "$RUN_DIR/esg-modules.conf"
  cp deploy/nginx/esg-brotli.conf "$RUN_DIR/esg-brotli.conf"
fi
"$NGINX" -t -q -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf"
if [ -f "$RUN_DIR/nginx.pid" ] && kill -0 "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null; then
  "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -s reload
else
  "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf"
fi
wait_healthy "http://127.0.0.1:$PROXY_PORT" 30
echo "start-local: $(echo $REPLICA_PORTS | wc -w) replicas behind http://127.0.0.1:$PROXY_PORT (run directory $RUN_DIR)"
