#!/usr/bin/env bash
# Benchmark (not a test) of the pipeline's speed on this machine, with DuckDB (JDBC, 2 threads) as the yardstick,
# side by side in one run, since absolute times on a shared 2-core machine are noisy. Prints:
#   demo_seconds                 ./sendacc demo from a clean sample and warehouse (jars built) until :PORT answers
#   realdata_analytics_seconds   ./sendacc analytics over a warehouse of all of ../shared/realdata, JVM start included
#   scale_N_*                    at --scale 1 and --scale N: ./sendacc pipeline (ingest + analytics, one JVM) on the
#                                files DuckDB reads (the three person-level local returns), DuckDB doing the same rules
#                                and aggregations on them, and the ratio (equal work); then ./sendacc pipeline on the
#                                whole sample (the published tables too, which DuckDB does not read), and its ratio
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

# 3. Scale: the pipeline and DuckDB on the same files, at --scale 1 and --scale N. DuckDB's yardstick reads the three
# person-level local returns (returns/ehc_assessment_records*, health_advice_requests*, therapy_referrals*.csv), so
# the equal-work run gives the pipeline a folder of exactly those files (links into the sample). The whole sample
# (25 tables, with the published ones: 38 more files, 7 of them NHS England workbooks) is timed as well.
run_date=$(date -u +%F)
declare -A pipeline_seconds pipeline_rss whole_seconds whole_rss duck_seconds rows whole_rows rejected
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
  same_files="$WORK/same-files-scale-$scale"
  rm -rf "$same_files"
  mkdir -p "$same_files/returns"
  cp "$sample/SYNTHETIC" "$same_files/"
  for template in ehc_assessment_records health_advice_requests therapy_referrals; do
    ln -s "$sample/returns/$template"*.csv "$same_files/returns/"
  done
  rm -rf "$WORK/warehouse-scale-$scale" "$WORK/whole-warehouse-scale-$scale" "$WORK/duckdb-scale-$scale"
  start=$(now)
  pipeline_rss[$scale]=$(peak_rss_kb "$WORK/pipeline-$scale.log" \
    "$ROOT/sendacc" pipeline --input "$same_files" --warehouse "$WORK/warehouse-scale-$scale")
  pipeline_seconds[$scale]=$(seconds_since "$start")
  rows[$scale]=$(awk '$1 == "total" {gsub(",", "", $4); print $4}' "$WORK/pipeline-$scale.log")
  rejected[$scale]=$(awk '$1 == "total" {gsub(",", "", $6); print $6}' "$WORK/pipeline-$scale.log")
  start=$(now)
  java -cp "$YARDSTICK" org.sendacc.benchmarks.DuckDbPipeline "$sample" "$WORK/duckdb-scale-$scale" \
    "$ROOT/sample-data/reference" "$run_date" >"$WORK/duckdb-$scale.log" 2>&1
  duck_seconds[$scale]=$(seconds_since "$start")
  start=$(now)
  whole_rss[$scale]=$(peak_rss_kb "$WORK/whole-$scale.log" \
    "$ROOT/sendacc" pipeline --input "$sample" --warehouse "$WORK/whole-warehouse-scale-$scale")
  whole_seconds[$scale]=$(seconds_since "$start")
  whole_rows[$scale]=$(awk '$1 == "total" {gsub(",", "", $4); print $4}' "$WORK/whole-$scale.log")
done

printf 'demo_seconds                      %.1f   (goal < 60)\n' "$demo_seconds"
printf 'realdata_analytics_seconds        %.1f   (goal < 15, JVM start included)\n' "$realdata_seconds"
for scale in 1 "$SCALE"; do
  printf 'scale_%s_rows_in                    %s   (the files DuckDB reads; DuckDB: %s)\n' "$scale" "${rows[$scale]}" \
    "$(sed -n 's/^duckdb_rows_read //p' "$WORK/duckdb-$scale.log")"
  printf 'scale_%s_rows_rejected              %s   (the same rules; DuckDB: %s)\n' "$scale" "${rejected[$scale]}" \
    "$(awk '/^duckdb [a-z_]+: / {sum += $(NF - 1)} END {print sum + 0}' "$WORK/duckdb-$scale.log")"
  printf 'scale_%s_pipeline_seconds           %.1f   (ingest + analytics, one JVM, JVM start included)\n' \
    "$scale" "${pipeline_seconds[$scale]}"
  printf 'scale_%s_pipeline_peak_rss         %s\n' "$scale" "$(numfmt --to=iec --from-unit=1024 "${pipeline_rss[$scale]}")"
  printf 'scale_%s_duckdb_seconds             %.1f   (%s)\n' "$scale" "${duck_seconds[$scale]}" \
    "$(grep -E '^duckdb_(validate|aggregate)' "$WORK/duckdb-$scale.log" | tr '\n' ' ')"
  printf 'scale_%s_ratio_pipeline_to_duckdb   %.2f   (same files, equal work; goal <= 1.0 at --scale 4 and --scale 16)\n' \
    "$scale" "$(echo "${pipeline_seconds[$scale]} / ${duck_seconds[$scale]}" | bc -l)"
  printf 'scale_%s_whole_sample_seconds       %.1f   (%s rows, 25 tables: the published ones too, which DuckDB does not read; %.2fx DuckDB; peak RSS %s)\n' \
    "$scale" "${whole_seconds[$scale]}" "${whole_rows[$scale]}" \
    "$(echo "${whole_seconds[$scale]} / ${duck_seconds[$scale]}" | bc -l)" \
    "$(numfmt --to=iec --from-unit=1024 "${whole_rss[$scale]}")"
done
printf 'growth_time_scale_%s_over_1        %.2f   for %.2fx the rows (linear: at most 1.1x the row ratio)\n' "$SCALE" \
  "$(echo "${pipeline_seconds[$SCALE]} / ${pipeline_seconds[1]}" | bc -l)" \
  "$(echo "${rows[$SCALE]} / ${rows[1]}" | bc -l)"
echo "logs: $WORK"
