#!/bin/sh
# tests/robust/concurrency.sh - readers (kgraph facts, kgraph sql, the
# sqlite3 shell) work while an ingest runs; two ingests into one database
# serialise without error or loss; kgraph sql refuses every statement that
# would change the database or the connection
. "$(dirname "$0")/lib.sh"

# 300 documents each: one batch, which takes well under the 5 s busy
# timeout even under a sanitizer.  With KG_CONC_DOCS=3000 on a loaded
# machine the second writer can starve and fail with "database is locked"
# (see docs/limits.md, "Known problems").
n=${KG_CONC_DOCS:-300}
awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "{\"id\": \"a%d\", \"text\": \"Foreign Minister Anna Berg%d met President Karl Holm%d in Paris on Friday, statement %d said.\"}\n", i, i, i, i }' >a.jsonl
awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "{\"id\": \"b%d\", \"text\": \"Defence Minister Lena Dahl%d visited Berlin on Monday, report %d said.\"}\n", i, i, i }' >b.jsonl
run ingest --db t.db --quiet "$GOOD"
expect_rc 0

"$KGRAPH" ingest --db t.db a.jsonl >a.out 2>a.err &
pa=$!
"$KGRAPH" ingest --db t.db b.jsonl >b.out 2>b.err &
pb=$!
reads=0
while kill -0 $pa 2>/dev/null || kill -0 $pb 2>/dev/null; do
	run sql --db t.db "SELECT count(*) FROM documents"
	expect_rc 0
	run facts --db t.db --entity "Tomasz Wrona"
	expect_rc 0
	grep -q "Tomasz Wrona (PERSON) -holds_office->" out ||
		fail "facts during an ingest lost a fact"
	if command -v sqlite3 >/dev/null; then
		# (with a busy timeout, as any reader of a WAL database
		# should have: a reader may wait while a writer recovers
		# or resets the WAL index)
		sqlite3 -cmd ".timeout 5000" t.db \
			"SELECT count(*) FROM facts" >/dev/null 2>err ||
			fail "the sqlite3 shell cannot read during an ingest"
	fi
	reads=$((reads + 1))
done
wait $pa
ra=$?
wait $pb
rb=$?
echo "reads during the ingests: $reads"
cat a.err b.err
[ "$ra" = 0 ] && [ "$rb" = 0 ] || fail "concurrent ingests: status $ra, $rb"
grep -q "ingested $n documents (0 already present), [0-9]* facts, 0 errors" \
	a.err || fail "ingest a: $(cat a.err)"
grep -q "ingested $n documents (0 already present), [0-9]* facts, 0 errors" \
	b.err || fail "ingest b: $(cat b.err)"
expect_eq "documents" "$(q t.db 'SELECT count(*) FROM documents')" \
	$((2 * n + 1))
expect_eq "integrity" "$(q t.db 'PRAGMA integrity_check')" ok

# kgraph sql is read-only, whatever the statement.
for stmt in "UPDATE documents SET name = 'x'" "DELETE FROM fact" \
	"ATTACH DATABASE 'other.db' AS o" "PRAGMA writable_schema = ON" \
	"PRAGMA user_version = 7" "PRAGMA journal_mode = DELETE" \
	"INSERT INTO documents(name, hash, nsentences) VALUES ('x', 'y', 0)" \
	"DROP VIEW facts" "VACUUM" "VACUUM INTO 'copy.db'" \
	"BEGIN" "SAVEPOINT s" "REINDEX" "ANALYZE" \
	"WITH x AS (SELECT 1) DELETE FROM fact" "CREATE TEMP TABLE t(x)" \
	"SELECT 1; DELETE FROM fact"; do
	run sql --db t.db "$stmt"
	expect_rc 1
	err_lines 1
	expect_err '^kgraph: sql: '
done
[ ! -e other.db ] && [ ! -e copy.db ] || fail "kgraph sql created a file"
run sql --db t.db "UPDATE documents SET name = 'x'"
expect_err '^kgraph: sql: statement would write to the database \(kgraph sql is read-only\)$'
run sql --db t.db "ATTACH DATABASE 'other.db' AS o"
expect_err 'read-only'
run sql --db t.db "PRAGMA writable_schema = ON"
expect_err 'read-only'
expect_eq "documents after" "$(q t.db 'SELECT count(*) FROM documents')" \
	$((2 * n + 1))
expect_eq "user_version" "$(q t.db 'PRAGMA user_version')" 1
echo ok
