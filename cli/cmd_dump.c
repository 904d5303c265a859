/* cli/cmd_dump.c - kgraph dump: the database as sorted, id-free text */
#include <stdio.h>

#include "kgraph/audit.h"
#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph dump [--db PATH]",
	"",
	"Print the content of the database as sorted text without ids, so two",
	"databases can be compared with diff: documents; entities (type, name,",
	"mention count) with their other names; facts (subject, predicate,",
	"object, status, support, valid dates) each followed by its evidence",
	"(document, sentence, rule, byte span).  Merge decisions and ids are",
	"left out: they depend on the order of ingestion.  docs/audit.md says",
	"what else may differ between orders.",
	"",
	"Example: kgraph dump --db a.db > a.txt; kgraph dump --db b.db | diff "
	"a.txt -",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  -h, --help            show this help",
	NULL
};

static int print_line(int ncol,
                      const char *const *names,
                      const char *const *values,
                      void *payload)
{
	(void)ncol;
	(void)names;
	(void)payload;
	puts(values[0] ? values[0] : "");
	return ferror(stdout) ? 1 : 0;
}

int cmd_dump(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_err err = { 0, "" };
	kg_store *st;
	int npos, rc;

	if ((rc = cli_parse(argc, argv, opts, usage, &npos)) != CLI_CONTINUE)
		return rc;
	if (npos > 0)
		return cli_usage_error("dump: unexpected argument '%s'",
		                       argv[1]);
	if ((rc = cli_open_store(&st, db, KG_STORE_READONLY)) != CLI_CONTINUE)
		return rc;
	rc = kg_audit_dump(st, print_line, NULL, &err);
	kg_store_close(st);
	if (rc < 0) {
		cli_error("%s: %s", db, err.msg);
		return KG_EXIT_ERROR;
	}
	if (rc > 0 || fflush(stdout) != 0) {
		cli_error("writing standard output failed");
		return KG_EXIT_ERROR;
	}
	return KG_EXIT_OK;
}
