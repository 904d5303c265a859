# tests/audit/dump.sh - kgraph dump is canonical: the same articles in two
# orders give the same dump; it carries no ids
. "$(dirname "$0")/lib.sh"
ingest one.db a-oslo-talks.txt b-helsinki-visit.txt c-vilnius-summit.txt
ingest two.db c-vilnius-summit.txt a-oslo-talks.txt b-helsinki-visit.txt
same_dump one.db two.db

run dump --db one.db
expect_rc 0
expect_out "document a-oslo-talks.txt published=2025-03-05 sentences="
expect_out "entity PERSON Ola Berg mentions="
expect_out "  alias Berg"
expect_out "fact Ola Berg (PERSON) -holds_office-> Prime Minister of Norway (OFFICE) [current] support=1 valid=.."
expect_out "  evidence a-oslo-talks.txt#0 title.pre bytes 0-"
# sections in order: documents, entities, facts
first=$(grep -v '^ ' out | cut -d' ' -f1 | uniq | tr '\n' ' ')
expect_eq "sections" "$first" "document entity fact "
run dump --db one.db extra
expect_rc 2
exit 0
