#!/usr/bin/env bash
# Benchmark (not a test): generate the synthetic sample at --scale N and ingest it with Spark in local mode.
# Prints rows per second for generation and ingest, the wall time of each, and the ingest JVM's peak memory.
# Usage: benchmarks/ingest-scale.sh [SCALE] [WORKDIR]   (default scale 10, workdir /tmp/sendacc-bench)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE=${1:-10}
WORK=${2:-/tmp/sendacc-bench}
SAMPLE="$WORK/sample-scale-$SCALE"
# shellcheck source=benchmarks/peak-rss.sh
source "$ROOT/benchmarks/peak-rss.sh"
WAREHOUSE="$WORK/warehouse-scale-$SCALE"
rm -rf "$SAMPLE" "$WAREHOUSE"
mkdir -p "$WORK"

"$ROOT/sendacc" build >/dev/null

start=$(date +%s.%N)
gen_rss=$(peak_rss_kb "$WORK/generate.log" "$ROOT/sendacc" generate --out "$SAMPLE" --scale "$SCALE")
gen_seconds=$(echo "$(date +%s.%N) - $start" | bc)
sample_bytes=$(du -sb "$SAMPLE" | cut -f1)

start=$(date +%s.%N)
ingest_rss=$(peak_rss_kb "$WORK/ingest.log" "$ROOT/sendacc" ingest --input "$SAMPLE" --warehouse "$WAREHOUSE")
ingest_seconds=$(echo "$(date +%s.%N) - $start" | bc)
rows=$(python3 -c "import json,glob; s=json.load(open(glob.glob('$WAREHOUSE/runs/*/summary.json')[0])); print(sum(f['rows_read'] for src in s['sources'] for f in src['files']))")

echo "scale                  $SCALE"
echo "sample size            $(numfmt --to=iec "$sample_bytes")"
echo "rows ingested          $rows"
printf 'generate               %.1f s, peak RSS %s\n' "$gen_seconds" "$(numfmt --to=iec --from-unit=1024 "$gen_rss")"
printf 'ingest (incl. JVM and Spark start)  %.1f s, %.0f rows/s, peak RSS %s\n' "$ingest_seconds" \
  "$(echo "$rows / $ingest_seconds" | bc -l)" "$(numfmt --to=iec --from-unit=1024 "$ingest_rss")"
echo "ingest summary: $WORK/ingest.log"
