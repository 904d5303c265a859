#!/bin/sh
# tests/robust/database.sh - databases kgraph must not write into: not
# SQLite, SQLite but not kgraph, a newer schema version; and a database
# locked by another writer (lock wait, then a clear message).  Each is
# one line "kgraph: DB: what is wrong", status 1, file unchanged.
. "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 shell"; exit 77; }

head -c 8192 /dev/urandom >garbage.db
sqlite3 other.db "CREATE TABLE notes(x); INSERT INTO notes VALUES (1)"
run ingest --db new.db --quiet "$GOOD"
expect_rc 0
sqlite3 new.db "PRAGMA user_version = 99"

for db in garbage.db other.db; do
	sum=$(cksum <$db)
	for cmd in "ingest --db $db $GOOD" "facts --db $db" "stats --db $db" \
		"sql --db $db SELECT-1"; do
		# shellcheck disable=SC2086 # the words of the command
		run $cmd
		expect_rc 1
		expect_err "^kgraph: $db: not a kgraph database\$"
	done
	expect_eq "$db unchanged" "$(cksum <$db)" "$sum"
done
run ingest --db new.db "$GOOD2"
expect_rc 1
expect_err '^kgraph: new\.db: schema version 99 is newer than this kgraph \([0-9]+\)$'
run facts --db new.db
expect_rc 1
expect_err '^kgraph: new\.db: schema version 99 is newer'
expect_eq "documents in new.db" \
	"$(sqlite3 new.db 'SELECT count(*) FROM documents')" 1

# A writer holding the lock for longer than the lock wait (--wait 3; the
# default is 10 minutes).
run ingest --db locked.db --quiet "$GOOD"
sqlite3 locked.db "BEGIN IMMEDIATE; DELETE FROM mentions WHERE 0;" \
	".shell sleep 10" "COMMIT;" &
holder=$!
sleep 1
start=$(date +%s)
run ingest --db locked.db --wait 3 "$GOOD2"
end=$(date +%s)
expect_rc 1
expect_err '^kgraph: locked\.db: database is locked'
[ $((end - start)) -ge 3 ] || fail "gave up after $((end - start)) s"
[ $((end - start)) -lt 9 ] || fail "waited $((end - start)) s, not 3"
expect_eq "documents in locked.db" \
	"$(q locked.db 'SELECT count(*) FROM documents')" 1
# ... and with the default wait the same call waits out the holder (about
# 6 s more, longer than SQLite's usual 5 s busy timeout) and works.
run ingest --db locked.db --quiet "$GOOD2"
end=$(date +%s)
wait $holder
expect_rc 0
[ $((end - start)) -ge 8 ] || fail "the holder let go after $((end - start)) s"
expect_eq "documents" "$(q locked.db 'SELECT count(*) FROM documents')" 2
echo ok
