#!/bin/sh
# tests/robust/jsonl_nul.sh - a JSONL "text" with an escaped NUL (\u0000) is
# bad data like a NUL byte in a text file: refused with FILE:LINE (status
# 65), not cut short at the NUL and stored
. "$(dirname "$0")/lib.sh"

printf '{"id": "nul", "text": "Merz met Macron.\\u0000 The rest is lost."}\n' \
	>in.jsonl
run ingest --db t.db in.jsonl
expect_rc 65
expect_err '^kgraph: in\.jsonl:1: .*NUL'
expect_eq "documents" "$(q t.db 'SELECT count(*) FROM documents')" 0
echo ok
