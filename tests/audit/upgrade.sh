# tests/audit/upgrade.sh - a database made before the audit tables of issue 6
# (name_rules, sentence_hashes, copies) still opens: read-only commands see
# them empty, and a writer adds them
. "$(dirname "$0")/lib.sh"
ingest t.db a-oslo-talks.txt
python3 - <<'PY' || fail "dropping the tables"
import sqlite3
c = sqlite3.connect("t.db")
c.executescript("DROP TABLE name_rules; DROP TABLE copies;"
                " DROP TABLE sentence_hashes;")
c.close()
PY
tables="SELECT count(*) FROM sqlite_master WHERE name IN
	('name_rules', 'copies', 'sentence_hashes')"
for cmd in merges dump lint; do
	run $cmd --db t.db
	[ "$rc" = 0 ] || [ "$cmd" = lint ] || fail "$cmd on an old database"
done
run why --db t.db 1
expect_rc 0
expect_eq "read-only: not added" "$(q t.db "$tables")" 0
ingest t.db b-helsinki-visit.txt
expect_eq "a writer adds them" "$(q t.db "$tables")" 3
exit 0
