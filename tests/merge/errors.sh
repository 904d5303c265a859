# tests/merge/errors.sh - kgraph merge refuses what it cannot fold, with a
# one-line message and the exit status of the README, and never leaves a
# partial output behind
. "$(dirname "$0")/lib.sh"
ingest a.db --shard 01-wire-nato-hague-summit.txt 02-gov-readout-starmer-albanese.txt
ingest b.db --shard 03-feature-anchorage-summit.txt

# no output exists after a failure (nor its temporary file)
no_output() {
	for _f in "$1" "$1.tmp" "$1.tmp-wal"; do
		[ ! -e "$_f" ] || fail "$_f left behind"
	done
}

# usage errors: status 2
run merge a.db b.db
expect_rc 2
expect_err "^kgraph: merge: -o OUT.db is required$"
run merge -o out.db
expect_rc 2
expect_err "^kgraph: merge: no shard databases given$"
run merge --bogus -o out.db a.db
expect_rc 2
run merge --force -o a.db a.db b.db
expect_rc 2
expect_err "^kgraph: merge: a.db is also a shard$"
no_output out.db

# a missing shard, a file that is not a kgraph database, a newer schema
run merge -o out.db a.db missing.db
expect_rc 1
expect_err "^kgraph: missing.db: no such database$"
no_output out.db
echo "not a database at all, just some text" >text.db
run merge -o out.db a.db text.db
expect_rc 1
expect_err "^kgraph: text.db: not a kgraph database$"
no_output out.db
cp b.db newer.db
sqlite3 newer.db "PRAGMA user_version = 99" || fail "sqlite3 newer.db"
run merge -o out.db a.db newer.db
expect_rc 1
expect_err "^kgraph: newer.db: schema version 99 is newer than this kgraph"
no_output out.db

# a database ingested without --shard, and one older than the records
ingest plain.db 04-wire-white-house-preview.txt
run merge -o out.db a.db plain.db
expect_rc 65
expect_err "^kgraph: plain.db: document '04-wire-white-house-preview.txt' has no extraction record \(ingest it with --shard\)$"
no_output out.db
cp plain.db old.db
sqlite3 old.db "DROP TABLE extracts" || fail "sqlite3 old.db"
run merge -o out.db old.db
expect_rc 65
expect_err "^kgraph: old.db: no extraction records \(ingest it with --shard to merge it\)$"
no_output out.db
# an older database becomes a shard when more is ingested with --shard
ingest old.db --shard 05-encyclopedic-g7-kananaskis.txt
expect_eq "records" "$(q old.db 'SELECT count(*) FROM extracts')" 1

# a damaged record: named with its shard and document, nothing written
cp a.db bad.db
sqlite3 bad.db "UPDATE extracts SET line = '{\"doc\": 1' WHERE rowid = 2" ||
	fail "sqlite3 bad.db"
run merge -o out.db b.db bad.db
expect_rc 65
expect_err "^kgraph: bad.db: 02-gov-readout-starmer-albanese.txt: invalid JSON"
[ "$(wc -l <err)" -eq 1 ] || fail "more than one line: $(cat err)"
no_output out.db

# an existing output is kept unless --force
run merge -o out.db a.db
expect_rc 0
run merge -o out.db b.db
expect_rc 1
expect_err "^kgraph: out.db: already exists \(use --force to replace it\)$"
expect_eq "documents kept" "$(q out.db 'SELECT count(*) FROM documents')" 2
run merge --force -o out.db b.db
expect_rc 0
expect_eq "documents replaced" "$(q out.db 'SELECT name FROM documents')" \
	03-feature-anchorage-summit.txt
no_output out.db.tmp

# help
run merge --help
expect_rc 0
grep -q "^Usage: kgraph merge" out || fail "no usage on stdout"
exit 0
