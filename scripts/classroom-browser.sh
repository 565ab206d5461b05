#!/usr/bin/env bash
# The class dashboard in a real browser: starts `dockerlings classroom serve` (the debug
# build) and checks it in headless Chromium (scripts/classroom-browser.cjs): refused without
# the instructor token, the grid with the token, a pass pushed live, the projector without
# names, a learner's own page.
#
#   scripts/classroom-browser.sh
#
# Installs playwright-core (npm, pinned, as scripts/book.sh does) and Debian's Chromium if
# missing (as root, no prompt). Screenshots are kept in $CI_LOG_DIR/classroom (default
# target/ci-logs/classroom). Fails, never skips, when a tool cannot be installed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly ROOT
readonly PLAYWRIGHT_VERSION=1.65.1
readonly TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
readonly TOOLS=$TARGET_DIR/book-tools
readonly BIN=$TARGET_DIR/debug/dockerlings
readonly OUT=${CI_LOG_DIR:-$ROOT/target/ci-logs}/classroom
readonly CHROMIUM_BIN=${CHROMIUM:-/usr/bin/chromium}

die() { echo "classroom-browser.sh: $*" >&2; exit 1; }

command -v node >/dev/null || die "Node.js is needed for the browser check (apt-get install nodejs npm)"
if [[ ! -f $TOOLS/node/node_modules/playwright-core/package.json ]] ||
  ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$TOOLS/node/node_modules/playwright-core/package.json"; then
  npm install --silent --no-save --no-package-lock --no-audit --no-fund \
    --prefix "$TOOLS/node" "playwright-core@$PLAYWRIGHT_VERSION"
fi
if [[ ! -x $CHROMIUM_BIN ]]; then
  apt-get -o DPkg::Lock::Timeout=600 -q update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q install -y \
    --no-install-recommends chromium >/dev/null
fi
[[ -x $BIN ]] || (cd "$ROOT" && cargo build --locked)
rm -rf "$OUT"
mkdir -p "$OUT"
PLAYWRIGHT_CORE=$TOOLS/node/node_modules/playwright-core CHROMIUM=$CHROMIUM_BIN \
  node "$ROOT/scripts/classroom-browser.cjs" "$BIN" "$OUT"
