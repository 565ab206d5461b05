#!/usr/bin/env bash
# Figures for the engine part of dockerlings, against a real Docker engine:
#
#   scripts/bench-verify.sh
#
# 1. speed   `dockerlings verify` on one exercise (build, inspect, run) against the docker
#            CLI doing the same build, inspect and run, with a warm cache: the median of
#            $RUNS runs each, and their ratio. The CLI here has no buildx, so both use the
#            classic builder; dockerlings with BuildKit is shown too.
# 2. memory  the peak memory (max RSS, /usr/bin/time -v) of `dockerlings verify` sending a
#            large build context ($BIG_MB MB of generated files) and a small one: the context
#            is streamed, so the two should be close.
#
# Environment:
#   RUNS             runs per timing (default 7, at least 5)
#   BIG_MB           size of the large context in MB (default 500)
#   DOCKERLINGS_BIN  the binary to measure (default: a release build of this tree)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly RUNS=${RUNS:-7}
readonly BIG_MB=${BIG_MB:-500}
readonly COURSE=$ROOT/tests/fixtures/engine-course
readonly EXERCISE=runs

die() { echo "bench-verify: error: $*" >&2; exit 1; }
note() { echo "bench-verify: $*" >&2; }

[[ $RUNS -ge 5 ]] || die "RUNS must be at least 5 for a median worth reading"
docker info >/dev/null 2>&1 || die "no Docker engine answers: start one with scripts/engine-up.sh"
docker image inspect busybox:1.36 >/dev/null 2>&1 ||
  die "busybox:1.36 is missing: docker pull busybox:1.36 (or scripts/standins.sh busybox:1.36)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time"

BIN=${DOCKERLINGS_BIN:-}
if [[ -z $BIN ]]; then
  note "building a release binary"
  (cd "$ROOT" && cargo build --release --quiet)
  BIN=$ROOT/target/release/dockerlings
fi
readonly BIN

WORK=$(mktemp -d)
WS=$WORK/ws
WS_ID=""
cleanup() {
  if [[ -n $WS_ID ]]; then
    docker ps -aq --filter "label=org.dockerlings.workspace=$WS_ID" | xargs -r docker rm -f >/dev/null 2>&1 || true
    docker images -q --filter "label=org.dockerlings.workspace=$WS_ID" | sort -u | xargs -r docker rmi -f >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$BIN" --course "$COURSE" init "$WS" >/dev/null
WS_ID=$(sed -n 's/.*"workspace_id": *"\([^"]*\)".*/\1/p' "$WS/.dockerlings/state.json")
readonly WS_ID
readonly CLI_TAG="dockerlings-$WS_ID/cli-$EXERCISE:latest"

# Milliseconds a command takes; its output is dropped, its failure stops the script.
millis() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || die "failed: $*"
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# The same work as `verify runs`: build with the workspace's labels, inspect, run confined.
cli_verify() {
  DOCKER_BUILDKIT=0 docker build -q -t "$CLI_TAG" --label "org.dockerlings.workspace=$WS_ID" . &&
    docker image inspect "$CLI_TAG" &&
    docker run --rm --label "org.dockerlings.workspace=$WS_ID" --network none \
      --memory 256m --memory-swap 256m --pids-limit 128 \
      --security-opt no-new-privileges:true "$CLI_TAG"
}

dockerlings_verify() {
  "$BIN" verify "$EXERCISE" --json --builder "$1"
}

timings() {
  local label=$1 i
  shift
  "$@" >/dev/null 2>&1 || die "warm-up of '$label' failed"
  for ((i = 0; i < RUNS; i++)); do millis "$@"; done | median
}

# ------------------------------------------------------------------ speed
cp -r "$COURSE/lessons/solutions/$EXERCISE/." "$WS/engine/$EXERCISE/"
cd "$WS/engine/$EXERCISE"
note "timing $RUNS warm runs each of verify $EXERCISE and the docker CLI"
cli_ms=$(timings "docker CLI" cli_verify)
classic_ms=$(timings "dockerlings classic" dockerlings_verify classic)
buildkit_ms=$(timings "dockerlings buildkit" dockerlings_verify buildkit)

# ----------------------------------------------------------------- memory
ctx=$WS/engine/ctx
printf 'FROM busybox:1.36\nCOPY small.txt /small.txt\n' >"$ctx/Dockerfile"
echo small >"$ctx/small.txt"
cd "$ctx"

peak_kb() {
  /usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'
}

small_kb=$(peak_kb "$BIN" verify ctx --json --builder classic)
note "writing a ${BIG_MB}MB context"
mkdir -p "$ctx/big"
for ((i = 0; i < BIG_MB / 10; i++)); do
  head -c 10000000 /dev/urandom >"$ctx/big/$i.bin"
done
start=$(date +%s%N)
big_kb=$(peak_kb "$BIN" verify ctx --json --builder classic)
big_ms=$((($(date +%s%N) - start) / 1000000))
start=$(date +%s%N)
cli_big_kb=$(peak_kb env DOCKER_BUILDKIT=0 docker build -q -t "$CLI_TAG" --label "org.dockerlings.workspace=$WS_ID" .)
cli_big_ms=$((($(date +%s%N) - start) / 1000000))

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'; }

engine=$(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')
cat <<EOF

== dockerlings engine figures (Docker Engine $engine, median of $RUNS warm runs)

verify $EXERCISE (build + inspect + run)
  docker CLI, classic builder      ${cli_ms} ms
  dockerlings, classic builder     ${classic_ms} ms   ratio to the CLI $(ratio "$classic_ms" "$cli_ms")
  dockerlings, BuildKit            ${buildkit_ms} ms   ratio to the CLI $(ratio "$buildkit_ms" "$cli_ms")

peak memory (max RSS) of verify, classic builder
  small context (a few bytes)      $(mb "$small_kb")
  ${BIG_MB} MB context                   $(mb "$big_kb")   (${big_ms} ms)
  docker CLI, same ${BIG_MB} MB context  $(mb "$cli_big_kb")   (${cli_big_ms} ms)
EOF
