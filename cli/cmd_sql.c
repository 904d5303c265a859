/* cli/cmd_sql.c - kgraph sql: run a read-only SQL query on the database */
#include <stdio.h>

#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph sql [--db PATH] \"SELECT ...\"",
	"",
	"Run one read-only SQL statement and print a header row and then the",
	"rows, tab-separated, NULL as an empty field (like sqlite3 -header",
	"-separator TAB).  The stable interface is the two views",
	"entity_names(entity_id, type, name) and facts(fact_id, subject_id,",
	"subject, subject_type, predicate, object_id, object, object_type, "
	"doc,",
	"sentence, evidence, rule, status); see docs/schema.md.  A statement",
	"that would change the database is refused.",
	"",
	"Example: kgraph sql \"SELECT subject, object FROM facts",
	"                    WHERE predicate = 'holds_office' ORDER BY 1\"",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  -h, --help            show this help",
	NULL
};

static void print_row(int ncol, const char *const *cells)
{
	int i;

	for (i = 0; i < ncol; i++) {
		if (i > 0)
			putchar('\t');
		if (cells[i] != NULL)
			fputs(cells[i], stdout);
	}
	putchar('\n');
}

static int row(int ncol,
               const char *const *names,
               const char *const *values,
               void *payload)
{
	long *rows = payload;

	if ((*rows)++ == 0)
		print_row(ncol, names);
	print_row(ncol, values);
	return ferror(stdout) ? 1 : 0;
}

int cmd_sql(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_err err = { 0, "" };
	kg_store *st;
	long rows = 0;
	int npos, rc;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (npos != 1)
		return cli_usage_error(
		        "sql: needs one SQL statement, in quotes");
	rc = cli_open_store(&st, db, KG_STORE_READONLY);
	if (rc != CLI_CONTINUE)
		return rc;
	rc = kg_store_sql(st, argv[1], row, &rows, &err);
	kg_store_close(st);
	/* A writing statement gives "statement would write to the database
	 * (kgraph sql is read-only)" from the store. */
	if (rc < 0)
		cli_error("sql: %s", err.msg);
	else if (rc > 0 || fflush(stdout) != 0)
		cli_error("writing standard output failed");
	return rc == 0 ? KG_EXIT_OK : KG_EXIT_ERROR;
}
