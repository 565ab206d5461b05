#!/usr/bin/env bash
# Figures for "progress is never lost or corrupted":
#
#   scripts/state-stress.sh
#
# 1. kills        state-writing commands (hint, verify, reset) SIGKILLed at random moments,
#                 $KILLS times; after each kill the state file must be whole and not behind,
#                 and after the next command nothing may be left (temp files, reset journal,
#                 a moved exercise folder) and nothing a finished command recorded may be lost.
# 2. concurrency  $WORKERS workers start a command each at the same moment, $ROUNDS times,
#                 one command in ten SIGKILLed: no hint count, pass or reset backup is lost.
#
# It runs tests/state_interruption.rs at a larger scale (CI runs it at 300 kills and 100
# rounds); a failure prints its seed, and SEED=<seed> replays it.
#
# Environment:
#   KILLS    SIGKILLs in part 1 (default 1000)
#   ROUNDS   rounds in part 2 (default 500)
#   WORKERS  commands per round (default 4)
#   SEED     the random seed (default 10)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT

cd "$ROOT"
echo "state-stress: building (release)" >&2
cargo test --release --quiet --test state_interruption --no-run
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
STATE_STRESS_KILLS=${KILLS:-1000} \
  STATE_STRESS_ROUNDS=${ROUNDS:-500} \
  STATE_STRESS_WORKERS=${WORKERS:-4} \
  STATE_STRESS_SEED=${SEED:-10} \
  cargo test --release --quiet --test state_interruption -- --nocapture --test-threads=1 \
  >"$log" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
  cat "$log"
  echo "state-stress: FAILED (exit $status)" >&2
  exit "$status"
fi
grep -oE '(kills|concurrency): .*' "$log"
