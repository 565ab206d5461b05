#!/usr/bin/env bash
# Make sure a container engine answers, for the tests and for building the
# stand-in images (scripts/standins.sh).
#
#   scripts/engine-up.sh [ENGINE]           start ENGINE unless it answers; print its version
#   scripts/engine-up.sh --exec ENGINE CMD  run CMD against ENGINE (started if need be)
#   scripts/engine-up.sh --load ENGINE [IMAGE...]
#                                           copy images (or the list on stdin) from the
#                                           default engine into ENGINE: docker save | docker load
#   scripts/engine-down.sh ENGINE           stop it again
#
# ENGINE is one of:
#   default  the machine's own engine on /var/run/docker.sock (or whatever `docker` answers).
#            If none answers, as root on Debian/Ubuntu: installs Debian's docker.io (and the tools
#            the scripts use) and starts dockerd, logging to $DOCKERD_LOG.
#   d28c     Docker Engine 28 from Debian sid with the containerd image store (its own containerd):
#            what a new learner on Docker 29 gets.
#   d28      the same Docker Engine 28 with the classic overlay2 store.
#   podman   Podman 5 from Debian sid serving the Docker API (`podman system service`).
#
# The sid engines run beside the default one, as root: a Debian sid root made by debootstrap
# (kept in $ENGINES_DIR/sid, so only the first run downloads it), each engine in its own mount
# namespace chrooted there, and in its own network namespace dl-ENGINE (a veth pair with NAT out
# of the default route), so its bridge and iptables rules never meet the default engine's. Each
# answers on /run/dockerlings-engines/ENGINE.sock. Published ports are inside that network
# namespace, so whatever probes them (dockerlings' run check) must run there too: --exec does
# that and sets DOCKER_HOST.
#
# Environment:
#   DOCKERD_LOG     the default engine's dockerd log (default /var/log/dockerd.log)
#   DOCKERD_FLAGS   extra flags for the default engine's dockerd (word-split), e.g. "--storage-driver=vfs"
#   ENGINE_WAIT     seconds to wait for an engine to answer (default 60)
#   ENGINES_DIR     where the sid root, the engines' data and logs live (default /var/lib/dockerlings-engines)
#   DEBIAN_MIRROR   Debian mirror for the sid root (default: the one apt uses here, else deb.debian.org)
set -euo pipefail

readonly DOCKERD_LOG=${DOCKERD_LOG:-/var/log/dockerd.log}
readonly ENGINE_WAIT=${ENGINE_WAIT:-60}
readonly ENGINES_DIR=${ENGINES_DIR:-/var/lib/dockerlings-engines}
readonly ROOTFS=$ENGINES_DIR/sid
readonly LOG_DIR=$ENGINES_DIR/log
readonly RUN_DIR=/run/dockerlings-engines
readonly ENGINES=(default d28c d28 podman)
# Bump when the sid root's package list changes: a root from another recipe is made again.
readonly ROOTFS_RECIPE=r1
readonly ROOTFS_STAMP=$ROOTFS/.dockerlings-engines-recipe
readonly SID_PACKAGES=(
  docker.io docker-cli containerd runc iptables docker-buildx
  podman netavark aardvark-dns nftables catatonit conmon fuse-overlayfs uidmap
  ca-certificates procps iproute2
)
# Each sid engine's network namespace gets the /30 10.231.N.0 (host .1, namespace .2).
readonly -A SUBNET=([d28c]=1 [d28]=2 [podman]=3)
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

