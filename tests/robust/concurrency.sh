#!/bin/sh
# tests/robust/concurrency.sh - readers (kgraph facts, kgraph sql, the
# sqlite3 shell) work while ingests run; several ingests into one database
# serialise without error or loss, taking turns by batches; kgraph sql
# refuses every statement that would change the database or the connection
. "$(dirname "$0")/lib.sh"

# KG_CONC_WRITERS ingests (3) of KG_CONC_DOCS documents (1200) each: three
# batches of 500 per writer, so the writers must take turns at the write
# lock; a writer that committed would otherwise begin its next batch at
# once and starve the others (docs/limits.md, "Store").  `make stress` runs
# 4 writers of 3000 documents.
n=${KG_CONC_DOCS:-1200}
w=${KG_CONC_WRITERS:-3}
writers=$(awk -v w="$w" 'BEGIN { for (i = 0; i < w; i++) printf "%c ", 97 + i }')
for x in $writers; do
	awk -v n="$n" -v x="$x" 'BEGIN { for (i = 0; i < n; i++) printf "{\"id\": \"%s%d\", \"text\": \"Foreign Minister Anna Berg%s%d met President Karl Holm%d in Paris on Friday, statement %d said.\"}\n", x, i, x, i, i, i }' >$x.jsonl
done
run ingest --db t.db --quiet "$GOOD"
expect_rc 0

pids=
for x in $writers; do
	"$KGRAPH" ingest --db t.db $x.jsonl >$x.out 2>$x.err &
	pids="$pids $!"
done
running() {
	for p in $pids; do
		kill -0 "$p" 2>/dev/null && return 0
	done
	return 1
}
reads=0
while running; do
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
status=
for p in $pids; do
	wait "$p"
	status="$status $?"
done
echo "reads during the ingests: $reads; exit statuses:$status"
for x in $writers; do
	cat $x.err
done
for s in $status; do
	[ "$s" = 0 ] || fail "concurrent ingests: status$status"
done
for x in $writers; do
	grep -q "ingested $n documents (0 already present), [0-9]* facts, 0 errors" \
		$x.err || fail "ingest $x: $(cat $x.err)"
done
expect_eq "documents" "$(q t.db 'SELECT count(*) FROM documents')" \
	$((w * n + 1))
expect_eq "integrity" "$(q t.db 'PRAGMA integrity_check')" ok
# The writers took turns: the documents, in the order they were stored,
# come in more runs of one writer than there are writers (a writer that
# kept the lock would store all its documents in one run).
runs=$(q t.db "SELECT substr(name, 1, 1) FROM documents ORDER BY doc_id" |
	uniq | wc -l)
echo "runs of one writer's documents: $((runs - 1))"
[ $((n > 500)) = 0 ] || [ $((runs - 1)) -gt "$w" ] ||
	fail "the writers did not take turns ($((runs - 1)) runs)"

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
	$((w * n + 1))
expect_eq "user_version" "$(q t.db 'PRAGMA user_version')" 1
echo ok
