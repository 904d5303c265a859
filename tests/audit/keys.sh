# tests/audit/keys.sh - node keys in DOT and JSON are type:name; two
# entities of one type and one name are told apart by their first mention
# (document name, sentence, byte), whatever order they were ingested in
. "$(dirname "$0")/lib.sh"
F=f-volkov-riga.txt # Dmitri Volkov, a minister
G=g-pavel.txt        # Pavel Volkov, a cellist
sed 's/Dmitriy/Pavel/' g-volkov-kaunas.txt >$G
for db in one two; do
	if [ $db = one ]; then ingest $db.db $F $G; else ingest $db.db $G $F; fi
	# two entities of one name, as a rename through SQL can leave them
	python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE entities SET name = ? WHERE name = ?",
          ("Dmitri Volkov", "Pavel Volkov"))
c.commit()' $db.db || fail "rename in $db"
	"$KGRAPH" export --db $db.db --format json -o $db.json ||
		fail "export $db"
done
cmp -s one.json two.json ||
	fail "JSON depends on the ingestion order: $(diff one.json two.json | head)"
python3 - one.json <<'PY' || fail "keys"
import json, sys
g = json.load(open(sys.argv[1]))
keys = [n["id"] for n in g["nodes"]]
assert len(set(keys)) == len(keys), "keys not unique"
assert "person:Kadri Tamm" in keys, keys
assert "gpe:Riga" in keys, keys
# F (first by document name) keeps the plain key: the minister
edges = {(e["source"], e["predicate"]) : e["target"] for e in g["links"]}
assert edges[("person:Dmitri Volkov", "holds_office")].startswith(
    "office:Foreign Minister"), edges
assert edges[("person:Dmitri Volkov#2", "met_with")] == "person:Kadri Tamm", edges
PY
exit 0
