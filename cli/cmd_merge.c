/* cli/cmd_merge.c - kgraph merge: fold shard databases into one
 *
 * Each shard built with `ingest --shard` keeps every document's kgraph
 * extract line (graph/fold.c).  merge replays those lines, shard after
 * shard in the order given and each shard in the order it was filled,
 * through kg_store_put_doc: the resolution of entities is the one a single
 * ingest makes, by construction, and no text is extracted again, so the
 * merge costs what storing costs (about a third of an ingest; docs/scale.md
 * has the measurements).  Every shard is checked before anything is
 * written; the result goes to OUT.tmp and is renamed over OUT when it is
 * complete, so a failure never leaves half a database.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kgraph/fold.h"
#include "cmds.h"
#include "jsonl_doc.h"
#include "util.h"

#define KG_BATCH_DOCS 500

static const char *const usage[] = {
	"Usage: kgraph merge [--force] [--quiet] -o OUT.db SHARD.db...",
	"",
	"Fold databases built separately with 'kgraph ingest --shard' into a",
	"new database OUT.db.  Each shard's documents are stored again from",
	"the extraction kept with them, shard after shard in the order given,",
	"so entities are resolved across shards exactly as one ingest of the",
	"same documents in that order would resolve them; a document in two",
	"shards is stored once.  OUT.db keeps the extractions too, so it can",
	"be merged again.",
	"",
	"Example: kgraph merge -o all.db part-1.db part-2.db part-3.db",
	"",
	"Options:",
	"  -o, --output OUT.db   the database to write (must not exist)",
	"  --force               replace OUT.db when it exists",
	"  --quiet               no summary line",
	"  -h, --help            show this help",
	NULL
};

struct merge_state {
	kg_store *out;
	const char *shard; /* the shard being read, for messages */
	long docs;         /* documents stored */
	long present;      /* documents already stored from an earlier one */
	long facts;        /* facts of the documents stored */
	long since_commit;
	int status; /* exit status of the first failure, or 0 */
};

static int fail(struct merge_state *m, const char *doc, const kg_err *err)
{
	cli_error("%s: %s: %s", m->shard, doc, err->msg);
	m->status = cli_exit_status(err->code);
	return 1;
}

/* One shard document: parse its record and store it like ingest does. */
static int put_line(const char *doc, const char *line, size_t n, void *payload)
{
	struct merge_state *m = payload;
	kg_err err = { 0, "" };
	cli_jdoc j;
	int added = 0, rc;

	if ((rc = cli_doc_from_json(&j, line, n, &err)) != KG_OK)
		return fail(m, doc, &err);
	rc = kg_store_put_doc(m->out, &j.doc, &added, &err);
	if (rc == KG_OK && added)
		rc = kg_store_put_record(m->out, line, n, &err);
	if (rc == KG_OK && added) {
		m->docs++;
		m->facts += (long)j.doc.nfacts;
	} else if (rc == KG_OK) {
		m->present++;
	}
	cli_jdoc_free(&j);
	if (rc == KG_OK && ++m->since_commit >= KG_BATCH_DOCS) {
		m->since_commit = 0;
		rc = kg_store_commit(m->out, &err);
		if (rc == KG_OK)
			rc = kg_store_begin(m->out, &err);
	}
	return rc == KG_OK ? 0 : fail(m, doc, &err);
}

/* Open a shard read-only and check that every document has its record.
 * Returns CLI_CONTINUE with *out set, or the exit status (printed). */
static int open_shard(kg_store **out, const char *path)
{
	kg_err err = { 0, "" };
	int64_t ndocs;
	int rc;

	if ((rc = cli_open_store(out, path, KG_STORE_READONLY)) != CLI_CONTINUE)
		return rc;
	if (kg_store_records_check(*out, &ndocs, &err) == KG_OK)
		return CLI_CONTINUE;
	cli_error("%s: %s", path, err.msg);
	kg_store_close(*out);
	*out = NULL;
	return err.code == KG_ENOTFOUND ? KG_EXIT_DATA : KG_EXIT_ERROR;
}

