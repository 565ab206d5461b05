#!/usr/bin/env bash
# The performance figures of dockerlings, against a real Docker engine, as medians and, where
# the docker CLI can do the same work, as ratios to it:
#
#   static     `dockerlings list` and `verify --static-only` (hyperfine)
#   verify     `verify go-multistage` on its solution, warm cache, against the docker CLI doing
#              build + inspect + run + HTTP probe, each builder against the same builder
#   watch      watch mode, from a save to the verdict on screen: static (a static-only exercise)
#              and full (go-multistage), against the CLI doing the same save + build + inspect
#              + run + probe
#   check-all  `check-all` over the whole course with every solution applied, warm cache:
#              serial, and with `--jobs N` where the binary has it
#   memory     peak memory of verify sending a large build context and a small one
#
#   scripts/bench.sh                     every section
#   scripts/bench.sh static verify       only these
#
# Environment:
#   RUNS             runs per timing of static and verify (default 7, at least 5)
#   SAVES            saves per watch timing (default 15)
#   CHECK_ALL_RUNS   runs of each check-all (default 5)
#   JOBS             the N of `check-all --jobs N` (default: the binary's own default)
#   BIG_MB           the large context of the memory section, in MB (default 500)
#   DOCKERLINGS_BIN  the binary to measure (default: a release build of this tree)
#   BUILDKIT_DOCKER  a docker client that builds with BuildKit under DOCKER_BUILDKIT=1
#                    (default: the first on PATH with buildx, or one older than 23.0, whose
#                    builder is built in); without one, BuildKit has no CLI peer
#
# Run it on a quiet machine: it prints the load average before and after, and figures taken
# under load say more about the load than about dockerlings.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly RUNS=${RUNS:-7}
readonly SAVES=${SAVES:-15}
readonly CHECK_ALL_RUNS=${CHECK_ALL_RUNS:-5}
readonly JOBS=${JOBS:-}
readonly BIG_MB=${BIG_MB:-500}
readonly EXERCISE=go-multistage
readonly PROBE_PORT=8080 PROBE_TEXT="Hello, Docker!"

die() {
  echo "bench: error: $*" >&2
  exit 1
}
note() { echo "bench: $*" >&2; }

