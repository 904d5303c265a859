#!/usr/bin/env python3
# scripts/dask-ingest.py - build one kgraph database from a corpus with the
# extraction spread over a Dask distributed cluster
#
# The corpus (JSONL, JSONL.gz or text files, in the order given) is cut into
# contiguous shards (--shard-mb each, cut as the corpus is read, at most two
# per worker in flight, so memory stays bounded; or exactly --shards); each
# Dask worker runs `kgraph ingest --shard` on one shard, and the client folds
# the shard databases with `kgraph merge` in shard order.  Because the shards are contiguous and merged in order, the
# result is the database `kgraph ingest` of the same inputs gives in one
# process, row for row (docs/scale.md).  Every worker needs the kgraph
# binary (--kgraph); the documents and the shard databases travel through
# Dask, or through a folder every machine sees (--shared-dir).
#
#   scripts/dask-ingest.py --local 2 -o all.db corpus.jsonl.gz
#   dask-scheduler &  dask-worker tcp://HOST:8786 (on each machine)
#   scripts/dask-ingest.py --scheduler tcp://HOST:8786 -o all.db corpus.jsonl
#
# Exit status: that of kgraph merge (0, or 1/65 with its message), 2 for a
# usage error, 65 when a shard had bad records (the rest is still merged,
# as kgraph ingest does), 1 when a worker failed.
import argparse
import gzip
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time


def read_docs(paths):
    """Yield one JSONL line (bytes, no newline) per document, in order.

    A record without an id gets the one kgraph ingest would give it
    (FILE:LINE), so its name does not depend on the shard it lands in; a
    text file becomes a record named by its path.  Lines that are not JSON
    are passed on untouched: the worker reports them."""
    for path in paths:
        if path.endswith(".jsonl") or path.endswith(".jsonl.gz"):
            opener = gzip.open if path.endswith(".gz") else open
            name = path[:-3] if path.endswith(".gz") else path
            with opener(path, "rb") as f:
                for n, line in enumerate(f, 1):
                    line = line.rstrip(b"\r\n")
                    if not line.strip():
                        continue
                    yield with_id(line, "%s:%d" % (name, n))
        else:
            with open(path, "rb") as f:
                text = f.read().decode("utf-8")
            if text.startswith("\ufeff"):
                text = text[1:]
            rec = {"id": path, "text": text}
            yield json.dumps(rec, ensure_ascii=False).encode("utf-8")


def with_id(line, default_id):
    try:
        rec = json.loads(line)
    except ValueError:
        return line
    if not isinstance(rec, dict) or "id" in rec:
        return line
    rec["id"] = default_id
    return json.dumps(rec, ensure_ascii=False).encode("utf-8")


def split(docs, nshards):
    """Cut the list docs into nshards contiguous runs of about equal size
    (bytes), each as JSONL bytes."""
    total = sum(len(d) + 1 for d in docs)
    cur, size, made = [], 0, 0
    for d in docs:
        cur.append(d)
        size += len(d) + 1
        if size * nshards >= total * (made + 1):
            yield b"\n".join(cur) + b"\n"
            cur, made = [], made + 1
    if cur:
        yield b"\n".join(cur) + b"\n"


def by_size(docs, limit):
    """Cut the stream docs into contiguous runs of about limit bytes."""
    cur, size = [], 0
    for d in docs:
        cur.append(d)
        size += len(d) + 1
        if size >= limit:
            yield b"\n".join(cur) + b"\n"
            cur, size = [], 0
    if cur:
        yield b"\n".join(cur) + b"\n"


def ingest_shard(k, data, opts):
    """On a worker: kgraph ingest --shard one shard.  data is the JSONL
    bytes, or the path of the shard in the shared folder.  Returns the
    status, stderr and the database (bytes, or its shared path)."""
    shared = opts.get("shared_dir")
    tmp = tempfile.mkdtemp(prefix="kgraph-shard-")
    try:
        if shared:
            src = data
            db = os.path.join(shared, "part-%05d.db" % k)
        else:
            src = os.path.join(tmp, "part-%05d.jsonl" % k)
            db = os.path.join(tmp, "part-%05d.db" % k)
            with open(src, "wb") as f:
                f.write(data)
        cmd = [opts["kgraph"], "ingest", "--shard", "--quiet", "--db", db,
               "-j", str(opts["jobs"])]
        if opts.get("date"):
            cmd += ["--date", opts["date"]]
        p = subprocess.run(cmd + [src], capture_output=True)
        if p.returncode not in (0, 65) or shared:
            return p.returncode, p.stderr, db
        with open(db, "rb") as f:
            return p.returncode, p.stderr, f.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="kgraph ingest on a Dask cluster: one shard per task, "
        "kgraph merge on the client.")
    ap.add_argument("inputs", nargs="+", metavar="INPUT",
                    help=".jsonl, .jsonl.gz or text files, in order")
    ap.add_argument("-o", "--output", required=True, metavar="ALL.db")
    ap.add_argument("--force", action="store_true",
                    help="replace ALL.db when it exists")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDR",
                       help="a running scheduler (tcp://host:8786)")
    where.add_argument("--local", type=int, metavar="N", default=2,
                       help="start a local cluster of N worker processes "
                       "(default 2)")
    ap.add_argument("--shards", type=int, default=0,
                    help="cut the corpus into exactly N shards (reads it "
                    "all first)")
    ap.add_argument("--shard-mb", type=float, default=32, metavar="MB",
                    help="else cut shards of about MB megabytes as the "
                    "corpus is read (default 32)")
    ap.add_argument("--kgraph", default=shutil.which("kgraph") or "kgraph",
                    help="the kgraph binary, the same path on every worker")
    ap.add_argument("--date", help="kgraph ingest --date")
    ap.add_argument("-j", "--jobs", type=int, default=1,
                    help="kgraph ingest -j on each worker (default 1)")
    ap.add_argument("--quiet", action="store_true",
                    help="no timing line")
    ap.add_argument("--shared-dir", metavar="DIR",
                    help="a folder all machines see: shards and shard "
                    "databases go there instead of through Dask")
    return ap.parse_args(argv)


