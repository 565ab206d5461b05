#!/usr/bin/env bash
# Run every test of the project against a real Docker engine:
#
#   scripts/test.sh
#
# 1. engine     make sure an engine answers (scripts/engine-up.sh)
# 2. build      build dockerlings
# 3. images     list the images the shipped course and the test courses
#               (tests/fixtures/*/ with a lessons/course.yaml) name
# 4. standins   make those images available: present, pulled, or stand-ins
#               built locally when no registry answers (scripts/standins.sh)
# 5. cargo-test cargo test; the engine tests must run, not skip
# 6. dev-check  `dockerlings dev check`: every exercise of the shipped course
#               fails as shipped and passes with its solution
#
# Extra arguments are passed to `cargo test` (e.g. a test name filter).
# Exits non-zero at the first phase that fails, after a timing summary.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
readonly BIN="$TARGET_DIR/debug/dockerlings"
# Used only while `dockerlings dev images` cannot answer.
readonly FALLBACK_IMAGES=(
  golang:1.23 alpine:3.20 busybox:1.36
  gcr.io/distroless/static-debian12:nonroot gcr.io/distroless/static-debian12
  python:3.12-slim node:20 nginx:mainline-alpine-slim
)

SUMMARY=()
IMAGES_FILE=""

cleanup() { [[ -n $IMAGES_FILE ]] && rm -f "$IMAGES_FILE"; return 0; }
trap cleanup EXIT

print_summary() {
  echo
  echo "== test.sh timings"
  printf '   %s\n' "${SUMMARY[@]}"
}

# Runs one phase, timing it; on failure prints the summary and stops.
phase() {
  local name=$1 start status=0
  shift
  echo
  echo "== $name"
  start=$SECONDS
  "$@" || status=$?
  SUMMARY+=("$(printf '%-11s %5ss  %s' "$name" "$((SECONDS - start))" "$([[ $status -eq 0 ]] && echo ok || echo "FAILED ($status)")")")
  if [[ $status -ne 0 ]]; then
    print_summary
    echo "test.sh: phase '$name' failed" >&2
    exit "$status"
  fi
}

warn() { echo "test.sh: warning: $*" >&2; }

build_binary() {
  cargo build --locked
}

# The test courses: folders under tests/fixtures that hold a course.
fixture_courses() {
  local course
  for course in tests/fixtures/*/; do
    [[ -f ${course}lessons/course.yaml ]] && echo "${course%/}"
  done
  return 0
}

# One image per line from the shipped course and the test courses; where the
# command is missing or fails, the built-in list as well.
list_images() {
  IMAGES_FILE=$(mktemp)
  local out fell_back=0 course
  local -a args
  local -a courses=("")
  mapfile -t -O 1 courses < <(fixture_courses)
  for course in "${courses[@]}"; do
    args=(dev images)
    [[ -n $course ]] && args+=(--course "$course")
    if out=$("$BIN" "${args[@]}"); then
      printf '%s\n' "$out" >>"$IMAGES_FILE"
    else
      warn "'dockerlings ${args[*]}' failed; adding the built-in image list"
      fell_back=1
    fi
  done
  if [[ $fell_back -eq 1 ]]; then
    printf '%s\n' "${FALLBACK_IMAGES[@]}" >>"$IMAGES_FILE"
  fi
  sort -u -o "$IMAGES_FILE" "$IMAGES_FILE"
  sed -i '/^[[:space:]]*$/d' "$IMAGES_FILE"
  echo "images: $(tr '\n' ' ' <"$IMAGES_FILE")"
}

provide_images() {
  if [[ ! -s $IMAGES_FILE ]]; then
    echo "no images named by the courses"
    return 0
  fi
  bash "$ROOT/scripts/standins.sh" <"$IMAGES_FILE"
}

cargo_test() {
  cargo test --locked "$@"
}

dev_check() {
  "$BIN" dev check
}

main() {
  cd "$ROOT"
  phase engine bash scripts/engine-up.sh
  phase build build_binary
  phase images list_images
  phase standins provide_images
  phase cargo-test cargo_test "$@"
  phase dev-check dev_check
  print_summary
}

main "$@"
