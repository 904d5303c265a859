# tests/audit/lib.sh - helpers for the audit command tests (POSIX sh)
#
# Each script runs as `sh SCRIPT KGRAPH SRC WORK` (tests/audit.cmake); it
# sources this file, which empties WORK, copies the test articles of
# tests/audit/data there and cds there, so document names are short.
set -u
KGRAPH=$1
SRC=$2
WORK=$3
rm -rf "$WORK"
mkdir -p "$WORK"
cp "$SRC"/tests/audit/data/* "$WORK"/ || exit 1
cd "$WORK" || exit 1
last="(none)"

fail() {
	printf 'FAIL: %s\n  command: %s\n  status: %s\n' "$*" "$last" \
		"${rc:-?}" >&2
	[ -f out ] && { echo "  stdout:" >&2; head -c 3000 out >&2; }
	[ -f err ] && { echo "  stderr:" >&2; head -c 2000 err >&2; }
	exit 1
}

# run ARGS...: kgraph ARGS, stdout to out, stderr to err, status in rc
run() {
	last="kgraph $*"
	"$KGRAPH" "$@" >out 2>err
	rc=$?
}

expect_rc() { [ "$rc" = "$1" ] || fail "exit status $rc, want $1"; }
# expect_out TEXT: stdout contains TEXT (fixed string)
expect_out() { grep -Fq -- "$1" out || fail "stdout lacks '$1'"; }
expect_no_out() { ! grep -Fq -- "$1" out || fail "stdout has '$1'"; }
expect_err() { grep -Eq -- "$1" err || fail "stderr lacks /$1/"; }
expect_eq() { [ "$2" = "$3" ] || fail "$1: got '$2', want '$3'"; }

# q DB SQL: the rows of a query (no header)
q() { "$KGRAPH" sql --db "$1" "$2" | tail -n +2; }

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
