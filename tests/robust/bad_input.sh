#!/bin/sh
# tests/robust/bad_input.sh - every kind of bad input file is one line on
# stderr naming the file and what is wrong, with the documented status, and
# the good documents of the same call are stored regardless
. "$(dirname "$0")/lib.sh"

printf 'Talks in Paris \377 ended.' >badutf8.txt   # byte 15
printf 'Talks \000 ended.' >nul.txt                 # byte 6
printf '\177ELF\002\001\001\000\000\000binary' >binary.bin
head -c 4096 /dev/urandom >>binary.bin
: >empty.txt
printf '\357\273\277  \n\t\n' >blank-bom.txt
mkdir folder

run ingest --db t.db badutf8.txt nul.txt binary.bin empty.txt blank-bom.txt \
	folder missing.txt "$GOOD"
expect_rc 1 # a runtime error (missing file, folder) wins over bad data
expect_err '^kgraph: badutf8\.txt: invalid UTF-8 at byte 15$'
expect_err '^kgraph: nul\.txt: invalid UTF-8 at byte 6$'
expect_err '^kgraph: binary\.bin: invalid UTF-8 at byte [0-9]+$'
expect_err '^kgraph: empty\.txt: warning: empty document$'
expect_err '^kgraph: blank-bom\.txt: warning: empty document$'
expect_err '^kgraph: folder: Is a directory$'
expect_err '^kgraph: missing\.txt: No such file or directory$'
expect_err 'ingested 1 documents \(0 already present\), [0-9]+ facts, 5 errors$'
err_lines 8
expect_eq "stored documents" "$(q t.db 'SELECT name FROM documents')" "$GOOD"

# Bad data alone gives 65; a warning alone gives 0.
run ingest --db t.db --quiet badutf8.txt "$GOOD2"
expect_rc 65
expect_eq "documents" "$(q t.db 'SELECT count(*) FROM documents')" 2
run ingest --db t.db empty.txt
expect_rc 0

# A file that cannot be read: chmod 000, read as an unprivileged user (root
# reads it anyway).
cp "$GOOD" secret.txt
cp "$GOOD2" open.txt
chmod 000 secret.txt
chmod 644 open.txt
chmod 777 .
last="ingest (unprivileged) secret.txt open.txt"
as_user "$KGRAPH" ingest --db u.db secret.txt open.txt >out 2>err
rc=$?
if [ "$rc" = 77 ]; then
	echo "skip: cannot run as another user: unreadable file not tested"
else
	expect_rc 1
	expect_err '^kgraph: secret\.txt: Permission denied$'
	expect_eq "readable one stored" \
		"$(q u.db 'SELECT name FROM documents')" open.txt
fi

# extract reports the same, without a database.
run extract badutf8.txt "$GOOD"
expect_rc 65
expect_err '^kgraph: badutf8\.txt: invalid UTF-8 at byte 15$'
grep -q '^{"doc":' out || fail "extract printed no document"
echo ok
