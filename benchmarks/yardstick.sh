# Sourced by the benchmark scripts: builds benchmarks/yardstick (DuckDB JDBC; not part of the main build, whose tests
# must not download DuckDB's ~80 MB jar) when needed, and prints its classpath.
yardstick_classpath() {
  local dir="$ROOT/benchmarks/yardstick"
  if [[ ! -f "$dir/target/classpath.txt" || -n "$(find "$dir/src" "$dir/pom.xml" -newer "$dir/target/classpath.txt" -type f | head -n 1)" ]]; then
    (cd "$dir" && mvn -B -ntp -q -Dstyle.color=never package) >&2
  fi
  echo "$dir/target/classes:$(cat "$dir/target/classpath.txt")"
}
