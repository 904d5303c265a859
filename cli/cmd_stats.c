/* cli/cmd_stats.c - kgraph stats: what the database holds */
#include <inttypes.h>
#include <stdio.h>

#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph stats [--db PATH]",
	"",
	"Print how many documents, sentences, entities (per type), aliases,",
	"mentions and facts (per predicate) the database holds, its schema",
	"version and the lexicon/rules version that extracted the last",
	"document.",
	"",
	"Example: kgraph stats --db summit.db",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  -h, --help            show this help",
	NULL
};

/* "name   n", the numbers in one column; indent is 0 or 2. */
static void line(int indent, const char *name, int64_t n)
{
	printf("%*s%-*s %" PRId64 "\n", indent, "", 22 - indent, name, n);
}

static void print_stats(const char *db, const kg_store_stats *s)
{
	int i;

	printf("%-22s %s\n", "database", db);
	printf("%-22s %d\n", "schema version", s->schema_version);
	printf("%-22s %s\n", "lexicon/rules version",
	       s->version[0] ? s->version : "-");
	line(0, "documents", s->documents);
	line(0, "sentences", s->sentences);
	line(0, "entities", s->entities);
	for (i = 0; i < KG_T_COUNT; i++)
		line(2, kg_type_name((kg_type)i), s->by_type[i]);
	line(0, "aliases", s->aliases);
	line(0, "mentions", s->mentions);
	line(0, "facts", s->facts);
	for (i = 0; i < KG_P_COUNT; i++)
		line(2, kg_pred_name((kg_pred)i), s->by_pred[i]);
}

int cmd_stats(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_err err = { 0, "" };
	kg_store_stats stats;
	kg_store *st;
	int npos, rc;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (npos > 0)
		return cli_usage_error("stats: unexpected argument '%s'",
		                       argv[1]);
	rc = cli_open_store(&st, db, KG_STORE_READONLY);
	if (rc != CLI_CONTINUE)
		return rc;
	rc = kg_store_stats_get(st, &stats, &err);
	kg_store_close(st);
	if (rc != KG_OK) {
		cli_error("%s: %s", db, err.msg);
		return KG_EXIT_ERROR;
	}
	print_stats(db, &stats);
	return fflush(stdout) == 0 ? KG_EXIT_OK : KG_EXIT_ERROR;
}
