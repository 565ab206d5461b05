#!/usr/bin/env bash
# Workshop bundles against the docker CLI, on the images of the course of this tree:
#
#   scripts/bench-workshop.sh [RUNS]
#
#   pack  `dockerlings workshop pack FILE` against `docker save -o FILE IMAGE...` of the same
#         images (the course's own).
#   load  `dockerlings workshop load FILE` against `docker load -i FILE`, each into an engine
#         that has none of the images. The course's images are never removed (other work on
#         the engine builds on them): the load side uses copies made here, each layer of each
#         image with one small file added, so they have the same layers, sizes and sharing
#         under tags of this run, and are removed at the end.
#
# Each figure is the median wall time of RUNS runs (default 3; the two tools take turns going
# first) and the peak memory (max RSS, /usr/bin/time -v) of the process, with the ratio
# dockerlings / docker CLI (the target is at most 1.1). The engine's own work is in the times
# of both and in the memory of neither.
#
# Environment:
#   RUNS             runs per figure (default 3; the first argument wins)
#   DOCKERLINGS_BIN  the binary to measure (default: a release build of this tree)
#   BENCH_DIR        where the files go (default /var/tmp); it needs about three times the
#                    course's images' size free
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly RUNS=${1:-${RUNS:-3}}
readonly BENCH_DIR=${BENCH_DIR:-/var/tmp}

die() { echo "bench-workshop: error: $*" >&2; exit 1; }
note() { echo "bench-workshop: $*" >&2; }

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$RUNS'"
docker info >/dev/null 2>&1 || die "no Docker engine answers: start one with scripts/engine-up.sh"
command -v python3 >/dev/null || die "python3 is missing: apt-get install python3"
if [[ ! -x /usr/bin/time ]]; then
  [[ $(id -u) == 0 ]] || die "/usr/bin/time is missing: apt-get install time"
  note "installing time"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

BIN=${DOCKERLINGS_BIN:-}
if [[ -z $BIN ]]; then
  note "building a release binary"
  (cd "$ROOT" && cargo build --release --quiet)
  BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/dockerlings
fi
readonly BIN

