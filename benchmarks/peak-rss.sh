# Sourced by the benchmark scripts. peak_rss_kb LOG COMMAND...: runs the command with its output in LOG, waits for
# it, and prints the largest RSS (KiB) its process reached.
peak_rss_kb() {
  local log=$1
  shift
  "$@" >"$log" 2>&1 &
  local pid=$! peak=0 rss
  while kill -0 "$pid" 2>/dev/null; do
    # The launcher execs java, so $pid is the JVM. Its children are not added: Hadoop forks short-lived commands,
    # and a child shows the JVM's (shared, copy-on-write) pages as its own RSS until it execs.
    rss=$(ps -o rss= -p "$pid" 2>/dev/null | awk '{s+=$1} END {print s+0}')
    ((rss > peak)) && peak=$rss
    sleep 0.2
  done
  wait "$pid"
  echo "$peak"
}
