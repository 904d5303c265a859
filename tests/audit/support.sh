# tests/audit/support.sh - support (distinct documents) in kgraph facts, and
# --min-support
. "$(dirname "$0")/lib.sh"
ingest t.db c-vilnius-summit.txt e-future-summit.txt

run facts --db t.db --predicate office_of
expect_rc 0
expect_out "President of Latvia (OFFICE) -office_of-> Latvia (GPE)  [current, support 2]"

want=$(q t.db "SELECT count(*) FROM facts WHERE support >= 2")
[ "$want" -gt 0 ] || fail "the test articles share no fact"
run facts --db t.db --min-support 2
expect_rc 0
got=$(grep -c '^[^ ]' out)
expect_eq "facts --min-support 2" "$got" "$want"
grep '^[^ ]' out | grep -v 'support [2-9]\]$' && fail "a fact with support < 2"

run facts --db t.db --min-support 2 --json
expect_rc 0
got=$(grep -c '"support":' out)
expect_eq "facts --min-support 2 --json" "$got" "$want"

run facts --db t.db --min-support 3
expect_rc 0
[ -s out ] && fail "no fact has support 3"
run facts --db t.db --min-support x
expect_rc 2

# export has the same filter (through kg_store_load_selection)
run export --db t.db --format jsonl --min-support 2
expect_rc 0
got=$(grep -c . out)
expect_eq "export --min-support 2" "$got" "$want"
exit 0
