/* cli/cmd_merges.c - kgraph merges: the decisions that made names one entity
 */
#include <stdio.h>

#include "kgraph/audit.h"
#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph merges [--db PATH] [--entity NAME]",
	"",
	"List every decision that resolved a document's entity to an entity",
	"already stored, one per line, tab-separated with a header:",
	"  entity  type  name  rule  score  doc",
	"entity is the stored entity's canonical name, name what the document",
	"called it, rule why they were judged the same (same-name, alias,",
	"spelling, same-day, user; docs/schema.md), score its strength, doc",
	"the document.  Declarations of 'kgraph split' and 'ingest --aliases'",
	"are lines with rule split or user and no doc: score 1.0 the same",
	"entity, 0.0 never the same.  Ordered by entity, then name.  --entity",
	"keeps the merges into the entity that goes by NAME (any of its",
	"names) and the declarations naming it.",
	"",
	"Example: kgraph merges --entity Zelensky",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  --entity NAME         only merges into this entity",
	"  -h, --help            show this help",
	NULL
};

static int print_row(int ncol,
                     const char *const *names,
                     const char *const *values,
                     void *payload)
{
	int *nrows = payload;

	if ((*nrows)++ == 0)
		for (int i = 0; i < ncol; i++)
			printf("%s%c", names[i], i + 1 < ncol ? '\t' : '\n');
	for (int i = 0; i < ncol; i++)
		printf("%s%c", values[i] ? values[i] : "",
		       i + 1 < ncol ? '\t' : '\n');
	return ferror(stdout) ? 1 : 0;
}

int cmd_merges(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *entity = NULL;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "entity", 0, CLI_STR, &entity },
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_err err = { 0, "" };
	kg_store *st;
	int npos, rc, nrows = 0;

	if ((rc = cli_parse(argc, argv, opts, usage, &npos)) != CLI_CONTINUE)
		return rc;
	if (npos > 0)
		return cli_usage_error("merges: unexpected argument '%s'",
		                       argv[1]);
	if ((rc = cli_open_store(&st, db, KG_STORE_READONLY)) != CLI_CONTINUE)
		return rc;
	rc = kg_audit_merges(st, entity, print_row, &nrows, &err);
	kg_store_close(st);
	if (rc < 0) {
		cli_error("%s: %s", db, err.msg);
		return KG_EXIT_ERROR;
	}
	if (nrows == 0 && rc == 0)
		puts("entity\ttype\tname\trule\tscore\tdoc");
	if (rc > 0 || fflush(stdout) != 0) {
		cli_error("writing standard output failed");
		return KG_EXIT_ERROR;
	}
	return KG_EXIT_OK;
}
