#!/usr/bin/env bash
# Benchmark (not a test): kills ingest and analytics with SIGKILL at seeded random points of their run and checks the
# warehouse after each kill. A small synthetic sample (2024) is ingested and analysed once, undisturbed, as the
# reference. Then, N times each, ingest (or analytics) is started on a copy of that warehouse and killed after a
# random delay within its reference run time; after every kill: the current snapshot is whole and read by the
# server's reader, and every table opens (benchmarks/faults/CheckWarehouse.java); the next run succeeds; and it yields
# the reference's result: the same tables with the same row counts, and the same indicators row for row
# (benchmarks/snapshot-diff.sh, all but snapshot_id). Prints a line per kill and the totals; exits 1 on any failure.
# Usage: benchmarks/faults.sh [--kills N] [--seed S]     (default 20 kills of each job, seed 1)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KILLS=20
SEED=1
WORK=/tmp/sendacc-faults
fail() {
  echo "faults: $*" >&2
  exit 1
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --kills) KILLS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done
[[ "$KILLS" =~ ^[1-9][0-9]*$ ]] || fail "--kills '$KILLS' is not a whole number"
[[ "$SEED" =~ ^[0-9]+$ ]] || fail "--seed '$SEED' is not a whole number"
RANDOM=$SEED

"$ROOT/sendacc" build >/dev/null
SERVER_CP="$ROOT/dashboard-server/target/sendacc-dashboard-server-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/dashboard-server/target/classpath.txt")"
rm -rf "$WORK"
mkdir -p "$WORK"
"$ROOT/sendacc" generate --out "$WORK/sample" --from 2024 --to 2024 >"$WORK/generate.log" 2>&1

millis() { date +%s%3N; }
check() { java -cp "$SERVER_CP" "$ROOT/benchmarks/faults/CheckWarehouse.java" "$1" 2>>"$WORK/check.log"; }
tables() { check "$1" | grep '^table '; } # each table's name and row count, from its Parquet footers

echo "Reference run (undisturbed) on $WORK/reference..."
start=$(millis)
"$ROOT/sendacc" ingest --input "$WORK/sample" --warehouse "$WORK/reference" >"$WORK/reference-ingest.log" 2>&1
INGEST_MS=$(($(millis) - start))
start=$(millis)
"$ROOT/sendacc" analytics --warehouse "$WORK/reference" >"$WORK/reference-analytics.log" 2>&1
ANALYTICS_MS=$(($(millis) - start))
REFERENCE_CHECK=$(check "$WORK/reference" | head -n 1)
REFERENCE_ID=$(cat "$WORK/reference/snapshots/CURRENT")
echo "  ingest ${INGEST_MS} ms, analytics ${ANALYTICS_MS} ms; $REFERENCE_CHECK"

failures=0
kills=0
# one_kill JOB: copy the reference warehouse, start JOB on it, kill it at a seeded random point, check, rerun, compare
one_kill() {
  local job=$1 run_ms=$2 n=$3
  local warehouse="$WORK/killed-$job-$n"
  rm -rf "$warehouse"
  cp -a "$WORK/reference" "$warehouse"
  local delay_ms=$((500 + (RANDOM * 32768 + RANDOM) % (run_ms - 500)))
  local -a command
  if [[ "$job" == ingest ]]; then
    command=("$ROOT/sendacc" ingest --input "$WORK/sample" --warehouse "$warehouse")
  else
    command=("$ROOT/sendacc" analytics --warehouse "$warehouse")
  fi
  setsid "${command[@]}" >"$WORK/$job-$n-killed.log" 2>&1 &
  local pid=$!
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  local killed=finished
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
    killed=killed
  fi
  wait "$pid" 2>/dev/null || true
  kills=$((kills + 1))
  local whole rerun same
  if check "$warehouse" >/dev/null; then whole=whole; else whole=BROKEN; fi
  if "${command[@]}" >"$WORK/$job-$n-rerun.log" 2>&1; then rerun=succeeded; else rerun=FAILED; fi
  same=same
  if [[ "$job" == analytics || "$rerun" == succeeded ]]; then
    "$ROOT/sendacc" analytics --warehouse "$warehouse" >"$WORK/$job-$n-analytics.log" 2>&1 || same=DIFFERENT
  fi
  if [[ "$same" == same ]]; then
    [[ "$(tables "$warehouse")" == "$(tables "$WORK/reference")" ]] || same=DIFFERENT
    "$ROOT/benchmarks/snapshot-diff.sh" "$WORK/reference/snapshots/$REFERENCE_ID/indicators" \
      "$warehouse/snapshots/$(cat "$warehouse/snapshots/CURRENT")/indicators" >"$WORK/$job-$n-diff.log" 2>&1 ||
      same=DIFFERENT
  fi
  printf "%-9s kill %2d at %6d ms (%s): snapshot and tables %s, next run %s, result %s\n" \
    "$job" "$n" "$delay_ms" "$killed" "$whole" "$rerun" "$same"
  [[ "$whole" == whole && "$rerun" == succeeded && "$same" == same ]] || failures=$((failures + 1))
  rm -rf "$warehouse"
}

for n in $(seq 1 "$KILLS"); do one_kill ingest "$INGEST_MS" "$n"; done
for n in $(seq 1 "$KILLS"); do one_kill analytics "$ANALYTICS_MS" "$n"; done
echo "faults_kills $kills"
echo "faults_failures $failures (goal 0)"
[[ "$failures" == 0 ]]
