#!/usr/bin/env bash
# Build local stand-ins for the base images the course names, for machines
# (CI, offline classrooms) where no container registry answers.
#
#   scripts/standins.sh [--force] [IMAGE...]
#   dockerlings dev images | scripts/standins.sh
#
# For each tag: if the image is already present, keep it (a stand-in only if
# built from the current recipe); otherwise try `docker pull`; only when that
# fails is a stand-in built. --force builds the given stand-ins again without
# the layer cache (remove the base image and the cached tarball to start
# from debootstrap again).
# Every stand-in carries the label org.dockerlings.standin=true, so
# `docker images --filter label=org.dockerlings.standin=true` lists them and
# `docker rmi` of that list removes them all.
#
# Stand-ins are built from Debian packages: a `debootstrap --variant=minbase`
# bookworm root imported as the base, with Go, Python, Node.js or nginx from
# apt on top, and busybox-static on `scratch` for the small Alpine-like ones.
# The Rust toolchain (rust:<ver>-slim-trixie, with rustc and cargo from sid)
# and gcr.io/distroless/cc-debian12|13 are made from a bookworm or trixie root.
# They behave like the real images for the course (paths, users, PATH, CMD,
# ports), not byte for byte: see recipe_* below for what each one provides.
#
# Environment:
#   DOCKERLINGS_CACHE_DIR   where the debootstrap tarball is kept
#                           (default: $XDG_CACHE_HOME/dockerlings or ~/.cache/dockerlings)
#   DEBIAN_MIRROR           Debian mirror (default http://deb.debian.org/debian)
#   DOCKERLINGS_PULL_TIMEOUT seconds to wait for `docker pull` (default 30)
set -euo pipefail

readonly LABEL_KEY=org.dockerlings.standin
# Fingerprint of the recipe a stand-in was built from: a stand-in whose recipe
# has changed since (a newer version of this script) is built again.
readonly RECIPE_KEY=org.dockerlings.standin.recipe
# Bump when the debootstrap root changes (make_base_tarball, slim_rootfs).
readonly BASE_RECIPE=r2
# The course's stand-ins are made from bookworm; the Rust toolchain and the
# distroless cc ones from trixie (see recipe_rust), from a base of their own.
readonly SUITE=bookworm
readonly BASE_TAG=dockerlings-standin/debian:$SUITE
readonly KIT_TAG=dockerlings-standin/rootfs-kit:bookworm
readonly MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
readonly CACHE_DIR=${DOCKERLINGS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/dockerlings}
readonly PULL_TIMEOUT=${DOCKERLINGS_PULL_TIMEOUT:-30}
# The host's CA bundle is baked into every stand-in: HTTPS from containers to
# PyPI and npm must trust whatever the host trusts (corporate or proxy CAs).
readonly HOST_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt
readonly PATH_ENV=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# The classic builder works with every docker CLI and engine we meet: the
# BuildKit path of newer CLIs needs the buildx plugin, which may be missing.
export DOCKER_BUILDKIT=0

FORCE=0
WORK_DIR=""

die() { echo "standins: error: $*" >&2; exit 1; }
note() { echo "standins: $*" >&2; }

cleanup() { [[ -n "$WORK_DIR" ]] && rm -rf "$WORK_DIR"; return 0; }
trap cleanup EXIT

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
}

have_image() { docker image inspect "$1" >/dev/null 2>&1; }

label_of() { docker image inspect -f "{{ index .Config.Labels \"$2\" }}" "$1" 2>/dev/null || true; }