usage() {
  sed -n '5,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

known_engine() {
  local engine
  for engine in "${ENGINES[@]}"; do
    [[ $1 == "$engine" ]] && return 0
  done
  return 1
}

socket_of() { echo "$RUN_DIR/$1.sock"; }
netns_of() { echo "dl-$1"; }

# `docker` against ENGINE (the caller's own settings for the default one).
engine_docker() {
  local engine=$1
  shift
  if [[ $engine == default ]]; then
    docker "$@"
  else
    DOCKER_HOST="unix://$(socket_of "$engine")" DOCKER_CONTEXT='' docker "$@"
  fi
}

engine_answers() { engine_docker "$1" info >/dev/null 2>&1; }

print_engine() {
  local engine=$1 what
  what=$(engine_docker "$engine" version --format '{{.Server.Platform.Name}}|{{.Server.Version}}|{{.Server.APIVersion}}|{{.Client.Version}}' 2>/dev/null) ||
    die "$engine answers 'docker info' but not 'docker version'"
  local name version api client
  IFS='|' read -r name version api client <<<"$what"
  # Podman names its platform after the OS; Docker Engine's says "Docker Engine - Community" or nothing.
  case $engine in
    podman) name="Podman" ;;
    *) name="Docker Engine" ;;
  esac
  local store=""
  case $engine in
    d28c) store=", containerd image store" ;;
    d28) store=", overlay2 image store" ;;
  esac
  echo "engine-up: $engine: $name $version (API $api$store), client $client"
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

