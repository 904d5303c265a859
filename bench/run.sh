#!/bin/sh
# bench/run.sh - build kgraph (release) and run every benchmark figure;
# arguments go to bench/bench.py (--quick, --rss-mb N, --corpus PATH, ...)
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" --target kgraph >/dev/null
exec python3 bench/bench.py --kgraph build/kgraph "$@"