# A short hash of everything a build depends on: the files of its context and
# the images it starts FROM.
recipe_hash() {
  local ctx=$1 from
  {
    (cd "$ctx" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
    awk 'toupper($1) == "FROM" { print $2 }' "$ctx/Dockerfile" | sort -u | while read -r from; do
      [[ $from == scratch ]] || docker image inspect -f '{{.Id}}' "$from"
    done
  } | sha256sum | cut -c1-16
}

# True if TAG is present and was built from the recipe in CTX.
current_standin() {
  local tag=$1 ctx=$2
  [[ $(label_of "$tag" "$RECIPE_KEY") == "$(recipe_hash "$ctx")" ]]
}

human_size() {
  local bytes
  bytes=$(docker image inspect -f '{{.Size}}' "$1")
  awk -v b="$bytes" 'BEGIN { if (b >= 1e9) printf "%.2f GB", b/1e9; else printf "%.1f MB", b/1e6 }'
}

# Proxy settings of the host, passed to builds (docker accepts these build
# args without an ARG line) so apt, pip and npm inside them go the same way.
proxy_build_args() {
  local var
  for var in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    if [[ -n "${!var:-}" ]]; then printf '%s\n' "--build-arg" "$var=${!var}"; fi
  done
}

# docker build of a generated context; the log is shown only on failure.
build_image() {
  local tag=$1 ctx=$2 log="$2.log"
  local -a args
  mapfile -t args < <(proxy_build_args)
  args+=(--label "$RECIPE_KEY=$(recipe_hash "$ctx")")
  # --force means a fresh build, not one from the layer cache.
  [[ $FORCE -eq 1 ]] && args+=(--no-cache)
  if ! docker build --force-rm --label "$LABEL_KEY=true" "${args[@]}" -t "$tag" "$ctx" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "building the stand-in for $tag failed (full log above, last 40 lines)"
  fi
}

new_context() {
  local dir
  dir=$(mktemp -d "$WORK_DIR/ctx.XXXXXX")
  cp "$HOST_CA_BUNDLE" "$dir/host-ca.crt"
  echo "$dir"
}

# ---------------------------------------------------------------- the base

# debootstrap needs root and ~40 s; its result is cached as a tarball so that
# re-creating the base after `docker rmi` takes a few seconds.
base_tag() { echo "dockerlings-standin/debian:$1"; }
base_tarball() { echo "$CACHE_DIR/debian-$1-minbase-$BASE_RECIPE.tar"; }

make_base_tarball() {
  local suite=$1 tarball
  tarball=$(base_tarball "$suite")
  [[ -s "$tarball" ]] && return 0
  [[ $EUID -eq 0 ]] || die "making the Debian base needs root (debootstrap): run as root, or sudo $0"
  command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install debootstrap"
  mkdir -p "$CACHE_DIR"
  # Beside the cache rather than in /tmp, which may be a small or noexec tmpfs.
  local root="$CACHE_DIR/rootfs-$suite.partial"
  remove_rootfs "$root"
  note "debootstrap --variant=minbase $suite (about a minute, once)"
  if ! debootstrap --variant=minbase "$suite" "$root" "$MIRROR" >"$WORK_DIR/debootstrap.log" 2>&1; then
    tail -n 30 "$WORK_DIR/debootstrap.log" >&2
    remove_rootfs "$root"
    die "debootstrap $suite failed: is $MIRROR reachable, and does this debootstrap know $suite?"
  fi
  slim_rootfs "$root" "$suite"
  tar -C "$root" --numeric-owner -cf "$tarball.tmp" .
  mv "$tarball.tmp" "$tarball"
  remove_rootfs "$root"
  # Tarballs of earlier recipes are of no further use.
  find "$CACHE_DIR" -maxdepth 1 -name "debian-$suite-minbase*.tar" ! -path "$tarball" -delete
}

# A debootstrap that stopped half-way may leave /proc, /sys or /dev mounted
# inside its root: unmount them, and never let rm cross into another file
# system (it would delete the host's device nodes).
remove_rootfs() {
  local root=$1 mnt
  [[ -e $root ]] || return 0
  while read -r mnt; do
    umount -l "$mnt" 2>/dev/null || true
  done < <(awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r)
  rm -rf --one-file-system "$root"
}

# Make the root look like the official debian:<suite>-slim: same apt
# sources, no docs/man/locales, apt caches cleaned after every install.
slim_rootfs() {
  local root=$1 suite=$2 keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  # trixie's keyring package ships .pgp where bookworm's shipped .gpg.
  [[ -e $root/usr/share/keyrings/debian-archive-keyring.pgp ]] && keyring=/usr/share/keyrings/debian-archive-keyring.pgp
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/*.bin \
    "$root"/var/lib/apt/lists/* "$root"/usr/share/locale/* \
    "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/var/log/*.log
  find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  rm -f "$root/etc/apt/sources.list" "$root/etc/hostname" "$root/etc/resolv.conf"
  cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $suite $suite-updates
Components: main
Signed-By: $keyring

Types: deb
URIs: ${MIRROR%/debian}/debian-security
Suites: $suite-security
Components: main
Signed-By: $keyring
EOF
  cat >"$root/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/locale/*
EOF
  cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
}

# ensure_base [SUITE]: the minbase image of SUITE (default bookworm).
ensure_base() {
  local suite=${1:-$SUITE} tag
  tag=$(base_tag "$suite")
  [[ $(label_of "$tag" "$RECIPE_KEY") == "$BASE_RECIPE" ]] && return 0
  make_base_tarball "$suite"
  docker import \
    -c "LABEL $LABEL_KEY=true $RECIPE_KEY=$BASE_RECIPE" \
    -c "ENV PATH=$PATH_ENV" \
    -c 'CMD ["bash"]' \
    "$(base_tarball "$suite")" "$tag" >/dev/null
}

# The tools the scratch-based stand-ins are assembled from, installed once.
ensure_kit() {
  ensure_base
  local ctx
  ctx=$(new_context)
  cat >"$ctx/Dockerfile" <<EOF
FROM $BASE_TAG
RUN apt-get update \\
 && apt-get install -y --no-install-recommends busybox-static nginx-light tzdata ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
EOF
  current_standin "$KIT_TAG" "$ctx" && return 0
  build_image "$KIT_TAG" "$ctx"
}

# --------------------------------------------------------- shared snippets

# Installs the host's CA bundle as a local CA so that update-ca-certificates
# (run by the ca-certificates package, or later by a learner's Dockerfile)
# keeps it in /etc/ssl/certs/ca-certificates.crt.
DEBIAN_CA_LINES='COPY host-ca.crt /usr/local/share/ca-certificates/dockerlings-host-ca.crt'
CA_ENV_LINES='ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
    REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt \
    PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt'

# Writes the script, run inside the kit image, that assembles a busybox root
# in /out like Alpine's: applets where Alpine has them, users, CA bundle,
# and small adduser/addgroup/apk stand-ins (Debian's busybox lacks them).
write_busybox_rootfs_script() {
  local ctx=$1
  cat >"$ctx/busybox-rootfs.sh" <<'SCRIPT'
#!/bin/sh
set -eu
out=/out
mkdir -p "$out"/bin "$out"/sbin "$out"/usr/bin "$out"/usr/sbin "$out"/usr/local/bin \
  "$out"/etc/ssl/certs "$out"/root "$out"/home "$out"/tmp "$out"/var/tmp \
  "$out"/var/log "$out"/var/cache "$out"/run "$out"/proc "$out"/sys "$out"/dev
chmod 1777 "$out"/tmp "$out"/var/tmp
chmod 700 "$out"/root
ln -s ../run "$out"/var/run
cp /bin/busybox "$out"/bin/busybox
for applet in $(busybox --list-full); do
  [ -e "$out/$applet" ] || [ "$applet" = linuxrc ] || ln -s /bin/busybox "$out/$applet"
done
cp /etc/ssl/certs/ca-certificates.crt "$out"/etc/ssl/certs/ca-certificates.crt
ln -s certs/ca-certificates.crt "$out"/etc/ssl/cert.pem
cat >"$out"/etc/passwd <<'EOF'
root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
EOF
cat >"$out"/etc/group <<'EOF'
root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
wheel:x:10:root
users:x:100:
nogroup:x:65533:
nobody:x:65534:
EOF
cat >"$out"/etc/shadow <<'EOF'
root:*::0:::::
bin:!::0:::::
daemon:!::0:::::
nobody:!::0:::::
EOF
chmod 640 "$out"/etc/shadow
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$out"/etc/nsswitch.conf

# adduser / addgroup with the options of Alpine's busybox (-S -D -H -G -u -g -h -s).
cat >"$out"/usr/sbin/addgroup <<'EOF'
#!/bin/sh
# addgroup [-g GID] [-S] [USER] GROUP  (stand-in for Alpine's busybox applet)
set -eu
gid="" system=0 args=""
# Options may follow the names, as busybox's own parser allows.
while [ $# -gt 0 ]; do
  case $1 in
    -g) gid=$2; shift ;;
    -g*) gid=${1#-g} ;;
    -S) system=1 ;;
    -*) echo "usage: addgroup [-g GID] [-S] [USER] GROUP" >&2; exit 1 ;;
    *) args="$args $1" ;;
  esac
  shift
done
set -- $args
if [ $# -eq 2 ]; then
  user=$1 group=$2
  grep -q "^$user:" /etc/passwd || { echo "addgroup: unknown user $user" >&2; exit 1; }
  grep -q "^$group:" /etc/group || { echo "addgroup: unknown group $group" >&2; exit 1; }
  awk -F: -v g="$group" -v u="$user" 'BEGIN { OFS = ":" } $1 == g { $4 = ($4 == "" ? u : $4 "," u) } { print }' \
    /etc/group >/etc/group.new && cat /etc/group.new >/etc/group && rm -f /etc/group.new
  exit 0
fi
[ $# -eq 1 ] || { echo "usage: addgroup [-g GID] [-S] [USER] GROUP" >&2; exit 1; }
group=$1
if grep -q "^$group:" /etc/group; then echo "addgroup: group '$group' in use" >&2; exit 1; fi
if [ -z "$gid" ]; then
  if [ $system -eq 1 ]; then gid=100; else gid=1000; fi
  while cut -d: -f3 /etc/group | grep -qx "$gid"; do gid=$((gid + 1)); done
fi
echo "$group:x:$gid:" >>/etc/group
EOF
cat >"$out"/usr/sbin/adduser <<'EOF'
#!/bin/sh
# adduser [-h DIR] [-g GECOS] [-s SHELL] [-G GRP] [-S] [-D] [-H] [-u UID] [-k SKEL] USER [GROUP]
# (stand-in for Alpine's busybox applet)
set -eu
home="" gecos="Linux User,,," shell=/bin/sh group="" system=0 nohome=0 uid=""
args=""
# Options may follow the names, as busybox's own parser allows
# (`adduser -S app -G app`); flags may be bundled (`-SDH`).
while [ $# -gt 0 ]; do
  case $1 in
    -h) home=$2; shift ;; -g) gecos=$2; shift ;; -s) shell=$2; shift ;;
    -G) group=$2; shift ;; -u) uid=$2; shift ;; -k) shift ;;
    -[SDH]*)
      flags=${1#-}
      while [ -n "$flags" ]; do
        case $flags in
          S*) system=1 ;; D*) ;; H*) nohome=1 ;;
          *) echo "adduser: unknown option -$flags" >&2; exit 1 ;;
        esac
        flags=${flags#?}
      done ;;
    -*) echo "usage: adduser [-h DIR] [-g GECOS] [-s SHELL] [-G GRP] [-S] [-D] [-H] [-u UID] USER [GROUP]" >&2; exit 1 ;;
    *) args="$args $1" ;;
  esac
  shift
done
set -- $args
[ $# -ge 1 ] || { echo "adduser: missing user name" >&2; exit 1; }
user=$1
[ $# -ge 2 ] && group=$2
if grep -q "^$user:" /etc/passwd; then echo "adduser: user '$user' in use" >&2; exit 1; fi
if [ -z "$uid" ]; then
  if [ $system -eq 1 ]; then uid=100; else uid=1000; fi
  while cut -d: -f3 /etc/passwd | grep -qx "$uid"; do uid=$((uid + 1)); done
fi
if [ -z "$group" ]; then
  if [ $system -eq 1 ]; then
    group=nogroup
  else
    group=$user
    gid=$uid
    while cut -d: -f3 /etc/group | grep -qx "$gid"; do gid=$((gid + 1)); done
    addgroup -g "$gid" "$group"
  fi
fi
gid=$(awk -F: -v g="$group" '$1 == g { print $3 }' /etc/group)
[ -n "$gid" ] || { echo "adduser: unknown group $group" >&2; exit 1; }
[ -n "$home" ] || home=/home/$user
[ $system -eq 1 ] && [ "$shell" = /bin/sh ] && shell=/sbin/nologin
echo "$user:x:$uid:$gid:$gecos:$home:$shell" >>/etc/passwd
echo "$user:!::0:::::" >>/etc/shadow
if [ $nohome -eq 0 ] && [ ! -e "$home" ]; then
  mkdir -p "$home" && chown "$uid:$gid" "$home" && chmod 755 "$home"
fi
EOF
# Alpine's apk cannot work without Alpine's repositories: accept requests for
# what this image already has, and say clearly what it cannot install.
cat >"$out"/sbin/apk <<'EOF'
#!/bin/sh
# Stand-in for Alpine's apk: this image is not Alpine and has no package index.
have="busybox musl ca-certificates ca-certificates-bundle alpine-baselayout"
case "${1:-}" in
  add)
    shift
    for arg in "$@"; do
      case $arg in -*) continue ;; esac
      pkg=${arg%%[=<>~]*}
      case " $have " in *" $pkg "*) ;; *)
        echo "apk: this is a dockerlings stand-in image with no Alpine package index;" >&2
        echo "apk: it cannot install '$pkg'. Use the real image (docker pull) for that." >&2
        exit 1 ;;
      esac
    done ;;
  update|upgrade|cache|del) ;;
  *) echo "apk: stand-in: only 'apk add' of $have is supported" >&2; exit 1 ;;
esac
EOF
chmod 755 "$out"/usr/sbin/adduser "$out"/usr/sbin/addgroup "$out"/sbin/apk
SCRIPT
}

# ----------------------------------------------------------------- recipes
# Each recipe_* writes a Dockerfile into the context dir $1 for tag $2.

recipe_debian() {
  local ctx=$1 tag=$2
  case ${tag##*:} in
    "$SUITE"* | 12* | latest | stable* ) ;;
    *) note "warning: $tag is made from Debian $SUITE, not the release its tag names" ;;
  esac
  echo "FROM $BASE_TAG" >"$ctx/Dockerfile"
}

# golang:<ver>: Go from bookworm-backports (the minor version the tag asks
# for when Debian has it, else the newest), laid out like the official image:
# /usr/local/go/bin/go, GOPATH=/go, WORKDIR /go, GOTOOLCHAIN=local. gcc,
# libc6-dev and git are there as in the official image, so cgo is on by
# default (CGO_ENABLED unset) and a binary built without CGO_ENABLED=0 is
# dynamically linked, exactly as with the real image.
recipe_golang() {
  local ctx=$1 tag=$2 ver want
  ver=${tag##*:}
  want=$(sed -nE 's/^([0-9]+\.[0-9]+).*/\1/p' <<<"$ver")
  cat >"$ctx/Dockerfile" <<EOF
FROM $BASE_TAG
$DEBIAN_CA_LINES
RUN printf 'Types: deb\nURIs: $MIRROR\nSuites: $SUITE-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \\
      >/etc/apt/sources.list.d/backports.sources \\
 && apt-get update \\
 && want="$want" \\
 && if [ -n "\$want" ] && apt-cache show "golang-\$want-go" >/dev/null 2>&1; then v="\$want"; \\
    else v=\$(apt-cache pkgnames golang-1. | sed -nE 's/^golang-(1\.[0-9]+)-go\$/\1/p' | sort -V | tail -n 1); \\
         echo "golang \${want:-latest} is not in Debian; using \$v" >&2; fi \\
 && apt-get install -y --no-install-recommends -t $SUITE-backports "golang-\$v-go" \\
 && apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev make pkg-config git \\
 && ln -s "/usr/lib/go-\$v" /usr/local/go \\
 && rm -rf /var/lib/apt/lists/* \\
 && mkdir -p /go/src /go/bin && chmod -R 1777 /go
$CA_ENV_LINES
ENV GOTOOLCHAIN=local GOPATH=/go PATH=/go/bin:/usr/local/go/bin:$PATH_ENV
# The official image ships no build cache, so each first build compiles the
# standard library (a minute or more on two cores). The stand-in compiles it
# once, static and with cgo, so the course's many Go builds take seconds.
RUN CGO_ENABLED=0 go build std && go build std
WORKDIR /go
EOF
}

# python:<ver>[-slim]: Debian's python3 (3.11 on bookworm) laid out like the
# official image, whose Python lives in /usr/local: a venv made at /usr/local
# (with the system site-packages, so `pip install --user` works) gives
# /usr/local/bin/python, python3, pip and pip3, and pip installs to
# /usr/local/lib/python3.X/site-packages, `--prefix=/install` to
# /install/lib/python3.X/site-packages, `--user` to ~/.local, as upstream.
recipe_python() {
  local ctx=$1
  cat >"$ctx/Dockerfile" <<EOF
FROM $BASE_TAG
$DEBIAN_CA_LINES
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates python3 python3-venv \\
 && rm -rf /var/lib/apt/lists/* \\
 && python3 -m venv --system-site-packages /usr/local \\
 && /usr/local/bin/python -m pip --version
$CA_ENV_LINES
ENV LANG=C.UTF-8
CMD ["python3"]
EOF
}

# python:<ver> (the full image, not -slim): the same /usr/local layout as the
# slim one, plus what the official image gets from buildpack-deps to build
# packages from source: gcc, g++, make, the C library's and Python's headers
# (Python.h), pkg-config and git. A C extension compiles here and not in -slim,
# as with the real images.
recipe_python_full() {
  local ctx=$1
  cat >"$ctx/Dockerfile" <<EOF
FROM $BASE_TAG
$DEBIAN_CA_LINES
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates python3 python3-venv python3-dev \\
      gcc g++ make libc6-dev pkg-config git curl \\
 && rm -rf /var/lib/apt/lists/* \\
 && python3 -m venv --system-site-packages /usr/local \\
 && /usr/local/bin/python -m pip --version
$CA_ENV_LINES
ENV LANG=C.UTF-8
CMD ["python3"]
EOF
}

# node:<ver>: Debian's nodejs and npm, the official image's `node` user
# (1000:1000, /home/node), no WORKDIR, CMD ["node"].
recipe_node() {
  local ctx=$1
  cat >"$ctx/Dockerfile" <<EOF
FROM $BASE_TAG
$DEBIAN_CA_LINES
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates nodejs npm \\
 && rm -rf /var/lib/apt/lists/* \\
 && groupadd --gid 1000 node \\
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
$CA_ENV_LINES
CMD ["node"]
EOF
}

# The nginx configuration of the official image: /usr/share/nginx/html on
# port 80, conf.d/*.conf included, logs to the container's stdout/stderr.
write_nginx_config() {
  local ctx=$1
  mkdir -p "$ctx/nginx/conf.d" "$ctx/nginx/html"
  cat >"$ctx/nginx/nginx.conf" <<'EOF'
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    keepalive_timeout  65;

    include /etc/nginx/conf.d/*.conf;
}
EOF
  cat >"$ctx/nginx/conf.d/default.conf" <<'EOF'
server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
EOF
  cat >"$ctx/nginx/html/index.html" <<'EOF'
<!DOCTYPE html>
<html>
<head><title>Welcome to nginx!</title></head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and working.</p>
</body>
</html>
EOF
  cat >"$ctx/nginx/html/50x.html" <<'EOF'
<!DOCTYPE html>
<html>
<head><title>Error</title></head>
<body><h1>An error occurred.</h1></body>
</html>
EOF
}

# Shell lines (run as root in the image being built, paths under $1) that set
# up the official image's nginx user (101:101) and writable directories.
nginx_layout_commands() {
  local root=$1
  cat <<EOF
mkdir -p $root/etc/nginx/conf.d $root/usr/share/nginx/html $root/var/log/nginx $root/var/cache/nginx $root/var/lib/nginx $root/run \\
 && ln -sf /dev/stdout $root/var/log/nginx/access.log \\
 && ln -sf /dev/stderr $root/var/log/nginx/error.log \\
 && echo 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin' >>$root/etc/passwd \\
 && echo 'nginx:x:101:nginx' >>$root/etc/group \\
 && chown -R 101:101 $root/var/cache/nginx $root/var/lib/nginx
EOF
}

# nginx:<tag>-alpine[-slim]: like the official Alpine variants, small: a
# busybox root with Debian's nginx binary and the shared libraries it needs.
recipe_nginx_small() {
  local ctx=$1
  write_busybox_rootfs_script "$ctx"
  write_nginx_config "$ctx"
  cat >"$ctx/Dockerfile" <<EOF
FROM $KIT_TAG AS rootfs
COPY busybox-rootfs.sh /busybox-rootfs.sh
RUN sh /busybox-rootfs.sh \\
 && cp /usr/sbin/nginx /out/usr/sbin/nginx \\
 && ldd /usr/sbin/nginx | awk '/=>/ { print \$3 } /ld-linux/ { print \$1 }' \\
      | while read -r lib; do mkdir -p "/out\$(dirname "\$lib")"; cp -L "\$lib" "/out\$lib"; done \\
 && mkdir -p /out/lib64 /out/etc/nginx \\
 && cp /etc/nginx/mime.types /etc/nginx/fastcgi_params /etc/nginx/scgi_params /etc/nginx/uwsgi_params /out/etc/nginx/ \\
 && $(nginx_layout_commands /out)
COPY nginx/nginx.conf /out/etc/nginx/nginx.conf
COPY nginx/conf.d/ /out/etc/nginx/conf.d/
COPY nginx/html/ /out/usr/share/nginx/html/

FROM scratch
COPY --from=rootfs /out/ /
ENV PATH=$PATH_ENV
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
EOF
}

# nginx:<tag> (the Debian-based official variants): Debian's nginx-light.
recipe_nginx_debian() {
  local ctx=$1
  write_nginx_config "$ctx"
  cat >"$ctx/Dockerfile" <<EOF
FROM $BASE_TAG
$DEBIAN_CA_LINES
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates nginx-light \\
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled /etc/nginx/modules-enabled/* \\
      /etc/nginx/conf.d/* /var/log/nginx/* \\
 && groupadd --system --gid 101 nginx \\
 && useradd --system --uid 101 --gid nginx --home-dir /var/cache/nginx --shell /sbin/nologin nginx \\
 && mkdir -p /var/cache/nginx /var/lib/nginx /usr/share/nginx/html \\
 && ln -sf /dev/stdout /var/log/nginx/access.log \\
 && ln -sf /dev/stderr /var/log/nginx/error.log \\
 && chown -R nginx:nginx /var/cache/nginx /var/lib/nginx
COPY nginx/nginx.conf /etc/nginx/nginx.conf
COPY nginx/conf.d/ /etc/nginx/conf.d/
COPY nginx/html/ /usr/share/nginx/html/
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
EOF
}

# alpine:<ver> and busybox:<ver>: busybox-static on scratch with Alpine's
# users and paths, CA certificates, /tmp; a few MB like the real ones.
recipe_busybox() {
  local ctx=$1 cmd=$2
  write_busybox_rootfs_script "$ctx"
  cat >"$ctx/Dockerfile" <<EOF
FROM $KIT_TAG AS rootfs
COPY busybox-rootfs.sh /busybox-rootfs.sh
RUN sh /busybox-rootfs.sh

FROM scratch
COPY --from=rootfs /out/ /
ENV PATH=$PATH_ENV
CMD ["$cmd"]
EOF
}

# gcr.io/distroless/static-debian12[:tag]: no shell, no libc; CA
# certificates, tzdata, /etc/passwd with root, nobody and nonroot (65532).
# `:nonroot` tags run as 65532 in /home/nonroot; `:debug` tags add busybox
# under /busybox as the real debug images do.
recipe_distroless_static() {
  local ctx=$1 tag=$2 variant
  variant=${tag##*:}
  local user=0:0 workdir=/ debug=0
  case $variant in *nonroot*) user=65532:65532 workdir=/home/nonroot ;; esac
  case $variant in *debug*) debug=1 ;; esac
  cat >"$ctx/Dockerfile" <<EOF
FROM $KIT_TAG AS rootfs
RUN mkdir -p /out/etc/ssl/certs /out/usr/share /out/tmp /out/root /out/home/nonroot /out/busybox \\
 && chmod 1777 /out/tmp && chmod 700 /out/root \\
 && cp /etc/ssl/certs/ca-certificates.crt /out/etc/ssl/certs/ca-certificates.crt \\
 && cp -a /usr/share/zoneinfo /out/usr/share/zoneinfo \\
 && printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >/out/etc/passwd \\
 && printf 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n' >/out/etc/group \\
 && printf 'passwd: files\ngroup: files\nhosts: files dns\n' >/out/etc/nsswitch.conf \\
 && chown 65532:65532 /out/home/nonroot && chmod 700 /out/home/nonroot \\
 && if [ $debug -eq 1 ]; then cp /bin/busybox /out/busybox/busybox \\
      && for a in \$(busybox --list); do ln -s busybox "/out/busybox/\$a"; done; \\
    else rmdir /out/busybox; fi

FROM scratch
COPY --from=rootfs /out/ /
ENV PATH=$PATH_ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
EOF
  if [[ $debug -eq 1 ]]; then
    echo 'ENV PATH=/busybox:'"$PATH_ENV" >>"$ctx/Dockerfile"
    echo 'ENTRYPOINT ["/busybox/sh"]' >>"$ctx/Dockerfile"
  fi
  cat >>"$ctx/Dockerfile" <<EOF
USER $user
WORKDIR $workdir
EOF
}

# rust:<ver>-slim-trixie (and rust:<ver>-trixie): no Debian release has a
# rustc new enough for current crates (bookworm 1.63, trixie 1.85), so rustc
# and cargo come from sid, on a trixie base whose C library stays trixie's
# (sid's cargo needs glibc 2.39; trixie has 2.41): a binary built here runs
# on gcr.io/distroless/cc-debian13. Laid out like the official image:
# CARGO_HOME=/usr/local/cargo with cargo and rustc in /usr/local/cargo/bin
# first on PATH, gcc and the C library's headers for linking, no rustup (its
# commands fail here). Debian has one Rust at a time: the stand-in gives sid's,
# whatever version the tag names (a warning says so when they differ).
recipe_rust() {
  local ctx=$1 tag=$2 variant suite want
  variant=${tag##*:}
  case $variant in
    *-trixie) suite=trixie ;;
    *) die "no stand-in recipe for '$tag': Debian packages a rustc new enough only in sid, which needs trixie's C library; use a -trixie tag (rust:<version>-slim-trixie)" ;;
  esac
  ensure_base "$suite"
  want=$(sed -nE 's/^([0-9]+\.[0-9]+).*/\1/p' <<<"$variant")
  cat >"$ctx/Dockerfile" <<EOF
FROM $(base_tag "$suite")
$DEBIAN_CA_LINES
# Only the Rust packages are pinned to sid; everything they need, the C library
# included, stays trixie's. sid's Release file
# is valid for a week only: a mirror or a clock a little off would stop the
# build, so its date is not checked (its signature is).
RUN printf 'Types: deb\nURIs: $MIRROR\nSuites: sid\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.pgp\nCheck-Valid-Until: no\n' \\
      >/etc/apt/sources.list.d/sid.sources \\
 && printf 'Package: *\nPin: release n=sid\nPin-Priority: 100\n\nPackage: rustc cargo libstd-rust-*\nPin: release n=sid\nPin-Priority: 990\n' \\
      >/etc/apt/preferences.d/sid \\
 && apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev \\
 && apt-get install -y --no-install-recommends rustc cargo \\
 && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/sid.sources /etc/apt/preferences.d/sid \\
 && mkdir -p /usr/local/cargo/bin /usr/local/rustup \\
 && ln -s /usr/bin/cargo /usr/bin/rustc /usr/bin/rustdoc /usr/local/cargo/bin/ \\
 && chmod -R a+w /usr/local/cargo /usr/local/rustup \\
 && have=\$(rustc --version | sed -nE 's/^rustc ([0-9]+\.[0-9]+).*/\1/p') \\
 && if [ -n "$want" ] && [ "\$have" != "$want" ]; then echo "rust $want is not in Debian; using \$have" >&2; fi \\
 && cargo --version
$CA_ENV_LINES
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:$PATH_ENV
EOF
}

# gcr.io/distroless/cc-debian12|13[:nonroot]: like the real ones, no shell and
# no package manager: the files of Debian's libc6, libgcc-s1, libgomp1,
# libstdc++6 and libssl3 (taken from the installed packages, docs left out),
# the CA bundle, tzdata, /etc/os-release, and /etc/passwd with root, nobody and
# nonroot (65532). `:nonroot` tags run as 65532 in /home/nonroot.
recipe_distroless_cc() {
  local ctx=$1 tag=$2 variant suite ssl user=0:0 workdir=/
  variant=${tag##*:}
  case $(repository_of "$tag") in
    *-debian12) suite=bookworm ssl=libssl3 ;;
    *-debian13) suite=trixie ssl=libssl3t64 ;;
    *) die "no stand-in recipe for '$tag': name the Debian release (cc-debian12 or cc-debian13)" ;;
  esac
  case $variant in *debug*) die "no stand-in recipe for '$tag': the :debug variants of distroless/cc are not made here" ;; esac
  case $variant in *nonroot*) user=65532:65532 workdir=/home/nonroot ;; esac
  ensure_base "$suite"
  cat >"$ctx/Dockerfile" <<EOF
