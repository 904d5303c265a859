#!/usr/bin/env python3
"""tests/corpus/check_gold.py - check the gold files of a corpus folder.

Every NAME.txt needs a NAME.json (and the reverse) in the format of
shared/eval/GOLD_FORMAT.md: known entity types, match patterns that are lists of
normalised words (lower case, no periods, no word breaks inside a word), facts
and optional facts with a scored predicate whose s and o name entities of the
same file, no fact listed twice, and every non-DATE entity findable in the text.
Usage: check_gold.py DIR | --self-test.  Exit 0 when all is well, 1 otherwise.
"""
import json
import os
import re
import sys

TYPES = {"PERSON", "ORG", "GPE", "LOC", "FACILITY", "EVENT", "OFFICE", "TREATY", "ARTICLE", "DATE"}
PREDICATES = {"holds_office", "office_of", "attended", "met_with", "located_in", "occurred_on",
              "part_of", "invokes", "member_of"}


def words(name):
    s = name.lower().replace(".", "")
    return [w for w in re.split(r"[\W_]+", s) if w]


def check(gold, text, name):
    errs = []
    if not isinstance(gold, dict):
        return [f"{name}: not a JSON object"]
    if gold.get("doc") != name[:-5] + ".txt":
        errs.append(f"{name}: \"doc\" is {gold.get('doc')!r}")
    ents = gold.get("entities")
    if not isinstance(ents, dict) or not ents:
        return errs + [f"{name}: no \"entities\" object"]
    tw = set(words(text))
    for k, e in ents.items():
        if not isinstance(e, dict) or e.get("type") not in TYPES:
            errs.append(f"{name}: entity {k}: bad type")
            continue
        pats = e.get("match")
        if not isinstance(pats, list) or not pats or not all(isinstance(p, list) and p for p in pats):
            errs.append(f"{name}: entity {k}: \"match\" must be a list of word lists")
            continue
        for p in pats:
            for w in p:
                if not isinstance(w, str) or words(w) != [w]:
                    errs.append(f"{name}: entity {k}: pattern word {w!r} is not normalised")
        if e["type"] != "DATE" and not any(all(w in tw for w in p) for p in pats):
            errs.append(f"{name}: entity {k}: no pattern occurs in the text")
    seen = set()
    for part in ("facts", "optional"):
        lst = gold.get(part, [] if part == "optional" else None)
        if not isinstance(lst, list):
            errs.append(f"{name}: \"{part}\" is not a list")
            continue
        for i, f in enumerate(lst):
            if not isinstance(f, dict) or f.get("p") not in PREDICATES:
                errs.append(f"{name}: {part}[{i}]: bad predicate")
                continue
            for r in ("s", "o"):
                if f.get(r) not in ents:
                    errs.append(f"{name}: {part}[{i}]: {r} {f.get(r)!r} is not an entity")
            key = (f.get("s"), f["p"], f.get("o"))
            if key in seen:
                errs.append(f"{name}: {part}[{i}]: {key} is listed twice")
            seen.add(key)
    return errs


def check_dir(d):
    errs = []
    names = sorted(os.listdir(d))
    for n in names:
        if n.endswith(".txt") and n[:-4] + ".json" not in names:
            errs.append(f"{n}: no gold file beside it")
        if n.endswith(".json"):
            if n[:-5] + ".txt" not in names:
                errs.append(f"{n}: no article beside it")
                continue
            text = open(os.path.join(d, n[:-5] + ".txt"), encoding="utf-8").read()
            try:
                gold = json.load(open(os.path.join(d, n), encoding="utf-8"))
            except ValueError as e:
                errs.append(f"{n}: {e}")
                continue
            errs += check(gold, text, n)
    return errs, sum(n.endswith(".json") for n in names)


def self_test():
    text = "Rubio met Lavrov."
    good = {"doc": "x.txt", "entities": {"rubio": {"type": "PERSON", "match": [["rubio"]]},
                                         "lavrov": {"type": "PERSON", "match": [["lavrov"]]}},
            "facts": [{"s": "rubio", "p": "met_with", "o": "lavrov"}]}
    assert check(good, text, "x.json") == [], "a good gold file passes"
    bad = json.loads(json.dumps(good))
    bad["facts"].append({"s": "rubio", "p": "met_with", "o": "putin"})
    assert check(bad, text, "x.json"), "a fact naming no entity is rejected"
    bad = json.loads(json.dumps(good))
    bad["entities"]["rubio"]["match"] = [["Rubio"]]
    assert check(bad, text, "x.json"), "an unnormalised pattern word is rejected"
    bad = json.loads(json.dumps(good))
    bad["facts"].append(dict(bad["facts"][0]))
    assert check(bad, text, "x.json"), "a duplicate fact is rejected"
    bad = json.loads(json.dumps(good))
    bad["entities"]["lavrov"]["match"] = [["shoigu"]]
    assert check(bad, text, "x.json"), "an entity absent from the text is rejected"
    print("check_gold self-test: ok")


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        sys.exit(0)
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    errs, n = check_dir(sys.argv[1])
    print("\n".join(errs) if errs else f"{n} gold files ok")
    sys.exit(1 if errs else 0)
