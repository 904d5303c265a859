#!/bin/sh
# tests/robust/readonly_db.sh - ingest into a database file that cannot be
# written: one error naming the database (not each input), status 1, the
# file unchanged
. "$(dirname "$0")/lib.sh"

run ingest --db ro.db --quiet "$GOOD"
expect_rc 0
cp "$GOOD2" a.txt
cp "$GOOD2" b.txt
echo "Chancellor Friedrich Merz visited Paris." >>b.txt
chmod 444 ro.db
chmod 644 a.txt b.txt
chmod 777 .
sum=$(cksum <ro.db)
last="ingest (unprivileged) --db ro.db a.txt b.txt"
as_user "$KGRAPH" ingest --db ro.db a.txt b.txt >out 2>err
rc=$?
[ "$rc" != 77 ] || { echo "skip: cannot run as another user"; exit 77; }
expect_rc 1
expect_err '^kgraph: ro\.db: .*read-?only'
expect_no_err '^kgraph: [ab]\.txt:'
expect_eq "ro.db unchanged" "$(cksum <ro.db)" "$sum"
echo ok
