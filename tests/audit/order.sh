# tests/audit/order.sh - order independence: the corpus ingested forwards
# with -j 1 and backwards with -j 2 gives the same dump and byte-identical
# DOT and JSON (node keys are type:name, graph/keys.c)
#
# KG_ORDER_UPTO=NN (default 70) takes articles 01..NN.  Articles 71 on add
# a case the store cannot yet resolve the same way in both orders: an
# article that names a man by his surname alone ("Mr. Biden") joins the
# full name when that came first, and stays a person of its own when it
# came first itself (docs/audit.md, "The dumps can still differ");
# audit.order_surname runs them all and is expected to fail until the store
# can merge two stored entities.
. "$(dirname "$0")/lib.sh"
upto=${KG_ORDER_UPTO:-70}
ls "$SRC"/tests/corpus/*.txt | LC_ALL=C sort |
	awk -v n="$upto" '{ f = $0; sub(/.*\//, "", f) } f + 0 <= n' >fwd
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
