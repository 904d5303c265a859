#!/bin/sh
# tests/robust/lexicon.sh - a malformed --lexicon file is one error naming
# the file, line and column (status 65), before any database is touched
. "$(dirname "$0")/lib.sh"

mkdir syntax keys
printf '[\n{"name": "NATO", "aliases": ["x"]},\n{"name": "EU" "aliases": []}\n]\n' \
	>syntax/orgs.json
printf '[\n{"name": "NATO",\n "alias": ["x"]}\n]\n' >keys/orgs.json

run ingest --db t.db --lexicon syntax "$GOOD"
expect_rc 65
expect_err '^kgraph: syntax: syntax/orgs\.json:3:[0-9]+: invalid JSON'
err_lines 1
[ ! -e t.db ] || fail "the database was created before the lexicon failed"

run extract --lexicon keys "$GOOD"
expect_rc 65
expect_err '^kgraph: keys: keys/orgs\.json:[0-9]+:[0-9]+: .*unknown key "alias"'
err_lines 1
[ ! -s out ] || fail "extract printed output after the lexicon failed"
echo ok