def client_for(args):
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        return Client(args.scheduler), None
    # silence_logs: distributed's warnings ("Event loop was unresponsive"
    # on a loaded machine) are not ours to print; errors still are
    cluster = LocalCluster(n_workers=args.local, threads_per_worker=1,
                           processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


class Shards:
    """Submits shards as they are cut, at most `window` at a time (so
    memory stays bounded whatever the corpus size), and keeps each finished
    shard database as a file of workdir, in shard order."""

    def __init__(self, client, args, workdir):
        self.client, self.args, self.workdir = client, args, workdir
        self.window = 2 * max(1, len(client.scheduler_info()
                                     .get("workers", {})))
        self.opts = {"kgraph": os.path.abspath(args.kgraph)
                     if os.path.exists(args.kgraph) else args.kgraph,
                     "date": args.date, "jobs": args.jobs,
                     "shared_dir": args.shared_dir}
        self.running, self.paths, self.status = {}, {}, 0
        self.mb = 0.0

    def submit(self, k, data):
        from dask.distributed import wait

        while len(self.running) >= self.window:
            done = wait(list(self.running.values()),
                        return_when="FIRST_COMPLETED").done
            for j in [j for j, f in self.running.items() if f in done]:
                self.collect(j)
        self.mb += len(data) / 1e6
        if self.args.shared_dir:
            path = os.path.join(self.args.shared_dir, "part-%05d.jsonl" % k)
            with open(path, "wb") as f:
                f.write(data)
            data = path
        else:  # scattered first: large arguments would go via the scheduler
            data = self.client.scatter(data)
        self.running[k] = self.client.submit(ingest_shard, k, data,
                                             self.opts, pure=False)

    def collect(self, k):
        rc, err, db = self.running.pop(k).result()
        sys.stderr.write(err.decode("utf-8", "replace"))
        if rc not in (0, 65):
            raise RuntimeError("shard %d: kgraph ingest exited with %d"
                               % (k, rc))
        self.status = max(self.status, rc)
        if not self.args.shared_dir:
            path = os.path.join(self.workdir, "part-%05d.db" % k)
            with open(path, "wb") as f:
                f.write(db)
            db = path
        self.paths[k] = db

    def finish(self):
        for k in sorted(self.running):
            self.collect(k)
        return [self.paths[k] for k in sorted(self.paths)]


def shards_of(args, docs):
    if args.shards:
        docs = list(docs)
        return split(docs, max(1, min(args.shards, len(docs))))
    return by_size(docs, int(args.shard_mb * 1e6))


def main(argv):
    args = parse_args(argv)
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        sys.stderr.write("dask-ingest: python3-distributed is not installed"
                         " (apt-get install python3-distributed)\n")
        return 1
    t0 = time.monotonic()
    client, cluster = client_for(args)
    t1 = time.monotonic()
    workdir = tempfile.mkdtemp(prefix="kgraph-merge-")
    try:
        sh = Shards(client, args, workdir)
        for k, data in enumerate(shards_of(args, read_docs(args.inputs))):
            sh.submit(k, data)
        paths = sh.finish()
        if not paths:
            raise RuntimeError("no documents in the inputs")
        t2 = time.monotonic()
        cmd = [args.kgraph, "merge", "-o", args.output] + paths
        if args.force:
            cmd.insert(2, "--force")
        if args.quiet:
            cmd.insert(2, "--quiet")
        rc = subprocess.run(cmd).returncode
        if not args.quiet:
            sys.stderr.write(
                "dask-ingest: %.1f MB in %d shards: cluster start %.2f s,"
                " shards %.2f s (%.1f MB/s), merge %.2f s\n"
                % (sh.mb, len(paths), t1 - t0, t2 - t1,
                   sh.mb / max(t2 - t1, 1e-9), time.monotonic() - t2))
        return rc if rc != 0 else sh.status
    except RuntimeError as e:
        sys.stderr.write("dask-ingest: %s\n" % e)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
