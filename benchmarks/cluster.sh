#!/usr/bin/env bash
# Benchmark (not a test): the application jar under spark-submit on a Spark standalone cluster on loopback, started
# from the project's own Spark jars (docs/cluster.md): a master and one worker with two executors of 2 GB and one core
# each. Ingest and analytics of a synthetic sample at --scale N are submitted as two applications; the same sample
# then runs in local mode, and the two snapshots are compared row for row (benchmarks/snapshot-diff.sh). Prints each
# step's time, the executors each application ran, and the comparison.
# Usage: benchmarks/cluster.sh [SCALE] [WORKDIR]      (default scale 4, /tmp/sendacc-cluster-bench)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE=${1:-4}
WORK=${2:-/tmp/sendacc-cluster-bench}
LOOPBACK=127.0.0.1
"$ROOT/sendacc" build >/dev/null
APP=$(ls "$ROOT"/app/target/sendacc-app-*.jar | grep -v original | head -n 1)
FLAGS=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$ROOT/pom.xml")

mkdir -p "$WORK"
rm -rf "$WORK/spark-home" "$WORK/worker" "$WORK/warehouse-cluster" "$WORK/warehouse-local"
# A Spark home made of the project's Spark jars: jars/ (Spark and its libraries, none of ours, not Hadoop's unshaded
# common, which a distribution does not have) and a RELEASE file.
mkdir -p "$WORK/spark-home/jars" "$WORK/worker"
tr ':' '\n' <"$ROOT/pipeline/target/classpath.txt" | grep -v '/sendacc-[^/]*\.jar$' |
  grep -vE '/(hadoop-common|hadoop-mapreduce-client-core|slf4j-simple)-[^/]*\.jar$' |
  while read -r jar; do ln -sf "$jar" "$WORK/spark-home/jars/"; done
echo "Spark 4 jars from the project's Maven class path" >"$WORK/spark-home/RELEASE"
export SPARK_HOME="$WORK/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=$LOOPBACK
SPARK_CP="$SPARK_HOME/jars/*"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
WEB=$(free_port)
# shellcheck disable=SC2086
java -Xmx512m $FLAGS -cp "$SPARK_CP" org.apache.spark.deploy.master.Master --host $LOOPBACK --port "$PORT" \
  --webui-port "$WEB" >"$WORK/master.log" 2>&1 &
MASTER=$!
# shellcheck disable=SC2086
java -Xmx512m $FLAGS -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker --host $LOOPBACK --cores 2 \
  --memory 5g --work-dir "$WORK/worker" --webui-port "$(free_port)" "spark://$LOOPBACK:$PORT" >"$WORK/worker.log" 2>&1 &
WORKER=$!
trap 'kill $WORKER $MASTER 2>/dev/null || true' EXIT
until curl -fs "http://$LOOPBACK:$WEB/json/" | grep -q '"aliveworkers" : 1'; do sleep 0.5; done

sample="$WORK/sample-scale-$SCALE"
[[ -f "$sample/SYNTHETIC" ]] || "$ROOT/sendacc" generate --out "$sample" --scale "$SCALE" >"$WORK/generate.log" 2>&1

now() { date +%s.%N; }
# submit CLASS ARGS...: what spark-submit runs, with the application jar and two executors of 2 GB and one core
submit() {
  local class=$1
  shift
  # shellcheck disable=SC2086
  java -Xmx2g $FLAGS -cp "$SPARK_CP" org.apache.spark.deploy.SparkSubmit --master "spark://$LOOPBACK:$PORT" \
    --conf spark.driver.host=$LOOPBACK --executor-memory 2g --executor-cores 1 --total-executor-cores 2 \
    --class "$class" "$APP" "$@"
}
start=$(now)
submit org.sendacc.ingest.IngestJob --input "$sample" --warehouse "$WORK/warehouse-cluster" >"$WORK/ingest.log" 2>&1
ingest_seconds=$(echo "$(now) - $start" | bc)
start=$(now)
submit org.sendacc.analytics.AnalyticsJob --warehouse "$WORK/warehouse-cluster" >"$WORK/analytics.log" 2>&1
analytics_seconds=$(echo "$(now) - $start" | bc)
start=$(now)
"$ROOT/sendacc" pipeline --input "$sample" --warehouse "$WORK/warehouse-local" >"$WORK/local.log" 2>&1
local_seconds=$(echo "$(now) - $start" | bc)

printf 'cluster_scale_%s_ingest_seconds      %.1f   (spark-submit, 2 executors x 2 GB x 1 core)\n' "$SCALE" "$ingest_seconds"
printf 'cluster_scale_%s_analytics_seconds   %.1f\n' "$SCALE" "$analytics_seconds"
printf 'local_scale_%s_pipeline_seconds      %.1f   (./sendacc pipeline, local[*], one JVM)\n' "$SCALE" "$local_seconds"
for app in "$WORK"/worker/app-*; do
  printf 'application %s: %s executors (%s)\n' "$(basename "$app")" "$(find "$app" -mindepth 1 -maxdepth 1 -type d | wc -l)" \
    "$(grep -ho 'org.sendacc[.a-zA-Z]*Job' "$app"/*/stderr 2>/dev/null | sort -u | tr '\n' ' ' || true)"
done
grep -h 'committed in\|published in' "$WORK/ingest.log" "$WORK/analytics.log" | sed 's/^/cluster: /'
current() { cat "$1/snapshots/CURRENT"; }
"$ROOT/benchmarks/snapshot-diff.sh" "$WORK/warehouse-local/snapshots/$(current "$WORK/warehouse-local")/indicators" \
  "$WORK/warehouse-cluster/snapshots/$(current "$WORK/warehouse-cluster")/indicators"
