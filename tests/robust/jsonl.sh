#!/bin/sh
# tests/robust/jsonl.sh - bad JSONL records: each is one line naming FILE:LINE
# and what is wrong (status 65); the good records of the file still go in
. "$(dirname "$0")/lib.sh"

deep=$(awk 'BEGIN { for (i = 0; i < 5000; i++) printf "["; \
	for (i = 0; i < 5000; i++) printf "]" }')
{
	printf '{"id": "good1", "text": "Polish Foreign Minister Tomasz Wrona met Lithuanian Foreign Minister Rasa Petraitis in Warsaw."}\n'
	printf '{"id": "deep", "text": "x", "extra": %s}\n' "$deep"   # 2
	printf '%s\n' "$deep"                                           # 3
	printf '{"id": "notext", "title": "no text"}\n'                 # 4
	printf '{"id": "nulltext", "text": null}\n'                     # 5
	printf '{"id": "numtext", "text": 42}\n'                        # 6
	printf '{"id": "baddate", "published": "next Tuesday", "text": "Merz met Macron."}\n'
	printf '{"id": "trunc", "text": "Merz met\n'                    # 8
	printf '[1, 2, 3]\n'                                            # 9
	printf '{"id": "two"} {"id": "records"}\n'                      # 10
	printf '\n   \n'                                                # 11, 12
	printf '{"id": "surrogate", "text": "\\ud800 lone"}\n'          # 13
	printf '{"id": "good2", "published": "2025-08-17T10:00:00+02:00", "text": "NATO leaders met at the summit in The Hague."}\n'
} >in.jsonl

run ingest --db t.db in.jsonl
expect_rc 65
expect_err '^kgraph: in\.jsonl:2: invalid JSON at column [0-9]+$'
expect_err '^kgraph: in\.jsonl:3: invalid JSON at column [0-9]+$'
expect_err '^kgraph: in\.jsonl:4: record has no "text" string$'
expect_err '^kgraph: in\.jsonl:5: record has no "text" string$'
expect_err '^kgraph: in\.jsonl:6: record has no "text" string$'
expect_err "^kgraph: in\\.jsonl:7: \"published\" is not a date: 'next Tuesday'\$"
expect_err '^kgraph: in\.jsonl:8: invalid JSON at column [0-9]+$'
expect_err '^kgraph: in\.jsonl:9: record is not a JSON object$'
expect_err '^kgraph: in\.jsonl:10: invalid JSON at column [0-9]+$'
expect_err '^kgraph: in\.jsonl:13: invalid JSON at column [0-9]+$'
expect_no_err 'in\.jsonl:1[12]:'
expect_err 'ingested 2 documents \(0 already present\), [0-9]+ facts, 10 errors$'
err_lines 11
expect_eq "stored" "$(q t.db 'SELECT name, published FROM documents ORDER BY 1')" \
	"$(printf 'good1\t\ngood2\t2025-08-17')"
echo ok
