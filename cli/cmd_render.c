/* cli/cmd_render.c - kgraph render: draw the graph as SVG, PNG or PDF
 *
 * The picture is drawn into a temporary file beside the target (same
 * extension, which chooses the format) and renamed over it when complete.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kgraph/export.h"

#include "cmds.h"
#include "select_more.h"
#include "util.h"

/* Graphviz layout time grows fast with size: dot needs seconds for 300
 * nodes and minutes for 1,000.  Past this many, say so before drawing. */
#define KG_RENDER_WARN_NODES 300

static const char *const usage[] = {
	"Usage: kgraph render [--db PATH] -o FILE.svg|FILE.png|FILE.pdf",
	"                     [--entity NAME [--depth N]] [--type T[,T...]]",
	"                     [--predicate P[,P...]] [--with-negated]",
	"",
	"Lay out the knowledge graph, or a selection of it, with Graphviz and",
	"draw it; the extension of FILE chooses the format.  Nodes are shaped",
	"and coloured by type; edges are labelled with their predicate and",
	"dashed when the fact is former, planned or reported.  Large graphs",
	"take long to lay out: narrow them with --entity, --type or",
	"--predicate.",
	"",
	"Example: kgraph render --entity \"Alaska summit\" -o summit.svg",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  -o, --output FILE     the picture to write (.svg, .png or .pdf)",
	"  --entity NAME         only the neighbourhood of this entity",
	"  --depth N             hops from --entity (default 1)",
	"  --type T[,T...]       only nodes of these types (PERSON, ORG, ...)",
	"  --predicate P[,P...]  only edges with these predicates",
	"  --path A B            only the shortest connection from A to B",
	"  --doc DOC             only facts stated in document DOC",
	"  --since DATE          only facts still valid on or after DATE",
	"  --until DATE          only facts that began on or before DATE",
	"  --as-of DATE          only facts valid on DATE",
	"  --min-support N       only facts stated by N or more documents",
	"  --with-negated        also facts the text denies or only reports",
	"  -h, --help            show this help",
	NULL
};

static int draw(const kg_graph *g, const char *path, const char *ext)
{
	kg_err err = { 0, "" };
	char *tmp = cli_tmp_path(path, ext);
	int rc;

	if (tmp == NULL) {
		cli_error("out of memory");
		return KG_EXIT_ERROR;
	}
	if (g->nnodes > KG_RENDER_WARN_NODES)
		cli_error(
		        "%s: warning: drawing %zu nodes may take minutes; "
		        "narrow the graph with --entity, --type or --predicate",
		        path, g->nnodes);
	rc = kg_export_render(g, tmp, &err);
	if (rc == KG_OK && rename(tmp, path) != 0)
		rc = kg_err_set(&err, KG_EIO, "%s", strerror(errno));
	if (rc != KG_OK) {
		cli_error("%s: %s", path, err.msg);
		remove(tmp);
	}
	free(tmp);
	return rc == KG_OK ? KG_EXIT_OK : KG_EXIT_ERROR;
}

int cmd_render(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *out = NULL, *ext;
	cli_select_args a = CLI_SELECT_ARGS_INIT;
	cli_more_args m = CLI_MORE_ARGS_INIT;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "output", 'o', CLI_STR, &out },
		                 CLI_SELECT_OPTS(a),
		                 CLI_MORE_OPTS(m),
		                 { NULL, 0, CLI_FLAG, NULL } };
	char dates[3][11];
	kg_select sel;
	kg_graph *g;
	int npos, rc;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (out == NULL)
		return cli_usage_error("render: -o FILE.svg|FILE.png|FILE.pdf "
		                       "is needed");
	ext = cli_path_ext(out);
	if (strcasecmp(ext, ".svg") != 0 && strcasecmp(ext, ".png") != 0 &&
	    strcasecmp(ext, ".pdf") != 0)
		return cli_usage_error("render: '%s' does not end in .svg, "
		                       ".png or .pdf",
		                       out);
	if ((rc = cli_select_make(&sel, &a)) != CLI_CONTINUE ||
	    (rc = cli_more_make(&sel, &m, argv, npos, dates, "render")) !=
	            CLI_CONTINUE)
		return rc;
	rc = cli_more_load(db, &sel, &g);
	if (rc != CLI_CONTINUE)
		return rc;
	rc = draw(g, out, ext);
	kg_graph_free(g);
	return rc;
}
