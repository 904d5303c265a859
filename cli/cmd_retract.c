/* cli/cmd_retract.c - kgraph retract: remove a document and what only it
 * supported */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "kgraph/audit.h"
#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph retract [--db PATH] DOC",
	"       kgraph retract [--db PATH] --id N",
	"",
	"Remove a document and everything only it supported, in one",
	"transaction: its sentences, mentions and evidence; the facts left",
	"without evidence; the entities left with no mention and no fact.",
	"Facts that other documents state stay, with less support.  DOC is",
	"the document's name as stored (the path or id it was ingested as:",
	"see 'kgraph sql \"SELECT doc_id, name FROM documents\"'); --id N",
	"names it by doc_id.  The document can be ingested again afterwards.",
	"",
	"Example: kgraph retract --db summit.db articles/rumour.txt",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  --id N                the document with doc_id N",
	"  --quiet               print no summary",
	"  -h, --help            show this help",
	NULL
};

int cmd_retract(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *idarg = NULL;
	int quiet = 0;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "id", 0, CLI_STR, &idarg },
		                 { "quiet", 0, CLI_FLAG, &quiet },
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_err err = { 0, "" };
	kg_retract_counts c;
	long long id = 0;
	kg_store *st;
	char *end;
	int npos, rc;

	if ((rc = cli_parse(argc, argv, opts, usage, &npos)) != CLI_CONTINUE)
		return rc;
	if (npos > 1 || (npos == 1 && idarg != NULL))
		return cli_usage_error("retract: unexpected argument '%s'",
		                       argv[npos]);
	if (npos == 0 && idarg == NULL)
		return cli_usage_error("retract: give DOC or --id N");
	if (idarg != NULL) {
		errno = 0;
		id = strtoll(idarg, &end, 10);
		if (errno != 0 || end == idarg || *end != '\0' || id <= 0)
			return cli_usage_error("option '--id' needs a document"
			                       " id, not '%s'",
			                       idarg);
	}
	if ((rc = cli_open_store(&st, db, 0)) != CLI_CONTINUE)
		return rc;
	rc = kg_audit_retract(st, npos ? argv[1] : NULL, (int64_t)id, &c, &err);
	kg_store_close(st);
	if (rc == KG_ENOTFOUND || rc == KG_EINVALID) {
		cli_error("%s", err.msg);
		return KG_EXIT_ERROR;
	}
	if (rc != KG_OK) {
		cli_error("%s: %s", db, err.msg);
		return KG_EXIT_ERROR;
	}
	if (!quiet)
		fprintf(stderr,
		        "kgraph: retracted %s: %" PRId64 " sentences, %" PRId64
		        " mentions, %" PRId64 " evidence, %" PRId64
		        " facts, %" PRId64 " entities removed\n",
		        npos ? argv[1] : idarg, c.sentences, c.mentions,
		        c.evidence, c.facts, c.entities);
	return KG_EXIT_OK;
}