# Waits for ENGINE; fails early if the process we started (PID) has died.
wait_for_engine() {
  local engine=$1 pid=${2:-} waited=0
  while ! engine_answers "$engine"; do
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

# ---------------------------------------------------------------------------
# The default engine

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
    wait_for_engine default || die "docker.service started but the engine does not answer: see journalctl -u docker"
    return 0
  fi
  clear_stale_pidfiles
  mkdir -p "$(dirname "$DOCKERD_LOG")"
  note "starting dockerd ${flags[*]} (log: $DOCKERD_LOG)"
  setsid dockerd "${flags[@]}" >>"$DOCKERD_LOG" 2>&1 </dev/null &
  local pid=$! status=0
  wait_for_engine default "$pid" || status=$?
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

default_up() {
  if engine_answers default; then
    print_engine default
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
    wait_for_engine default || die "dockerd runs but the engine does not answer: see $DOCKERD_LOG"
  else
    start_dockerd
  fi
  print_engine default
}

# ---------------------------------------------------------------------------
# The sid engines

debian_mirror() {
  if [[ -n ${DEBIAN_MIRROR:-} ]]; then
    echo "$DEBIAN_MIRROR"
    return 0
  fi
  local mirror
  mirror=$(awk '/^URIs:/ && $2 ~ /\/debian\/?$/ { print $2; exit }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  [[ -z $mirror ]] && mirror=$(awk '$1 == "deb" && $3 ~ /\/debian\/?$/ { print $3; exit }' /etc/apt/sources.list 2>/dev/null || true)
  echo "${mirror:-http://deb.debian.org/debian}"
}

# Run in a private mount namespace (as `bash -c MOUNT_ROOTFS in-rootfs ROOTFS RUN_DIR CMD...`):
# makes the sid root ready to chroot into, then runs CMD there. The root is bind-mounted onto
# itself (containerd's snapshotters refuse a root that is not a mount point), with /proc, /sys,
# the cgroups and /dev, a /run of its own and the sockets folder. The mounts vanish with the
# namespace's last process.
# shellcheck disable=SC2016 # expanded by the inner bash
readonly MOUNT_ROOTFS='
set -e
R=$1 RUN_DIR=$2
shift 2
mount --bind "$R" "$R"
mount -t proc proc "$R/proc"
mount -t sysfs sysfs "$R/sys"
mount --rbind /sys/fs/cgroup "$R/sys/fs/cgroup"
mount --rbind /dev "$R/dev"
mount -t tmpfs -o mode=755 tmpfs "$R/run"
mkdir -p "$R$RUN_DIR"
mount --bind "$RUN_DIR" "$R$RUN_DIR"
exec chroot "$R" "$@"
'

# Runs CMD in the sid root.
in_rootfs() {
  unshare -m --propagation private bash -c "$MOUNT_ROOTFS" in-rootfs "$ROOTFS" "$RUN_DIR" "$@"
}

# The engine's process (--serve ENGINE, in the engine's network namespace): records its pid,
# which every exec below keeps, then becomes the engine.
serve() {
  local engine=$1
  echo $$ >"$RUN_DIR/$engine.pid"
  exec unshare -m --propagation private bash -c "$MOUNT_ROOTFS" in-rootfs "$ROOTFS" "$RUN_DIR" \
    sh -c "$(engine_command "$engine")"
}

ensure_rootfs() {
  if [[ -f $ROOTFS_STAMP && $(cat "$ROOTFS_STAMP") == "$ROOTFS_RECIPE" ]]; then
    return 0
  fi
  local mirror start=$SECONDS log=$LOG_DIR/rootfs.log
  mirror=$(debian_mirror)
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  note "making the Debian sid root in $ROOTFS from $mirror (a few minutes, once; log: $log)"
  rm -rf "$ROOTFS"
  if ! debootstrap --variant=minbase --include=ca-certificates sid "$ROOTFS" "$mirror" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    die "debootstrap of sid from $mirror failed (log above): check the network, or set DEBIAN_MIRROR"
  fi
  # Packages must not start their services inside the root.
  printf '#!/bin/sh\nexit 101\n' >"$ROOTFS/usr/sbin/policy-rc.d"
  chmod +x "$ROOTFS/usr/sbin/policy-rc.d"
  cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
  if ! in_rootfs env DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends \
    "${SID_PACKAGES[@]}" >>"$log" 2>&1; then
    tail -n 20 "$log" >&2
    die "installing the engines in the sid root failed (log above: $log)"
  fi
  echo "$ROOTFS_RECIPE" >"$ROOTFS_STAMP"
  note "sid root ready in $((SECONDS - start))s: $(sid_versions)"
}

sid_versions() {
  # shellcheck disable=SC2016 # dpkg-query's format, not the shell's
  chroot "$ROOTFS" dpkg-query -W -f '${Package} ${Version}, ' docker.io containerd runc podman | sed 's/, $//'
}

# Configuration files for the sid engines, written on every start so that they follow this script.
write_configs() {
  local engine=$1
  mkdir -p "$ROOTFS/etc/dockerlings-engines"
  case $engine in
    d28 | d28c)
      local snapshotter=false containerd_line=""
      if [[ $engine == d28c ]]; then
        snapshotter=true
        containerd_line='"containerd": "/run/containerd-d28c/containerd.sock",'
      fi
      cat >"$ROOTFS/etc/dockerlings-engines/$engine.json" <<EOF
{
  "hosts": ["unix://$(socket_of "$engine")"],
  "data-root": "/var/lib/dockerlings-$engine",
  "cgroup-parent": "/dockerlings-$engine",
  $containerd_line
  "features": {"containerd-snapshotter": $snapshotter}
}
EOF
      ;;
  esac
  if [[ $engine == d28c ]]; then
    cat >"$ROOTFS/etc/dockerlings-engines/containerd-d28c.toml" <<'EOF'
version = 3
root = "/var/lib/dockerlings-d28c-containerd"
state = "/run/containerd-d28c/state"
disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.cri.v1.images", "io.containerd.cri.v1.runtime", "io.containerd.podsandbox.controller.v1.podsandbox"]
[grpc]
  address = "/run/containerd-d28c/containerd.sock"
[ttrpc]
  address = "/run/containerd-d28c/containerd.sock.ttrpc"
[debug]
  address = "/run/containerd-d28c/debug.sock"
EOF
  fi
  if [[ $engine == podman ]]; then
    # Root may not be allowed to raise its rlimits (no CAP_SYS_RESOURCE in some VMs), and buildah's
    # default for root (1048576) then fails every RUN with "error setting rlimit type 7": ask for
    # no more than the hard limits this machine grants.
    local nofile nproc
    nofile=$(ulimit -Hn)
    nproc=$(ulimit -Hu)
    [[ $nofile == unlimited ]] && nofile=1048576
    [[ $nproc == unlimited ]] && nproc=1048576
    mkdir -p "$ROOTFS/etc/containers"
    cat >"$ROOTFS/etc/containers/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
# crun refuses a hybrid cgroup v1/v2 layout ("cgroups in hybrid mode not supported"); runc does not.
runtime = "runc"
EOF
  fi
}

# The command that runs ENGINE in the foreground inside the root.
engine_command() {
  case $1 in
    d28) echo 'exec dockerd --config-file /etc/dockerlings-engines/d28.json' ;;
    d28c)
      # Its own containerd, so that the image store is the one of the containerd it talks to.
      cat <<'EOF'
