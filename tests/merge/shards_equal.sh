# tests/merge/shards_equal.sh - tests/corpus split into 3 shards, each
# ingested with --shard, merged: the same database as one ingest of the
# articles in the same order, whatever the split; shards of shards merge
# too, and a document in two shards is stored once
. "$(dirname "$0")/lib.sh"
ls ./*.txt | sort >all.list
n=$(wc -l <all.list)
[ "$n" -ge 30 ] || fail "only $n articles in tests/corpus"

# three contiguous shards, one of them extracted in 2 threads
head -n 14 all.list >s1.list
sed -n '15,27p' all.list >s2.list
tail -n +28 all.list >s3.list
ingest s1.db --shard $(cat s1.list)
ingest s2.db --shard -j 2 $(cat s2.list)
ingest s3.db --shard $(cat s3.list)
ingest one.db $(cat all.list)
run merge -o all.db s1.db s2.db s3.db
expect_rc 0
expect_err "^kgraph: merged $n documents from 3 shards \(0 already present\), [1-9][0-9]* facts$"
same_dump one.db all.db
same_rows one.db all.db
[ ! -e all.db.tmp ] || fail "all.db.tmp left behind"

# merging twice gives the same database
run merge --quiet -o again.db s1.db s2.db s3.db
expect_rc 0
[ ! -s err ] || fail "--quiet printed: $(cat err)"
same_rows all.db again.db

# a merged database merges again: ((s1 s2) s3) is (s1 s2 s3)
run merge -o s12.db s1.db s2.db
expect_rc 0
run merge -o tree.db s12.db s3.db
expect_rc 0
same_rows one.db tree.db

# a round-robin split: equal to one ingest in the order the shards give
# (resolution may depend on the order: docs/scale.md)
awk 'NR % 3 == 1' all.list >r1.list
awk 'NR % 3 == 2' all.list >r2.list
awk 'NR % 3 == 0' all.list >r3.list
for i in 1 2 3; do ingest r$i.db --shard $(cat r$i.list); done
run merge -o rall.db r1.db r2.db r3.db
expect_rc 0
ingest rone.db $(cat r1.list r2.list r3.list)
same_dump rone.db rall.db
same_rows rone.db rall.db

# an article in two shards is stored once, from the first shard
first=$(head -n 1 all.list)
ingest dup.db --shard "$first" $(cat s3.list)
run merge -o dupall.db s1.db s2.db dup.db
expect_rc 0
expect_err "merged $n documents from 3 shards \(1 already present\)"
same_dump one.db dupall.db

# without --shard nothing is kept; with it, each document's extract line
expect_eq "records without --shard" "$(q one.db 'SELECT count(*) FROM extracts')" 0
expect_eq "records of s1" "$(q s1.db 'SELECT count(*) FROM extracts')" 14
run extract --date 2025-06-02 "$first"
expect_rc 0
expect_eq "record of $first" "$(q s1.db "SELECT line FROM extracts x JOIN documents d ON d.hash = x.hash WHERE d.name = '$first'")" "$(cat out)"
exit 0
