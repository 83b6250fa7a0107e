#!/usr/bin/env bash
# Benchmark (not a test) of the jobs on real storage faults, which need root to set up: a read-only bind mount of a
# published warehouse, and a 4 MB tmpfs that fills up while ingest (then analytics) writes to it. For each it prints
# the exit status, the job's message and whether the warehouse's tables and current snapshot are as they were (a
# digest of every file outside runs/, before and after). StorageFaultsTest checks the same through an injected Hadoop
# file system in CI. Usage: benchmarks/storage-faults.sh   (as root; about 2 minutes)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REALDATA="$(dirname "$ROOT")/shared/realdata"
WORK=/tmp/sendacc-storage-faults
[[ $(id -u) -eq 0 ]] || { echo "storage-faults: needs root to mount a tmpfs and a read-only bind mount" >&2; exit 1; }

"$ROOT/sendacc" build >/dev/null
cleanup() { umount "$WORK/readonly" "$WORK/small" 2>/dev/null || true; }
trap cleanup EXIT
cleanup
rm -rf "$WORK"
mkdir -p "$WORK/subset" "$WORK/readonly" "$WORK/small"
cp -r "$REALDATA/dfe-ehcp-2025" "$WORK/subset/"

digest() { (cd "$1" && find . -type f ! -path './runs/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
# report NAME WAREHOUSE COMMAND...: runs the command, prints its status, message and whether the warehouse changed
report() {
  local name=$1 warehouse=$2 before status
  shift 2
  before=$(digest "$warehouse")
  set +e
  "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
  status=$?
  set -e
  local after
  after=$(digest "$warehouse")
  printf '%-28s exit %s  warehouse %s  stderr lines %s\n    %s\n' "$name" "$status" \
    "$([[ "$before" == "$after" ]] && echo unchanged || echo CHANGED)" "$(wc -l <"$WORK/$name.err")" \
    "$(grep -o 'sendacc [a-z]*: .*' "$WORK/$name.err" | head -1)"
}

# 1. Read-only: a warehouse with one run and one snapshot, mounted read-only.
"$ROOT/sendacc" ingest --input "$WORK/subset" --warehouse "$WORK/published" >/dev/null 2>&1
"$ROOT/sendacc" analytics --warehouse "$WORK/published" >/dev/null 2>&1
mount --bind "$WORK/published" "$WORK/readonly"
mount -o remount,ro,bind "$WORK/readonly"
report readonly_ingest "$WORK/readonly" "$ROOT/sendacc" ingest --input "$REALDATA" --warehouse "$WORK/readonly"
report readonly_analytics "$WORK/readonly" "$ROOT/sendacc" analytics --warehouse "$WORK/readonly"

# 2. Disk full: the subset's warehouse fits in 4 MB; its snapshot, or every real file's tables, do not.
mount -t tmpfs -o size=4m tmpfs "$WORK/small"
"$ROOT/sendacc" ingest --input "$WORK/subset" --warehouse "$WORK/small/warehouse" >/dev/null 2>&1
report disk_full_analytics "$WORK/small/warehouse" "$ROOT/sendacc" analytics --warehouse "$WORK/small/warehouse"
report disk_full_ingest "$WORK/small/warehouse" "$ROOT/sendacc" ingest --input "$REALDATA" \
  --warehouse "$WORK/small/warehouse"
echo "    left in _work: $(find "$WORK/small/warehouse/_work" -mindepth 1 | wc -l) files"

# 3. Missing input folder and missing warehouse.
report missing_input "$WORK/published" "$ROOT/sendacc" ingest --input "$WORK/no-such-input" \
  --warehouse "$WORK/published"
mkdir -p "$WORK/empty"
report missing_warehouse "$WORK/empty" "$ROOT/sendacc" analytics --warehouse "$WORK/empty/no-such-warehouse"
