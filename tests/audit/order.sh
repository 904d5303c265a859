# tests/audit/order.sh - order independence: the corpus ingested forwards
# with -j 1 and backwards with -j 2 gives the same dump and byte-identical
# DOT and JSON (node keys are type:name, graph/keys.c)
. "$(dirname "$0")/lib.sh"
ls "$SRC"/tests/corpus/*.txt | LC_ALL=C sort >fwd
LC_ALL=C sort -r fwd >rev
run ingest --quiet --db one.db -j 1 $(cat fwd)
expect_rc 0
run ingest --quiet --db two.db -j 2 $(cat rev)
expect_rc 0
same_dump one.db two.db
for f in dot json; do
	for db in one two; do
		"$KGRAPH" export --db $db.db --format $f -o $db.$f ||
			fail "export $db $f"
	done
	cmp -s one.$f two.$f ||
		fail "$f depends on the ingestion order: $(diff one.$f two.$f | head -5)"
done
exit 0
