#!/usr/bin/env bash
# Figures for interrupted verifies: SIGINT, SIGTERM and SIGKILL at random moments of a
# verify (build, create, run, probe), each followed by the next verify; counts the rounds
# after which a container or a superseded image of the workspace was left.
#
#   scripts/interrupts.sh [ROUNDS] [SEED]     (default 300 rounds, a random seed)
#
# Needs a Docker engine with busybox:1.36 (scripts/standins.sh without a registry).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
cd "$ROOT"
export DOCKERLINGS_INTERRUPTS=${1:-300}
if [[ -n ${2:-} ]]; then
  export DOCKERLINGS_INTERRUPT_SEED=$2
fi
cargo test --test engine_interrupt interrupts_at_random_moments -- --nocapture 2>&1 |
  grep -E '^(interrupts:|round |seed |test result)'
