#!/bin/sh
# Stands in for a download from a private package server. It needs API_TOKEN and, like npm,
# pip and git do with credentials, saves it in the home folder for its next call.
set -eu
if [ -z "${API_TOKEN:-}" ]; then
  echo "fetch.sh: API_TOKEN is empty: build with --build-arg API_TOKEN=<your token>" >&2
  exit 1
fi
mkdir -p "$HOME/.config/fetch"
printf 'token=%s\n' "$API_TOKEN" >"$HOME/.config/fetch/credentials"
mkdir -p private
cat >private/quotes.txt <<'QUOTES'
A secret in an image is a secret you have published.
The final stage is the only one that ships.
Build arguments are remembered; build stages are forgotten.
QUOTES
echo "fetch.sh: downloaded $(wc -l <private/quotes.txt) quotes"
