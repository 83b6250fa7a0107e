#!/usr/bin/env bash
# Fuzz (not a test, not in CI): runs each reader's Jazzer fuzz target (ingest/.../fuzz/ReaderFuzzTest.java) for 60
# seconds, one after another, and prints for each the executions run and the crashes found. Jazzer keeps a crashing
# input under ingest/src/test/resources/org/sendacc/ingest/fuzz/ReaderFuzzTestInputs/<target>/, where JUnit replays
# it; copy it into the hostile corpus (HostileCorpusTest) with the rejection it must get, then fix the reader.
# Usage: benchmarks/fuzz.sh [TARGET...]      (default: every target, about 15 minutes)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK=/tmp/sendacc-fuzz
TEST="$ROOT/ingest/src/test/java/org/sendacc/ingest/fuzz/ReaderFuzzTest.java"
mapfile -t TARGETS < <(if [[ $# -gt 0 ]]; then printf '%s\n' "$@"; else
  sed -n 's/^    void \([A-Za-z]*\)(byte\[\] data) {$/\1/p' "$TEST"; fi)
INPUTS="$ROOT/ingest/src/test/resources/org/sendacc/ingest/fuzz/ReaderFuzzTestInputs"
mkdir -p "$WORK"
cd "$ROOT"
"$ROOT/mvnw" -B -ntp -q install -DskipTests -pl ingest -am >"$WORK/build.log" 2>&1
# inputs Jazzer keeps for a target: its seeds and the crashes it found
inputs() { if [[ -d "$INPUTS/$1" ]]; then find "$INPUTS/$1" -type f | wc -l; else echo 0; fi; }
total_crashes=0
for target in "${TARGETS[@]}"; do
  before=$(inputs "$target")
  set +e
  JAZZER_FUZZ=1 "$ROOT/mvnw" -B -ntp test -pl ingest -DexcludedGroups= -Dgroups=fuzz \
    -Dtest="ReaderFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false >"$WORK/$target.log" 2>&1
  status=$?
  set -e
  after=$(inputs "$target")
  runs=$(grep -aoE '#[0-9]+\s+(DONE|pulse|NEW|REDUCE)' "$WORK/$target.log" | tail -1 | grep -oE '[0-9]+' || echo "?")
  speed=$(grep -aoE 'exec/s: [0-9]+' "$WORK/$target.log" | tail -1 | grep -oE '[0-9]+' || echo "?")
  crashes=$((after - before))
  total_crashes=$((total_crashes + crashes))
  printf '%-22s executions %-9s exec/s %-6s crashes %s  (mvn exit %s, log %s)\n' "$target" "$runs" "$speed" \
    "$crashes" "$status" "$WORK/$target.log"
done
echo "fuzz_targets $(( ${#TARGETS[@]} ))  crashes_found $total_crashes"
