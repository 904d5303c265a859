# tests/audit/lint.sh - kgraph lint: problems with their facts; status 1
# when there are errors or warnings
. "$(dirname "$0")/lib.sh"

# Two current Prime Ministers of Norway in articles of one date, and a
# summit dated after the article that reports it as past.
ingest t.db a-oslo-talks.txt d-rival-claim.txt e-future-summit.txt \
	c-vilnius-summit.txt
run lint --db t.db
expect_rc 1
expect_out "warning two-current-holders: two current holders of Prime Minister of Norway on 2025-03-05"
expect_out "Ola Berg (PERSON) -holds_office-> Prime Minister of Norway (OFFICE)"
expect_out "Erik Lund (PERSON) -holds_office-> Prime Minister of Norway (OFFICE)"
expect_out "        d-rival-claim.txt#0: OSLO, March 3"
expect_out "warning event-after-article: Riga summit is dated 2025-03-20, after e-future-summit.txt (published 2025-03-05)"
expect_out "info office-without-jurisdiction: Finance Minister has no jurisdiction"
expect_err "^kgraph: lint: 0 errors, 2 warnings, 1 notes$"

# Type errors, from a hand-made extraction (kgraph extract format).
run ingest --quiet --from-jsonl --db bad.db bad-types.jsonl
expect_rc 0
run lint --db bad.db
expect_rc 1
expect_out "error member-of-person: Anna Falk (PERSON) is a member of a person, Peter Holm"
expect_out "error holds-office-type: Peter Holm (PERSON) holds_office Bergen (GPE): expected PERSON -> OFFICE"
expect_err "^kgraph: lint: 2 errors, "

# Clean: status 0 (notes do not count).
ingest clean.db b-helsinki-visit.txt
run lint --db clean.db
expect_rc 0
expect_err "^kgraph: lint: 0 errors, 0 warnings, [0-9]+ notes$"
exit 0
