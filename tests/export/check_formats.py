"""tests/export/check_formats.py DIR [DOT] - the exports of one selection
(DIR/g.<format>, DIR/csv/) read by each tool's parser hold the same nodes
and edges: same counts, and the same names and evidence as the D3 JSON."""
import sys

import readers

folder = sys.argv[1]
dot = sys.argv[2] if len(sys.argv) > 2 else "dot"
FORMATS = ["json", "cytoscape", "jsonl", "graphml", "gexf", "csv",
           "ntriples", "turtle", "dot"]
ref_nodes, ref_edges = readers.read("json", folder + "/g.json")
failures = 0


def fields(e, keys):
    return tuple(str(e.get(k)) for k in keys)


for fmt in FORMATS:
    path = folder + ("/csv" if fmt == "csv" else "/g." + fmt)
    nodes, edges = readers.read(fmt, path, dot)
    print("%-10s %5d nodes %5d edges" % (fmt, len(nodes), len(edges)))
    if len(nodes) != len(ref_nodes) or len(edges) != len(ref_edges):
        print("  counts differ from json: %d nodes, %d edges" %
              (len(ref_nodes), len(ref_edges)))
        failures += 1
    for k, n in ref_nodes.items():
        if k not in nodes or nodes[k]["label"] != n["label"] or \
                nodes[k]["type"] != n["type"]:
            print("  node %r: %r, want %r" % (k, nodes.get(k), n))
            failures += 1
    keys = [k for k in ("source", "target", "predicate", "doc", "sentence",
                        "evidence", "status", "support", "negated")
            if k in edges[0]] if edges else []
    if sorted(fields(e, keys) for e in edges) != \
            sorted(fields(e, keys) for e in ref_edges):
        print("  edges differ from json in %s" % ", ".join(keys))
        failures += 1
sys.exit(1 if failures else 0)