ALL_SECTIONS=(static verify watch check-all memory)
SECTIONS=("$@")
[[ ${#SECTIONS[@]} -gt 0 ]] || SECTIONS=("${ALL_SECTIONS[@]}")
for section in "${SECTIONS[@]}"; do
  [[ " ${ALL_SECTIONS[*]} " == *" $section "* ]] || die "unknown section '$section' (sections: ${ALL_SECTIONS[*]})"
done
wants() { [[ " ${SECTIONS[*]} " == *" $1 "* ]]; }

[[ $RUNS -ge 5 ]] || die "RUNS must be at least 5 for a median worth reading"
docker info >/dev/null 2>&1 || die "no Docker engine answers: start one with scripts/engine-up.sh"
for tool in hyperfine python3 curl; do
  command -v "$tool" >/dev/null || die "$tool is missing: apt-get install $tool"
done
if wants memory; then
  [[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time"
fi

BIN=${DOCKERLINGS_BIN:-}
if [[ -z $BIN ]]; then
  note "building a release binary"
  cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
  BIN=$(cargo metadata --format-version 1 --no-deps --manifest-path "$ROOT/Cargo.toml" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/dockerlings
fi
BIN=$(realpath "$BIN")
readonly BIN

# A client that builds with BuildKit: one with buildx, or one from before 23.0 (built in).
buildkit_docker() {
  if [[ -n ${BUILDKIT_DOCKER:-} ]]; then
    echo "$BUILDKIT_DOCKER"
    return
  fi
  local client major
  while read -r client; do
    if "$client" buildx version >/dev/null 2>&1; then
      echo "$client"
      return
    fi
    major=$("$client" version --format '{{.Client.Version}}' 2>/dev/null | cut -d. -f1)
    if [[ $major =~ ^[0-9]+$ && $major -lt 23 ]]; then
      echo "$client"
      return
    fi
  done < <(type -ap docker)
}
BK_DOCKER=$(buildkit_docker)
readonly BK_DOCKER

WORK=$(mktemp -d)
CLI_TAGS=()
cleanup() {
  local ws
  for ws in "$WORK"/ws-*; do
    if [[ -d $ws/.dockerlings ]]; then
      (cd "$ws" && "$BIN" clean >/dev/null 2>&1) || true
    fi
  done
  if [[ ${#CLI_TAGS[@]} -gt 0 ]]; then
    docker ps -aq --filter "label=org.dockerlings.bench=$BENCH_ID" | xargs -r docker rm -f >/dev/null 2>&1 || true
    docker image rm -f "${CLI_TAGS[@]}" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_BEFORE=$(loadavg)
readonly LOAD_BEFORE

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } m = int((NR + 1) / 2); if (NR % 2) print v[m]; else print (v[m] + v[m + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "n/a" }'; }
now_us() { echo $(($(date +%s%N) / 1000)); }

# Microseconds a command takes; its output is dropped, its failure stops the script.
micros() {
  local start
  start=$(now_us)
  "$@" >/dev/null 2>&1 || die "failed: $*"
  echo $(($(now_us) - start))
}

# A workspace of the course in $2 (default: the built-in one), named $1.
workspace() {
  local ws=$WORK/ws-$1
  if [[ -n ${2:-} ]]; then
    "$BIN" --course "$2" init "$ws" >/dev/null
  else
    "$BIN" init "$ws" >/dev/null
  fi
  echo "$ws"
}

# Copies every reference solution of the course in $1 into workspace $2.
apply_solutions() {
  local id dir
  while read -r id dir; do
    [[ -d $1/lessons/solutions/$id ]] || die "no solution for $id in $1/lessons/solutions"
    cp -r "$1/lessons/solutions/$id/." "$2/$dir/"
  done < <(awk '/^  - id: / { id = $3 } /^    dir: / && id != "" { print id, $2; id = "" }' "$1"/lessons/*.yaml)
}

# Makes $2 the current exercise of workspace $1 (watch mode opens on it).
make_current() {
  sed -i "s/\"current\": \"[^\"]*\"/\"current\": \"$2\"/" "$1/.dockerlings/state.json"
  grep -q "\"current\": \"$2\"" "$1/.dockerlings/state.json" || die "cannot make $2 current in $1"
}

# What dockerlings' run check does, with the docker CLI: build with builder $1 (classic or
# buildkit) from folder $2, inspect, run confined as dockerlings does with the port
# published on 127.0.0.1, ask until the app answers, remove the container.
BENCH_ID=$$
readonly BENCH_ID CLI_TAG=dockerlings-bench-cli:$$
cli_verify() {
  local client=docker buildkit=0 id port deadline
  if [[ $1 == buildkit ]]; then
    client=$BK_DOCKER
    buildkit=1
  fi
  DOCKER_BUILDKIT=$buildkit "$client" build -q -t "$CLI_TAG" "$2" >/dev/null 2>"$WORK/cli-build.log" || {
    cat "$WORK/cli-build.log" >&2
    return 1
  }
  docker image inspect "$CLI_TAG" >/dev/null || return 1
  id=$(docker run -d --label "org.dockerlings.bench=$BENCH_ID" \
    --memory 256m --memory-swap 256m --pids-limit 128 \
    --cap-drop NET_RAW --cap-drop MKNOD --cap-drop AUDIT_WRITE --cap-drop SYS_CHROOT \
    --cap-drop SETFCAP --cap-drop SETPCAP --security-opt no-new-privileges:true \
    -p "127.0.0.1::$PROBE_PORT" "$CLI_TAG") || return 1
  port=$(docker port "$id" "$PROBE_PORT/tcp" | head -n 1)
  port=${port##*:}
  deadline=$((SECONDS + 20))
  until curl -fsS --max-time 3 "http://127.0.0.1:$port/" 2>/dev/null | grep -qF "$PROBE_TEXT"; do
    if ((SECONDS > deadline)); then
      docker rm -f "$id" >/dev/null
      return 1
    fi
    sleep 0.05
  done
  docker rm -f "$id" >/dev/null
}

# ------------------------------------------------------------------ the figures
# Rows of the summary: figure, dockerlings, docker CLI, ratio, target.
ROWS=()
row() { ROWS+=("$(printf '%-44s %12s %12s %8s   %s' "$@")"); }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f ms", us / 1000 }'; }
secs() { awk -v us="$1" 'BEGIN { printf "%.2f s", us / 1000000 }'; }

SOLVED=""
solved_workspace() {
  if [[ -z $SOLVED ]]; then
    SOLVED=$(workspace solved)
    apply_solutions "$ROOT" "$SOLVED"
  fi
}

# ------------------------------------------------------------------ static
if wants static; then
  solved_workspace
  note "static: hyperfine, $RUNS runs each"
  (cd "$SOLVED" && hyperfine -N --style none --warmup 3 --runs "$RUNS" \
    --export-csv "$WORK/static.csv" \
    "$BIN list" "$BIN verify $EXERCISE --static-only" >/dev/null) ||
    die "hyperfine failed: run \`$BIN verify $EXERCISE --static-only\` in a workspace to see why"
  # CSV: command,mean,stddev,median,... in seconds.
  median_of() { awk -F, -v n="$1" 'NR == n + 1 { printf "%d", $4 * 1000000 }' "$WORK/static.csv"; }
  row "dockerlings list" "$(ms "$(median_of 1)")" "" "" "≤ 10 ms"
  row "verify --static-only $EXERCISE" "$(ms "$(median_of 2)")" "" "" "≤ 15 ms"
fi

# ------------------------------------------------------------------ verify
if wants verify; then
  solved_workspace
  CLI_TAGS+=("$CLI_TAG")
  dir=$SOLVED/$(awk -v id="$EXERCISE" '$3 == id { found = 1 } found && /^    dir: / { print $2; exit }' "$ROOT"/lessons/*.yaml)
  builders=(classic)
  [[ -n $BK_DOCKER ]] && builders+=(buildkit)
  for builder in "${builders[@]}"; do
    note "verify: $RUNS warm runs each of verify $EXERCISE and the docker CLI, $builder"
    (cd "$SOLVED" && "$BIN" verify "$EXERCISE" --builder "$builder" >/dev/null 2>&1) ||
      die "verify $EXERCISE --builder $builder does not pass on its solution: run it in $SOLVED to see why"
    cli_verify "$builder" "$dir" || die "the docker CLI's build, run and probe of $EXERCISE fail ($builder)"
    : >"$WORK/ours" && : >"$WORK/cli"
    # Alternate, so that a change of load weighs on both alike.
    for ((i = 0; i < RUNS; i++)); do
      (cd "$SOLVED" && micros "$BIN" verify "$EXERCISE" --builder "$builder") >>"$WORK/ours"
      micros cli_verify "$builder" "$dir" >>"$WORK/cli"
    done
    ours=$(median <"$WORK/ours")
    cli=$(median <"$WORK/cli")
    row "verify $EXERCISE, $builder" "$(ms "$ours")" "$(ms "$cli")" "$(ratio "$ours" "$cli")" "≤ 0.8×"
  done
  [[ -n $BK_DOCKER ]] || row "verify $EXERCISE, buildkit" "" "" "" "no CLI here builds with BuildKit"
fi

# ------------------------------------------------------------------ watch
# Runs watch mode in a pty in workspace $1, saves $2 (absolute) SAVES times, and prints the
# microseconds from each save to the screen showing its verdict. $3: static|full; $4: args.
# With $5, a shell command that does the CLI's side of save number N (appended): it runs
# between the saves, while watch mode is idle, so that a change of load weighs on both alike,
# and each line is then `ours cli`.
time_saves() {
  python3 - "$BIN" "$1" "$2" "$SAVES" "$3" "${4:-}" "${5:-}" <<'PY'
import fcntl, os, pty, re, select, struct, subprocess, sys, termios, time

binary, workspace, path, saves, what, extra, peer = sys.argv[1:8]
saves = int(saves)
pid, fd = pty.fork()
if pid == 0:
    os.chdir(workspace)
    os.environ.update(TERM="xterm-256color", LANG="C.UTF-8")
    os.execv(binary, [binary] + extra.split())
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

# The status line: `check 7 · static 3 ms · running…`, then `check 7 · static 3 ms · done in 1.24 s`.
done = rb" \xc2\xb7 done" if what == "full" else b""
pattern = re.compile(rb"check (\d+) \xc2\xb7 static [0-9.]+ m?s" + done)
seen, buffer = 0, b""

def wait_past(number, timeout=120.0):
    """Reads the screen until it shows a check numbered above `number`."""
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
            return
    sys.exit(f"the screen never showed check {number + 1}; last output: {buffer!r}")

with open(path) as f:
    base = "".join(line for line in f if not line.startswith("# bench save"))
wait_past(0)
for n in range(1, saves + 1):
    before = seen
    start = time.perf_counter()
    with open(path, "w") as f:
        f.write(f"{base}# bench save {n}\n")
    wait_past(before)
    ours = int((time.perf_counter() - start) * 1e6)
    # Let the run finish removing its container before the next measurement.
    time.sleep(0.3)
    if peer:
        start = time.perf_counter()
        subprocess.run(["bash", "-c", f"{peer} {n}"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(ours, int((time.perf_counter() - start) * 1e6), flush=True)
        time.sleep(0.3)
    else:
        print(ours, flush=True)
# Quit the way a learner does, and let it clean up.
os.write(fd, b"q")
os.waitpid(pid, 0)
PY
}

if wants watch; then
  note "watch: $SAVES saves, static verdict"
  ws=$(workspace static "$ROOT/tests/fixtures/course")
  static_us=$(time_saves "$ws" "$ws/basics/two-stages/Dockerfile" static | median)
  row "watch: save → static verdict" "$(ms "$static_us")" "" "" ""

  solved_workspace
  CLI_TAGS+=("$CLI_TAG")
  make_current "$SOLVED" "$EXERCISE"
  dir=$SOLVED/$(awk -v id="$EXERCISE" '$3 == id { found = 1 } found && /^    dir: / { print $2; exit }' "$ROOT"/lessons/*.yaml)
  dockerfile=$dir/Dockerfile
  # The CLI's side of a save, on a copy outside the watched folder: the same edit, then what
  # the check does. Exported for the shell that time_saves starts.
  CLI_DIR=$WORK/cli-$EXERCISE
  cp -r "$dir" "$CLI_DIR"
  cli_save() {
    local base
    base=$(grep -v '^# bench save' "$CLI_DIR/Dockerfile")
    printf '%s\n# bench save %s\n' "$base" "$2" >"$CLI_DIR/Dockerfile"
    cli_verify "$1" "$CLI_DIR"
  }
  export BENCH_ID CLI_TAG BK_DOCKER WORK PROBE_PORT PROBE_TEXT CLI_DIR
  export -f cli_save cli_verify
  builders=(classic)
  [[ -n $BK_DOCKER ]] && builders+=(buildkit)
  for builder in "${builders[@]}"; do
    note "watch: $SAVES saves, full verdict of $EXERCISE, $builder, each followed by the docker CLI's"
    (cd "$SOLVED" && "$BIN" verify "$EXERCISE" --builder "$builder" >/dev/null 2>&1) ||
      die "verify $EXERCISE --builder $builder does not pass on its solution"
    cli_save "$builder" 0 || die "the docker CLI's build, run and probe of $EXERCISE fail ($builder)"
    time_saves "$SOLVED" "$dockerfile" full "--builder $builder" "cli_save $builder" >"$WORK/pairs"
    ours=$(cut -d' ' -f1 "$WORK/pairs" | median)
    cli=$(cut -d' ' -f2 "$WORK/pairs" | median)
    row "watch: save → full verdict, $builder" "$(ms "$ours")" "$(ms "$cli")" "$(ratio "$ours" "$cli")" "≤ 0.8×"
  done
  [[ -n $BK_DOCKER ]] || row "watch: save → full verdict, buildkit" "" "" "" "no CLI here builds with BuildKit"
  sed -i '/^# bench save/d' "$dockerfile"
fi

# ------------------------------------------------------------------ check-all
if wants check-all; then
  solved_workspace
  modes=("serial")
  if "$BIN" check-all --help 2>/dev/null | grep -q -- '--jobs'; then
    modes=("--jobs 1" "${JOBS:+--jobs $JOBS}")
  fi
  note "check-all: warming the cache"
  if ! (cd "$SOLVED" && "$BIN" check-all >"$WORK/check-all.txt" 2>&1); then
    tail -n 30 "$WORK/check-all.txt" >&2
    die "check-all does not pass with every solution applied (above)"
  fi
  for mode in "${modes[@]}"; do
    args=()
    [[ $mode == serial ]] || read -r -a args <<<"$mode"
    [[ -n $mode ]] || mode="default jobs"
    note "check-all: $CHECK_ALL_RUNS runs, $mode"
    for ((i = 0; i < CHECK_ALL_RUNS; i++)); do
      (cd "$SOLVED" && micros "$BIN" check-all "${args[@]}")
    done >"$WORK/check-all"
    row "check-all, every solution, ${mode}" "$(secs "$(median <"$WORK/check-all")")" "" "" "≤ 15 s"
  done
fi

# ------------------------------------------------------------------ memory
if wants memory; then
  CLI_TAGS+=("$CLI_TAG")
  ws=$(workspace memory "$ROOT/tests/fixtures/engine-course")
  ctx=$ws/engine/ctx
  printf 'FROM busybox:1.36\nCOPY small.txt /small.txt\n' >"$ctx/Dockerfile"
  echo small >"$ctx/small.txt"
  peak_kb() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'
  }
  kb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'; }
  small_kb=$(cd "$ctx" && peak_kb "$BIN" verify ctx --builder classic)
  note "memory: writing a ${BIG_MB} MB context"
  mkdir -p "$ctx/big"
  for ((i = 0; i < BIG_MB / 10; i++)); do
    head -c 10000000 /dev/urandom >"$ctx/big/$i.bin"
  done
  big_kb=$(cd "$ctx" && peak_kb "$BIN" verify ctx --builder classic)
  cli_big_kb=$(peak_kb env DOCKER_BUILDKIT=0 docker build -q -t "$CLI_TAG" "$ctx")
  row "peak memory of verify, tiny context" "$(kb "$small_kb")" "" "" ""
  row "peak memory of verify, ${BIG_MB} MB context" "$(kb "$big_kb")" "$(kb "$cli_big_kb")" "" "streamed: close to the tiny one"
  rm -rf "$ctx/big"
fi

engine=$(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')
bk_peer=${BK_DOCKER:+"BuildKit peer: $BK_DOCKER, $("$BK_DOCKER" version --format '{{.Client.Version}}' 2>/dev/null) with DOCKER_BUILDKIT=1"}
cat <<EOF

== dockerlings figures: medians; Docker Engine $engine; $(nproc) cores
   load average before: $LOAD_BEFORE   after: $(loadavg)
   ${bk_peer:-no CLI here builds with BuildKit (no buildx, no client older than 23.0)}

$(printf '%-44s %12s %12s %8s   %s' "figure" "dockerlings" "docker CLI" "ratio" "target")
EOF
printf '%s\n' "${ROWS[@]}"
