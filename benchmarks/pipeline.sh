#!/usr/bin/env bash
# Benchmark (not a test) of the pipeline's speed on this machine, with DuckDB (JDBC, 2 threads) as the yardstick,
# side by side in one run, since absolute times on a shared 2-core machine are noisy. Prints:
#   demo_seconds                 ./sendacc demo from a clean sample and warehouse (jars built) until :PORT answers
#   realdata_analytics_seconds   ./sendacc analytics over a warehouse of all of ../shared/realdata, JVM start included
#   scale_N_*                    ./sendacc pipeline (ingest + analytics, one JVM) at --scale 1 and --scale N, its peak
#                                RSS, DuckDB doing the same row work on the same files, and the ratios
# The demo part deletes sample-data/generated and warehouse/ first, as a new user would start.
# Usage: benchmarks/pipeline.sh [SCALE] [WORKDIR]   (default scale 4, workdir /tmp/sendacc-pipeline-bench)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE=${1:-4}
WORK=${2:-/tmp/sendacc-pipeline-bench}
REALDATA="$(dirname "$ROOT")/shared/realdata"
PORT=${SENDACC_BENCH_PORT:-7071}
# shellcheck source=benchmarks/yardstick.sh
source "$ROOT/benchmarks/yardstick.sh"
# shellcheck source=benchmarks/peak-rss.sh
source "$ROOT/benchmarks/peak-rss.sh"
YARDSTICK=$(yardstick_classpath)
mkdir -p "$WORK"
"$ROOT/sendacc" build >/dev/null

now() { date +%s.%N; }
seconds_since() { echo "$(now) - $1" | bc; }

# 1. The demo, from nothing but built jars: generate, ingest, analytics, serve.
echo "== demo (sample and warehouse removed first)" >&2
rm -rf "$ROOT/sample-data/generated" "$ROOT/warehouse"
start=$(now)
SENDACC_PORT=$PORT "$ROOT/sendacc" demo >"$WORK/demo.log" 2>&1 &
demo_pid=$!
until curl -fso /dev/null "http://localhost:$PORT/"; do
  if ! kill -0 "$demo_pid" 2>/dev/null; then
    echo "the demo stopped before serving; see $WORK/demo.log" >&2
    exit 1
  fi
  sleep 0.2
done
demo_seconds=$(seconds_since "$start")
pkill -P "$demo_pid" 2>/dev/null || true
kill "$demo_pid" 2>/dev/null || true
wait "$demo_pid" 2>/dev/null || true

# 2. Analytics over every real public file.
echo "== analytics over ../shared/realdata" >&2
rm -rf "$WORK/realdata-warehouse"
"$ROOT/sendacc" ingest --input "$REALDATA" --warehouse "$WORK/realdata-warehouse" >"$WORK/realdata-ingest.log" 2>&1
start=$(now)
"$ROOT/sendacc" analytics --warehouse "$WORK/realdata-warehouse" >"$WORK/realdata-analytics.log" 2>&1
realdata_seconds=$(seconds_since "$start")

# 3. Scale: the pipeline and DuckDB on the same files, at --scale 1 and --scale N.
run_date=$(date -u +%F)
declare -A pipeline_seconds pipeline_rss duck_seconds rows
for scale in 1 "$SCALE"; do
  echo "== scale $scale" >&2
  sample="$WORK/sample-scale-$scale"
  # A sample left by an older generator lacks the sources added since (a run on such a sample ingested 19 tables
  # where the generator now writes 25): kept only when newer than the generator's jar.
  generator_jar=$(ls "$ROOT"/sample-data/target/sendacc-sample-data-*.jar | head -n 1)
  if [[ ! -f "$sample/SYNTHETIC" || "$generator_jar" -nt "$sample/SYNTHETIC" ]]; then
    rm -rf "$sample"
    "$ROOT/sendacc" generate --out "$sample" --scale "$scale" >"$WORK/generate-$scale.log" 2>&1
  fi
  rm -rf "$WORK/warehouse-scale-$scale" "$WORK/duckdb-scale-$scale"
  start=$(now)
  pipeline_rss[$scale]=$(peak_rss_kb "$WORK/pipeline-$scale.log" \
    "$ROOT/sendacc" pipeline --input "$sample" --warehouse "$WORK/warehouse-scale-$scale")
  pipeline_seconds[$scale]=$(seconds_since "$start")
  rows[$scale]=$(awk '$1 == "total" {gsub(",", "", $4); print $4}' "$WORK/pipeline-$scale.log")
  start=$(now)
  java -cp "$YARDSTICK" org.sendacc.benchmarks.DuckDbPipeline "$sample" "$WORK/duckdb-scale-$scale" \
    "$ROOT/sample-data/reference" "$run_date" >"$WORK/duckdb-$scale.log" 2>&1
  duck_seconds[$scale]=$(seconds_since "$start")
done

printf 'demo_seconds                      %.1f   (goal < 60)\n' "$demo_seconds"
printf 'realdata_analytics_seconds        %.1f   (goal < 15, JVM start included)\n' "$realdata_seconds"
for scale in 1 "$SCALE"; do
  printf 'scale_%s_rows_in                    %s\n' "$scale" "${rows[$scale]}"
  printf 'scale_%s_pipeline_seconds           %.1f   (ingest + analytics, one JVM, JVM start included)\n' \
    "$scale" "${pipeline_seconds[$scale]}"
  printf 'scale_%s_pipeline_peak_rss         %s\n' "$scale" "$(numfmt --to=iec --from-unit=1024 "${pipeline_rss[$scale]}")"
  printf 'scale_%s_duckdb_seconds             %.1f   (%s)\n' "$scale" "${duck_seconds[$scale]}" \
    "$(grep -E '^duckdb_(validate|aggregate)' "$WORK/duckdb-$scale.log" | tr '\n' ' ')"
  printf 'scale_%s_ratio_pipeline_to_duckdb   %.2f   (goal <= 1.0 at --scale 4 and --scale 16)\n' "$scale" \
    "$(echo "${pipeline_seconds[$scale]} / ${duck_seconds[$scale]}" | bc -l)"
done
printf 'growth_time_scale_%s_over_1        %.2f   for %.2fx the rows (linear: at most 1.1x the row ratio)\n' "$SCALE" \
  "$(echo "${pipeline_seconds[$SCALE]} / ${pipeline_seconds[1]}" | bc -l)" \
  "$(echo "${rows[$SCALE]} / ${rows[1]}" | bc -l)"
echo "logs: $WORK"
