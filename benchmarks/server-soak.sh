#!/usr/bin/env bash
# Benchmark (not a test): a soak of the dashboard server under a mixed load across every route, with a new snapshot
# published half way through. Starts the built server (java -Xmx512m, no rate limit) on a free loopback port against
# a warehouse's current snapshot, warms it up, then runs benchmarks/soak/Soak.java (N connections, every route with
# random areas and indicators) for the time or the number of requests asked, while ./sendacc analytics publishes a
# new snapshot of the same warehouse at the half-way point. Prints: per route the requests, errors, p50 and p99; per
# 10-second window the throughput and errors, and the window in which the snapshot changed; the server's RSS and heap
# after a full GC (jcmd) at the start and the end, and whether they stayed within 10%; and the total of errors, which
# must be zero.
# Usage: benchmarks/server-soak.sh [--warehouse DIR] [--seconds 600] [--connections 8] [--requests N] [--no-swap]
#   --warehouse DIR   warehouse with a published snapshot (default ./warehouse, as ./sendacc demo leaves it)
#   --seconds N       length of the soak (default 600)
#   --connections N   concurrent connections (default 8)
#   --requests N      stop after N requests instead (e.g. 20000)
#   --no-swap         do not publish a new snapshot during the run
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WAREHOUSE="$ROOT/warehouse"
SECONDS_ASKED=600
CONNECTIONS=8
REQUESTS=""
SWAP=yes
WORK=/tmp/sendacc-soak
SERVER_JAR="$ROOT/dashboard-server/target/sendacc-dashboard-server-0.1.0-SNAPSHOT.jar"
SERVER_CLASSPATH="$ROOT/dashboard-server/target/classpath.txt"

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
fail() {
  echo "server-soak: $*" >&2
  exit 1
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --warehouse | --seconds | --connections | --requests)
      [[ $# -ge 2 ]] || fail "$1 needs a value (see --help)"
      case "$1" in
        --warehouse) WAREHOUSE=$2 ;;
        --seconds) SECONDS_ASKED=$2 ;;
        --connections) CONNECTIONS=$2 ;;
        --requests) REQUESTS=$2 ;;
      esac
      shift 2
      ;;
    --no-swap) SWAP=no; shift ;;
    -h | --help) usage; exit 0 ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done
[[ "$SECONDS_ASKED" =~ ^[1-9][0-9]*$ ]] || fail "--seconds '$SECONDS_ASKED' is not a whole number"
[[ "$CONNECTIONS" =~ ^[1-9][0-9]*$ ]] || fail "--connections '$CONNECTIONS' is not a whole number"
[[ -z "$REQUESTS" || "$REQUESTS" =~ ^[1-9][0-9]*$ ]] || fail "--requests '$REQUESTS' is not a whole number"
[[ -f "$WAREHOUSE/snapshots/CURRENT" ]] ||
  fail "$WAREHOUSE has no published snapshot (no snapshots/CURRENT): run ./sendacc demo first, or give --warehouse DIR"
WAREHOUSE="$(cd "$WAREHOUSE" && pwd)"
command -v java >/dev/null 2>&1 || fail "java is not on the PATH (the project needs a JDK 17)"
command -v curl >/dev/null 2>&1 || fail "curl is not on the PATH"
JCMD=$(command -v jcmd || true)
[[ -n "$JCMD" ]] || JCMD="$(dirname "$(readlink -f "$(command -v java)")")/jcmd"
[[ -x "$JCMD" ]] || fail "jcmd is not beside java (the heap after GC needs it)"
if [[ ! -f "$SERVER_JAR" || ! -f "$SERVER_CLASSPATH" ]]; then
  "$ROOT/sendacc" build
fi
mkdir -p "$WORK"
SERVER_LOG="$WORK/server.log"

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  fail "found no free loopback port"
}
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
SWAP_PID=""
stop_all() {
  [[ -n "$SWAP_PID" ]] && kill "$SWAP_PID" 2>/dev/null || true
  [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null || return 0
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "Starting the dashboard server on $BASE (java -Xms512m -Xmx512m -XX:+AlwaysPreTouch, --rate-limit 0; log $SERVER_LOG)"
echo "  warehouse $WAREHOUSE, snapshot $(cat "$WAREHOUSE/snapshots/CURRENT")"
# the heap committed and touched up front, as a long-running server should be, so that RSS measures what grows
java -Xms512m -Xmx512m -XX:+AlwaysPreTouch -cp "$SERVER_JAR:$(cat "$SERVER_CLASSPATH")" org.sendacc.server.DashboardServer \
  --warehouse "$WAREHOUSE" --port "$PORT" --rate-limit 0 >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/api/snapshot" || true)" == 200 ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 20 "$SERVER_LOG" >&2; fail "the server stopped before answering"; }
  sleep 0.1
done

# memory NAME: the server's RSS (from /proc) and heap used after a full GC (jcmd), in MB
memory() {
  "$JCMD" "$SERVER_PID" GC.run >/dev/null
  local rss heap
  rss=$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status")
  heap=$("$JCMD" "$SERVER_PID" GC.heap_info | awk '/total/ && /used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024; exit}}')
  echo "$1_rss_mb $rss"
  echo "$1_heap_after_gc_mb $heap"
}

echo "Warming up for 20 s..."
java "$ROOT/benchmarks/soak/Soak.java" "$BASE" 20 "$CONNECTIONS" >"$WORK/warmup.log"
memory start | tee "$WORK/memory-start.txt"

if [[ "$SWAP" == yes ]]; then
  half=$((SECONDS_ASKED / 2))
  # a run of so many requests may last only a minute: publish early in it
  [[ -n "$REQUESTS" ]] && half=10
  (
    sleep "$half"
    echo "Publishing a new snapshot at about ${half} s (./sendacc analytics --warehouse $WAREHOUSE)..."
    "$ROOT/sendacc" analytics --warehouse "$WAREHOUSE" >"$WORK/analytics.log" 2>&1 &&
      echo "  published $(cat "$WAREHOUSE/snapshots/CURRENT")" || echo "  analytics failed: see $WORK/analytics.log"
  ) &
  SWAP_PID=$!
fi
echo "Soak: $CONNECTIONS connections, ${REQUESTS:-$SECONDS_ASKED s}..."
java "$ROOT/benchmarks/soak/Soak.java" "$BASE" "$SECONDS_ASKED" "$CONNECTIONS" ${REQUESTS:+"$REQUESTS"} | tee "$WORK/soak.log"
[[ -n "$SWAP_PID" ]] && wait "$SWAP_PID" 2>/dev/null || true
SWAP_PID=""
memory end | tee "$WORK/memory-end.txt"

read -r _ rss_start < <(grep rss "$WORK/memory-start.txt")
read -r _ heap_start < <(grep heap "$WORK/memory-start.txt")
read -r _ rss_end < <(grep rss "$WORK/memory-end.txt")
read -r _ heap_end < <(grep heap "$WORK/memory-end.txt")
errors=$(awk '/^soak_errors/ {print $2}' "$WORK/soak.log")
awk -v rs="$rss_start" -v re="$rss_end" -v hs="$heap_start" -v he="$heap_end" -v errors="$errors" 'BEGIN {
  printf "rss_change_pct %.1f (goal within 10)\n", (re - rs) * 100 / rs
  printf "heap_after_gc_change_pct %.1f (start %d MB, end %d MB; goal within 10)\n", (he - hs) * 100 / hs, hs, he
  printf "errors %d (goal 0)\n", errors
}'
[[ "$errors" == 0 ]] || exit 1
