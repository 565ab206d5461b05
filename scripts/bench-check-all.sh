#!/usr/bin/env bash
# Check-all over the whole course with every solution applied, warm cache:
#
#   scripts/bench-check-all.sh
#
# Runs `dockerlings check-all` once to warm the build cache, then $RUNS times with
# `--jobs 1` (one exercise at a time) and $RUNS times with the default jobs, and prints the
# medians and their ratio. Every run must pass every exercise.
#
# Environment:
#   RUNS             runs per timing (default 3)
#   JOBS             the parallel run's --jobs (default: dockerlings' own default)
#   DOCKERLINGS_BIN  the binary to measure (default: a release build of this tree)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly RUNS=${RUNS:-3}
readonly JOBS=${JOBS:-}

die() { echo "bench-check-all: error: $*" >&2; exit 1; }
note() { echo "bench-check-all: $*" >&2; }

docker info >/dev/null 2>&1 || die "no Docker engine answers: start one with scripts/engine-up.sh"
command -v jq >/dev/null || die "jq is missing: apt-get install jq"

BIN=${DOCKERLINGS_BIN:-}
if [[ -z $BIN ]]; then
  note "building a release binary"
  (cd "$ROOT" && cargo build --release --quiet)
  BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/dockerlings
fi
readonly BIN

WORK=$(mktemp -d)
WS=$WORK/ws
cleanup() {
  if [[ -d $WS ]]; then
    (cd "$WS" && "$BIN" clean >/dev/null 2>&1) || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$BIN" --course "$ROOT" init "$WS" >/dev/null
cd "$WS"
# Every exercise solved: the solution's files over the starting ones.
while IFS=$'\t' read -r id dir; do
  [[ -d $ROOT/lessons/solutions/$id ]] || die "no solution for $id"
  cp -R "$ROOT/lessons/solutions/$id/." "$WS/$dir/"
done < <("$BIN" list --json | jq -r '.exercises[] | [.id, .dir] | @tsv')

# Milliseconds a check-all takes; it must pass every exercise.
millis() {
  local start end
  start=$(date +%s%N)
  "$BIN" check-all "$@" >"$WORK/out" 2>&1 || { cat "$WORK/out" >&2; die "check-all $* did not pass"; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

note "warming the cache"
millis >/dev/null
parallel=()
[[ -n $JOBS ]] && parallel=(--jobs "$JOBS")
serial_ms=() parallel_ms=()
for _ in $(seq "$RUNS"); do
  serial_ms+=("$(millis --jobs 1)")
  parallel_ms+=("$(millis "${parallel[@]}")")
done
serial=$(printf '%s\n' "${serial_ms[@]}" | median)
par=$(printf '%s\n' "${parallel_ms[@]}" | median)
exercises=$("$BIN" list --json | jq '.total')
echo "check-all, $exercises exercises solved, warm cache, median of $RUNS ($(nproc) cores):"
echo "  --jobs 1:            $(awk -v m="$serial" 'BEGIN { printf "%.1f s", m / 1000 }')  (${serial_ms[*]} ms)"
echo "  --jobs ${JOBS:-default}:  $(awk -v m="$par" 'BEGIN { printf "%.1f s", m / 1000 }')  (${parallel_ms[*]} ms)"
echo "  ratio:               $(awk -v a="$par" -v b="$serial" 'BEGIN { printf "%.2f", a / b }')"
