# tests/audit/split.sh - kgraph split undoes a merge, and the split is kept
# when documents are ingested again
. "$(dirname "$0")/lib.sh"
F=f-volkov-riga.txt   # Dmitri Volkov, a minister
G=g-volkov-kaunas.txt # Dmitriy Volkov, a cellist: merged by spelling
ingest t.db $F $G
expect_eq "one entity before" "$(q t.db "SELECT count(*) FROM entities
	WHERE name LIKE 'Dmitr% Volkov'")" 1
expect_eq "merged by spelling" "$(q t.db "SELECT rule FROM merges
	WHERE name = 'Dmitriy Volkov'")" spelling

run split --db t.db "Dmitri Volkov" "Dmitriy Volkov"
expect_rc 0
expect_err "^kgraph: split 'Dmitriy Volkov' from 'Dmitri Volkov': 1 documents, [1-9][0-9]* mentions, [1-9][0-9]* evidence moved$"
expect_eq "two entities after" "$(q t.db "SELECT name FROM entities
	WHERE name LIKE 'Dmitr% Volkov' ORDER BY name" | tr '\n' ,)" \
	"Dmitri Volkov,Dmitriy Volkov,"
# the facts of G are about the cellist, those of F about the minister
expect_eq "G's met_with" "$(q t.db "SELECT subject FROM facts
	WHERE predicate = 'met_with' AND object = 'Kadri Tamm'")" \
	"Dmitriy Volkov"
expect_eq "F's office" "$(q t.db "SELECT subject FROM facts
	WHERE predicate = 'holds_office'
	AND object = 'Foreign Minister of Lithuania'")" "Dmitri Volkov"
expect_eq "no evidence of G left on the minister" "$(q t.db "SELECT count(*)
	FROM evidence ev JOIN fact f ON f.fact_id = ev.fact_id
	JOIN entities e ON e.entity_id IN (f.subject_id, f.object_id)
	JOIN documents d ON d.doc_id = ev.doc_id
	WHERE e.name = 'Dmitri Volkov' AND d.name = '$G'")" 0
expect_eq "mentions moved" "$(q t.db "SELECT count(*) FROM mentions m
	JOIN entities e ON e.entity_id = m.entity_id
	JOIN documents d ON d.doc_id = m.doc_id
	WHERE e.name = 'Dmitri Volkov' AND d.name = '$G'")" 0
run merges --db t.db --entity "Dmitriy Volkov"
expect_rc 0
expect_out "$(printf 'Dmitri Volkov\tPERSON\tDmitriy Volkov\tsplit\t0.0\t')"
run dump --db t.db
cp out split.dump

# Remembered: G retracted and ingested again stays apart (its surname
# "Volkov" comes back as an alias: aliases record no source)
run retract --quiet --db t.db $G
expect_rc 0
ingest t.db $G
"$KGRAPH" dump --db t.db | grep -v '^  alias Volkov$' >re.dump
grep -v '^  alias Volkov$' split.dump >split2.dump
diff split2.dump re.dump >d.diff || fail "re-ingest differs: $(cat d.diff)"
# and a new document about the cellist goes to him
sed 's/KAUNAS, March 4/VILNIUS, March 9/; s/Kadri Tamm/Mart Laar/' $G >h.txt
ingest t.db h.txt
expect_eq "new doc joins the split name" "$(q t.db "SELECT subject FROM facts
	WHERE predicate = 'met_with' AND object = 'Mart Laar'")" \
	"Dmitriy Volkov"

# The other order: G made the entity and F merged into it; the merged
# name "Dmitri Volkov" is the canonical one (graph/put.c), and splitting it
# off leaves the old entity its other name: the same two people
ingest u.db $G $F
run split --db u.db "Dmitri Volkov" "Dmitri Volkov"
expect_rc 0
"$KGRAPH" dump --db u.db | grep -v '^  alias Volkov$' >u.dump
diff split2.dump u.dump >d.diff ||
	fail "split in the other order differs: $(cat d.diff)"

# errors: status 1, one line naming what is wrong
run split --db t.db "Nobody Known" "X"
expect_rc 1
expect_err "^kgraph: split: no entity named 'Nobody Known'$"
run split --db t.db "Dmitri Volkov" "Dmitri Volkov"
expect_rc 1
expect_err "is the canonical name of 'Dmitri Volkov'"
run split --db t.db "Dmitri Volkov" "Ivan Petrov"
expect_rc 1
expect_err "^kgraph: split: 'Dmitri Volkov' has no name 'Ivan Petrov'$"
run split --db t.db "Dmitri Volkov"
expect_rc 2
run split --db nothere.db "A" "B"
expect_rc 1
exit 0
