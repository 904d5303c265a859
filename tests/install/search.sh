# tests/install/search.sh - kgraph search: words, phrases, ranking, the
# entities and facts of each hit, JSON, retract, old databases, bad queries
. "$(dirname "$0")/lib.sh"
run ingest --quiet --date 2025-06-02 --db s.db brussels.txt helsinki.txt \
	oslo.txt
expect_rc 0

# Words (stemmed: "sanction" finds "sanctions"), best first by bm25: the
# shortest sentence first; ties by document name and sentence number.
run search --db s.db sanction
expect_rc 0
expect_eq "ranking" "$(hits)" \
	"brussels.txt#1 brussels.txt#0 helsinki.txt#1 "
expect_out "    Estonian Prime Minister Kaarel Tamm welcomed the sanctions."
expect_out "    entities: Kaarel Tamm (PERSON); Prime Minister of Estonia (OFFICE)"
expect_out "    Kaarel Tamm (PERSON) -holds_office-> Prime Minister of Estonia (OFFICE)  [current, support 2]"
expect_no_out "library"

# All words must occur; a phrase must occur as written.
run search --db s.db 'sanctions Russia'
expect_rc 0
expect_eq "words" "$(hits)" "brussels.txt#0 helsinki.txt#1 "
run search --db s.db '"sanctions against Russia"'
expect_rc 0
expect_eq "phrase" "$(hits)" "brussels.txt#0 "
expect_out "    entities: Brussels (GPE); Russia (GPE)"
expect_out "meeting in Brussels (EVENT) -located_in-> Brussels (GPE)"
run search --db s.db 'sanctions OR library' --limit 2
expect_rc 0
expect_eq "limit" "$(hits)" "oslo.txt#1 oslo.txt#0 "

# JSON: an array of hits with their entities and facts.
run search --db s.db --json '"sanctions against Russia"'
expect_rc 0
"${PYTHON3:-python3}" - <<'PY' || fail "JSON output"
import json
hits = json.load(open("out"))
assert len(hits) == 1, hits
h = hits[0]
assert (h["rank"], h["doc"], h["sentence"]) == (1, "brussels.txt", 0), h
assert h["text"].startswith("BRUSSELS, June 2"), h
assert {"name": "Russia", "type": "GPE"} in h["entities"], h
assert any(f["predicate"] == "located_in" and f["object"] == "Brussels"
           for f in h["facts"]), h
PY

# No match: exit 1, JSON an empty array.
run search --db s.db zeppelin
expect_rc 1
expect_err "^kgraph: no sentence matches 'zeppelin'$"
run search --db s.db --json zeppelin
expect_rc 1
expect_eq "empty JSON" "$(cat out)" "[]"

# Usable from SQL as documented (docs/schema.md), through kgraph sql too.
expect_eq "sql" "$(q s.db "SELECT d.name || '#' || f.n FROM sentence_fts f
	JOIN documents d ON d.doc_id = f.doc_id
	WHERE sentence_fts MATCH '\"sanctions against\"' ORDER BY rank")" \
	"brussels.txt#0"

# Retract: the document's sentences leave the index.
run retract --db s.db --quiet brussels.txt
expect_rc 0
run search --db s.db sanctions
expect_rc 0
expect_eq "after retract" "$(hits)" "helsinki.txt#1 "
run search --db s.db '"sanctions against Russia"'
expect_rc 1
# ... and come back with it.
run ingest --quiet --date 2025-06-02 --db s.db brussels.txt
run search --db s.db '"sanctions against Russia"'
expect_rc 0
expect_eq "re-ingested" "$(hits)" "brussels.txt#0 "

# Bad query syntax: one line naming the query, exit status 2.
for bad in '"unterminated' 'AND' 'Trump-Putin' 'nosuchcolumn: word'; do
	run search --db s.db "$bad"
	expect_rc 2
	expect_err "^kgraph: search: bad query '"
	expect_eq "one line for $bad" "$(wc -l <err)" 1
done
run search --db s.db
expect_rc 2
run search --db s.db a b
expect_rc 2
run search --db s.db --limit 0 word
expect_rc 2
run search --db missing.db word
expect_rc 1
expect_err "^kgraph: missing.db: no such database$"

# A database written before the index existed gets it, filled, on first
# use; a read-only one says what to do.
if command -v sqlite3 >/dev/null 2>&1; then
	for d in old.db ro.db; do
		run ingest --quiet --date 2025-06-02 --db $d brussels.txt \
			oslo.txt
		sqlite3 $d "DROP TRIGGER sentence_fts_queue;
			DROP TRIGGER sentence_fts_unqueue;
			DROP TRIGGER sentence_fts_delete;
			DROP TRIGGER sentence_fts_update;
			DROP TABLE sentence_fts; DROP TABLE sentence_fts_pending;
			PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null ||
			fail "sqlite3 $d"
	done
	run search --db old.db library
	expect_rc 0
	expect_eq "old db" "$(hits)" "oslo.txt#1 oslo.txt#0 "
	chmod a-w ro.db .
	run search --db ro.db library
	chmod u+w . ro.db
	if [ "$(id -u)" != 0 ]; then # root writes anyway
		expect_rc 1
		expect_err "^kgraph: ro.db: "
	fi
fi
exit 0