FROM $(base_tag "$suite") AS rootfs
$DEBIAN_CA_LINES
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates tzdata libgomp1 libstdc++6 $ssl \\
 && rm -rf /var/lib/apt/lists/* \\
 && mkdir -p /out/usr/bin /out/usr/lib /out/usr/lib64 /out/usr/sbin /out/etc/ssl/certs \\
      /out/tmp /out/root /out/home/nonroot /out/var/lib \\
 && ln -s usr/bin /out/bin && ln -s usr/lib /out/lib && ln -s usr/lib64 /out/lib64 && ln -s usr/sbin /out/sbin \\
 && for pkg in libc6 libgcc-s1 libgomp1 libstdc++6 $ssl; do dpkg -L "\$pkg"; done \\
      | grep -vE '^/usr/share/(doc|lintian|man|locale|gdb|gcc)/' \\
      | while read -r f; do [ -d "\$f" ] || cp -a --parents "\$f" /out/; done \\
 && cp /etc/ssl/certs/ca-certificates.crt /out/etc/ssl/certs/ \\
 && mkdir -p /out/usr/share && cp -a /usr/share/zoneinfo /out/usr/share/zoneinfo \\
 && cp -L /etc/os-release /out/etc/os-release \\
 && chmod 1777 /out/tmp && chmod 700 /out/root \\
 && printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >/out/etc/passwd \\
 && printf 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n' >/out/etc/group \\
 && printf 'passwd: files\ngroup: files\nhosts: files dns\n' >/out/etc/nsswitch.conf \\
 && chown 65532:65532 /out/home/nonroot && chmod 700 /out/home/nonroot \\
 && [ ! -e /out/bin/sh ] && [ ! -e /out/usr/bin/dpkg ]

FROM scratch
COPY --from=rootfs /out/ /
ENV PATH=$PATH_ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER $user
WORKDIR $workdir
EOF
}

# --------------------------------------------------------------- dispatch

# The repository part of a reference: no tag, no docker.io/library prefix.
repository_of() {
  local ref=$1 last=${1##*/}
  [[ $last == *:* ]] && ref=${ref%:*}
  ref=${ref#docker.io/}
  ref=${ref#index.docker.io/}
  ref=${ref#library/}
  echo "$ref"
}

# Writes the context for one tag; fails for repositories it has no recipe for.
write_recipe() {
  local ctx=$1 tag=$2 repo
  repo=$(repository_of "$tag")
  case $repo in
    debian) recipe_debian "$ctx" "$tag" ;;
    golang) recipe_golang "$ctx" "$tag" ;;
    python)
      case ${tag##*:} in
        *slim*) recipe_python "$ctx" ;;
        *) recipe_python_full "$ctx" ;;
      esac ;;
    node) recipe_node "$ctx" ;;
    nginx)
      case ${tag##*:} in
        *alpine*) ensure_kit; recipe_nginx_small "$ctx" ;;
        *) recipe_nginx_debian "$ctx" ;;
      esac ;;
    alpine) ensure_kit; recipe_busybox "$ctx" /bin/sh ;;
    busybox) ensure_kit; recipe_busybox "$ctx" sh ;;
    gcr.io/distroless/static-debian12 | gcr.io/distroless/static)
      ensure_kit; recipe_distroless_static "$ctx" "$tag" ;;
    gcr.io/distroless/cc-debian12 | gcr.io/distroless/cc-debian13)
      recipe_distroless_cc "$ctx" "$tag" ;;
    rust) recipe_rust "$ctx" "$tag" ;;
    *) die "no stand-in recipe for '$tag' (repository '$repo'): add one to $0, or make the real image available (docker pull / docker load)" ;;
  esac
}

