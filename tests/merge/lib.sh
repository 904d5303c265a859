# tests/merge/lib.sh - helpers for the kgraph merge tests (POSIX sh)
#
# Each script runs as `sh SCRIPT KGRAPH SRC WORK` (tests/merge.cmake); it
# sources this file, which empties WORK and cds there (tests/lib.sh) and
# copies the articles of tests/corpus there, so document names are short.
. "$2/tests/lib.sh"
cp "$SRC"/tests/corpus/*.txt . || exit 1

# ingest DB ARGS...: ingest quietly with one date, or fail
ingest() {
	_db=$1
	shift
	run ingest --quiet --date 2025-06-02 --db "$_db" "$@"
	expect_rc 0
}

# same_dump A B: kgraph dump of databases A and B are identical
same_dump() {
	"$KGRAPH" dump --db "$1" >"$1.dump" || fail "dump $1"
	"$KGRAPH" dump --db "$2" >"$2.dump" || fail "dump $2"
	[ -s "$1.dump" ] || fail "dump of $1 is empty"
	diff "$1.dump" "$2.dump" >dump.diff ||
		fail "dumps of $1 and $2 differ: $(head -20 dump.diff)"
}

# same_rows A B: the tables of A and B are equal row for row, ids included
# (what one ingest in the same order gives)
same_rows() {
	for _t in documents sentences entities aliases name_keys mentions \
		fact evidence merges; do
		case $_t in
		sentences | name_keys) _sql="SELECT * FROM $_t ORDER BY 1, 2" ;;
		*) _sql="SELECT rowid, * FROM $_t ORDER BY rowid" ;;
		esac
		_a=$(q "$1" "$_sql")
		_b=$(q "$2" "$_sql")
		[ -n "$_a" ] || fail "table $_t of $1 is empty"
		[ "$_a" = "$_b" ] || fail "table $_t differs between $1 and $2"
	done
}
