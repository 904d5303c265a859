/* cli/cmd_export.c - kgraph export: write the graph as DOT or JSON
 *
 * With -o the output goes to FILE.tmp first and is renamed over FILE when
 * complete, so a failure never leaves a half-written FILE behind.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kgraph/export.h"

#include "cmds.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph export [--db PATH] --format dot|json [-o FILE]",
	"                     [--entity NAME [--depth N]] [--type T[,T...]]",
	"                     [--predicate P[,P...]] [--with-negated]",
	"",
	"Write the knowledge graph, or a selection of it, as Graphviz DOT or "
	"as",
	"D3 node-link JSON (for Gephi, Cytoscape, D3 or Neo4j loaders).  Every",
	"edge carries its predicate, status, support and the evidence "
	"sentence.",
	"--entity draws the neighbourhood of one entity up to N hops (default",
	"1).  Negated facts are left out unless --with-negated is given.",
	"",
	"Example: kgraph export --format dot --entity NATO --depth 2 -o "
	"nato.dot",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  --format dot|json     output format (default: from -o's extension)",
	"  -o, --output FILE     write to FILE instead of standard output",
	"  --entity NAME         only the neighbourhood of this entity",
	"  --depth N             hops from --entity (default 1)",
	"  --type T[,T...]       only nodes of these types (PERSON, ORG, ...)",
	"  --predicate P[,P...]  only edges with these predicates",
	"  --with-negated        also facts the text denies",
	"  -h, --help            show this help",
	NULL
};

typedef int (*write_fn)(const kg_graph *g, FILE *f, kg_err *err);

/* Write g to path ("-" or NULL: standard output) through a temporary file. */
static int write_out(const kg_graph *g, write_fn writer, const char *path)
{
	kg_err err = { 0, "" };
	char *tmp;
	FILE *f;
	int rc;

	if (path == NULL || strcmp(path, "-") == 0) {
		rc = writer(g, stdout, &err);
		if (rc == KG_OK && fflush(stdout) != 0)
			rc = kg_err_set(&err, KG_EIO, "%s", strerror(errno));
		if (rc != KG_OK)
			cli_error("<stdout>: %s", err.msg);
		return rc == KG_OK ? KG_EXIT_OK : KG_EXIT_ERROR;
	}
	tmp = cli_tmp_path(path, "");
	if (tmp == NULL) {
		cli_error("out of memory");
		return KG_EXIT_ERROR;
	}
	f = fopen(tmp, "wb");
	if (f == NULL) {
		cli_error("%s: %s", tmp, strerror(errno));
		free(tmp);
		return KG_EXIT_ERROR;
	}
	rc = writer(g, f, &err);
	if (fclose(f) != 0 && rc == KG_OK)
		rc = kg_err_set(&err, KG_EIO, "%s", strerror(errno));
	if (rc == KG_OK && rename(tmp, path) != 0)
		rc = kg_err_set(&err, KG_EIO, "%s", strerror(errno));
	if (rc != KG_OK) {
		cli_error("%s: %s", path, err.msg);
		remove(tmp);
	}
	free(tmp);
	return rc == KG_OK ? KG_EXIT_OK : KG_EXIT_ERROR;
}

/* The writer for --format, or for -o's extension when --format is absent;
 * NULL after printing a usage error. */
static write_fn pick_format(const char *format, const char *out)
{
	const char *ext = out ? cli_path_ext(out) : "";

	if (format == NULL) {
		if (strcmp(ext, ".dot") == 0 || strcmp(ext, ".gv") == 0)
			format = "dot";
		else if (strcmp(ext, ".json") == 0)
			format = "json";
		else {
			cli_usage_error("export: --format dot|json is needed");
			return NULL;
		}
	}
	if (strcmp(format, "dot") == 0)
		return kg_export_dot;
	if (strcmp(format, "json") == 0)
		return kg_export_json;
	cli_usage_error("export: unknown format '%s' (dot or json)", format);
	return NULL;
}

int cmd_export(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *format = NULL, *out = NULL;
	cli_select_args a = CLI_SELECT_ARGS_INIT;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "format", 0, CLI_STR, &format },
		                 { "output", 'o', CLI_STR, &out },
		                 CLI_SELECT_OPTS(a),
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_select sel;
	kg_graph *g;
	write_fn writer;
	int npos, rc;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (npos > 0)
		return cli_usage_error("export: unexpected argument '%s'",
		                       argv[1]);
	writer = pick_format(format, out);
	if (writer == NULL)
		return KG_EXIT_USAGE;
	rc = cli_select_make(&sel, &a);
	if (rc != CLI_CONTINUE)
		return rc;
	rc = cli_load_graph(db, &sel, &g);
	if (rc != CLI_CONTINUE)
		return rc;
	rc = write_out(g, writer, out);
	kg_graph_free(g);
	return rc;
}
