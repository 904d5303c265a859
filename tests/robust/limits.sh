#!/bin/sh
# tests/robust/limits.sh - size limits: a document or JSONL line over 64 MiB
# is refused with one line (status 65) without being read into memory, and
# the other inputs still go in; a 10,000-word sentence and a 1 MB line
# without spaces are extracted in well under a second each; a document with
# more than 200,000 facts keeps that many and says so
. "$(dirname "$0")/lib.sh"

# 100 MB (sparse: NUL bytes; the size cap is checked before the content).
truncate -s 100M big.txt || { echo "skip: no truncate"; exit 77; }
truncate -s 100M big.jsonl
run ingest --db t.db big.txt big.jsonl "$GOOD"
expect_rc 65
expect_err '^kgraph: big\.txt: document larger than 64 MiB$'
expect_err '^kgraph: big\.jsonl:1: line longer than 64 MiB$'
expect_err 'ingested 1 documents \(0 already present\), [0-9]+ facts, 2 errors$'
err_lines 3
expect_eq "stored documents" "$(q t.db 'SELECT name FROM documents')" "$GOOD"
rm -f big.txt big.jsonl

awk 'BEGIN {
	printf "Chancellor Friedrich Merz said";
	for (i = 0; i < 10000; i++) printf " talks";
	print ".";
	s = "aaaaaaaaaaaaaaaa";
	while (length(s) < 1000000) s = s s;
	print s
}' >long.txt
start=$(date +%s)
run ingest --db t.db long.txt
end=$(date +%s)
expect_rc 0
expect_eq "long document stored" \
	"$(q t.db "SELECT count(*) FROM documents WHERE name = 'long.txt'")" 1
[ $((end - start)) -le 20 ] ||
	fail "a 10,000-word sentence and a 1 MB word took $((end - start)) s"
run extract long.txt
expect_rc 0
grep -q '"Friedrich Merz"' out || fail "the name in the long sentence is lost"

# 600 sentences of 16 people meeting: about 330 facts each, over the cap of
# KG_MAX_FACTS_PER_DOC (200,000) facts per document.  The document keeps
# that many facts, and a warning names it, whether this thread extracts it
# or a worker (-j 2, as ingest -j 2 does; the path is the same).
awk 'BEGIN {
	for (i = 0; i < 600; i++) {
		for (j = 0; j < 15; j++)
			printf "Foreign Minister Karl Holm%d%c of Finland, ", i, 97 + j;
		printf "and President Lena Dahl%d met in Paris on Friday. ", i
	}
	print ""
}' >facts.txt
run extract facts.txt
expect_rc 0
expect_err '^kgraph: facts\.txt: warning: more than 200000 facts in one document; the rest are dropped$'
err_lines 1
expect_eq "facts kept" "$(grep -o '"p":' out | wc -l | tr -d ' ')" 200000
{ printf '{"id": "many", "text": "'; tr -d '\n' <facts.txt; printf '"}\n'; } >facts.jsonl
run extract -j 2 facts.jsonl "$GOOD"
expect_rc 0
expect_err '^kgraph: facts\.jsonl:1: warning: more than 200000 facts in one document; the rest are dropped$'
err_lines 1
echo ok
