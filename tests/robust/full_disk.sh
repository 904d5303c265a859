#!/bin/sh
# tests/robust/full_disk.sh - ingest onto a full disk: one error naming the
# input and the database, reading stops there, status 1, the summary counts only the documents really stored,
# the file passes integrity_check, and a re-run with space ingests the rest
. "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 shell"; exit 77; }

awk 'BEGIN { for (i = 0; i < 3000; i++)
	printf "{\"id\": \"d%d\", \"text\": \"Foreign Minister Anna Berg%d met President Karl Holm%d in Paris on Friday, statement %d said.\"}\n", i, i, i, i }' \
	>many.jsonl
mkdir disk
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=1m kgtest disk 2>/dev/null
then
	trap 'umount disk' EXIT
	db=disk/t.db
	run ingest --db $db many.jsonl
else # no tmpfs: a file size limit; SIGXFSZ ignored so write() fails
	db=t.db
	last="kgraph ingest --db $db many.jsonl (ulimit -f 400)"
	(trap '' XFSZ; ulimit -f 400; exec "$KGRAPH" ingest --db $db \
		many.jsonl) >out 2>err
	rc=$?
fi
expect_rc 1
expect_err "^kgraph: .*$db: (database or disk is full|disk I/O error)"
n=$(wc -l <err)
[ "$n" -le 3 ] || fail "$n lines of errors for one full disk"
stored=$(sqlite3 $db 'SELECT count(*) FROM documents')
expect_err "ingested $stored documents"
expect_eq "integrity" "$(sqlite3 $db 'PRAGMA integrity_check')" ok
echo ok
