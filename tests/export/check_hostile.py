"""tests/export/check_hostile.py FIXTURE DIR [DOT] - every format written by
export_fixture from the hostile fixture, read back by its real parser, gives
back every name and evidence string byte for byte (after the documented
transformation of that format: docs/export.md)."""
import json
import re
import sys

import readers

fixture, folder = sys.argv[1], sys.argv[2]
dot = sys.argv[3] if len(sys.argv) > 3 else "dot"
fx = json.load(open(fixture, encoding="utf-8"))


def same(s):
    return s


def xml(s):  # characters XML 1.0 forbids are dropped
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", s)


def dot_text(s, whole=True):
    """Line breaks kept, other controls a space, a final \\ spaced (only
    at the end of a whole attribute value, not inside a tooltip)."""
    s = re.sub("\r\n|\r", "\n", s)
    s = re.sub("[\x00-\x09\x0b-\x1f\x7f]", " ", s)
    return s + " " if whole and s.endswith("\\") else s


FORMATS = {"json": ("g.json", same), "cytoscape": ("g.cyjs", same),
           "jsonl": ("g.jsonl", same), "graphml": ("g.graphml", xml),
           "gexf": ("g.gexf", xml), "csv": (".", same),
           "ntriples": ("g.nt", same), "turtle": ("g.ttl", same),
           "dot": ("g.dot", dot_text)}

failures = 0
for fmt, (name, tr) in FORMATS.items():
    nodes, edges = readers.read(fmt, folder + "/" + name, dot)
    want_nodes = {}
    for n in fx["nodes"]:
        w = {"label": tr(n["label"]), "type": n["type"],
             "aliases": sorted(tr(a) for a in n["aliases"])}
        want_nodes[tr(n["key"])] = w
    for k, w in want_nodes.items():
        got = nodes.get(k)
        for f in ("label", "type", "aliases"):
            if got is None or (f in got and
                               (sorted(got[f]) if f == "aliases"
                                else got[f]) != w[f]):
                print("%s: node %r field %s: got %r, want %r" %
                      (fmt, k, f, got and got.get(f), w[f]))
                failures += 1
    if len(nodes) != len(want_nodes):
        print("%s: %d nodes, want %d" % (fmt, len(nodes), len(want_nodes)))
        failures += 1
    keys = [n["key"] for n in fx["nodes"]]
    want_edges = []
    for e in fx["edges"]:
        w = {"source": tr(keys[e["s"]]), "target": tr(keys[e["t"]]),
             "predicate": e["pred"], "status": e["status"],
             "negated": e["negated"], "support": e["support"],
             "sentence": e["sentence"], "fact_id": e["fact_id"]}
        for f in ("doc", "evidence", "rule"):
            v = e[f]
            if fmt == "dot":
                v = dot_text(v or "", False)
            elif v is not None:
                v = tr(v)
            elif fmt == "csv":
                v = ""
            w[f] = v
        want_edges.append(w)
    if len(edges) != len(want_edges):
        print("%s: %d edges, want %d" % (fmt, len(edges), len(want_edges)))
        failures += 1

    def key(e):
        return (e["source"], e["target"], e["predicate"])
    got_by = {key(e): e for e in edges}
    for w in want_edges:
        g = got_by.get(key(w))
        if g is None:
            print("%s: edge %r missing" % (fmt, key(w)))
            failures += 1
            continue
        for f, v in w.items():
            gv = g.get(f, v) if f not in ("doc", "evidence", "rule") \
                or fmt not in ("graphml", "gexf", "ntriples", "turtle") \
                else g.get(f)
            if gv != v:
                print("%s: edge %r field %s: got %r, want %r" %
                      (fmt, key(w), f, gv, v))
                failures += 1
    print("%-10s %d nodes, %d edges" % (fmt, len(nodes), len(edges)))
sys.exit(1 if failures else 0)
