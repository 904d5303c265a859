# tests/install/lib.sh - helpers for the search, install, man page and
# completion tests (POSIX sh)
#
# Each script runs as `sh SCRIPT KGRAPH SRC WORK [ARGS...]`
# (tests/install.cmake); it sources this file, which empties WORK and cds
# there (tests/lib.sh) and copies the articles of tests/install/data there.
. "$2/tests/lib.sh"
cp "$SRC"/tests/install/data/* . || exit 1

# expect_out TEXT: stdout contains TEXT (fixed string)
expect_out() { grep -Fq -- "$1" out || fail "stdout lacks '$1'"; }
expect_no_out() { ! grep -Fq -- "$1" out || fail "stdout has '$1'"; }

# hits: the "doc#n" of each hit in out, one line
hits() { grep -E '^[^ ].*#[0-9]+  \[' out | sed 's/  \[.*//' | tr '\n' ' '; }
