#!/usr/bin/env bash
# Stop an engine that scripts/engine-up.sh started beside the default one:
#
#   scripts/engine-down.sh [--purge] ENGINE...     ENGINE: d28c, d28 or podman
#
# Stops its containers and the engine, and removes its network namespace and the
# host's iptables rules for it. Its images stay for the next start unless --purge;
# the Debian sid root stays too (remove /var/lib/dockerlings-engines to free all).
set -euo pipefail
exec bash "$(dirname "${BASH_SOURCE[0]}")/engine-up.sh" --down "$@"
