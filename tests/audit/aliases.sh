# tests/audit/aliases.sh - kgraph ingest --aliases FILE: same-as and
# never-same-as pairs are honoured by the merge rules and listed by merges
. "$(dirname "$0")/lib.sh"
A=a-oslo-talks.txt     # Ola Berg
J=j-berg-bergen.txt    # Olav Berg: another spelling no rule joins
F=f-volkov-riga.txt    # Dmitri Volkov
G=g-volkov-kaunas.txt  # Dmitriy Volkov: joined by spelling

# without declarations: Berg twice, Volkov once
ingest plain.db $A $J $F $G
expect_eq "plain: two Bergs" "$(q plain.db "SELECT count(*) FROM entities
	WHERE name LIKE 'Ol% Berg'")" 2
expect_eq "plain: one Volkov" "$(q plain.db "SELECT count(*) FROM entities
	WHERE name LIKE 'Dmitr% Volkov'")" 1

cat >names.json <<'JSON'
{
  "same": [["Ola Berg", "Olav Berg"]],
  "never_same": [["Dmitri Volkov", "Dmitriy Volkov"]]
}
JSON
run ingest --quiet --date 2025-03-05 --db t.db --aliases names.json $A $J $F $G
expect_rc 0
expect_eq "same: one Berg" "$(q t.db "SELECT count(*) FROM entities
	WHERE name LIKE 'Ol% Berg'")" 1
expect_eq "never same: two Volkovs" "$(q t.db "SELECT count(*) FROM entities
	WHERE name LIKE 'Dmitr% Volkov'")" 2
run merges --db t.db
expect_rc 0
expect_out "$(printf 'Ola Berg\tPERSON\tOlav Berg\tuser\t1.0\t%s' $J)"
expect_out "$(printf 'Ola Berg\t\tOlav Berg\tuser\t1.0\t')"
expect_out "$(printf 'Dmitri Volkov\t\tDmitriy Volkov\tuser\t0.0\t')"
run merges --db t.db --entity "Dmitriy Volkov"
expect_rc 0
expect_out "$(printf 'Dmitri Volkov\t\tDmitriy Volkov\tuser\t0.0\t')"
expect_no_out "Olav"

# the declarations stay in the database for later ingests
ingest t2.db $A
run ingest --quiet --db t2.db --aliases names.json $F
expect_rc 0
ingest t2.db $J $G
expect_eq "remembered" "$(q t2.db "SELECT count(*) FROM entities
	WHERE name LIKE 'Ol% Berg' OR name LIKE 'Dmitr% Volkov'")" 3

# bad files: status 65, one line naming the file and what is wrong,
# nothing stored
bad() {
	printf '%s\n' "$2" >bad.json
	run ingest --quiet --db bad.db --aliases bad.json $A
	expect_rc 65
	expect_err "^kgraph: bad.json(:[0-9]+)?: .*$1"
	[ "$(wc -l <err)" -eq 1 ] || fail "more than one error line"
	[ ! -f bad.db ] || [ "$(q bad.db "SELECT count(*) FROM documents")" = 0 ] ||
		fail "a bad aliases file let documents in"
}
bad "invalid JSON" '{"same": [["A", "B"]'
bad 'unknown key "sme"' '{"sme": []}'
bad 'expected an object' '[["A", "B"]]'
bad '"same"\[0\]: a group has 2 to 64 names, not 1' '{"same": [["A"]]}'
bad '"never_same"\[1\]: expected a list of names' \
	'{"never_same": [["A", "B"], "C"]}'
bad '"same"\[0\]: name 1 is not a non-empty string' '{"same": [["A", 3]]}'
bad "one name written two ways" '{"same": [["NATO", "Nato"]]}'
bad "also declared never the same" \
	'{"same": [["A", "B"]], "never_same": [["B", "A"]]}'
printf '{\n  "same": [\n    ["A", "B"],\n    ["C"]\n  ]\n}\n' >lined.json
run ingest --quiet --db bad.db --aliases lined.json $A
expect_rc 65
expect_err '^kgraph: lined.json:4: "same"\[1\]'
run ingest --quiet --db bad.db --aliases missing.json $A
expect_rc 1
expect_err "^kgraph: missing.json: "
exit 0
