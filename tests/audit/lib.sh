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

# ingest DB FILE...: ingest quietly with the articles' date, or fail
ingest() {
	_db=$1
	shift
	run ingest --quiet --date 2025-03-05 --db "$_db" "$@"
	expect_rc 0
}

# same_dump A B: kgraph dump of databases A and B are identical
same_dump() {
	"$KGRAPH" dump --db "$1" >"$1.dump" || fail "dump $1"
	"$KGRAPH" dump --db "$2" >"$2.dump" || fail "dump $2"
	[ -s "$1.dump" ] || fail "dump of $1 is empty"
	diff "$1.dump" "$2.dump" >dump.diff ||
		fail "dumps of $1 and $2 differ: $(cat dump.diff)"
}
