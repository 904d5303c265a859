# tests/audit/syndication.sh - a near-copy of a stored article (same
# sentences, another outlet, a new headline and last paragraph) adds support
# but no facts, entities or events; docs/audit.md says how near is near
. "$(dirname "$0")/lib.sh"
H=h-tallinn-summit.txt # the wire story
I=i-tallinn-copy.txt   # reprinted: headline, dateline, last line differ
ingest h.db $H
ingest hi.db $H $I
ents="SELECT type || ' ' || name FROM entities ORDER BY 1"
expect_eq "no new entity or event" "$(q hi.db "$ents")" "$(q h.db "$ents")"
expect_eq "one summit" "$(q hi.db "SELECT count(*) FROM entities
	WHERE type = 'EVENT' AND name LIKE '%Tallinn%'")" 1
expect_eq "no fact of its own" "$(q hi.db "SELECT count(*) FROM fact")" \
	"$(q h.db "SELECT count(*) FROM fact")"
expect_eq "its last paragraph is not read" "$(q hi.db "SELECT count(*)
	FROM entity_names WHERE name LIKE '%Kask%'")" 0
expect_eq "support from the copy" "$(q hi.db "SELECT support FROM facts
	WHERE subject = 'Kadri Tamm' AND predicate = 'holds_office'")" 2
expect_eq "the link" "$(q hi.db "SELECT d.name, o.name FROM copies c
	JOIN documents d ON d.doc_id = c.doc_id
	JOIN documents o ON o.doc_id = c.of_doc" | tr '\t' ' ')" "$I $H"
run why --db hi.db --subject "Kadri Tamm" --predicate holds_office
expect_rc 0
expect_out "copy of $H"
run why --db hi.db --json --subject "Kadri Tamm" --predicate holds_office
expect_out "\"copy_of\":\"$H\""
run dump --db hi.db
expect_out "document $I published=2025-03-05 sentences=8 version="
grep -q "^document $I .* copy-of=$H\$" out || fail "dump lacks copy-of"

# the same two articles in the other order: the copy is the other one
ingest ih.db $I $H
expect_eq "reverse: link" "$(q ih.db "SELECT d.name FROM copies c
	JOIN documents d ON d.doc_id = c.doc_id")" "$H"

# distinct articles are not copies
ingest other.db a-oslo-talks.txt c-vilnius-summit.txt $H
expect_eq "no copies" "$(q other.db "SELECT count(*) FROM copies")" 0

# a tie: the brief shares as many sentences with two stored articles (which
# share them too, but are not copies of each other: half their sentences);
# the name decides, not the order they were stored in
common='The finance ministers of the Nordic countries met in Bergen on Monday.
They agreed to coordinate their response to rising energy prices. The
meeting was chaired by the Norwegian finance minister. A joint statement is
expected later this week.'
printf '%s Officials in Oslo welcomed the outcome of the talks. Danish
negotiators asked for more time on the grid levy. Trade unions in Sweden
called the plan too timid. Markets in Helsinki rose slightly after the
announcement.\n' "$common" >b-bergen-wire.txt
printf '%s Icelandic delegates attended the meeting as observers. Critics in
Copenhagen said the deal left households exposed. The next round of talks
will be held in Reykjavik. Analysts expect little change in prices before
winter.\n' "$common" >a-bergen-daily.txt
printf '%s Reporting by the regional desk.\n' "$common" >c-bergen-brief.txt
ingest tie.db b-bergen-wire.txt a-bergen-daily.txt c-bergen-brief.txt
expect_eq "tie: the first name" "$(q tie.db "SELECT d.name, o.name, c.share
	FROM copies c JOIN documents d ON d.doc_id = c.doc_id
	JOIN documents o ON o.doc_id = c.of_doc" | tr '\t' ' ')" \
	"c-bergen-brief.txt a-bergen-daily.txt 0.8"

# retracting the original unlinks the copy, which keeps its support
run retract --quiet --db hi.db $H
expect_rc 0
expect_eq "unlinked" "$(q hi.db "SELECT count(*) FROM copies")" 0
expect_eq "copy's support stays" "$(q hi.db "SELECT support FROM facts
	WHERE subject = 'Kadri Tamm' AND predicate = 'holds_office'")" 1
expect_eq "hashes gone" "$(q hi.db "SELECT count(*) FROM sentence_hashes
	WHERE doc_id NOT IN (SELECT doc_id FROM documents)")" 0
exit 0
