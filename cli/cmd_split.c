/* cli/cmd_split.c - kgraph split: undo a merge, one name becomes an entity
 */
#include <inttypes.h>
#include <stdio.h>

#include "kgraph/audit.h"
#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph split [--db PATH] [--quiet] ENTITY NAME",
	"",
	"Undo a merge: NAME, a name of ENTITY, becomes an entity of its own,",
	"with the mentions and facts of the documents that called ENTITY by",
	"NAME (their rows of 'kgraph merges'); when NAME was ENTITY's "
	"canonical",
	"name, ENTITY keeps its best other name.",
	"The split is remembered (a 'split' row of kgraph merges): documents",
	"ingested later never merge the two names again.  ENTITY is its",
	"canonical name, or any name only one entity goes by.",
	"",
	"Example: kgraph split --db summit.db \"Jonas Kairys\" \"Jonas "
	"Kairis\"",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  --quiet               print no summary",
	"  -h, --help            show this help",
	NULL
};

int cmd_split(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB;
	int quiet = 0, npos, rc;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "quiet", 0, CLI_FLAG, &quiet },
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_err err = { 0, "" };
	kg_split_counts c;
	kg_store *st;

	if ((rc = cli_parse(argc, argv, opts, usage, &npos)) != CLI_CONTINUE)
		return rc;
	if (npos < 2)
		return cli_usage_error("split: give ENTITY and NAME");
	if (npos > 2)
		return cli_usage_error("split: unexpected argument '%s'",
		                       argv[3]);
	if ((rc = cli_open_store(&st, db, 0)) != CLI_CONTINUE)
		return rc;
	rc = kg_audit_split(st, argv[1], argv[2], &c, &err);
	kg_store_close(st);
	if (rc == KG_ENOTFOUND || rc == KG_EINVALID) {
		cli_error("split: %s", err.msg);
		return KG_EXIT_ERROR;
	}
	if (rc != KG_OK) {
		cli_error("%s: %s", db, err.msg);
		return KG_EXIT_ERROR;
	}
	if (!quiet)
		fprintf(stderr,
		        "kgraph: split '%s' from '%s': %" PRId64
		        " documents, %" PRId64 " mentions, %" PRId64
		        " evidence moved\n",
		        argv[2], argv[1], c.documents, c.mentions, c.evidence);
	return KG_EXIT_OK;
}