mkdir -p /run/containerd-d28c
containerd --config /etc/dockerlings-engines/containerd-d28c.toml >/var/log/containerd-d28c.log 2>&1 &
for _ in $(seq 30); do [ -S /run/containerd-d28c/containerd.sock ] && break; sleep 1; done
exec dockerd --config-file /etc/dockerlings-engines/d28c.json
EOF
      ;;
    podman)
      # Started again when it stops, as systemd's podman.socket does on a learner's machine:
      # Podman 5.8's build service crashes now and then (a nil pointer in buildah), and
      # dockerlings waits for the engine and checks again what the crash dropped. Five quick
      # failures in a row are a service that cannot start: give up, so engine-up says so.
      cat <<EOF
export PODMAN_IGNORE_CGROUPSV1_WARNING=1
child=
trap 'kill -TERM "\$child" 2>/dev/null; wait "\$child"; exit 0' TERM INT
quick=0
while [ "\$quick" -lt 5 ]; do
  started=\$(date +%s)
  podman --log-level=info system service --time=0 unix://$(socket_of podman) &
  child=\$!
  wait "\$child"
  status=\$?
  if [ \$((\$(date +%s) - started)) -lt 10 ]; then quick=\$((quick + 1)); else quick=0; fi
  echo "engine-up: podman's service stopped (exit \$status); starting it again" >&2
  rm -f $(socket_of podman)
  sleep 1
done
exit 1
EOF
      ;;
  esac
}

host_interface() { ip route show default | awk '{ print $5; exit }'; }

# The tag on the host's iptables rules of ENGINE's namespace, so that they can be removed exactly.
rule_tag() { echo "dockerlings-engine-$1"; }

ensure_netns() {
  local engine=$1 ns out n host_if ns_if tag
  ns=$(netns_of "$engine")
  n=${SUBNET[$engine]}
  host_if="$ns-h"
  ns_if="$ns-n"
  tag=$(rule_tag "$engine")
  out=$(host_interface)
  [[ -n $out ]] || die "no default route: the engine's namespace has no way out"
  if ! ip netns list | awk '{ print $1 }' | grep -qx "$ns"; then
    ip netns add "$ns"
    ip link add "$host_if" type veth peer name "$ns_if"
    ip link set "$ns_if" netns "$ns"
    ip addr add "10.231.$n.1/30" dev "$host_if"
    ip link set "$host_if" up
    ip -n "$ns" addr add "10.231.$n.2/30" dev "$ns_if"
    ip -n "$ns" link set "$ns_if" up
    ip -n "$ns" link set lo up
    ip -n "$ns" route add default via "10.231.$n.1"
    ip netns exec "$ns" sysctl -qw net.ipv4.ip_forward=1
  fi
  sysctl -qw net.ipv4.ip_forward=1
  iptables -C FORWARD -i "$host_if" -o "$out" -m comment --comment "$tag" -j ACCEPT 2>/dev/null ||
    iptables -I FORWARD 1 -i "$host_if" -o "$out" -m comment --comment "$tag" -j ACCEPT
  iptables -C FORWARD -i "$out" -o "$host_if" -m conntrack --ctstate RELATED,ESTABLISHED -m comment --comment "$tag" -j ACCEPT 2>/dev/null ||
    iptables -I FORWARD 1 -i "$out" -o "$host_if" -m conntrack --ctstate RELATED,ESTABLISHED -m comment --comment "$tag" -j ACCEPT
  iptables -t nat -C POSTROUTING -s "10.231.$n.0/30" -o "$out" -m comment --comment "$tag" -j MASQUERADE 2>/dev/null ||
    iptables -t nat -A POSTROUTING -s "10.231.$n.0/30" -o "$out" -m comment --comment "$tag" -j MASQUERADE
}

