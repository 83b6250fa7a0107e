# Sourced by the benchmark scripts that need a Debian package (wrk, Chromium): the launcher's pattern, apt-get as root
# or through sudo, else stop and say exactly what to install. The sourcing script defines fail MESSAGE.

# apt_install PACKAGE...
apt_install() {
  local -a as_root=()
  local fix="as root: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $*"
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || fail "this benchmark needs $*; this user is not root and has no sudo. Install it $fix"
    as_root=(sudo)
  fi
  if ! "${as_root[@]}" apt-get update -qq ||
    ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; then
    fail "apt-get could not install $* (see above). Install it $fix"
  fi
}

# ensure_tools "PACKAGE..." TOOL...: installs the packages when a tool (a command, or an absolute path) is missing.
ensure_tools() {
  local packages=$1 tool
  shift
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "Installing $packages with apt-get (the benchmark needs $tool)..." >&2
      # shellcheck disable=SC2086
      apt_install $packages
      command -v "$tool" >/dev/null 2>&1 || fail "apt-get installed $packages but $tool is still missing"
    fi
  done
}
