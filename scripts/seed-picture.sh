#!/bin/sh
# scripts/seed-picture.sh - redraw docs/seed.svg, the README's picture of the
# graph kgraph builds from the commissioning article (../shared/corpus/dev).
# Tooltips are stripped: they hold the article's sentences, which stay out
# of the project.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
seed=${1:-$top/../shared/corpus/dev/00-seed-alaska-summit.txt}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$top/build/kgraph" ingest --quiet --db "$tmp/seed.db" "$seed"
"$top/build/kgraph" export --db "$tmp/seed.db" --format dot -o "$tmp/seed.dot"
sed -E 's/,?[[:space:]]*(tooltip|URL)="([^"\\]|\\.)*"//g; s/\[,/[/' \
	"$tmp/seed.dot" >"$tmp/plain.dot"
dot -Tsvg "$tmp/plain.dot" -o "$top/docs/seed.svg"
echo "wrote $top/docs/seed.svg"
