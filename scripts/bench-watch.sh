#!/usr/bin/env bash
# How quickly watch mode answers a save, measured on the screen a learner sees.
#
#   1. save → static verdict on screen (an exercise with static checks only)
#   2. save → full verdict on screen with a warm build cache (build, image size, run), next to
#      the docker CLI doing the same: build, inspect, run
#
# Each figure is the median of SAVES saves (default 30). dockerlings runs in a pseudo-terminal
# (python3's pty module reads everything it draws, as it is drawn); each save rewrites the
# Dockerfile with a new comment (same instructions, so the cache stays warm), and the clock
# stops when the screen shows the next `check N · static …` (static) or `check N · … · done`
# (full) in the status line. The engine part needs a working Docker engine and is skipped
# without one.
#
#   scripts/bench-watch.sh                                      # SAVES=30
#   SAVES=10 scripts/bench-watch.sh
#   BENCH_BIN=target/debug/dockerlings scripts/bench-watch.sh   # skip the release build
set -euo pipefail

SAVES=${SAVES:-30}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
COURSE=${BENCH_COURSE:-$ROOT/tests/fixtures/course}
STATIC_DIR=${BENCH_STATIC_DIR:-basics/two-stages}
ENGINE_EXERCISE=${BENCH_ENGINE_EXERCISE:-copy-artifact}
ENGINE_DIR=${BENCH_ENGINE_DIR:-images/copy-artifact}

command -v python3 >/dev/null || { echo "needs python3 (for its pty module)" >&2; exit 2; }

if [[ -n ${BENCH_BIN:-} ]]; then
    BIN=$(realpath "$BENCH_BIN")
else
    echo "building dockerlings (release)…" >&2
    cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
    BIN=$ROOT/target/release/dockerlings
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } m = int((NR + 1) / 2); if (NR % 2) print v[m]; else print (v[m] + v[m + 1]) / 2 }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
now_us() { echo $(( $(date +%s%N) / 1000 )); }

# Runs watch mode in a pty in workspace $1, saves $2 (relative) SAVES times, and prints the
# time from each save to the screen showing its verdict, in µs. $3: static|full; $4: extra args.
time_saves() {
    python3 - "$BIN" "$1" "$2" "$SAVES" "$3" "${4:-}" <<'PY'
import fcntl, os, pty, re, select, signal, struct, sys, termios, time

binary, workspace, rel, saves, what, extra = sys.argv[1:7]
saves = int(saves)
pid, fd = pty.fork()
if pid == 0:
    os.chdir(workspace)
    os.environ.update(TERM="xterm-256color", LANG="C.UTF-8")
    os.execv(binary, [binary] + extra.split())
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

done = rb" \xc2\xb7 done" if what == "full" else b""
pattern = re.compile(rb"check (\d+) \xc2\xb7 static [0-9.]+ m?s" + done)
seen, buffer = 0, b""

def wait_past(number, timeout=120.0):
    """Reads the screen until it shows a check numbered above `number`; returns that number."""
    global seen, buffer
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            buffer += os.read(fd, 1 << 16)
        except OSError:
            sys.exit("dockerlings exited early")
        for match in pattern.finditer(buffer):
            seen = max(seen, int(match.group(1)))
        buffer = buffer[-512:]
        if seen > number:
            return seen
    sys.exit(f"the screen never showed check {number + 1}; last output: {buffer!r}")

path = os.path.join(workspace, rel)
with open(path) as f:
    base = "".join(line for line in f if not line.startswith("# bench save"))
wait_past(0)
for n in range(1, saves + 1):
    before = seen
    start = time.perf_counter()
    with open(path, "w") as f:
        f.write(f"{base}# bench save {n}\n")
    wait_past(before)
    print(int((time.perf_counter() - start) * 1e6), flush=True)
    time.sleep(0.2)
# Quit the way a learner does, and let it clean up.
os.write(fd, b"q")
os.waitpid(pid, 0)
PY
}

make_workspace() {
    "$BIN" --course "$COURSE" init "$TMP/$1" >/dev/null
    echo "$TMP/$1"
}

echo "== save → static verdict on screen ($SAVES saves, median)"
WS=$(make_workspace static)
STATIC_US=$(time_saves "$WS" "$STATIC_DIR/Dockerfile" static | median)
echo "dockerlings static verdict:      $(ms "$STATIC_US") ms"

echo
echo "== save → full verdict on screen, warm cache ($SAVES saves, median)"
if ! docker info >/dev/null 2>&1; then
    echo "skipped: no Docker engine answers (\`dockerlings doctor\` says why)"
    exit 0
fi
WS=$(make_workspace engine)
cp "$COURSE/lessons/solutions/$ENGINE_EXERCISE/Dockerfile" "$WS/$ENGINE_DIR/Dockerfile"
if ! (cd "$WS" && "$BIN" verify "$ENGINE_EXERCISE" >/dev/null 2>&1); then
    echo "skipped: \`dockerlings verify $ENGINE_EXERCISE\` does not pass here, so there is no warm verdict to time:"
    (cd "$WS" && "$BIN" verify "$ENGINE_EXERCISE" 2>&1 | tail -5) || true
    exit 0
fi
sed -i "s/\"current\": \"[^\"]*\"/\"current\": \"$ENGINE_EXERCISE\"/" "$WS/.dockerlings/state.json"
AUTO_US=$(time_saves "$WS" "$ENGINE_DIR/Dockerfile" full "--builder auto" | median)
CLASSIC_US=$(time_saves "$WS" "$ENGINE_DIR/Dockerfile" full "--builder classic" | median)

if docker buildx version >/dev/null 2>&1; then CLI_BUILDER="BuildKit (buildx)"; else CLI_BUILDER="classic builder: this docker CLI has no buildx"; fi
TAG=dockerlings-bench:$$
DOCKERFILE=$WS/$ENGINE_DIR/Dockerfile
BASE=$(grep -v '^# bench save' "$DOCKERFILE")
docker build -q -t "$TAG" "$WS/$ENGINE_DIR" >/dev/null 2>&1   # warm the cache
for i in $(seq 1 "$SAVES"); do
    start=$(now_us)
    printf '%s\n# bench save %s\n' "$BASE" "$i" > "$DOCKERFILE"
    docker build -q -t "$TAG" "$WS/$ENGINE_DIR" >/dev/null 2>&1
    docker image inspect --format '{{.Size}}' "$TAG" >/dev/null
    docker run --rm "$TAG" >/dev/null
    echo $(( $(now_us) - start ))
done > "$TMP/cli"
docker image rm "$TAG" >/dev/null 2>&1 || true
CLI_US=$(median < "$TMP/cli")

echo "dockerlings, BuildKit (auto):    $(ms "$AUTO_US") ms   ($(ratio "$AUTO_US" "$CLI_US")× the docker CLI)"
echo "dockerlings, classic builder:    $(ms "$CLASSIC_US") ms   ($(ratio "$CLASSIC_US" "$CLI_US")× the docker CLI)"
echo "docker build, inspect, run:      $(ms "$CLI_US") ms   ($CLI_BUILDER)"
echo
echo "static verdict ÷ full verdict (BuildKit): $(ratio "$STATIC_US" "$AUTO_US")"
