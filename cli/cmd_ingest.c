/* cli/cmd_ingest.c - kgraph ingest: extract articles into the database
 *
 * Documents are stored in batches of KG_BATCH_DOCS per transaction: one
 * commit per document would make SQLite sync the file for every article,
 * which is ~50 times slower, while one commit for a whole corpus would lose
 * everything on a crash.  With -j N the extraction runs in N worker threads
 * (cli/par.c) while this thread stays the only writer, storing documents in
 * input order, so the rows and ids are those of -j 1.  SIGINT or SIGTERM
 * stops the reading: the documents read are finished and committed, and the
 * status is 130.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aliases.h"
#include "kgraph/fold.h"
#include "cmds.h"
#include "input.h"
#include "jsonl_doc.h"
#include "util.h"

#define KG_BATCH_DOCS 500
#define KG_EXIT_INTERRUPTED 130 /* 128 + SIGINT, as shells report it */
#define KG_MAX_WAIT_S 86400     /* --wait: a day */

static const char *const usage[] = {
	"Usage: kgraph ingest [--db PATH] [--date YYYY-MM-DD] [--lexicon DIR]",
	"                     [-j N] [--from-jsonl] [--aliases FILE] [--shard]",
	"                     [--wait SECONDS] [--quiet] FILE... | -",
	"",
	"Read news articles, extract their entities and facts, and store them",
	"in the database, which is created when missing.  A FILE ending in",
	".jsonl holds one JSON record per line: {\"id\", \"url\", \"title\",",
	"\"published\", \"text\"}; any other FILE is one plain-text article "
	"whose",
	"id is its path; - reads standard input.  A document already stored",
	"(same text) is skipped.  Bad inputs are reported and the good ones "
	"are",
	"still stored; the exit status is then 65 (bad data) or 1 (I/O).",
	"",
	"Example: kgraph ingest --db summit.db --date 2025-08-16 news/*.txt",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  --date YYYY-MM-DD     publication date of documents without one;",
	"                        anchors relative dates such as \"Friday\"",
	"  --lexicon DIR         read the lexicon *.json files from DIR",
	"  -j, --jobs N          extract in N threads (0: one per processor);",
	"                        the database is the same as with -j 1",
	"  --from-jsonl          the inputs are `kgraph extract` output: store",
	"                        those lines as they are, without extracting",
	"  --aliases FILE        JSON pairs of names declared the same entity "
	"or",
	"                        never the same: {\"same\": [[\"A\", \"B\"]],",
	"                        \"never_same\": [[\"C\", \"D\"]]} "
	"(docs/audit.md)",
	"  --shard               also keep each document's extraction, so "
	"that",
	"                        kgraph merge can fold this database into "
	"another",
	"  --wait SECONDS        wait this long for another writer's lock",
	"                        (default 600), then fail",
	"  --quiet               no summary line and no warnings",
	"  -h, --help            show this help",
	NULL
};

/* Counts of the batch in progress move to the committed ones only when
 * its commit succeeds, so a failed commit (a full disk) is not counted. */
struct counts {
	long docs;    /* documents read and stored or found present */
	long present; /* documents that were already stored */
	long facts;   /* facts of the documents stored now */
};

struct ingest_state {
	kg_store *st;
	const char *db;      /* its path, for messages */
	long since_commit;   /* documents put since the last commit */
	struct counts batch; /* since the last commit */
	struct counts done;  /* committed */
	int open;            /* a batch is open */
	int shard;           /* --shard: keep each document's extract line */
	int failed;          /* the database failed: no more commits */
};

static int commit(struct ingest_state *s, kg_err *err)
{
	int rc = kg_store_commit(s->st, err);

	if (rc == KG_OK) {
		s->done.docs += s->batch.docs;
		s->done.present += s->batch.present;
		s->done.facts += s->batch.facts;
	}
	memset(&s->batch, 0, sizeof(s->batch));
	return rc;
}

/* Store one document; with --shard also its extract line (made here when
 * line is NULL). */
static int
store(struct ingest_state *s, const kg_doc *doc, char *line, kg_err *err)
{
	char *own = NULL;
	int added = 0, rc;

	/* the next batch begins with its first document, so that a document
	 * is reported only when it is not stored (the lock wait ran out) */
	if (!s->open) {
		if ((rc = kg_store_begin(s->st, err)) != KG_OK)
			return rc;
		s->open = 1;
	}
	rc = kg_store_put_doc(s->st, doc, &added, err);
	if (rc == KG_OK && added && s->shard) {
		if (line == NULL &&
		    (line = own = cli_doc_to_json(doc, err)) == NULL)
			rc = err->code != KG_OK ? err->code : KG_ENOMEM;
		else
			rc = kg_store_put_record(s->st, line, strlen(line),
			                         err);
		free(own);
	}
	if (rc != KG_OK)
		return rc;
	s->batch.docs++;
	if (added)
		s->batch.facts += (long)doc->nfacts;
	else
		s->batch.present++;
	if (++s->since_commit < KG_BATCH_DOCS)
		return KG_OK;
	s->since_commit = 0;
	s->open = 0;
	return commit(s, err);
}

/* store(), and when the database failed (a full disk), the message names
 * it: the input fails no more, the database does. */
static int
store_named(struct ingest_state *s, const kg_doc *doc, char *line, kg_err *err)
{
	int rc = store(s, doc, line, err);

	if (rc == KG_EDB) {
		char msg[sizeof(err->msg)];

		snprintf(msg, sizeof(msg), "%.100s: %.150s", s->db, err->msg);
		memcpy(err->msg, msg, sizeof(msg));
		s->failed = 1;
	}
	return rc;
}

