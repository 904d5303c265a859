#!/bin/sh
# tests/robust/hostile.sh - names and sentences with quotes, backslashes,
# <>&, DOT keywords, SQL fragments, format strings, very long names and
# non-ASCII survive ingest, SQL, facts and every export byte for byte
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }

long=$(awk 'BEGIN { for (i = 0; i < 400; i++) printf " Bbbbb" }')
cat >hostile.txt <<'END'
Prime Minister Seán O'Brien-Ní Bhraonáin met President Zoë "Ziggy" Ødegård in Zürich on Friday, saying '); DROP TABLE facts; -- was not on the agenda.
Foreign Minister Robert'); Droptable met Chancellor Percent%sN%n Formatstring in Paris, where a <b>bold</b> & "quoted" \backslash\ remark {was} made.
Defence Minister Страна Иванов met Minister 王 Wei at the summit in Kraków; digraph { node -> edge } subgraph strict "graph".
END
printf 'Minister Aaaa%s met President Bob Smith in Berlin.\n' "$long" \
	>>hostile.txt

run ingest --db t.db --date 2025-08-16 hostile.txt
expect_rc 0
run extract --date 2025-08-16 hostile.txt
expect_rc 0
mv out extract.json
run facts --db t.db --json
expect_rc 0
mv out facts.json
run export --db t.db --format json -o graph.json
expect_rc 0
run export --db t.db --format dot -o graph.dot
expect_rc 0
run sql --db t.db "SELECT n, text FROM sentences ORDER BY n"
expect_rc 0
mv out sentences.tsv
run sql --db t.db "SELECT name FROM entity_names ORDER BY name"
expect_rc 0
mv out names.tsv

python3 - "$WORK" <<'END' || fail "hostile strings changed on the way"
import json, sys, os
os.chdir(sys.argv[1])
text = open("hostile.txt", encoding="utf-8").read()
ext = json.loads(open("extract.json", encoding="utf-8").read())
names = {e["name"] for e in ext["entities"]}
names |= {a for e in ext["entities"] for a in e["aliases"]}
bad = []
def check(what, cond):
    if not cond:
        bad.append(what)
# every name extracted is a span of the text (or a lexicon canonical name)
for want in ["Seán O'Brien-Ní Bhraonáin", "Страна Иванов", "Zürich"]:
    check("extracted name " + want, want in names)
check("very long name", any(n.startswith("Aaaa Bbbbb Bbbbb") and
      len(n) > 2000 for n in names))
# the database has the same names, byte for byte
stored = open("names.tsv", encoding="utf-8").read().split("\n")[1:]
for n in names:
    check("stored name %r" % n[:60], n in stored)
# sentences are stored byte for byte
rows = [l.split("\t", 1) for l in
        open("sentences.tsv", encoding="utf-8").read().split("\n")[1:] if l]
for n, s in rows:
    check("sentence %s is in the text" % n, s in text)
for frag in ["'); DROP TABLE facts; --", "Percent%sN%n", "<b>bold</b> &",
             '"quoted" \\backslash\\', "digraph { node -> edge }",
             "Zoë \"Ziggy\" Ødegård"]:
    check("fragment %r stored" % frag, any(frag in s for _, s in rows))
facts = json.loads(open("facts.json", encoding="utf-8").read())
ev = {f["evidence"] for f in facts}
for e in ev:
    check("evidence is a sentence", e in text)
check("SQL fragment in some evidence",
      any("'); DROP TABLE facts; --" in e for e in ev))
g = json.loads(open("graph.json", encoding="utf-8").read())
labels = {n["label"] for n in g["nodes"]}
for want in ["Seán O'Brien-Ní Bhraonáin", "Страна Иванов"]:
    check("json node " + want, want in labels)
for l in g["links"]:
    check("json evidence is a sentence", l["evidence"] in text)
dot = open("graph.dot", encoding="utf-8").read()
check("dot has the quoted name", "Seán O'Brien-Ní Bhraonáin" in dot)
check("dot escapes quotes", '"Ziggy"' not in dot or '\\"Ziggy\\"' in dot)
if bad:
    print("\n".join(bad))
    sys.exit(1)
END

# The tables are all there, and a hostile --entity is just a name.
run facts --db t.db --entity "'); DROP TABLE facts; --"
expect_rc 0
run facts --db t.db --entity "%s%n%s%n"
expect_rc 0
run facts --db t.db --entity "Seán O'Brien-Ní Bhraonáin"
expect_rc 0
grep -q "Seán O'Brien-Ní Bhraonáin (PERSON) -holds_office-> Prime Minister" out ||
	fail "facts --entity with an apostrophe and accents"
expect_eq "tables" "$(q t.db "SELECT count(*) FROM sqlite_master WHERE name IN ('fact', 'documents', 'entities')")" 3
if command -v dot >/dev/null; then
	dot -Tsvg graph.dot >graph.svg 2>dot.err || fail "dot rejects graph.dot"
	run render --db t.db -o graph.svg
	expect_rc 0
fi
echo ok
