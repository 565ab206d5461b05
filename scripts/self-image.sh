#!/usr/bin/env bash
# dockerlings follows its own lessons: build the repository's Dockerfile (dockerlings as an
# image) as an exercise, grade it with dockerlings' own checks, and run the image once.
#
#   scripts/self-image.sh [--builder auto|buildkit|classic]
#
# 1. verify     a workspace of the course in tests/fixtures/self-image, its exercise folder
#               holding the repository's Dockerfile and build context; `dockerlings verify`
#               checks it statically, builds it on the engine, and checks the image: at most
#               60 MB, a non-root user, the binary as entrypoint, no toolchain, sources or shell
# 2. version    `docker run --rm IMAGE --version` says the version of the crate
# 3. check-all  the image grades a workspace of tests/fixtures/course, mounted with the
#               engine's socket, the way the Dockerfile's header says to run it; its exercise
#               copy-artifact, solved there, must pass: built and run through the socket
# 4. size       the image's size and the build's time are printed
# Everything built is removed at the end (`dockerlings clean`); the base images stay, and so
# does the engine's build cache, so a run after a source change compiles dockerlings only,
# not its dependencies.
#
# Needs the base images the Dockerfile names: scripts/standins.sh makes them from Debian
# packages where no registry answers (scripts/test.sh does). The build compiles the
# dependencies from crates.io: the engine's containers must reach it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
readonly BIN="$TARGET_DIR/debug/dockerlings"
BUILDER=auto
WORK=""
WORKSPACES=()

die() { echo "self-image: error: $*" >&2; exit 1; }
note() { echo "self-image: $*"; }

cleanup() {
  local ws
  for ws in "${WORKSPACES[@]}"; do
    (cd "$ws" && NO_COLOR=1 "$BIN" clean >/dev/null) || echo "self-image: warning: 'dockerlings clean' failed in $ws" >&2
  done
  [[ -n $WORK ]] && rm -rf "$WORK"
  return 0
}
trap cleanup EXIT

dockerlings() { NO_COLOR=1 "$BIN" --builder "$BUILDER" "$@"; }

# A workspace of COURSE in DIR, cleaned up at exit.
new_workspace() {
  local course=$1 dir=$2
  NO_COLOR=1 "$BIN" --course "$ROOT/$course" init "$dir" >/dev/null
  WORKSPACES+=("$dir")
}

main() {
  while [[ $# -gt 0 ]]; do
    case $1 in
      --builder) BUILDER=${2:?--builder needs auto, buildkit or classic}; shift ;;
      -h | --help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
      *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
  done
  [[ -x $BIN ]] || die "$BIN is missing: cargo build first"
  docker info >/dev/null 2>&1 || die "no Docker engine answers"
  cd "$ROOT"
  # Outside the checkout: dockerlings makes no workspace inside its own sources.
  WORK=$(mktemp -d "${TMPDIR:-/var/tmp}/dockerlings-self-image.XXXXXX")

  note "1. verify: the repository's Dockerfile as the exercise of tests/fixtures/self-image"
  local ws="$WORK/self" context start built
  new_workspace tests/fixtures/self-image "$ws"
  context="$ws/self/image"
  cp -r Dockerfile .dockerignore Cargo.toml Cargo.lock build.rs src lessons exercises "$context/"
  start=$SECONDS
  (cd "$ws" && dockerlings verify image) || die "the project's image fails its own checks (above)"
  built=$((SECONDS - start))

  local id image
  id=$(sed -nE 's/.*"workspace_id": *"([^"]+)".*/\1/p' "$ws/.dockerlings/state.json")
  [[ -n $id ]] || die "no workspace_id in $ws/.dockerlings/state.json"
  image=$(docker images --filter "label=org.dockerlings.workspace=$id" --filter label=org.dockerlings.exercise=image --format '{{.Repository}}:{{.Tag}}' | head -n 1)
  [[ -n $image ]] || die "verify passed but left no image labelled org.dockerlings.workspace=$id"

  note "2. version: docker run --rm $image --version"
  local want got
  want=$("$BIN" --version)
  got=$(docker run --rm "$image" --version)
  [[ $got == "$want" ]] || die "the image says '$got', the crate built here '$want'"
  echo "$got"

  note "3. check-all: the image grades a workspace of tests/fixtures/course"
  local graded="$WORK/graded" sock gid code=0 out
  new_workspace tests/fixtures/course "$graded"
  cp tests/fixtures/course/lessons/solutions/copy-artifact/* "$graded/images/copy-artifact/"
  sock=/var/run/docker.sock
  [[ -S $sock ]] || die "$sock is not a socket: the image is run with the engine's socket mounted"
  gid=$(stat -c %g "$sock")
  # The workspace and the course at the paths the workspace's state names; the workspace's
  # owner as the user, so that the state can be written; the socket's group added.
  out=$(docker run --rm -v "$sock:/var/run/docker.sock" --group-add "$gid" \
    --user "$(stat -c %u:%g "$graded")" \
    -v "$graded:$graded" -w "$graded" \
    -v "$ROOT/tests/fixtures/course:$ROOT/tests/fixtures/course:ro" \
    -e NO_COLOR=1 "$image" check-all --json) || code=$?
  # Exit 1: some exercises fail as shipped, which is what is expected of them.
  [[ $code -eq 1 ]] || { echo "$out" >&2; die "check-all in the image exited $code, expected 1 (2: usage, 3: no engine)"; }
  grep -q '"passed": 1,' <<<"$out" || { echo "$out" >&2; die "check-all in the image did not pass the solved exercise copy-artifact"; }
  note "check-all in the image: $(grep -m1 '"total"' <<<"$out" | tr -d ' ,') exercises graded, copy-artifact built, run and passed"

  note "4. size"
  local bytes
  bytes=$(docker image inspect -f '{{.Size}}' "$image")
  printf 'self-image: %s: %s bytes (%.1f MB), verify (build and checks) %ss\n' \
    "$image" "$bytes" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$built"
}

main "$@"
