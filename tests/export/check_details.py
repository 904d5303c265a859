"""tests/export/check_details.py DB JSONL MIN - every fact of a JSON Lines
export shows the first evidence and the support that the all_facts view
gives for it (graph/detail.c reads them its own way: one ordered scan for a
big selection, a lookup per fact for a small one), and the export holds at
least MIN facts."""
import json
import sqlite3
import sys

db, path, least = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
view = {r[0]: r[1:] for r in con.execute(
    "SELECT fact_id, doc, sentence, evidence, rule, support FROM all_facts")}
n = bad = 0
with open(path, encoding="utf-8") as f:
    for line in f:
        x = json.loads(line)
        n += 1
        got = (x["doc"], x["sentence"], x["evidence"], x["rule"], x["support"])
        if view.get(x["fact_id"]) != got:
            bad += 1
            if bad <= 5:
                print("fact %d: export %r, all_facts %r" %
                      (x["fact_id"], got, view.get(x["fact_id"])))
print("%d facts, %d differ from all_facts" % (n, bad))
sys.exit(1 if bad or n < least else 0)
