#!/usr/bin/env bash
# Run every test of the project against a real Docker engine:
#
#   scripts/test.sh [--engine ENGINE] [--keep-going] [CARGO TEST ARGS...]
#
# 1. engine     make sure the default engine answers, and ENGINE if given
#               (scripts/engine-up.sh)
# 2. build      build dockerlings
# 3. images     list the images the shipped course and the test courses
#               (tests/fixtures/*/ with a lessons/course.yaml) name
# 4. standins   make those images available on the default engine: present,
#               pulled, or stand-ins built locally when no registry answers
#               (scripts/standins.sh)
# 5. load       (with --engine) copy them into ENGINE: docker save | docker load
# 6. postgres   (default engine only) a throwaway PostgreSQL for the class server's
#               tests (scripts/postgres-up.sh; DOCKERLINGS_TEST_POSTGRES), stopped at exit
# 7. cargo-test cargo test; the engine tests must run, not skip. With --engine,
#               only the engine suites (tests/*engine*.rs), against ENGINE
# 8. book       (default engine only) scripts/book.sh: builds the companion book
#               with mdBook, checks its links, and opens a lesson page and an
#               exercise page in headless Chromium (screenshots in
#               $CI_LOG_DIR/book, default target/ci-logs/book)
# 9. classroom  (default engine only) scripts/classroom-browser.sh: the class dashboard in
#               headless Chromium against the real server (screenshots in
#               $CI_LOG_DIR/classroom)
# 10. self-image (default engine only) scripts/self-image.sh: dockerlings' own image
#               built from the repository's Dockerfile, graded by its own checks, run
#               once (--version, and check-all with the engine's socket mounted); prints
#               its size
# 11. dev-check  `dockerlings dev check`: every exercise of the shipped course
#               (and, on the default engine, the learner-attempt corpus)
#               fails as shipped and passes with its solution, on ENGINE
#
# --engine ENGINE  default (the machine's engine), d28c, d28 or podman: see
#                  scripts/engine-up.sh. The tests and dev check run through
#                  `engine-up.sh --exec ENGINE`, with DOCKER_HOST set to it.
# --dev-check-only  skip cargo-test: only `dev check` (shipped and solved) on ENGINE
# --keep-going     when cargo-test fails, still run dev-check (and run every
#                  test binary: cargo test --no-fail-fast); exit non-zero at
#                  the end.
# Other arguments are passed to `cargo test` (e.g. a test name filter).
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
  python:3.12-slim python:3.12 node:20 nginx:mainline-alpine-slim
)

SUMMARY=()
IMAGES_FILE=""
ENGINE=default
KEEP_GOING=0
DEV_CHECK_ONLY=0
FAILED=()

cleanup() {
  [[ -n $IMAGES_FILE ]] && rm -f "$IMAGES_FILE"
  [[ -n ${DOCKERLINGS_TEST_POSTGRES_DIR:-} ]] && bash "$ROOT/scripts/postgres-up.sh" --down
  return 0
}
trap cleanup EXIT

print_summary() {
  echo
  echo "== test.sh timings (engine $ENGINE)"
  printf '   %s\n' "${SUMMARY[@]}"
}