sid_up() {
  local engine=$1
  if engine_answers "$engine"; then
    print_engine "$engine"
    return 0
  fi
  [[ $EUID -eq 0 ]] || die "starting $engine needs root (network and mount namespaces, chroot): run it with sudo"
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  # One start at a time: a second caller waits, then finds the engine answering.
  exec 9>"$RUN_DIR/.lock"
  flock 9
  if engine_answers "$engine"; then
    print_engine "$engine"
    return 0
  fi
  ensure_packages
  local cmd
  for cmd in debootstrap unshare nsenter chroot ip iptables flock; do
    command -v "$cmd" >/dev/null || die "$cmd is missing: install debootstrap, util-linux, iproute2 and iptables"
  done
  ensure_rootfs
  write_configs "$engine"
  ensure_netns "$engine"
  local pidfile=$RUN_DIR/$engine.pid log=$LOG_DIR/$engine.log pid
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    note "$engine (pid $pid) is running but does not answer yet; waiting"
  else
    rm -f "$(socket_of "$engine")"
    note "starting $engine (log: $log)"
    # Its own session, so that it outlives this script and a Ctrl-C in the terminal.
    setsid nsenter --net="/run/netns/$(netns_of "$engine")" bash "${BASH_SOURCE[0]}" --serve "$engine" \
      >>"$log" 2>&1 </dev/null 9>&- &
    pid=$!
  fi
  local status=0
  wait_for_engine "$engine" "$pid" || status=$?
  if [[ $status -ne 0 ]]; then
    tail -n 25 "$log" >&2
    [[ $status -eq 2 ]] && die "$engine exited (its log is above; full log in $log)"
    die "$engine did not answer within ${ENGINE_WAIT}s on $(socket_of "$engine") (its log is above; full log in $log)"
  fi
  print_engine "$engine"
}

engine_up() {
  local engine=${1:-default}
  known_engine "$engine" || die "unknown engine '$engine': one of ${ENGINES[*]}"
  if [[ $engine == default ]]; then
    default_up
  else
    sid_up "$engine"
  fi
}