# A fresh build context holding the recipe for TAG.
standin_context() {
  local tag=$1 ctx
  ensure_base
  ctx=$(new_context)
  write_recipe "$ctx" "$tag"
  echo "$ctx"
}

# A bare name means :latest, as for docker itself.
normalize_tag() {
  local ref=$1 last=${1##*/}
  [[ $last == *:* || $ref == *@* ]] || ref="$ref:latest"
  echo "$ref"
}

try_pull() {
  local tag=$1
  timeout "$PULL_TIMEOUT" docker pull -q "$tag" >/dev/null 2>&1
}

# What a built stand-in really contains, where that differs from the tag.
contents_note() {
  local tag=$1
  case $(repository_of "$tag") in
    golang) docker run --rm "$tag" go version | awk '{ print $3 }' ;;
    python) docker run --rm "$tag" python3 --version ;;
    node) echo "node $(docker run --rm "$tag" node --version)" ;;
    nginx) docker run --rm "$tag" nginx -v 2>&1 | sed 's/^nginx version: //' ;;
    debian) echo "Debian $SUITE" ;;
    rust) docker run --rm "$tag" rustc --version | awk '{ print "rustc " $2 }' ;;
    *) ;;
  esac
}

provide() {
  local tag=$1 start outcome ctx note=""
  start=$SECONDS
  if [[ $tag == scratch || $tag == scratch:latest ]]; then
    printf '%-45s %-15s\n' scratch "(no image: an empty base)"
    return 0
  fi
  if have_image "$tag" && [[ $(label_of "$tag" "$LABEL_KEY") != true ]]; then
    outcome=present # a real image: never replaced
  elif have_image "$tag"; then
    ctx=$(standin_context "$tag")
    if [[ $FORCE -eq 0 ]] && current_standin "$tag" "$ctx"; then
      outcome=present
    else
      build_image "$tag" "$ctx"
      outcome="stand-in rebuilt"
      note=$(contents_note "$tag")
    fi
  elif try_pull "$tag"; then
    outcome=pulled
  else
    ctx=$(standin_context "$tag")
    build_image "$tag" "$ctx"
    outcome="stand-in built"
    note=$(contents_note "$tag")
  fi
  printf '%-45s %-15s %10s %5ss  %s\n' "$tag" "$outcome" "$(human_size "$tag")" "$((SECONDS - start))" "$note"
}

