"""tests/export/readers.py - read every kgraph export format with the real
parser of the tool it is for, into one normalised shape for comparison.

Each read_<format>(path) returns (nodes, edges): nodes maps a node key to a
dict (label, type, aliases when the format carries them); edges is a list of
dicts with source, target, predicate and the evidence fields the format
carries (status, negated, support, doc, sentence, evidence, rule, fact_id).
"""
import csv
import json
import subprocess
import sys
from urllib.parse import unquote

try:
    import networkx
    import rdflib
except ImportError as e:  # pragma: no cover
    sys.exit("readers.py: %s: install python3-networkx and python3-rdflib "
             "(scripts/install-deps.sh)" % e)

FIELDS = ("status", "negated", "support", "doc", "sentence", "evidence",
          "rule", "fact_id")


def read_json(path):
    d = json.load(open(path, encoding="utf-8"))
    nodes = {n["id"]: {"label": n["label"], "type": n["type"],
                       "aliases": n["aliases"]} for n in d["nodes"]}
    edges = [dict(l) for l in d["links"]]
    return nodes, edges


def read_cytoscape(path):
    d = json.load(open(path, encoding="utf-8"))["elements"]
    nodes = {n["data"]["id"]: {k: n["data"][k] for k in
                               ("label", "type", "aliases")}
             for n in d["nodes"]}
    edges = []
    for e in d["edges"]:
        x = dict(e["data"])
        del x["id"]
        edges.append(x)
    return nodes, edges


def read_jsonl(path):
    nodes, edges = {}, []
    for line in open(path, encoding="utf-8"):
        f = json.loads(line)
        for end in ("subject", "object"):
            n = f.pop(end)
            nodes[n["id"]] = {k: n[k] for k in ("label", "type", "aliases")}
        f["source"] = line and json.loads(line)["subject"]["id"]
        f["target"] = json.loads(line)["object"]["id"]
        edges.append(f)
    return nodes, edges


def _nx_edges(g, rename):
    edges = []
    for s, t, data in g.edges(data=True):
        x = {"source": s, "target": t}
        for k, v in data.items():
            k = rename.get(k, k)
            if k in FIELDS or k == "predicate":
                x[k] = v
        edges.append(x)
    return edges


def read_graphml(path):
    g = networkx.read_graphml(path)
    nodes = {k: {"label": d["label"], "type": d["type"],
                 "aliases": json.loads(d["aliases"])}
             for k, d in g.nodes(data=True)}
    return nodes, _nx_edges(g, {})


def read_gexf(path):
    g = networkx.read_gexf(path)
    nodes = {k: {"label": d["label"], "type": d["type"],
                 "aliases": json.loads(d["aliases"])}
             for k, d in g.nodes(data=True)}
    return nodes, _nx_edges(g, {})


def read_csv(folder):
    with open(folder + "/nodes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [":ID", "name", ":LABEL"], rows[0]
    nodes = {r[0]: {"label": r[1], "type": r[2]} for r in rows[1:]}
    with open(folder + "/relationships.csv", newline="",
              encoding="utf-8") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    assert head[:3] == [":START_ID", ":END_ID", ":TYPE"], head
    edges = []
    for r in rows[1:]:
        x = {"source": r[0], "target": r[1], "predicate": r[2].lower()}
        for h, v in zip(head[3:], r[3:]):
            name, _, kind = h.partition(":")
            if kind == "boolean":
                v = {"true": True, "false": False}[v]
            elif kind in ("int", "long"):
                v = int(v)
            x[name] = v
        edges.append(x)
    return nodes, edges


def read_rdf(path, fmt, base="urn:kgraph:"):
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    RDF, RDFS = rdflib.RDF, rdflib.RDFS
    kg = rdflib.Namespace(base)

    def key(iri):
        return unquote(str(iri)[len(base):])

    nodes = {}
    for s, o in g.subject_objects(RDFS.label):
        t = str(g.value(s, RDF.type))[len(base):]
        aliases = sorted(str(a) for a in g.objects(s, kg.alias))
        nodes[key(s)] = {"label": str(o), "type": t, "aliases": aliases}
    edges = []
    for st in g.subjects(RDF.type, RDF.Statement):
        x = {"source": key(g.value(st, RDF.subject)),
             "target": key(g.value(st, RDF.object)),
             "predicate": str(g.value(st, RDF.predicate))[len(base):]}
        for f in FIELDS:
            v = g.value(st, kg[f])
            if v is not None:
                x[f] = v.toPython() if f != "doc" else str(v)
        x["fact_id"] = int(str(st)[len(base) + 4:])
        asserted = (g.value(st, RDF.subject), kg[x["predicate"]],
                    g.value(st, RDF.object)) in g
        assert asserted != x["negated"], ("direct triple", x)
        edges.append(x)
    return nodes, edges


def dot_unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] in "\\n":
            out.append("\\" if s[i + 1] == "\\" else "\n")
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def read_dot(path, dot="dot"):
    """Through cgraph: dot -Tjson0 parses the file (and lays it out)."""
    p = subprocess.run([dot, "-Tjson0", path], capture_output=True)
    assert p.returncode == 0 and not p.stderr, p.stderr.decode()
    d = json.loads(p.stdout.decode("utf-8"))
    objs = {o["_gvid"]: o for o in d["objects"] if "nodes" not in o}
    nodes = {}
    for o in objs.values():
        if o["name"].startswith("legend:"):
            continue
        tip = dot_unescape(o.get("tooltip", ""))
        nodes[dot_unescape(o["name"])] = {
            "label": dot_unescape(o.get("label", "")),
            "type": tip.split("\n", 1)[0]}
    edges = []
    for e in d.get("edges", []):
        s, t = objs[e["tail"]]["name"], objs[e["head"]]["name"]
        if s.startswith("legend:"):
            continue
        tip = dot_unescape(e.get("tooltip", ""))
        cut = tip.rfind("\n(")
        doc, _, sent = tip[cut + 2:-1].rpartition(", sentence ")
        edges.append({"source": dot_unescape(s), "target": dot_unescape(t),
                      "predicate": e.get("label", ""),
                      "evidence": tip[:cut], "doc": doc,
                      "sentence": int(sent)})
    return nodes, edges


def read(fmt, path, dot="dot"):
    if fmt == "dot":
        return read_dot(path, dot)
    if fmt in ("ntriples", "turtle"):
        return read_rdf(path, {"ntriples": "nt", "turtle": "turtle"}[fmt])
    return globals()["read_" + fmt](path)
