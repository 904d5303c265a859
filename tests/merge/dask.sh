# tests/merge/dask.sh - scripts/dask-ingest.py on a local Dask cluster of 2
# worker processes: the BBC corpus (../shared/bench) cut into 4 shards,
# ingested on the workers and merged, gives the database of one ingest;
# then tests/corpus as text files in small shards through a shared folder.  Skipped (77)
# without python3-distributed.
. "$(dirname "$0")/lib.sh"
py=""
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import dask.distributed' 2>/dev/null; then
		py=$p
		break
	fi
done
if [ -z "$py" ]; then
	echo "SKIP: python3-distributed is not installed (apt-get install python3-distributed)"
	exit 77
fi
dask_ingest() {
	last="dask-ingest.py $*"
	"$py" "$SRC/scripts/dask-ingest.py" --kgraph "$KGRAPH" --local 2 "$@" \
		>out 2>err
	rc=$?
}

bbc=${KG_BBC:-$SRC/../shared/bench/bbc-news.jsonl.gz}
if [ -f "$bbc" ]; then
	gzip -dc "$bbc" >bbc.jsonl || fail "gzip -dc $bbc"
	dask_ingest --shards 4 -o dask.db bbc.jsonl
	expect_rc 0
	expect_err "^kgraph: merged [0-9]+ documents from 4 shards \(0 already present\)"
	expect_err "^dask-ingest: [0-9.]+ MB in 4 shards: "
	run ingest --quiet --db one.db bbc.jsonl
	expect_rc 0
	same_dump one.db dask.db
	same_rows one.db dask.db
else
	echo "note: $bbc is absent; only tests/corpus is used"
fi

# text files, a date, shards of 8 kB cut as they are read (more than the
# 4 in flight at a time), through a shared folder, --force
mkdir shared
ingest texts.db ./*.txt
touch dask-texts.db
dask_ingest --shard-mb 0.008 --date 2025-06-02 --shared-dir shared --force \
	--quiet -o dask-texts.db ./*.txt
expect_rc 0
[ ! -s err ] || fail "--quiet printed: $(cat err)"
same_dump texts.db dask-texts.db
same_rows texts.db dask-texts.db
[ -f shared/part-00005.db ] || fail "fewer than 6 shards in the shared folder"

# bad records are reported and skipped, as by kgraph ingest (65)
printf '%s\n' '{"id": "x", "text": "Talks."}' 'not json' >bad.jsonl
dask_ingest --shards 1 -o bad.db bad.jsonl
expect_rc 65
expect_err "invalid JSON"
exit 0