# Runs one phase, timing it; on failure prints the summary and stops, unless
# the phase is one --keep-going may pass (--may-fail) and it was given.
phase() {
  local may_fail=0
  if [[ $1 == --may-fail ]]; then
    may_fail=$KEEP_GOING
    shift
  fi
  local name=$1 start status=0
  shift
  echo
  echo "== $name (engine $ENGINE)"
  start=$SECONDS
  "$@" || status=$?
  SUMMARY+=("$(printf '%-11s %5ss  %s' "$name" "$((SECONDS - start))" "$([[ $status -eq 0 ]] && echo ok || echo "FAILED ($status)")")")
  [[ $status -eq 0 ]] && return 0
  if [[ $may_fail -eq 1 ]]; then
    FAILED+=("$name")
    echo "test.sh: phase '$name' failed on engine $ENGINE; going on (--keep-going)" >&2
    return 0
  fi
  print_summary
  echo "test.sh: phase '$name' failed on engine $ENGINE" >&2
  exit "$status"
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

start_engines() {
  bash scripts/engine-up.sh default
  [[ $ENGINE == default ]] || bash scripts/engine-up.sh "$ENGINE"
}

# Exports DOCKERLINGS_TEST_POSTGRES for the class server's tests, which fail without it.
start_postgres() {
  local exports
  exports=$(bash "$ROOT/scripts/postgres-up.sh") || return
  eval "$exports"
}

load_images() {
  [[ -s $IMAGES_FILE ]] || return 0
  bash scripts/engine-up.sh --load "$ENGINE" <"$IMAGES_FILE"
}

# Runs a command against ENGINE (DOCKER_HOST and its network namespace).
on_engine() {
  if [[ $ENGINE == default ]]; then
    "$@"
  else
    bash scripts/engine-up.sh --exec "$ENGINE" "$@"
  fi
}

# The suites that talk to an engine: what another engine has to pass.
engine_suites() {
  local file
  for file in tests/*engine*.rs; do
    file=${file#tests/}
    printf -- '--test\n%s\n' "${file%.rs}"
  done
}

cargo_test() {
  local -a args=(--locked)
  [[ $KEEP_GOING -eq 1 ]] && args+=(--no-fail-fast)
  if [[ $ENGINE != default ]]; then
    local -a suites
    mapfile -t suites < <(engine_suites)
    args+=("${suites[@]}")
  fi
  on_engine cargo test "${args[@]}" "$@"
}

dev_check() {
  # The learner-attempt corpus judges the checks, which do not depend on the engine: it
  # runs on the default engine; other engines check every exercise shipped and solved.
  # Podman 5.8's build service crashed once here (a nil pointer in buildah's stage executor)
  # with several builds in flight: on Podman, one exercise at a time.
  if [[ $ENGINE == default ]]; then
    "$BIN" dev check
  elif [[ $ENGINE == podman ]]; then
    on_engine "$BIN" dev check --no-attempts --jobs 1
  else
    on_engine "$BIN" dev check --no-attempts
  fi
}

main() {
  local -a cargo_args=()
  while [[ $# -gt 0 ]]; do
    case $1 in
      --engine)
        [[ $# -ge 2 ]] || { echo "test.sh: --engine needs a name: default, d28c, d28 or podman" >&2; exit 2; }
        ENGINE=$2
        shift
        ;;
      --engine=*) ENGINE=${1#--engine=} ;;
      --keep-going) KEEP_GOING=1 ;;
      --dev-check-only) DEV_CHECK_ONLY=1 ;;
      *) cargo_args+=("$1") ;;
    esac
    shift
  done
  cd "$ROOT"
  phase engine start_engines
  phase build build_binary
  phase images list_images
  phase standins provide_images
  [[ $ENGINE == default ]] || phase load load_images
  if [[ $ENGINE == default && $DEV_CHECK_ONLY -eq 0 && -z ${DOCKERLINGS_TEST_POSTGRES:-} ]]; then
    phase postgres start_postgres
  fi
  [[ $DEV_CHECK_ONLY -eq 1 ]] || phase --may-fail cargo-test cargo_test "${cargo_args[@]}"
  if [[ $ENGINE == default && $DEV_CHECK_ONLY -eq 0 ]]; then
    phase --may-fail book bash "$ROOT/scripts/book.sh"
    phase --may-fail classroom bash "$ROOT/scripts/classroom-browser.sh"
    # The classic builder: the path whose whole build has been proven here.
    phase --may-fail self-image bash "$ROOT/scripts/self-image.sh" --builder classic
  fi
  phase --may-fail dev-check dev_check
  print_summary
  if [[ ${#FAILED[@]} -gt 0 ]]; then
    echo "test.sh: failed on engine $ENGINE: ${FAILED[*]}" >&2
    exit 1
  fi
}

main "$@"