main() {
  local -a tags=()
  while [[ $# -gt 0 ]]; do
    case $1 in
      --force) FORCE=1 ;;
      -h | --help) usage; exit 0 ;;
      -*) die "unknown option $1 (see --help)" ;;
      *) tags+=("$1") ;;
    esac
    shift
  done
  if [[ ${#tags[@]} -eq 0 ]]; then
    [[ -t 0 ]] && note "reading image tags from standard input, one per line (see --help)"
    local line
    while IFS= read -r line || [[ -n $line ]]; do
      line=${line%%#*}
      line=$(echo "$line" | tr -d '[:space:]')
      [[ -n $line ]] && tags+=("$line")
    done
  fi
  [[ ${#tags[@]} -gt 0 ]] || die "no image tags given"
  docker info >/dev/null 2>&1 || die "no Docker engine answers: start one (scripts/engine-up.sh) and retry"
  [[ -r $HOST_CA_BUNDLE ]] || die "$HOST_CA_BUNDLE is missing: apt-get install ca-certificates"
  WORK_DIR=$(mktemp -d)

  local tag seen=" "
  printf '%-45s %-15s %10s %6s  %s\n' IMAGE OUTCOME SIZE TIME CONTENTS
  for tag in "${tags[@]}"; do
    tag=$(normalize_tag "$tag")
    [[ $seen == *" $tag "* ]] && continue
    seen+="$tag "
    provide "$tag"
  done
}

main "$@"