/* Replay every shard into m->out, in one batch per KG_BATCH_DOCS. */
static int fold_all(struct merge_state *m, char **shards, int n)
{
	kg_err err = { 0, "" };
	int i, rc;

	if (kg_store_begin(m->out, &err) != KG_OK) {
		cli_error("%s", err.msg);
		return KG_EXIT_ERROR;
	}
	for (i = 0; i < n && m->status == 0; i++) {
		kg_store *st;

		if ((rc = open_shard(&st, shards[i])) != CLI_CONTINUE)
			return rc;
		m->shard = shards[i];
		rc = kg_store_records(st, put_line, m, &err);
		kg_store_close(st);
		if (rc < 0) {
			cli_error("%s: %s", shards[i], err.msg);
			return KG_EXIT_ERROR;
		}
	}
	if (m->status != 0)
		return m->status;
	if (kg_store_commit(m->out, &err) != KG_OK) {
		cli_error("%s", err.msg);
		return KG_EXIT_ERROR;
	}
	return KG_EXIT_OK;
}

/* Remove path and the WAL files SQLite may have left beside it. */
static void remove_db(const char *path)
{
	static const char *const ext[] = { "", "-wal", "-shm", "-journal" };
	char buf[4096];

	for (size_t i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
		if (snprintf(buf, sizeof(buf), "%s%s", path, ext[i]) <
		    (int)sizeof(buf))
			remove(buf);
	}
}

/* Usage and file checks before anything is opened.  CLI_CONTINUE or the
 * exit status (printed). */
static int check_args(const char *out, int force, char **shards, int n)
{
	struct stat o, s;

	if (n == 0)
		return cli_usage_error("merge: no shard databases given");
	if (out == NULL)
		return cli_usage_error("merge: -o OUT.db is required");
	if (stat(out, &o) != 0)
		return CLI_CONTINUE;
	for (int i = 0; i < n; i++)
		if (stat(shards[i], &s) == 0 && s.st_dev == o.st_dev &&
		    s.st_ino == o.st_ino)
			return cli_usage_error("merge: %s is also a shard",
			                       out);
	if (!force) {
		cli_error("%s: already exists (use --force to replace it)",
		          out);
		return KG_EXIT_ERROR;
	}
	return CLI_CONTINUE;
}

/* Check every shard, then fold them into tmp and rename it over out. */
static int merge(struct merge_state *m, const char *out, char **shards, int n)
{
	char *tmp = cli_tmp_path(out, "");
	int i, rc = KG_EXIT_OK;

	for (i = 0; i < n && rc == KG_EXIT_OK; i++) {
		kg_store *st;

		if ((rc = open_shard(&st, shards[i])) == CLI_CONTINUE)
			rc = KG_EXIT_OK;
		kg_store_close(st);
	}
	if (rc != KG_EXIT_OK || tmp == NULL) {
		free(tmp);
		return tmp ? rc : (cli_error("out of memory"), KG_EXIT_ERROR);
	}
	remove_db(tmp);
	rc = cli_open_store(&m->out, tmp, KG_STORE_CREATE);
	if (rc == CLI_CONTINUE)
		rc = fold_all(m, shards, n);
	kg_store_close(m->out); /* checkpoints and removes the WAL */
	if (rc == KG_EXIT_OK) {
		remove_db(out);
		if (rename(tmp, out) != 0) {
			cli_error("%s: %s", out, strerror(errno));
			rc = KG_EXIT_ERROR;
		}
	}
	if (rc != KG_EXIT_OK)
		remove_db(tmp);
	free(tmp);
	return rc;
}

int cmd_merge(int argc, char **argv)
{
	const char *out = NULL;
	int force = 0, quiet = 0, npos, rc;
	const cli_opt opts[] = { { "output", 'o', CLI_STR, &out },
		                 { "force", 0, CLI_FLAG, &force },
		                 { "quiet", 0, CLI_FLAG, &quiet },
		                 { NULL, 0, CLI_FLAG, NULL } };
	struct merge_state m = { NULL, NULL, 0, 0, 0, 0, 0 };

	if ((rc = cli_parse(argc, argv, opts, usage, &npos)) != CLI_CONTINUE)
		return rc;
	if ((rc = check_args(out, force, argv + 1, npos)) != CLI_CONTINUE)
		return rc;
	rc = merge(&m, out, argv + 1, npos);
	if (rc == KG_EXIT_OK && !quiet)
		fprintf(stderr,
		        "kgraph: merged %ld documents from %d shards (%ld "
		        "already present), %ld facts\n",
		        m.docs, npos, m.present, m.facts);
	return rc;
}
