# tests/robust/lib.sh - helpers for the robustness scripts (POSIX sh)
#
# Each script is run by ctest as `sh SCRIPT KGRAPH SRC WORK` (see
# tests/robust.cmake); it sources this file, which empties WORK and cds
# there.  run sets $rc, and the files out and err; the expect_* helpers
# fail the script with the command, status and output.
set -u
KGRAPH=$1
SRC=$2
WORK=$3
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK" || exit 1
GOOD=$SRC/tests/golden/fm-meeting.txt
GOOD2=$SRC/tests/golden/treaty-signing.txt
last="(none)"

fail() {
	printf 'FAIL: %s\n  command: %s\n  status: %s\n' "$*" "$last" \
		"${rc:-?}" >&2
	[ -f out ] && { echo "  stdout:" >&2; head -c 2000 out >&2; }
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

# expect_err REGEX: a line of stderr matches (grep -E)
expect_err() { grep -Eq -- "$1" err || fail "stderr lacks /$1/"; }
expect_no_err() { ! grep -Eq -- "$1" err || fail "stderr has /$1/"; }

# err_lines N: stderr has exactly N lines
err_lines() {
	_n=$(wc -l <err)
	[ "$_n" -eq "$1" ] || fail "stderr has $_n lines, want $1"
}

# q DB SQL: the rows of a query (no header), via kgraph sql
q() { "$KGRAPH" sql --db "$1" "$2" | tail -n +2; }

expect_eq() { [ "$2" = "$3" ] || fail "$1: got '$2', want '$3'"; }

# as_user CMD...: run CMD as an unprivileged user when we are root (root
# reads and writes any file, so permission tests need another user); returns
# 77 when that is impossible
as_user() {
	if [ "$(id -u)" -ne 0 ]; then
		"$@"
	elif command -v setpriv >/dev/null 2>&1; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	else
		return 77
	fi
}