# The course of this tree, which the copy made for the load side starts from.
mapfile -t IMAGES < <("$BIN" --course "$ROOT" dev images)
[[ ${#IMAGES[@]} -gt 0 ]] || die "the course names no images"
for image in "${IMAGES[@]}"; do
  docker image inspect "$image" >/dev/null 2>&1 ||
    die "$image is not on the engine: dockerlings pull, or scripts/standins.sh without a registry"
done

RUN=dockerlings-bench-$$
WORK=$(mktemp -d "$BENCH_DIR/bench-workshop.XXXXXX")
COPIES=()
cleanup() {
  [[ ${#COPIES[@]} -gt 0 ]] && docker rmi "${COPIES[@]}" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

# Runs a command under /usr/bin/time; sets MS (wall, milliseconds) and RSS (max RSS, KiB).
MS=0 RSS=0
measure() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$WORK/time" "$@" >"$WORK/out" 2>&1 || {
    cat "$WORK/out" >&2
    die "$* failed"
  }
  end=$(date +%s%N)
  MS=$(((end - start) / 1000000))
  RSS=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$WORK/time")
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# label, dockerlings times, docker times, dockerlings RSS, docker RSS (lists, space-separated)
report() {
  local ours theirs ours_rss theirs_rss
  ours=$(tr ' ' '\n' <<<"$2" | median)
  theirs=$(tr ' ' '\n' <<<"$3" | median)
  ours_rss=$(tr ' ' '\n' <<<"$4" | sort -n | tail -1)
  theirs_rss=$(tr ' ' '\n' <<<"$5" | sort -n | tail -1)
  awk -v l="$1" -v o="$ours" -v t="$theirs" -v orss="$ours_rss" -v trss="$theirs_rss" \
    -v os="$2" -v ts="$3" 'BEGIN {
      printf "%-5s dockerlings %6.2f s   docker %6.2f s   ratio %.2f   (ms: %s | %s)\n", l, o / 1000, t / 1000, o / t, os, ts
      printf "      peak RSS: dockerlings %.1f MiB, docker CLI %.1f MiB\n", orss / 1024, trss / 1024
    }'
}

free_kib=$(df -Pk "$WORK" | awk 'NR == 2 { print $4 }')
image_kib=$(docker image inspect --format '{{.Size}}' "${IMAGES[@]}" | awk '{ s += $1 } END { printf "%d", s / 1024 }')
((free_kib > 2 * image_kib)) || die "$WORK has $((free_kib / 1024)) MiB free; the bench needs about $((3 * image_kib / 1024)) MiB"

echo "workshop bundle against the docker CLI: ${#IMAGES[@]} images of the built-in course, median of $RUNS, $(nproc) cores"
echo "engine: $(docker version --format '{{.Server.Version}}') ($(docker info --format '{{.Driver}}'))"

# --- pack: the course's images -------------------------------------------------------------
ours=() theirs=() ours_rss=() theirs_rss=()
pack_ours() {
  rm -f "$WORK/bundle.tar"
  measure "$BIN" --course "$ROOT" workshop pack "$WORK/bundle.tar"
  ours+=("$MS") ours_rss+=("$RSS")
}
pack_theirs() {
  rm -f "$WORK/save.tar"
  measure docker save -o "$WORK/save.tar" "${IMAGES[@]}"
  theirs+=("$MS") theirs_rss+=("$RSS")
}
for run in $(seq "$RUNS"); do
  if ((run % 2)); then pack_ours; pack_theirs; else pack_theirs; pack_ours; fi
done
bundle_size=$(stat -c %s "$WORK/bundle.tar")
save_size=$(stat -c %s "$WORK/save.tar")
report pack "${ours[*]}" "${theirs[*]}" "${ours_rss[*]}" "${theirs_rss[*]}"
awk -v b="$bundle_size" -v s="$save_size" 'BEGIN {
  printf "      file: bundle %.0f MiB, docker save %.0f MiB\n", b / 1048576, s / 1048576 }'
rm -f "$WORK/bundle.tar" "$WORK/save.tar"

# --- load: copies of the course's images, which this run may remove --------------------------
note "making copies of the images to load (each layer with a file of this run added)"
copy_image() { # IMAGE NEWTAG
  docker save "$1" | python3 -c '
import hashlib, json, os, posixpath, sys, tarfile

tag, marker, tmp = sys.argv[1:4]
src = tarfile.open(fileobj=sys.stdin.buffer, mode="r|")
small, big, links, n = {}, {}, {}, 0
for m in src:
    if m.issym():
        links[m.name] = posixpath.normpath(posixpath.join(posixpath.dirname(m.name), m.linkname))
    elif m.islnk():
        links[m.name] = m.linkname
    elif m.isfile():
        f = src.extractfile(m)
        if m.size < (1 << 20) and not m.name.endswith("layer.tar"):
            small[m.name] = f.read()
        else:
            n += 1
            path, h = os.path.join(tmp, str(n)), hashlib.sha256()
            with open(path, "wb") as out:
                while chunk := f.read(1 << 20):
                    h.update(chunk)
                    out.write(chunk)
            big[m.name] = (path, "sha256:" + h.hexdigest())

def follow(p):
    while p in links:
        p = links[p]
    return p

def sha_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return "sha256:" + h.hexdigest()

(entry,) = json.loads(small["manifest.json"])
new_diff, layer_files = {}, []
for layer in entry["Layers"]:
    path, old = big[follow(layer)]
    if old not in new_diff:
        with tarfile.open(path, "r:") as t:
            t.getmembers()
            end = t.offset
        data = (marker + " " + old).encode()
        info = tarfile.TarInfo(".dockerlings-bench-" + old[7:19])
        info.size, info.mtime = len(data), 0
        with open(path, "r+b") as f:
            f.truncate(end)
            f.seek(end)
            f.write(info.tobuf(format=tarfile.GNU_FORMAT) + data + b"\0" * (-len(data) % 512 + 1024))
        new_diff[old] = sha_file(path)
        layer_files.append((new_diff[old], path))
config = json.loads(small[follow(entry["Config"])])
config["rootfs"]["diff_ids"] = [new_diff[d] for d in config["rootfs"]["diff_ids"]]
config_bytes = json.dumps(config).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
manifest = json.dumps([{"Config": config_name, "RepoTags": [tag],
    "Layers": [new_diff[big[follow(l)][1]][7:] + "/layer.tar" for l in entry["Layers"]]}]).encode()

out = tarfile.open(fileobj=sys.stdout.buffer, mode="w|", format=tarfile.GNU_FORMAT)
def add(name, data=None, path=None):
    info = tarfile.TarInfo(name)
    info.mtime = 0
    if path:
        info.size = os.path.getsize(path)
        with open(path, "rb") as f:
            out.addfile(info, f)
    else:
        info.size = len(data)
        out.addfile(info, __import__("io").BytesIO(data))
for diff, path in layer_files:
    add(diff[7:] + "/layer.tar", path=path)
add(config_name, config_bytes)
add("manifest.json", manifest)
out.close()
' "$2" "$RUN" "$WORK/copy" | docker load -q >/dev/null
  rm -f "$WORK"/copy/*
}
mkdir -p "$WORK/copy"
for i in "${!IMAGES[@]}"; do
  copy=$RUN-$i:copy
  COPIES+=("$copy")
  copy_image "${IMAGES[$i]}" "$copy"
done
# A course that names the copies: the shipped course with its images replaced.
cp -R "$ROOT/lessons" "$ROOT/exercises" "$WORK/"
mkdir -p "$WORK/course" && mv "$WORK/lessons" "$WORK/exercises" "$WORK/course/"
python3 - "$WORK/course/lessons" "${IMAGES[@]}" -- "${COPIES[@]}" <<'EOF'
import pathlib, re, sys
args = sys.argv[2:]
split = args.index("--")
rename = dict(zip(args[:split], args[split + 1:]))
for path in pathlib.Path(sys.argv[1]).glob("*.yaml"):
    text = path.read_text()
    def swap(match):
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        return match.group(1) + "[" + ", ".join(rename.get(n, n) for n in names) + "]"
    path.write_text(re.sub(r"(?m)^(images:\s*)\[([^\]]*)\]", swap, text))
EOF
COURSE=$WORK/course
[[ $("$BIN" --course "$COURSE" dev images | sort) == $(printf '%s\n' "${COPIES[@]}" | sort) ]] ||
  die "the copy of the course does not name the copies: $("$BIN" --course "$COURSE" dev images | tr '\n' ' ')"
"$BIN" --course "$COURSE" workshop pack "$WORK/copies.tar" >/dev/null
docker save -o "$WORK/copies-save.tar" "${COPIES[@]}"

ours=() theirs=() ours_rss=() theirs_rss=()
load_ours() {
  docker rmi "${COPIES[@]}" >/dev/null
  measure "$BIN" --course "$COURSE" workshop load "$WORK/copies.tar"
  grep -q "${#COPIES[@]} of ${#COPIES[@]} images loaded" "$WORK/out" || { cat "$WORK/out" >&2; die "workshop load did not load every image"; }
  ours+=("$MS") ours_rss+=("$RSS")
}
load_theirs() {
  docker rmi "${COPIES[@]}" >/dev/null
  measure docker load -i "$WORK/copies-save.tar"
  theirs+=("$MS") theirs_rss+=("$RSS")
}
for run in $(seq "$RUNS"); do
  if ((run % 2)); then load_ours; load_theirs; else load_theirs; load_ours; fi
done
report load "${ours[*]}" "${theirs[*]}" "${ours_rss[*]}" "${theirs_rss[*]}"
awk -v b="$(stat -c %s "$WORK/copies.tar")" -v s="$(stat -c %s "$WORK/copies-save.tar")" 'BEGIN {
  printf "      file: bundle %.0f MiB, docker save %.0f MiB\n", b / 1048576, s / 1048576 }'

for image in "${IMAGES[@]}"; do
  docker image inspect "$image" >/dev/null 2>&1 || die "$image is gone from the engine"
done
