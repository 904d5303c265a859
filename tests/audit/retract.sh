# tests/audit/retract.sh - kgraph retract removes a document and what only it
# supported; the database is then the one without it, and it can come back
. "$(dirname "$0")/lib.sh"
# B shares entities and a fact with C, but gives none of them a new name
# (aliases record no source, so such a name would stay: docs/audit.md)
A=a-oslo-talks.txt
B=e-future-summit.txt
C=c-vilnius-summit.txt

ingest abc.db $A $B $C
ingest ac.db $A $C
run retract --db abc.db $B
expect_rc 0
expect_err "^kgraph: retracted $B: [0-9]+ sentences, [0-9]+ mentions, [0-9]+ evidence, [1-9][0-9]* facts, [1-9][0-9]* entities removed$"
same_dump abc.db ac.db
# a fact two documents stated lost one support, one only B stated is gone
expect_eq "support after retract" "$(q abc.db "SELECT support FROM facts
	WHERE subject = 'President of Latvia' AND predicate = 'office_of'")" 1
expect_eq "B's facts" "$(q abc.db "SELECT count(*) FROM facts
	WHERE subject = 'Riga summit'")" 0
expect_eq "B's rows" "$(q abc.db "SELECT (SELECT count(*) FROM sentences
	WHERE doc_id NOT IN (SELECT doc_id FROM documents))
	+ (SELECT count(*) FROM mentions WHERE doc_id NOT IN
	  (SELECT doc_id FROM documents))
	+ (SELECT count(*) FROM aliases WHERE entity_id NOT IN
	  (SELECT entity_id FROM entities))
	+ (SELECT count(*) FROM name_keys WHERE entity_id NOT IN
	  (SELECT entity_id FROM entities)) AS n")" 0

# Re-ingest: the hash is gone, so B is stored again, as if ingested last.
run ingest --date 2025-03-05 --db abc.db $B
expect_rc 0
expect_err "ingested 1 documents \\(0 already present\\)"
ingest acb.db $A $C $B
same_dump abc.db acb.db

# Retracting every document leaves an empty graph.
for d in $A $B $C; do
	run retract --db abc.db --quiet $d
	expect_rc 0
	[ -s err ] && fail "--quiet printed something"
done
expect_eq "rows left" "$(q abc.db "SELECT (SELECT count(*) FROM entities)
	+ (SELECT count(*) FROM fact) + (SELECT count(*) FROM evidence)
	+ (SELECT count(*) FROM merges) + (SELECT count(*) FROM aliases)
	AS n")" 0

# By id; unknown documents; usage.
id=$(q ac.db "SELECT doc_id FROM documents WHERE name = '$C'")
run retract --db ac.db --id "$id"
expect_rc 0
run retract --db ac.db --id "$id"
expect_rc 1
expect_err "^kgraph: no document with id $id$"
run retract --db ac.db no-such.txt
expect_rc 1
expect_err "^kgraph: no document named 'no-such.txt'$"
run retract --db ac.db
expect_rc 2
run retract --db ac.db --id 0
expect_rc 2
run retract --db missing.db $A
expect_rc 1
exit 0
