# tests/lib.sh - the shell test helpers every script family shares (POSIX sh)
#
# Sourced by tests/audit/lib.sh and tests/robust/lib.sh, whose scripts run
# as `sh SCRIPT KGRAPH SRC WORK`: this empties WORK and cds there.  run sets
# $rc and the files out and err; the expect_* helpers fail the script with
# the command, its status and its output.
set -u
KGRAPH=$1
SRC=$2
WORK=$3
rm -rf "$WORK"
mkdir -p "$WORK"
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
expect_eq() { [ "$2" = "$3" ] || fail "$1: got '$2', want '$3'"; }

# expect_err REGEX: a line of stderr matches (grep -E)
expect_err() { grep -Eq -- "$1" err || fail "stderr lacks /$1/"; }

# q DB SQL: the rows of a query (no header), via kgraph sql
q() { "$KGRAPH" sql --db "$1" "$2" | tail -n +2; }

# ingest DB FILE...: ingest quietly, documents without a date dated
# $INGEST_DATE, or fail
ingest() {
	_db=$1
	shift
	run ingest --quiet --date "${INGEST_DATE:?}" --db "$_db" "$@"
	expect_rc 0
}

# same_dump A B: kgraph dump of databases A and B are identical
same_dump() {
	"$KGRAPH" dump --db "$1" >"$1.dump" || fail "dump $1"
	"$KGRAPH" dump --db "$2" >"$2.dump" || fail "dump $2"
	[ -s "$1.dump" ] || fail "dump of $1 is empty"
	diff "$1.dump" "$2.dump" >dump.diff ||
		fail "dumps of $1 and $2 differ: $(head -40 dump.diff)"
}
