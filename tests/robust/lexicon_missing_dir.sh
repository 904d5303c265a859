#!/bin/sh
# tests/robust/lexicon_missing_dir.sh - a --lexicon folder that does not
# exist (a typo) is an error, not silently the builtin lexicon
. "$(dirname "$0")/lib.sh"

run ingest --db t.db --lexicon nowhere "$GOOD"
[ "$rc" -ne 0 ] || fail "a missing lexicon folder was accepted"
expect_err '^kgraph: nowhere: '
[ ! -e t.db ] || fail "the database was created"
echo ok
