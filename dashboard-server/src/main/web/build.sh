#!/usr/bin/env bash
# Builds the pages' assets into OUT_DIR (docs/web-performance.md): installs the packages pinned in package-lock.json
# with npm ci when they are missing or the lockfile changed, then runs build.mjs. Run by the Maven build
# (dashboard-server/pom.xml, generate-resources).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: build.sh OUT_DIR}
if ! command -v npm >/dev/null 2>&1; then
  echo "dashboard-server: building the pages' scripts needs Node.js and npm (Debian: apt-get install npm);" \
    "./sendacc installs them when they are missing" >&2
  exit 1
fi
if [[ ! -f "$here/node_modules/.package-lock.json" || "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  echo "dashboard-server: npm ci in src/main/web (the packages pinned in package-lock.json)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$here/build.mjs" "$out"