# Runs CMD with DOCKER_HOST at ENGINE, inside its network namespace (where its ports are published).
exec_in() {
  local engine=$1
  shift
  [[ $# -gt 0 ]] || usage
  known_engine "$engine" || die "unknown engine '$engine': one of ${ENGINES[*]}"
  engine_answers "$engine" || engine_up "$engine" >/dev/null
  if [[ $engine == default ]]; then
    exec "$@"
  fi
  exec nsenter --net="/run/netns/$(netns_of "$engine")" \
    env -u DOCKER_CONTEXT DOCKER_HOST="unix://$(socket_of "$engine")" "$@"
}

# What makes two copies of an image the same image on any engine and store: its creation time
# and its layers (uncompressed digests, the same after save and load).
image_fingerprint() {
  engine_docker "$1" image inspect --format '{{.Created}} {{.RootFS.Layers}}' "$2" 2>/dev/null
}

# A name as Docker completes it: podman keeps a loaded short name as localhost/NAME.
qualified_name() {
  local name=$1 first=${1%%/*}
  if [[ $name == */* && ($first == *.* || $first == *:* || $first == localhost) ]]; then
    echo "$name"
  elif [[ $name == */* ]]; then
    echo "docker.io/$name"
  else
    echo "docker.io/library/$name"
  fi
}

load_images() {
  local engine=$1
  shift
  if ! known_engine "$engine" || [[ $engine == default ]]; then
    die "--load needs a sid engine: one of ${ENGINES[*]:1}"
  fi
  local -a images=("$@")
  [[ ${#images[@]} -gt 0 ]] || mapfile -t images < <(sed '/^[[:space:]]*$/d')
  [[ ${#images[@]} -gt 0 ]] || die "no images to load: name them, or give one per line on stdin"
  engine_answers "$engine" || engine_up "$engine"
  local image source target
  local -a to_load=()
  for image in "${images[@]}"; do
    source=$(image_fingerprint default "$image") ||
      die "$image is not on the default engine: pull it, or make its stand-in with scripts/standins.sh $image"
    target=$(image_fingerprint "$engine" "$image" || true)
    [[ $source == "$target" ]] || to_load+=("$image")
  done
  if [[ ${#to_load[@]} -eq 0 ]]; then
    note "$engine already has ${images[*]}"
    return 0
  fi
  local start=$SECONDS
  note "loading ${to_load[*]} into $engine"
  docker save "${to_load[@]}" | engine_docker "$engine" load >/dev/null
  if [[ $engine == podman ]]; then
    for image in "${to_load[@]}"; do
      [[ $(qualified_name "$image") == localhost/* ]] && continue
      if engine_docker podman image inspect "localhost/$image" >/dev/null 2>&1; then
        engine_docker podman tag "localhost/$image" "$(qualified_name "$image")"
        engine_docker podman rmi "localhost/$image" >/dev/null
      fi
    done
  fi
  for image in "${to_load[@]}"; do
    source=$(image_fingerprint default "$image")
    target=$(image_fingerprint "$engine" "$image") || die "$image is not on $engine after docker load"
    [[ $source == "$target" ]] || die "$image on $engine differs from the default engine's after docker load: '$target' vs '$source'"
  done
  note "loaded ${#to_load[@]} images into $engine in $((SECONDS - start))s"
}

# ---------------------------------------------------------------------------
# Stopping (scripts/engine-down.sh)

# The id of PID's mount namespace: every process of a sid engine (dockerd, its containerd,
# podman's conmons, their shims) shares the one it was started in.
mount_namespace() { readlink "/proc/$1/ns/mnt" 2>/dev/null; }

processes_in() {
  local ns=$1 link pid
  for link in /proc/[0-9]*/ns/mnt; do
    [[ $(readlink "$link" 2>/dev/null) == "$ns" ]] || continue
    pid=${link#/proc/}
    pid=${pid%%/*}
    running "$pid" && echo "$pid"
  done
}

# True if PID runs (a zombie that nobody reaped has stopped).
running() {
  local state
  state=$(awk '/^State:/ { print $2 }' "/proc/$1/status" 2>/dev/null)
  [[ -n $state && $state != Z ]]
}

# Waits up to LIMIT seconds for PIDs to stop; true if they did.
wait_gone() {
  local limit=$1 pid alive
  shift
  local -i tries=0
  while :; do
    alive=0
    for pid in "$@"; do
      running "$pid" && alive=1 && break
    done
    [[ $alive -eq 0 ]] && return 0
    ((tries++ < limit * 5)) || return 1
    sleep 0.2
  done
}

remove_netns() {
  local engine=$1 ns tag out n
  ns=$(netns_of "$engine")
  tag=$(rule_tag "$engine")
  n=${SUBNET[$engine]}
  out=$(host_interface)
  while iptables -D FORWARD -i "$ns-h" -o "$out" -m comment --comment "$tag" -j ACCEPT 2>/dev/null; do :; done
  while iptables -D FORWARD -i "$out" -o "$ns-h" -m conntrack --ctstate RELATED,ESTABLISHED -m comment --comment "$tag" -j ACCEPT 2>/dev/null; do :; done
  while iptables -t nat -D POSTROUTING -s "10.231.$n.0/30" -o "$out" -m comment --comment "$tag" -j MASQUERADE 2>/dev/null; do :; done
  ip netns del "$ns" 2>/dev/null || true
  ip link del "$ns-h" 2>/dev/null || true
}

# Where each engine keeps its images and containers, inside the sid root.
data_dirs() {
  case $1 in
    d28) echo "$ROOTFS/var/lib/dockerlings-d28" ;;
    d28c) echo "$ROOTFS/var/lib/dockerlings-d28c $ROOTFS/var/lib/dockerlings-d28c-containerd" ;;
    podman) echo "$ROOTFS/var/lib/containers" ;;
  esac
}

engine_down() {
  local engine=$1 purge=$2
  if ! known_engine "$engine" || [[ $engine == default ]]; then
    die "engine-down stops the engines engine-up starts beside the default one: ${ENGINES[*]:1} (stop the default engine the way it was started, e.g. systemctl stop docker)"
  fi
  [[ $EUID -eq 0 ]] || die "stopping $engine needs root: run it with sudo"
  local pidfile=$RUN_DIR/$engine.pid pid ns=""
  pid=$(cat "$pidfile" 2>/dev/null || true)
  [[ $pid =~ ^[0-9]+$ ]] && ns=$(mount_namespace "$pid")
  if [[ -n $ns && $ns != "$(mount_namespace $$)" ]]; then
    if engine_answers "$engine"; then
      # Podman's service leaves its containers running when it stops; Docker stops them, slowly.
      local -a running
      mapfile -t running < <(engine_docker "$engine" ps -q)
      [[ ${#running[@]} -gt 0 ]] && engine_docker "$engine" stop -t 5 "${running[@]}" >/dev/null
    fi
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone 30 "$pid"; then
      note "$engine (pid $pid) did not stop within 30s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    # What it started and left behind (its containerd, shims) shares its mount namespace.
    local -a rest
    mapfile -t rest < <(processes_in "$ns")
    if [[ ${#rest[@]} -gt 0 ]]; then
      kill -TERM "${rest[@]}" 2>/dev/null || true
      wait_gone 10 "${rest[@]}" || kill -KILL "${rest[@]}" 2>/dev/null || true
    fi
    note "$engine stopped"
  else
    note "$engine is not running"
  fi
  rm -f "$pidfile" "$(socket_of "$engine")"
  remove_netns "$engine"
  if [[ $purge -eq 1 ]]; then
    local dir
    for dir in $(data_dirs "$engine"); do
      rm -rf "$dir"
    done
    note "$engine's images and containers removed"
  fi
}

down_main() {
  local purge=0
  local -a engines=()
  while [[ $# -gt 0 ]]; do
    case $1 in
      --purge) purge=1 ;;
      -*) usage_down ;;
      *) engines+=("$1") ;;
    esac
    shift
  done
  [[ ${#engines[@]} -gt 0 ]] || usage_down
  local engine
  for engine in "${engines[@]}"; do
    engine_down "$engine" "$purge"
  done
}

usage_down() {
  echo "usage: scripts/engine-down.sh [--purge] ENGINE... (one of ${ENGINES[*]:1}; --purge also removes its images)" >&2
  exit 2
}

main() {
  case ${1:-} in
    -h | --help) usage ;;
    --exec)
      shift
      [[ $# -ge 2 ]] || usage
      exec_in "$@"
      ;;
    --load)
      shift
      [[ $# -ge 1 ]] || usage
      load_images "$@"
      ;;
    --down)
      # scripts/engine-down.sh
      shift
      down_main "$@"
      ;;
    --serve)
      # internal: see sid_up
      serve "$2"
      ;;
    -*) usage ;;
    *)
      [[ $# -le 1 ]] || usage
      engine_up "$@"
      ;;
  esac
}

main "$@"
