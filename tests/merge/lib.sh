# tests/merge/lib.sh - helpers for the kgraph merge tests (POSIX sh)
#
# Each script runs as `sh SCRIPT KGRAPH SRC WORK` (tests/merge.cmake); it
# sources this file, which empties WORK and cds there (tests/lib.sh) and
# copies the articles of tests/corpus there, so document names are short.
. "$2/tests/lib.sh"
cp "$SRC"/tests/corpus/*.txt . || exit 1

# the date ingest (tests/lib.sh) gives documents without one
INGEST_DATE=2025-06-02

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
