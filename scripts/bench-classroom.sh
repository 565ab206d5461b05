#!/usr/bin/env bash
# Load on the class server: simulated learners on loopback posting a workshop's events
# (examples/classroom_load.rs) against `dockerlings classroom serve` (release build).
#
#   scripts/bench-classroom.sh [--learners N] [--seconds S] [--gap MIN-MAX] [--db FILE|URL] [--debug]
#
# Defaults: 300 learners for 60 s, 5-20 s between a learner's posts (10% of them bursts of
# 3-8 events), a SQLite store in a new folder; --db postgres://… measures PostgreSQL (an
# empty database); --debug uses the debug build (quicker to build, slower to run). Prints the posts' p50/p90/p99 latency, the events acknowledged against
# the events stored (lost must be 0; the run fails otherwise) and the server's peak RSS.
# Figures, not a timed test: the machine's other work moves them.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}

LEARNERS=300
SECONDS_RUN=60
GAP=5-20
DB=""
PROFILE=release
while [[ $# -gt 0 ]]; do
  case $1 in
    --learners) LEARNERS=$2; shift ;;
    --seconds) SECONDS_RUN=$2; shift ;;
    --gap) GAP=$2; shift ;;
    --db) DB=$2; shift ;;
    --debug) PROFILE=debug ;;
    *) echo "usage: scripts/bench-classroom.sh [--learners N] [--seconds S] [--gap MIN-MAX] [--db FILE|URL] [--debug]" >&2; exit 2 ;;
  esac
  shift
done

WORK=$(mktemp -d /var/tmp/dockerlings-bench-classroom.XXXXXX)
SERVER=""
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  if [[ -n $SERVER ]]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

cd "$ROOT"
if [[ $PROFILE == release ]]; then
  cargo build --release --locked --bin dockerlings --example classroom_load
else
  cargo build --locked --bin dockerlings --example classroom_load
fi
[[ -n $DB ]] || DB=$WORK/class.db

XDG_DATA_HOME=$WORK HOME=$WORK NO_COLOR=1 "$TARGET_DIR/$PROFILE/dockerlings" classroom serve \
  --bind 127.0.0.1:0 --db "$DB" --name "Load test" >"$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 100); do
  grep -q '^Projector:' "$WORK/serve.out" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.out" >&2; echo "bench-classroom.sh: the server ended" >&2; exit 1; }
  sleep 0.1
done
URL=http://$(awk '/^Listening on/ { sub(/:$/, "", $3); print $3 }' "$WORK/serve.out")
CODE=$(awk '/^Join code:/ { print $3 }' "$WORK/serve.out")
TOKEN=$(awk '/^Instructor token:/ { print $3 }' "$WORK/serve.out")
[[ $TOKEN == di_* ]] || { cat "$WORK/serve.out" >&2; echo "bench-classroom.sh: no instructor token printed (an existing class? use an empty store)" >&2; exit 1; }
echo "server ($PROFILE build): $URL, store $(sed -n 's/.*kept in //p' "$WORK/serve.out"), pid $SERVER"
echo "rss at start: $(awk '/^VmRSS/ { print $2, $3 }' "/proc/$SERVER/status")"

status=0
"$TARGET_DIR/$PROFILE/examples/classroom_load" "$URL" "$CODE" "$TOKEN" \
  --learners "$LEARNERS" --seconds "$SECONDS_RUN" --gap "$GAP" || status=$?
echo "server peak rss    $(awk '/^VmHWM/ { print $2, $3 }' "/proc/$SERVER/status") (VmHWM), $(awk '/^VmRSS/ { print $2, $3 }' "/proc/$SERVER/status") at the end"
[[ $DB == postgres* ]] || echo "store size         $(du -sh "$WORK" | cut -f1) (SQLite file, WAL and the token file)"
exit "$status"