static int put_doc(const kg_doc *doc, void *payload, kg_err *err)
{
	return store_named(payload, doc, NULL, err);
}

/* With -j N: the copy a worker made of a document. */
static int put_copy(void *doc, void *payload, kg_err *err)
{
	return store_named(payload, doc, NULL, err);
}

/* With -j N --shard: the workers also write the extract line, so the
 * writing thread does not serialise every document itself. */
struct shard_copy {
	void *doc; /* cli_doc_clone */
	char *line;
};

static void shard_release(void *result)
{
	struct shard_copy *c = result;

	if (c == NULL)
		return;
	free(c->doc);
	free(c->line);
	free(c);
}

static void *shard_prep(const kg_doc *doc, kg_err *err)
{
	struct shard_copy *c = calloc(1, sizeof(*c));

	if (c == NULL) {
		kg_err_set(err, KG_ENOMEM, "out of memory");
		return NULL;
	}
	if ((c->doc = cli_doc_clone(doc, err)) == NULL ||
	    (c->line = cli_doc_to_json(doc, err)) == NULL) {
		shard_release(c);
		return NULL;
	}
	return c;
}

static int put_shard_copy(void *result, void *payload, kg_err *err)
{
	struct shard_copy *c = result;

	return store_named(payload, c->doc, c->line, err);
}

/* Extract in jobs threads when jobs > 1.  Returns CLI_CONTINUE or an exit
 * status after printing the error. */
static int
start_jobs(cli_input *in, const cli_extractor *ex, int jobs, int shard)
{
	kg_err err = { 0, "" };

	in->done = shard ? put_shard_copy : put_copy;
	if (jobs < 2 || in->from_jsonl)
		return CLI_CONTINUE;
	if (cli_par_new(&in->par, jobs, ex->lx,
	                shard ? shard_prep : cli_doc_clone,
	                shard ? shard_release : free, &err) == KG_OK)
		return CLI_CONTINUE;
	cli_error("%s", err.msg);
	return KG_EXIT_ERROR;
}

static void
run(cli_input *in, struct ingest_state *s, const char *db, char **paths, int n)
{
	kg_err err = { 0, "" };

	/* the first batch begins before any input is read, so that a
	 * database locked for good is said once, naming only the database */
	if (kg_store_begin(s->st, &err) == KG_OK) {
		s->open = 1;
		cli_input_run(in, paths, n);
		if (!s->failed && s->open)
			commit(s, &err);
	}
	if (err.code != KG_OK) {
		cli_error("%s: %s", db, err.msg);
		in->tally.errors++;
		in->tally.runtime = 1;
	}
}

int cmd_ingest(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *date = NULL, *lexdir = NULL;
	const char *aliases = NULL;
	int quiet = 0, jobs = 1, from_jsonl = 0, npos, rc;
	struct ingest_state s = { 0 };
	int wait = -1;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "date", 0, CLI_STR, &date },
		                 { "lexicon", 0, CLI_STR, &lexdir },
		                 { "quiet", 'q', CLI_FLAG, &quiet },
		                 { "jobs", 'j', CLI_INT, &jobs },
		                 { "from-jsonl", 0, CLI_FLAG, &from_jsonl },
		                 { "aliases", 0, CLI_STR, &aliases },
		                 { "shard", 0, CLI_FLAG, &s.shard },
		                 { "wait", 0, CLI_INT, &wait },
		                 { NULL, 0, CLI_FLAG, NULL } };
	cli_extractor ex;
	cli_input in;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (npos == 0)
		return cli_usage_error("ingest: no input files (use - for "
		                       "standard input)");
	if ((rc = cli_jobs_check(&jobs)) != CLI_CONTINUE)
		return rc;
	if (wait < -1 || wait > KG_MAX_WAIT_S)
		return cli_usage_error("ingest: --wait takes 0 to %d seconds",
		                       KG_MAX_WAIT_S);
	rc = cli_extractor_open(&ex, lexdir, date);
	if (rc != CLI_CONTINUE)
		return rc;
	in = (cli_input)CLI_INPUT_INIT(ex.ing, ex.date, quiet, put_doc, &s);
	in.from_jsonl = from_jsonl;
	s.db = db;
	rc = cli_open_store(&s.st, db, KG_STORE_CREATE);
	if (rc == CLI_CONTINUE && wait >= 0)
		kg_store_set_wait(s.st, wait * 1000L);
	if (rc == CLI_CONTINUE && aliases != NULL)
		rc = cli_aliases_load(s.st, aliases);
	if (rc == CLI_CONTINUE)
		rc = start_jobs(&in, &ex, jobs, s.shard);
	if (rc != CLI_CONTINUE) {
		kg_store_close(s.st);
		cli_extractor_close(&ex);
		return rc;
	}
	cli_interrupt_install();
	run(&in, &s, db, argv + 1, npos);
	cli_par_free(in.par);
	kg_store_close(s.st);
	cli_extractor_close(&ex);
	if (in.stopped) {
		fprintf(stderr, "kgraph: interrupted after %ld documents\n",
		        s.done.docs);
		return KG_EXIT_INTERRUPTED;
	}
	if (!quiet)
		fprintf(stderr,
		        "kgraph: ingested %ld documents (%ld already present), "
		        "%ld facts, %ld errors\n",
		        s.done.docs, s.done.present, s.done.facts,
		        in.tally.errors);
	return cli_tally_status(&in.tally);
}
