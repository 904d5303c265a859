/* cli/cmd_ingest.c - kgraph ingest: extract articles into the database
 *
 * Documents are stored in batches of KG_BATCH_DOCS per transaction: one
 * commit per document would make SQLite sync the file for every article,
 * which is ~50 times slower, while one commit for a whole corpus would lose
 * everything on a crash.
 */
#include <stdio.h>

#include "cmds.h"
#include "input.h"
#include "util.h"

#define KG_BATCH_DOCS 500

static const char *const usage[] = {
	"Usage: kgraph ingest [--db PATH] [--date YYYY-MM-DD] [--lexicon DIR]",
	"                     [--quiet] FILE... | -",
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
	"  --quiet               no summary line and no warnings",
	"  -h, --help            show this help",
	NULL
};

struct ingest_state {
	kg_store *st;
	long since_commit; /* documents put since the last commit */
	long present;      /* documents that were already stored */
	long facts;        /* facts of the documents stored now */
};

static int put_doc(const kg_doc *doc, void *payload, kg_err *err)
{
	struct ingest_state *s = payload;
	int added = 0, rc;

	rc = kg_store_put_doc(s->st, doc, &added, err);
	if (rc != KG_OK)
		return rc;
	if (added)
		s->facts += (long)doc->nfacts;
	else
		s->present++;
	if (++s->since_commit < KG_BATCH_DOCS)
		return KG_OK;
	s->since_commit = 0;
	rc = kg_store_commit(s->st, err);
	if (rc == KG_OK)
		rc = kg_store_begin(s->st, err);
	return rc;
}

int cmd_ingest(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *date = NULL, *lexdir = NULL;
	int quiet = 0, npos, rc;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "date", 0, CLI_STR, &date },
		                 { "lexicon", 0, CLI_STR, &lexdir },
		                 { "quiet", 'q', CLI_FLAG, &quiet },
		                 { NULL, 0, CLI_FLAG, NULL } };
	struct ingest_state s = { NULL, 0, 0, 0 };
	cli_extractor ex;
	cli_input in;
	kg_err err = { 0, "" };

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (npos == 0)
		return cli_usage_error("ingest: no input files (use - for "
		                       "standard input)");
	rc = cli_extractor_open(&ex, lexdir, date);
	if (rc != CLI_CONTINUE)
		return rc;
	rc = cli_open_store(&s.st, db, KG_STORE_CREATE);
	if (rc != CLI_CONTINUE) {
		cli_extractor_close(&ex);
		return rc;
	}
	in = (cli_input){ ex.ing, ex.date, quiet, put_doc, &s, { 0 } };
	if (kg_store_begin(s.st, &err) == KG_OK) {
		cli_input_run(&in, argv + 1, npos);
		kg_store_commit(s.st, &err);
	}
	if (err.code != KG_OK) {
		cli_error("%s: %s", db, err.msg);
		in.tally.errors++;
		in.tally.runtime = 1;
	}
	kg_store_close(s.st);
	cli_extractor_close(&ex);
	if (!quiet)
		fprintf(stderr,
		        "kgraph: ingested %ld documents (%ld already present), "
		        "%ld facts, %ld errors\n",
		        in.tally.docs, s.present, s.facts, in.tally.errors);
	return cli_tally_status(&in.tally);
}
