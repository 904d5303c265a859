# tests/audit/merges.sh - kgraph merges lists the merge decisions
. "$(dirname "$0")/lib.sh"
ingest t.db a-oslo-talks.txt d-rival-claim.txt

run merges --db t.db
expect_rc 0
expect_eq "header" "$(head -n 1 out)" "$(printf 'entity\ttype\tname\trule\tscore\tdoc')"
expect_out "$(printf 'Norway\tGPE\tNorway\tsame-name\t1.0\td-rival-claim.txt')"
expect_out "$(printf 'Prime Minister of Norway\tOFFICE\tPrime Minister of Norway\tsame-name\t1.0\td-rival-claim.txt')"
want=$(q t.db "SELECT count(*) FROM merges")
expect_eq "one line per merge" "$(($(wc -l <out) - 1))" "$want"
tail -n +2 out | cut -f1,3 | LC_ALL=C sort -c ||
	fail "merges not ordered by entity, name"

run merges --db t.db --entity "norwegian prime minister"
expect_rc 0
expect_eq "--entity keeps one entity" "$(tail -n +2 out | cut -f1 | sort -u)" \
	"Prime Minister of Norway"
run merges --db t.db --entity "Nobody Atall"
expect_rc 0
expect_eq "no merges: the header only" "$(wc -l <out)" 1
exit 0
