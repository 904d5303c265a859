#!/usr/bin/env python3
"""bench/gen_corpus.py - a deterministic news-like JSONL corpus of any size

Writes {"id", "published", "text"} records made from our own sentence
templates (diplomacy news: offices, meetings, summits, visits, treaties,
membership) with names drawn by a seeded generator, so the same arguments
always give the same bytes.  Every document is distinct (kgraph skips a
text it has already stored), and names repeat across documents as in real
news, so the entity tables grow the way they would.

    python3 bench/gen_corpus.py --mb 1024 -o /tmp/kg-1g.jsonl

Write it outside the repository: it is not to be committed.
"""
import argparse
import json
import random
import sys

FIRST = ["Anna", "Tomasz", "Rasa", "Eva", "Ivan", "Maria", "Jonas", "Lena",
         "Pedro", "Aiko", "Omar", "Sofia", "Mikael", "Chen", "Laura", "Kofi",
         "Nadia", "Luis", "Petra", "Hamid", "Irena", "Jorge", "Hana", "Erik"]
LAST = ["Wrona", "Petraitis", "Lindner", "Horvat", "Novak", "Silva", "Berg",
        "Kovacs", "Tanaka", "Haddad", "Moreau", "Costa", "Larsen", "Weber",
        "Okafor", "Rossi", "Ivanova", "Garcia", "Nilsson", "Demir", "Marin",
        "Keller", "Santos", "Fischer", "Dubois", "Popescu", "Jensen"]
COUNTRIES = [("Poland", "Polish", "Warsaw"), ("Lithuania", "Lithuanian", "Vilnius"),
             ("Austria", "Austrian", "Vienna"), ("Croatia", "Croatian", "Zagreb"),
             ("Germany", "German", "Berlin"), ("France", "French", "Paris"),
             ("Japan", "Japanese", "Tokyo"), ("Brazil", "Brazilian", "Brasilia"),
             ("Kenya", "Kenyan", "Nairobi"), ("Canada", "Canadian", "Ottawa"),
             ("Sweden", "Swedish", "Stockholm"), ("Turkey", "Turkish", "Ankara"),
             ("Spain", "Spanish", "Madrid"), ("Italy", "Italian", "Rome"),
             ("Finland", "Finnish", "Helsinki"), ("Egypt", "Egyptian", "Cairo")]
OFFICES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister",
           "Finance Minister", "Trade Minister", "Chancellor", "Interior Minister"]
ORGS = ["NATO", "the European Union", "the United Nations", "the G20",
        "the African Union", "ASEAN", "the World Trade Organization"]
EVENTS = ["summit", "conference", "talks", "meeting", "forum"]
TOPICS = ["trade", "energy", "security", "migration", "climate finance",
          "grain exports", "cyber defence", "debt relief", "fisheries"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.people = [(f, l) for f in FIRST for l in LAST]

    def person(self):
        f, l = self.r.choice(self.people)
        return f"{f} {l}"

    def official(self):
        c = self.r.choice(COUNTRIES)
        return c, self.r.choice(OFFICES), self.person()

    def sentences(self, n):
        r = self.r
        (c1, o1, p1), (c2, o2, p2) = self.official(), self.official()
        ev, place = r.choice(EVENTS), r.choice(COUNTRIES)
        topic, org = r.choice(TOPICS), r.choice(ORGS)
        day, month = r.choice(DAYS), r.choice(MONTHS)
        last1, last2 = p1.split()[1], p2.split()[1]
        out = [
            f"{place[2].upper()}, {month} {n % 28 + 1} - {c1[1]} {o1} {p1} met "
            f"{c2[1]} {o2} {p2} in {place[2]} on {day}, officials said.",
            f"The two discussed {topic} ahead of the {org} {ev} in "
            f"{place[0]} later this year.",
            f"{last1}, who took part in the {ev}, said the talks had been "
            f"useful but that more work was needed on {r.choice(TOPICS)}.",
            f"{last2} is expected to visit {c1[0]} in {r.choice(MONTHS)}, "
            f"according to the foreign ministry.",
            f"Former {o2} {self.person()} did not attend the meeting.",
            f"{c2[0]}, which joined {org} in {1990 + n % 35}, has pressed "
            f"for a faster decision on {topic}.",
            f"Analysts in {r.choice(COUNTRIES)[2]} said the {ev} could "
            f"reshape talks on {r.choice(TOPICS)} for years.",
            f"Markets were little changed on {day}, with traders watching "
            f"the {r.choice(TOPICS)} figures due next week.",
        ]
        r.shuffle(out[2:])
        return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=64,
                    help="size of the text to write, in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("-o", "--output", default="-")
    a = ap.parse_args()
    g = Gen(a.seed)
    out = sys.stdout if a.output == "-" else open(a.output, "w",
                                                   encoding="utf-8")
    want, done, n = int(a.mb * 1e6), 0, 0
    while done < want:
        paras = [" ".join(g.sentences(n)) for _ in range(g.r.randint(2, 4))]
        paras.append(f"This is report number {n} of the series.")
        text = "\n\n".join(paras)
        rec = {"id": f"gen/{n:08d}",
               "published": f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
               "text": text}
        out.write(json.dumps(rec) + "\n")
        done += len(text.encode("utf-8"))
        n += 1
    if out is not sys.stdout:
        out.close()
    print(f"gen_corpus: {n} documents, {done / 1e6:.1f} MB of text",
          file=sys.stderr)


if __name__ == "__main__":
    main()
