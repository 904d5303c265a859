# tests/audit/why.sh - kgraph why: every supporting sentence, marked
. "$(dirname "$0")/lib.sh"
ingest t.db a-oslo-talks.txt c-vilnius-summit.txt e-future-summit.txt

id=$(q t.db "SELECT fact_id FROM facts WHERE subject = 'Ola Berg'
	AND predicate = 'holds_office'")
[ -n "$id" ] || fail "no holds_office fact for Ola Berg"
run why --db t.db "$id"
expect_rc 0
expect_out "fact $id: Ola Berg (PERSON) -holds_office-> Prime Minister of Norway (OFFICE)  [current]  support 1"
expect_out "  a-oslo-talks.txt#0  bytes 0-"
expect_out "rule title.pre  version "
# not a terminal: brackets, the subject and object from the mentions table
expect_no_out "$(printf '\033[')"
expect_out "{{Norwegian Prime Minister}} [[Ola Berg]] met Danish"

# The same fact by names (any alias, any case), and by parts.
run why --db t.db --subject berg --predicate holds_office \
	--object "Norwegian Prime Minister"
expect_rc 0
expect_out "fact $id: Ola Berg (PERSON)"
run why --db t.db --subject "Ola Berg"
expect_rc 0
expect_out "-met_with-> Mette Skov (PERSON)"

# A fact stated by two documents shows both sentences, sorted by document.
run why --db t.db --subject "President of Latvia" --predicate office_of
expect_rc 0
expect_out "support 2"
expect_out "  c-vilnius-summit.txt#0"
expect_out "  e-future-summit.txt#0"
n=$(grep -c '^  [a-z-]*\.txt#' out)
expect_eq "evidence lines of a fact with two documents" "$n" 2

# A literal object (a date) is matched as written.
run why --db t.db --subject "Riga summit" --object 2025-03-20
expect_rc 0
expect_out "-occurred_on-> 2025-03-20 (DATE)"

# --json: one object per fact with its evidence, spans and marked text.
run why --db t.db --json "$id"
expect_rc 0
if command -v python3 >/dev/null; then
	python3 - "$id" <<'END' || fail "why --json"
import json, sys
a = json.load(open("out"))
assert len(a) == 1 and a[0]["fact_id"] == int(sys.argv[1]), a
e = a[0]["evidence"][0]
t = e["text"].encode()
s = e["subject_spans"][0]
assert t[s[0]:s[1]] == b"Ola Berg", (t, s)
assert "[[Ola Berg]]" in e["marked"], e
assert e["doc"] == "a-oslo-talks.txt" and e["sentence"] == 0, e
assert e["rule"] == "title.pre" and e["version"], e
END
fi

# Errors: an unknown fact is status 1, a bad id or no fact at all status 2.
run why --db t.db 99999
expect_rc 1
expect_err "^kgraph: no fact 99999$"
run why --db t.db --subject "Nobody Atall"
expect_rc 1
expect_err "^kgraph: no such fact$"
run why --db t.db 12x
expect_rc 2
run why --db t.db
expect_rc 2
run why --db t.db --predicate likes --subject x
expect_rc 2
exit 0
