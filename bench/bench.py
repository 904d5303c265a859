#!/usr/bin/env python3
"""bench/bench.py - measure kgraph against the targets of issue 4; one table

Runs, on this machine and in this one run: kgraph ingest (end to end, -j 1
and -j 2), kgraph extract to /dev/null (-j 1 and -j 2), ingest --from-jsonl,
the peer (compromise, node) on the same corpus, export dot/json of a
100k-node/300k-edge database, kgraph facts --entity on a 1M-fact database,
and peak RSS while ingesting generated corpora of two sizes.  Every kgraph
figure is the median of --runs runs.  Prints a Markdown table (also written
to --out).  Scratch files go to --tmp, never into the repository.

    python3 bench/bench.py                       # everything, defaults
    python3 bench/bench.py --rss-mb 1024         # the 1 GB RSS run
    python3 bench/bench.py --quick               # 1 run, small sizes
"""
import argparse
import gzip
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True,
                          **kw)


def timed(cmd, stdout=subprocess.DEVNULL):
    """Run cmd under /usr/bin/time -v: (wall seconds, peak RSS in KB)."""
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=stdout,
                       stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - t0
    if p.returncode not in (0, 65):
        sys.exit(f"bench: {' '.join(cmd)} failed:\n{p.stderr[-2000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return wall, int(m.group(1)) if m else 0


def median_run(args, runs, prep=None):
    walls, rss = [], []
    for _ in range(runs):
        if prep:
            prep()
        w, r = timed(args)
        walls.append(w)
        rss.append(r)
    return statistics.median(walls), max(rss)


def rmdb(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def machine():
    model = "?"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem = 0
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal"):
            mem = int(line.split()[1]) // 1024
    load = os.getloadavg()[0]
    return (f"{os.cpu_count()} CPUs ({model}), {mem} MiB RAM, "
            f"{platform.system()} {platform.release()}, SQLite "
            f"{sqlite3.sqlite_version}, load average {load:.1f} at start")


def corpus_figures(path):
    docs = words = nbytes = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                t = json.loads(line)["text"]
                docs += 1
                words += len(t.split())
                nbytes += len(t.encode("utf-8"))
    return docs, words, nbytes


def db_count(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def synthetic_db(path, nodes, edges, docs=2000, sents=50):
    """A kgraph database with nodes entities and edges facts (one evidence
    row each), made directly with SQL from schema/schema.sql."""
    rmdb(path)
    con = sqlite3.connect(path)
    con.executescript(open(os.path.join(ROOT, "schema/schema.sql")).read())
    types = ["PERSON", "ORG", "GPE", "EVENT", "OFFICE"]
    preds = ["holds_office", "met_with", "attended", "visited", "member_of"]
    con.execute("BEGIN")
    con.executemany("INSERT INTO documents VALUES (?,?,NULL,NULL,NULL,?,"
                    "'bench',?)", ((d, f"doc{d}", f"{d:016x}", sents)
                                   for d in range(1, docs + 1)))
    con.executemany("INSERT INTO sentences VALUES (?,?,0,40,?)",
                    ((d, n, f"Sentence {n} of synthetic document {d}.")
                     for d in range(1, docs + 1) for n in range(sents)))
    con.executemany("INSERT INTO entities VALUES (?,?,?,?)",
                    ((i, types[i % 5], f"Entity {i}", f"entity {i}")
                     for i in range(1, nodes + 1)))
    con.executemany("INSERT INTO aliases VALUES (?,?,?)",
                    ((i, f"Entity {i}", f"entity {i}")
                     for i in range(1, nodes + 1)))
    con.executemany("INSERT INTO name_keys VALUES (?,?,?)",
                    ((types[i % 5], f"entity {i}", i)
                     for i in range(1, nodes + 1)))

    def facts():
        for k in range(edges):
            s, m = k % nodes, k // nodes
            o = (s * 7 + m * 13 + 1) % nodes
            yield (k + 1, s + 1, preds[k % 5], (o if o != s else
                                                 (o + 1) % nodes) + 1)
    con.executemany("INSERT OR IGNORE INTO fact(fact_id, subject_id,"
                    " predicate, object_id, status)"
                    " VALUES (?,?,?,?,'current')", facts())
    con.execute("INSERT INTO evidence SELECT fact_id, fact_id,"
                f" fact_id % {docs} + 1, fact_id % {sents}, 0, 10,"
                " 'bench', 'bench' FROM fact")
    con.commit()
    con.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kgraph", default=os.path.join(ROOT, "build/kgraph"))
    ap.add_argument("--corpus", default=os.path.join(
        ROOT, "../shared/bench/bbc-news.jsonl.gz"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peer-runs", type=int, default=3)
    ap.add_argument("--rss-mb", type=float, default=1024,
                    help="the larger generated corpus for peak RSS (MB)")
    ap.add_argument("--tmp", default="/tmp/kgraph-bench")
    ap.add_argument("--peer-dir", default="/tmp/kgraph-bench-peer")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--quick", action="store_true",
                    help="1 run, 16/64 MB RSS corpora, smaller graphs")
    ap.add_argument("--out", help="also write the table to this file")
    a = ap.parse_args()
    if a.quick:
        a.runs, a.peer_runs, a.rss_mb = 1, 1, 64
    K, T = os.path.abspath(a.kgraph), a.tmp
    a.machine = machine()
    os.makedirs(T, exist_ok=True)
    rows = []

    def row(what, value, target=""):
        rows.append((what, value, target))
        print(f"  {what}: {value}", file=sys.stderr, flush=True)

    corpus = os.path.join(T, "corpus.jsonl")
    opener = gzip.open if a.corpus.endswith(".gz") else open
    with opener(a.corpus, "rb") as src, open(corpus, "wb") as dst:
        shutil.copyfileobj(src, dst)
    docs, words, nbytes = corpus_figures(corpus)
    mb = nbytes / 1e6
    db = os.path.join(T, "ingest.db")
    print(f"bench: corpus {a.corpus}: {docs} docs, {words} words, "
          f"{mb:.2f} MB of text", file=sys.stderr)

    speeds = {}
    for j in (1, 2):
        w, rss = median_run([K, "ingest", "--db", db, "--quiet", "-j",
                             str(j), corpus], a.runs, lambda: rmdb(db))
        speeds[("ingest", j)] = w
        if j == 1:
            sents = db_count(db, "SELECT count(*) FROM sentences")
            facts = db_count(db, "SELECT count(*) FROM fact")
            row("ingest -j 1: MB/s", f"{mb / w:.2f}", ">= 10")
            row("ingest -j 1: words/s", f"{words / w:,.0f}")
            row("ingest -j 1: sentences/s", f"{sents / w:,.0f}")
            row("ingest -j 1: docs/s", f"{docs / w:,.0f}")
            row("ingest -j 1: facts/s", f"{facts / w:,.0f}")
            row("ingest -j 1: peak RSS", f"{rss / 1024:.1f} MB")
        else:
            row("ingest -j 2: MB/s", f"{mb / w:.2f}")
            row("ingest -j 2 / -j 1", f"{speeds[('ingest', 1)] / w:.2f}x",
                ">= 1.7x")
    xout = os.path.join(T, "extract.jsonl")
    for j in (1, 2):
        w, _ = median_run([K, "extract", "--quiet", "-j", str(j), corpus],
                          a.runs)
        speeds[("extract", j)] = w
        row(f"extract -j {j} to /dev/null: MB/s", f"{mb / w:.2f}",
            ">= 50" if j == 1 else "")
    row("extract -j 2 / -j 1",
        f"{speeds[('extract', 1)] / speeds[('extract', 2)]:.2f}x", ">= 1.7x")
    with open(xout, "w") as f:
        subprocess.run([K, "extract", "--quiet", "-j", "2", corpus],
                       stdout=f, check=False)
    w, _ = median_run([K, "ingest", "--db", db, "--quiet", "--from-jsonl",
                       xout], a.runs, lambda: rmdb(db))
    row("ingest --from-jsonl (store only): MB/s of text", f"{mb / w:.2f}")

    if not a.no_peer and shutil.which("node"):
        peer(a, row, words, speeds[("ingest", 1)])

    graphs(a, K, T, row)
    rss_runs(a, K, T, row)
    table = render(rows, a, docs, words, mb)
    print(table)
    if a.out:
        with open(a.out, "w") as f:
            f.write(table)


def peer(a, row, words, ingest_wall):
    d = a.peer_dir
    if not os.path.isdir(os.path.join(d, "node_modules", "compromise")):
        os.makedirs(d, exist_ok=True)
        sh(["npm", "install", "--silent", "compromise@14"], cwd=d)
    script = os.path.join(os.path.dirname(os.path.abspath(a.corpus)),
                          "peers", "compromise.mjs")
    p = sh(["node", script, os.path.abspath(a.corpus), str(a.peer_runs)],
           cwd=d)
    res = json.loads(p.stdout.strip().splitlines()[-1])
    row("peer compromise@14: words/s", f"{res['words_per_s']:,}")
    row("peer compromise@14: MB/s", f"{res['MB_per_s']}")
    row("kgraph ingest -j 1 / compromise (words/s)",
        f"{words / ingest_wall / res['words_per_s']:.1f}x", ">= 140x")


def graphs(a, K, T, row):
    nodes, edges = (10000, 30000) if a.quick else (100000, 300000)
    g = os.path.join(T, "graph.db")
    synthetic_db(g, nodes, edges)
    for fmt in ("dot", "json"):
        out = os.path.join(T, "graph." + fmt)
        w, rss = median_run([K, "export", "--db", g, "--format", fmt, "-o",
                             out], a.runs)
        row(f"export --format {fmt}, {nodes // 1000}k nodes / "
            f"{edges // 1000}k edges", f"{w:.2f} s ({rss / 1024:.0f} MB)",
            "<= 3 s")
    nf = 100000 if a.quick else 1000000
    f = os.path.join(T, "facts.db")
    synthetic_db(f, nf // 3, nf)
    w, _ = median_run([K, "facts", "--db", f, "--entity", "Entity 4242"],
                      a.runs)
    row(f"facts --entity X, {nf // 1000}k facts (whole process)",
        f"{w * 1000:.1f} ms", "<= 10 ms")


def rss_runs(a, K, T, row):
    gen = os.path.join(ROOT, "bench/gen_corpus.py")
    for size in (a.rss_mb / 4, a.rss_mb):
        c = os.path.join(T, f"gen-{size:g}.jsonl")
        sh([sys.executable, gen, "--mb", str(size), "-o", c])
        db = os.path.join(T, "gen.db")
        rmdb(db)
        w, rss = timed([K, "ingest", "--db", db, "--quiet", "-j", "2", c])
        row(f"ingest -j 2 of {size:g} MB generated: peak RSS",
            f"{rss / 1024:.1f} MB ({size / w:.2f} MB/s)", "<= 64 MB, flat")
        os.remove(c)
        rmdb(db)


def render(rows, a, docs, words, mb):
    out = [f"kgraph benchmark, {time.strftime('%Y-%m-%d %H:%M')}",
           f"machine: {a.machine}",
           f"corpus: {os.path.basename(a.corpus)}, {docs} documents, "
           f"{words:,} words, {mb:.2f} MB of text; median of {a.runs} runs",
           "", "| figure | measured | target |", "|---|---|---|"]
    out += [f"| {w} | {v} | {t} |" for w, v, t in rows]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
