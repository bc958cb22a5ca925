#!/usr/bin/env bash
# Copies the Streamlit frontend's hashed bundles (the installed version's static/ directory) into DIR/static/ with a
# .gz (gzip -9) and, when the brotli command is there, a .br (brotli -q 11, the smallest: about a minute of CPU for
# all bundles) beside every compressible file, for nginx's gzip_static/brotli_static (deploy/nginx/esg-dashboard.conf:
# "root DIR;" in esg-static-root.conf). Prints DIR.
#
#   deploy/precompress-static.sh [DIR]     default DIR: /var/tmp/esg-static-<streamlit version>
#
# Done once per Streamlit version (DIR/.done marks a complete copy; a new version gets a new DIR). Written into a
# temporary directory and renamed, so two runs at once do not see half a copy. On a proxy host without the app, run it
# on an app host and copy DIR over: a bundle missing from the copy is fetched from a replica (compressed on the fly).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
read -r VERSION SOURCE < <("$PYTHON" -c \
  "import streamlit; from streamlit import file_util; print(streamlit.__version__, file_util.get_static_dir())")
DIR="${1:-/var/tmp/esg-static-$VERSION}"
if [ -f "$DIR/.done" ]; then echo "$DIR"; exit 0; fi

WORK="$(mktemp -d "${DIR%/}.tmp.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp -r "$SOURCE/static" "$WORK/static"
find "$WORK/static" -type f -size +1k \( -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.svg' \
  -o -name '*.ttf' -o -name '*.map' -o -name '*.txt' \) -print0 |
  while IFS= read -r -d '' file; do
    gzip -9 -k -n -f "$file"
    if command -v brotli >/dev/null 2>&1; then brotli -q 11 -k -f "$file"; fi
  done
echo "$VERSION" > "$WORK/.done"
chmod -R a+rX "$WORK"  # nginx's workers run as an unprivileged user
if [ -e "$DIR" ]; then rm -rf "$DIR"; fi
mv -T "$WORK" "$DIR" 2>/dev/null || true  # another run may have renamed its copy first: it is the same
trap - EXIT
rm -rf "$WORK"
echo "$DIR"
