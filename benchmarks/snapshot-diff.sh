#!/usr/bin/env bash
# Compares two indicators tables (folders of Parquet) row for row, read by DuckDB as an independent reader: rows
# matched on indicator, source, area and period; every column but snapshot_id compared, texts exactly, numbers
# exactly and within a relative 1e-12. Exit 1 when they differ beyond that.
# Usage: benchmarks/snapshot-diff.sh OLD_INDICATORS_FOLDER NEW_INDICATORS_FOLDER
#   e.g. benchmarks/snapshot-diff.sh warehouse/snapshots/<old-id>/indicators warehouse/snapshots/<new-id>/indicators
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=benchmarks/yardstick.sh
source "$ROOT/benchmarks/yardstick.sh"
exec java -cp "$(yardstick_classpath)" org.sendacc.benchmarks.SnapshotDiff "$@"
