#!/usr/bin/env bash
# Make sure a Docker engine answers, for the tests and for building the
# stand-in images (scripts/standins.sh).
#
#   scripts/engine-up.sh
#
# If `docker info` already answers (Docker Desktop, a system service, an
# engine started earlier), nothing is started. Otherwise, as root on a
# Debian/Ubuntu machine, it installs Debian's docker.io (and the tools the
# scripts use: debootstrap, tmux, ca-certificates, iptables, curl) and starts
# dockerd in the background, logging to $DOCKERD_LOG.
#
# Environment:
#   DOCKERD_LOG     dockerd's log file (default /var/log/dockerd.log)
#   DOCKERD_FLAGS   extra flags for dockerd (word-split), e.g. "--storage-driver=vfs"
#   ENGINE_WAIT     seconds to wait for the engine to answer (default 60)
set -euo pipefail

readonly DOCKERD_LOG=${DOCKERD_LOG:-/var/log/dockerd.log}
readonly ENGINE_WAIT=${ENGINE_WAIT:-60}
# command -> Debian package that provides it
readonly -A NEEDED=(
  [dockerd]=docker.io
  [docker]=docker.io
  [debootstrap]=debootstrap
  [tmux]=tmux
  [iptables]=iptables
  [curl]=curl
  [update-ca-certificates]=ca-certificates
)

die() { echo "engine-up: error: $*" >&2; exit 1; }
note() { echo "engine-up: $*" >&2; }

engine_answers() { docker info >/dev/null 2>&1; }

print_engine() {
  docker version --format 'engine-up: Docker Engine {{.Server.Version}} (API {{.Server.APIVersion}}), client {{.Client.Version}}'
}

# Installs the packages of whatever commands are missing; apt-get update only
# when something is. Waits for another apt run to release its lock.
ensure_packages() {
  local cmd
  local -A missing=()
  for cmd in "${!NEEDED[@]}"; do
    command -v "$cmd" >/dev/null 2>&1 || missing[${NEEDED[$cmd]}]=1
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $EUID -ne 0 ]]; then
    note "missing packages: ${!missing[*]} (run as root to install them)"
    return 0
  fi
  command -v apt-get >/dev/null || die "missing ${!missing[*]} and no apt-get: install Docker Engine and debootstrap by hand"
  note "installing ${!missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  local -a apt=(apt-get -o DPkg::Lock::Timeout=600 -q)
  local log
  log=$(mktemp)
  if ! { "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends "${!missing[@]}"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    rm -f "$log"
    die "installing ${!missing[*]} failed (apt output above): check the network and /etc/apt/sources.list*"
  fi
  rm -f "$log"
}

# Waits for the engine; fails early if the dockerd we started has died.
wait_for_engine() {
  local pid=${1:-} waited=0
  while ! engine_answers; do
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
      return 2
    fi
    if ((waited >= ENGINE_WAIT)); then
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# True if PID is a live (not zombie) process named NAME.
process_alive() {
  local pid=$1 name=$2 state
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$name" ]] || return 1
  state=$(awk '/^State:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
  [[ -n $state && $state != Z ]]
}

# After a hard stop, the pid files of dockerd and of the containerd it runs
# may name dead (or not yet reaped) processes; dockerd then waits for a
# containerd that is not there and gives up. Remove such stale files.
clear_stale_pidfiles() {
  local file name pid
  for file in /var/run/docker.pid:dockerd /var/run/docker/containerd/containerd.pid:containerd; do
    name=${file##*:}
    file=${file%:*}
    [[ -f $file ]] || continue
    pid=$(cat "$file" 2>/dev/null || true)
    if ! process_alive "$pid" "$name"; then
      note "removing stale $file (pid ${pid:-?} is not a running $name)"
      rm -f "$file"
    fi
  done
}

# A system with a running systemd starts Debian's docker.service; any other
# (containers, CI sandboxes) gets dockerd started by hand, in its own session
# so that it outlives this script and a Ctrl-C in the terminal.
start_dockerd() {
  local -a flags=()
  [[ -n ${DOCKERD_FLAGS:-} ]] && read -r -a flags <<<"$DOCKERD_FLAGS"
  if [[ ${#flags[@]} -eq 0 && -d /run/systemd/system ]] && command -v systemctl >/dev/null; then
    note "starting docker.service"
    systemctl start docker.service || die "systemctl start docker failed: see journalctl -u docker"
    wait_for_engine || die "docker.service started but the engine does not answer: see journalctl -u docker"
    return 0
  fi
  clear_stale_pidfiles
  mkdir -p "$(dirname "$DOCKERD_LOG")"
  note "starting dockerd ${flags[*]} (log: $DOCKERD_LOG)"
  setsid dockerd "${flags[@]}" >>"$DOCKERD_LOG" 2>&1 </dev/null &
  local pid=$! status=0
  wait_for_engine "$pid" || status=$?
  [[ $status -eq 0 ]] && return 0
  tail -n 25 "$DOCKERD_LOG" >&2
  if [[ $status -eq 2 ]]; then
    note "dockerd exited (its log is above; full log in $DOCKERD_LOG)"
  else
    kill "$pid" 2>/dev/null || true
    note "dockerd did not answer within ${ENGINE_WAIT}s (its log is above; full log in $DOCKERD_LOG)"
  fi
  die "no engine. If the log blames iptables or the storage driver, retry with e.g. DOCKERD_FLAGS='--storage-driver=vfs'"
}

main() {
  if engine_answers; then
    print_engine
    [[ $EUID -eq 0 ]] && ensure_packages
    return 0
  fi
  if [[ $EUID -ne 0 ]]; then
    die "no Docker engine answers. Start yours (Docker Desktop, 'sudo systemctl start docker', colima start, ...) or run this script as root to install and start one"
  fi
  ensure_packages
  command -v dockerd >/dev/null || die "dockerd is still missing after installing docker.io"
  if [[ -z ${DOCKERD_FLAGS:-} ]] && process_alive "$(cat /var/run/docker.pid 2>/dev/null || true)" dockerd; then
    # Started by someone else a moment ago: give it the same time to answer.
    note "dockerd is running but does not answer yet; waiting"
    wait_for_engine || die "dockerd runs but the engine does not answer: see $DOCKERD_LOG"
  else
    start_dockerd
  fi
  print_engine
}

main "$@"
