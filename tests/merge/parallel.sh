# tests/merge/parallel.sh - the GNU parallel recipe of docs/scale.md, run
# on this machine (-S 2/: is two job slots on the local host; with real
# hosts --trc sends each part and brings its database back): the merged
# shards are the database of one ingest.  Skipped (77) without parallel
# or jq.
. "$(dirname "$0")/lib.sh"
for tool in parallel jq split; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "SKIP: $tool is not installed (apt-get install $tool)"
		exit 77
	fi
done
# text files to JSONL records named by their path, as docs/scale.md says
for f in ./*.txt; do
	jq -Rsc --arg id "$f" '{id: $id, text: .}' "$f"
done >corpus.jsonl || fail "jq"
split -n l/3 -d --additional-suffix=.jsonl corpus.jsonl part- ||
	fail "split"
last="parallel ... kgraph ingest --shard"
parallel --will-cite -S 2/: --trc '{.}.db' \
	"$KGRAPH" ingest --shard --quiet --date 2025-06-02 --db '{.}.db' '{}' \
	::: part-*.jsonl >out 2>err
rc=$?
expect_rc 0
run merge -o all.db part-*.db
expect_rc 0
expect_err "merged $(wc -l <corpus.jsonl | tr -d ' ') documents from 3 shards"
ingest one.db corpus.jsonl
same_dump one.db all.db
same_rows one.db all.db
# the same documents as text files give the same graph (ids are the paths)
ingest texts.db ./*.txt
same_dump texts.db all.db
exit 0
