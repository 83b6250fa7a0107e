#!/usr/bin/env bash
# Benchmark (not a test): what a first visit to each page costs in headless Chromium, against the budgets of
# docs/web-performance.md (150 kB on the wire; the area page's first chart within 1 s of navigation).
# Starts the built server on a free loopback port against a warehouse's current snapshot (with the ONS boundaries
# when they are there), then runs the dashboard-server benchmark PageWeightBenchmark (tag "benchmark"), which opens
# each page RUNS times with the browser's cache emptied and prints its bytes on the wire (ECharts apart), requests
# and the median time of its first chart. Installs Debian's chromium and chromium-driver when they are missing.
# Usage: benchmarks/page-weight.sh [--warehouse DIR] [--area CODE] [--runs N]
#   --warehouse DIR   warehouse with a published snapshot (default ./warehouse-real, as ./sendacc demo --real leaves it)
#   --area CODE       the LA whose area page is measured (default E08000035, Leeds)
#   --runs N          visits per page (default 5)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WAREHOUSE="$ROOT/warehouse-real"
AREA=E08000035
RUNS=5
BOUNDARIES="$(dirname "$ROOT")/shared/realdata/ons-uk-topojson/england_utla_2024.geojson"
WORK=/tmp/sendacc-page-weight
usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
fail() {
  echo "page-weight: $*" >&2
  exit 1
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --warehouse | --area | --runs)
      [[ $# -ge 2 ]] || fail "$1 needs a value (see --help)"
      case "$1" in
        --warehouse) WAREHOUSE=$2 ;;
        --area) AREA=$2 ;;
        --runs) RUNS=$2 ;;
      esac
      shift 2
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done
[[ -f "$WAREHOUSE/snapshots/CURRENT" ]] ||
  fail "$WAREHOUSE has no published snapshot: run ./sendacc demo --real first, or give --warehouse DIR"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || fail "--runs '$RUNS' is not a whole number"
mkdir -p "$WORK"
cd "$ROOT"
# shellcheck source=benchmarks/apt.sh
source "$ROOT/benchmarks/apt.sh"
ensure_tools "chromium chromium-driver" /usr/bin/chromium /usr/bin/chromedriver
"$ROOT/mvnw" -B -ntp -q install -DskipTests >"$WORK/build.log" 2>&1 || fail "the build failed: see $WORK/build.log"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
args=(serve --warehouse "$WAREHOUSE" --port "$PORT")
[[ -f "$BOUNDARIES" ]] && args+=(--boundaries "$BOUNDARIES")
"$ROOT/sendacc" "${args[@]}" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/snapshot" && break
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/snapshot" || fail "the server did not start: see $WORK/server.log"
INDICATOR=ehcp_20wk_excl_exceptions
ICB=$(curl -fs "http://127.0.0.1:$PORT/api/areas" | grep -o '"area_code":"E54[0-9]*"' | head -1 | cut -d'"' -f4)
PATHS="/,/area/$AREA,/icb/$ICB,/indicator/$INDICATOR,/indicators,/changes"
"$ROOT/mvnw" -B -ntp -o test -pl dashboard-server -DexcludedGroups= -Dgroups=benchmark -Dtest=PageWeightBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsendacc.pages.base="http://127.0.0.1:$PORT" \
  -Dsendacc.pages.paths="$PATHS" -Dsendacc.pages.runs="$RUNS" >"$WORK/benchmark.log" 2>&1 ||
  fail "the benchmark failed: see $WORK/benchmark.log"
echo "First visits, empty cache, headless Chromium, $RUNS visits a page (snapshot $(cat "$WAREHOUSE/snapshots/CURRENT")):"
grep '^page ' "$WORK/benchmark.log"
