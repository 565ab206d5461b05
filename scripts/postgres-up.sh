#!/usr/bin/env bash
# A throwaway PostgreSQL for the class server's tests (tests/classroom_server.rs):
#
#   eval "$(bash scripts/postgres-up.sh)"         # start one; exports its URL
#   bash scripts/postgres-up.sh --down            # stop it and delete its files
#
# Starting: installs Debian's postgresql if it is missing (as root, no prompt), makes a cluster
# in a new folder under /var/tmp (owned by the postgres user when run as root), starts it on
# 127.0.0.1 on a free random port with trust authentication (loopback only, throwaway data,
# fsync off), and prints on stdout:
#
#   export DOCKERLINGS_TEST_POSTGRES=postgres://postgres@127.0.0.1:PORT/postgres
#   export DOCKERLINGS_TEST_POSTGRES_DIR=/var/tmp/dockerlings-pg.XXXXXX
#
# --down stops the cluster named by DOCKERLINGS_TEST_POSTGRES_DIR and removes its folder.
# What the server logs is in that folder's log file.
set -euo pipefail

die() { echo "postgres-up.sh: $*" >&2; exit 1; }

bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x $dir/initdb ]] && { echo "$dir"; return 0; }
  done
  return 1
}

install_postgres() {
  bin_dir >/dev/null && return 0
  [[ $(id -u) -eq 0 ]] || die "PostgreSQL is not installed; as root: apt-get install postgresql"
  echo "postgres-up.sh: installing Debian's postgresql" >&2
  apt-get -o DPkg::Lock::Timeout=600 -q update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q install -y \
    --no-install-recommends postgresql >/dev/null
  bin_dir >/dev/null || die "postgresql was installed but no initdb is under /usr/lib/postgresql/*/bin"
}

# Runs a command as the cluster's owner: postgres when root (the server refuses to run as
# root), else the current user.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

up() {
  install_postgres
  local bin dir port attempt
  bin=$(bin_dir)
  dir=$(mktemp -d /var/tmp/dockerlings-pg.XXXXXX)
  chmod 700 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; die "initdb failed in $dir"; }
  for attempt in 1 2 3; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
      start >&2; then
      echo "export DOCKERLINGS_TEST_POSTGRES=postgres://postgres@127.0.0.1:$port/postgres"
      echo "export DOCKERLINGS_TEST_POSTGRES_DIR=$dir"
      echo "postgres-up.sh: PostgreSQL $("$bin/postgres" --version | awk '{ print $3 }') on 127.0.0.1:$port, files in $dir" >&2
      return 0
    fi
    echo "postgres-up.sh: could not start on port $port (try $attempt of 3)" >&2
  done
  tail -20 "$dir/log" >&2 || true
  die "PostgreSQL did not start; its log is $dir/log"
}

down() {
  local dir=${DOCKERLINGS_TEST_POSTGRES_DIR:-}
  [[ -n $dir && -d $dir/data ]] || die "DOCKERLINGS_TEST_POSTGRES_DIR names no cluster (${dir:-unset})"
  as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case ${1:-} in
  "") up ;;
  --down) down ;;
  *) die "usage: eval \"\$(bash scripts/postgres-up.sh)\" | bash scripts/postgres-up.sh --down" ;;
esac
