# tests/audit/help.sh - the audit commands have help, are listed by kgraph
# help, and need a database
. "$(dirname "$0")/lib.sh"
for c in why retract merges dump lint; do
	run "$c" --help
	expect_rc 0
	grep -q "^Usage: kgraph $c " out || fail "$c --help"
	run help
	expect_out "  $c "
	run "$c" --db missing.db 1
	case $c in
	why|retract) expect_rc 1 ;;
	*) expect_rc 2 ;;   # no argument expected
	esac
	run "$c" --db missing.db --bogus
	expect_rc 2
done
run lint --db missing.db
expect_rc 1
expect_err "^kgraph: missing.db: no such database$"
exit 0
