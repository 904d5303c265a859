/* cli/main.c - the kgraph command: dispatch to the subcommands
 *
 * Usage: kgraph <command> [options] [args].  Each command lives in
 * cli/cmd_<name>.c and prints its own help for --help.
 */
#include <stdio.h>
#include <string.h>

#include "cmds.h"
#include "util.h"

static int cmd_help(int argc, char **argv);

static const struct kg_cmd {
	const char *name;
	int (*fn)(int, char **);
	const char *summary;
} kg_cmds[] = {
	{ "ingest", cmd_ingest, "extract articles into the database" },
	{ "extract", cmd_extract, "print what would be extracted, as JSON" },
	{ "facts", cmd_facts, "list facts with their evidence" },
	{ "export", cmd_export, "write the graph as DOT or JSON" },
	{ "render", cmd_render, "draw the graph as SVG, PNG or PDF" },
	{ "diff", cmd_diff,
	  "the facts changed between two dbs or since a date" },
	{ "sql", cmd_sql, "run a read-only SQL query" },
	{ "stats", cmd_stats, "count what the database holds" },
	{ "eval", cmd_eval, "score the graph against gold annotations" },
	{ "why", cmd_why, "show the sentences that support a fact" },
	{ "retract", cmd_retract, "remove a document and its facts" },
	{ "merges", cmd_merges, "list the decisions that merged entities" },
	{ "split", cmd_split, "undo a merge: a name becomes its own entity" },
	{ "dump", cmd_dump, "print the database as sorted, id-free text" },
	{ "lint", cmd_lint, "check the graph for contradictions" },
	{ "search", cmd_search, "full-text search of the sentences" },
	{ "merge", cmd_merge, "fold shard databases into one" },
	{ "help", cmd_help, "show help for kgraph or a command" },
};

#define KG_NCMDS (sizeof(kg_cmds) / sizeof(kg_cmds[0]))

static const char *const usage_head[] = {
	"Usage: kgraph <command> [options] [args]",
	"",
	"Build a knowledge graph from news articles: who holds which office,",
	"who attended which event, who met whom, which treaty article is",
	"invoked.  Facts are stored in SQLite with the sentence they come "
	"from,",
	"drawn with Graphviz and exported as JSON.",
	"",
	"Example: kgraph ingest news/*.txt && kgraph render -o graph.svg",
	"",
	"Commands:",
	NULL
};

static const char *const usage_tail[] = {
	"",
	"Options:",
	"  -h, --help            show this help",
	"  --version             show the version",
	"",
	"For a command's options, use kgraph help <command>.",
	NULL
};

static void print_usage(FILE *f)
{
	size_t i;

	cli_usage(usage_head, f);
	for (i = 0; i < KG_NCMDS; i++)
		fprintf(f, "  %-8s  %s\n", kg_cmds[i].name, kg_cmds[i].summary);
	cli_usage(usage_tail, f);
}

static const struct kg_cmd *find_cmd(const char *name)
{
	size_t i;

	for (i = 0; i < KG_NCMDS; i++)
		if (strcmp(kg_cmds[i].name, name) == 0)
			return &kg_cmds[i];
	return NULL;
}

static int cmd_help(int argc, char **argv)
{
	const struct kg_cmd *c;
	char help[] = "--help";
	char *args[3];

	if (argc < 2) {
		print_usage(stdout);
		return KG_EXIT_OK;
	}
	if (argc > 2)
		return cli_usage_error("help: unexpected argument '%s'",
		                       argv[2]);
	c = find_cmd(argv[1]);
	if (c == NULL)
		return cli_usage_error("unknown command '%s'", argv[1]);
	if (c->fn == cmd_help) {
		print_usage(stdout);
		return KG_EXIT_OK;
	}
	args[0] = argv[1];
	args[1] = help;
	args[2] = NULL;
	return c->fn(2, args);
}

int main(int argc, char **argv)
{
	const struct kg_cmd *c;
	const char *a;

	if (argc < 2) {
		print_usage(stderr);
		return KG_EXIT_USAGE;
	}
	a = argv[1];
	if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
		return cmd_help(1, argv + 1);
	if (strcmp(a, "--version") == 0) {
		puts("kgraph " KG_VERSION);
		return KG_EXIT_OK;
	}
	if (a[0] == '-')
		return cli_usage_error("unknown option '%s'", a);
	c = find_cmd(a);
	if (c == NULL)
		return cli_usage_error("unknown command '%s'", a);
	return c->fn(argc - 1, argv + 1);
}
