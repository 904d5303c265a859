#!/bin/sh
# tests/robust/crash.sh - kill `kgraph ingest` with SIGKILL at random points
# while it ingests 1,000 documents: after every kill PRAGMA integrity_check
# is ok and no document is half-stored, and a re-run ingests exactly the
# documents that are missing
#
#   sh tests/robust/crash.sh KGRAPH SRC WORK [ROUNDS]
#
# ROUNDS (or KG_CRASH_ROUNDS) defaults to 20; ctest runs 3.
. "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 shell"; exit 77; }
rounds=${4:-${KG_CRASH_ROUNDS:-20}}
ndocs=${KG_CRASH_DOCS:-1000}

# Documents from templates: each different, several sentences and facts.
awk -v n="$ndocs" 'BEGIN {
	split("Paris Berlin Warsaw Vienna Madrid Rome Oslo Helsinki", city)
	split("summit talks meeting conference", ev)
	for (i = 0; i < n; i++) {
		c = city[i % 8 + 1]; e = ev[i % 4 + 1]
		printf "{\"id\": \"doc%04d\", \"published\": \"2025-%02d-%02d\", \"text\": \"", i, i % 12 + 1, i % 28 + 1
		printf "Foreign Minister Anna Berg%d met President Karl Holm%d at the %s in %s on Friday. ", i, i, e, c
		printf "Defence Minister Lena Dahl%d, a former ambassador, attended the %s in %s. ", i, e, c
		printf "Chancellor Otto Brandt%d is expected to visit %s next week, officials said in note %d.\"}\n", i, c, i
	}
}' >docs.jsonl

# check DB: integrity, and every stored document complete (its sentences
# and its facts' evidence all there)
check() {
	# killed before it made the schema: nothing stored, nothing to check
	[ -s t.db ] || return 0
	[ "$(sqlite3 t.db "SELECT count(*) FROM sqlite_master
		WHERE name = 'documents'")" = 1 ] || return 0
	expect_eq "integrity after kill $1" \
		"$(sqlite3 t.db 'PRAGMA integrity_check')" ok
	half=$(sqlite3 t.db "SELECT count(*) FROM documents d WHERE
		nsentences != (SELECT count(*) FROM sentences s
		               WHERE s.doc_id = d.doc_id)
		OR (SELECT count(*) FROM evidence v WHERE v.doc_id = d.doc_id) = 0")
	expect_eq "half-stored documents after kill $1" "$half" 0
}

# How long one full ingest takes, to spread the kills over it.
start=$(date +%s%N)
run ingest --db full.db --quiet docs.jsonl
expect_rc 0
ms=$((($(date +%s%N) - start) / 1000000))
[ "$ms" -gt 0 ] || ms=1
echo "a full ingest of $ndocs documents takes $ms ms"

r=0
while [ "$r" -lt "$rounds" ]; do
	r=$((r + 1))
	rm -f t.db t.db-wal t.db-shm
	k=0
	while [ "$k" -lt 3 ]; do # up to three kills on the same database
		k=$((k + 1))
		delay=$(awk -v s="$r$k$$" -v ms="$ms" \
			'BEGIN { srand(s); printf "%.3f", rand() * ms * 1.1 / 1000 }')
		"$KGRAPH" ingest --db t.db --quiet docs.jsonl >/dev/null 2>&1 &
		pid=$!
		sleep "$delay"
		kill -KILL $pid 2>/dev/null
		wait $pid 2>/dev/null
		check "$r.$k (after ${delay}s)"
	done
	before=$(sqlite3 t.db 'SELECT count(*) FROM documents' 2>/dev/null)
	before=${before:-0}
	run ingest --db t.db docs.jsonl
	expect_rc 0
	expect_err "^kgraph: ingested $ndocs documents \\($before already present\\), [0-9]+ facts, 0 errors\$"
	check "$r (re-run)"
	expect_eq "documents after the re-run" \
		"$(sqlite3 t.db 'SELECT count(*) FROM documents')" "$ndocs"
	expect_eq "facts as in one clean run" \
		"$(sqlite3 t.db 'SELECT count(*) FROM fact')" \
		"$(sqlite3 full.db 'SELECT count(*) FROM fact')"
	echo "round $r: $before documents had survived the kills"
done
echo ok
