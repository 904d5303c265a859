# tests/audit/lib.sh - helpers for the audit command tests (POSIX sh)
#
# Each script runs as `sh SCRIPT KGRAPH SRC WORK` (tests/audit.cmake); it
# sources this file, which empties WORK and cds there (tests/lib.sh) and
# copies the test articles of tests/audit/data there, so document names are
# short.
. "$2/tests/lib.sh"
cp "$SRC"/tests/audit/data/* . || exit 1

# expect_out TEXT: stdout contains TEXT (fixed string)
expect_out() { grep -Fq -- "$1" out || fail "stdout lacks '$1'"; }
expect_no_out() { ! grep -Fq -- "$1" out || fail "stdout has '$1'"; }

# the date ingest (tests/lib.sh) gives documents without one: the articles'
INGEST_DATE=2025-03-05
