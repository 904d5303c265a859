#!/bin/sh
# scripts/install-deps.sh - install the Debian packages kgraph needs to build,
# test and draw, only those that are missing
#
# Runs apt-get only when something is missing (so it is quiet and needs no
# root on a machine that has everything), as root directly or through sudo.
set -eu

packages="build-essential cmake pkg-config libsqlite3-dev libgraphviz-dev
libcjson-dev graphviz clang clang-format python3 sqlite3
python3-networkx python3-rdflib jq
python3-distributed parallel
valgrind libclang-rt-14-dev"  # tests/valgrind.sh; libFuzzer (tests/fuzz)
# python3-distributed and parallel: the scale-out recipes (tests/merge)
# the export tests load the Cytoscape.js export with the cytoscape npm
# package: Debian's node and npm, unless a node and npm are already there
# (a NodeSource nodejs package ships its own npm and conflicts with Debian's)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	packages="$packages nodejs npm"
fi

if ! command -v dpkg >/dev/null 2>&1; then
	echo "install-deps: not a Debian system; install by hand:" $packages >&2
	exit 0
fi

missing=""
for p in $packages; do
	if ! dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then
		missing="$missing $p"
	fi
done
[ -n "$missing" ] || exit 0

echo "install-deps: installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "install-deps: missing packages:$missing" >&2
	echo "install-deps: run this script as root (or install sudo)" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
# shellcheck disable=SC2086 # one word per package
$sudo apt-get install -y --no-install-recommends $missing
