# tests/robust/lib.sh - helpers for the robustness scripts (POSIX sh)
#
# Each script is run by ctest as `sh SCRIPT KGRAPH SRC WORK` (see
# tests/robust.cmake); it sources this file, which empties WORK and cds
# there.  run sets $rc, and the files out and err; the expect_* helpers
# fail the script with the command, status and output.
. "$2/tests/lib.sh"
GOOD=$SRC/tests/golden/fm-meeting.txt
GOOD2=$SRC/tests/golden/treaty-signing.txt

expect_no_err() { ! grep -Eq -- "$1" err || fail "stderr has /$1/"; }

# err_lines N: stderr has exactly N lines
err_lines() {
	_n=$(wc -l <err)
	[ "$_n" -eq "$1" ] || fail "stderr has $_n lines, want $1"
}

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
