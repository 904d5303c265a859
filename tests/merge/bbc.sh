# tests/merge/bbc.sh - the benchmark corpus (../shared/bench, 2,095 BBC
# articles) cut into 4 contiguous shards, each ingested with --shard, then
# merged: the same database as one ingest, row for row.  Skipped (77) when
# the corpus is absent (KG_BBC names another copy).
. "$(dirname "$0")/lib.sh"
bbc=${KG_BBC:-$SRC/../shared/bench/bbc-news.jsonl.gz}
if [ ! -f "$bbc" ]; then
	echo "SKIP: no benchmark corpus at $bbc"
	exit 77
fi
gzip -dc "$bbc" >bbc.jsonl || fail "gzip -dc $bbc"
split -n l/4 -d --additional-suffix=.jsonl bbc.jsonl part- || fail "split"
for i in 0 1 2 3; do
	run ingest --shard --quiet -j 2 --db part-0$i.db part-0$i.jsonl
	expect_rc 0
done
run ingest --quiet -j 2 --db one.db bbc.jsonl
expect_rc 0
run merge -o all.db part-00.db part-01.db part-02.db part-03.db
expect_rc 0
expect_err "^kgraph: merged 2095 documents from 4 shards \(0 already present\), [0-9]+ facts$"
same_dump one.db all.db
same_rows one.db all.db
exit 0
