/* cli/cmd_render.c - kgraph render: draw the graph as SVG, PNG or PDF
 *
 * The picture is drawn into a temporary file beside the target (same
 * extension, which chooses the format) and renamed over it when complete.
 * Layout is the slow part, so kg_export_render_with caps what it draws
 * (the most-supported facts) and this command says what was left out.
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

static const char *const usage[] = {
	"Usage: kgraph render [--db PATH] -o FILE.svg|FILE.png|FILE.pdf",
	"                     [--entity NAME [--depth N]] [--type T[,T...]]",
	"                     [--predicate P[,P...]] [--with-negated]",
	"                     [--cluster type|event] [--max-nodes N]",
	"",
	"Lay out the knowledge graph, or a selection of it, with Graphviz and",
	"draw it; the extension of FILE chooses the format.  Nodes are shaped",
	"and coloured by type; edges are labelled with their predicate and",
	"dashed when the fact is former, planned or reported.  Up to 150",
	"nodes are laid out with dot, more with sfdp; at most 2,000 nodes are",
	"drawn (those of the most-supported facts), and what is left out is",
	"said on standard error.  Narrow big graphs with --entity, --type or",
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
	"  --cluster type|event  frame the nodes of each type, or each event",
	"                        with its attendees, places and date",
	"  --max-nodes N         draw at most N nodes (default 150 with dot,",
	"                        2,000 with sfdp)",
	"  --engine E            Graphviz layout engine (default: by size)",
	"  -h, --help            show this help",
	NULL
};

/* n with thousands separators ("16,628") into buf. */
static const char *thousands(char buf[32], size_t n)
{
	char digits[24];
	size_t len, i, o = 0;

	snprintf(digits, sizeof(digits), "%zu", n);
	len = strlen(digits);
	for (i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = digits[i];
	}
	buf[o] = '\0';
	return buf;
}

/* Say on stderr what the picture leaves out, if anything. */
static void say_left_out(const kg_graph *g, const kg_draw_opts *o)
{
	char a[32], b[32], c[32], d[32];

	if (o->drawn_nodes >= g->nnodes && o->drawn_edges >= g->nedges)
		return;
	cli_error("render: drew %s of %s nodes and %s of %s facts (the "
	          "most-supported facts); narrow with "
	          "--entity/--type/--predicate",
	          thousands(a, o->drawn_nodes), thousands(b, g->nnodes),
	          thousands(c, o->drawn_edges), thousands(d, g->nedges));
}

static int
draw(const kg_graph *g, const char *path, const char *ext, kg_draw_opts *o)
{
	kg_err err = { 0, "" };
	char *tmp = cli_tmp_path(path, ext);
	int rc;

	if (tmp == NULL) {
		cli_error("out of memory");
		return KG_EXIT_ERROR;
	}
	rc = kg_export_render_with(g, tmp, o, &err);
	if (rc == KG_OK && rename(tmp, path) != 0)
		rc = kg_err_set(&err, KG_EIO, "%s", strerror(errno));
	if (rc == KG_OK)
		say_left_out(g, o);
	if (rc != KG_OK) {
		cli_error("%s: %s", path, err.msg);
		remove(tmp);
	}
	free(tmp);
	return rc == KG_OK ? KG_EXIT_OK : KG_EXIT_ERROR;
}

int cmd_render(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *out = NULL, *ext, *cluster = NULL;
	kg_draw_opts o = KG_DRAW_OPTS_INIT;
	int max_nodes = -1;
	cli_select_args a = CLI_SELECT_ARGS_INIT;
	cli_more_args m = CLI_MORE_ARGS_INIT;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "output", 'o', CLI_STR, &out },
		                 { "cluster", 0, CLI_STR, &cluster },
		                 { "max-nodes", 0, CLI_INT, &max_nodes },
		                 { "engine", 0, CLI_STR, &o.engine },
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
	if (cli_cluster_parse(cluster, &o.cluster, "render") != CLI_CONTINUE)
		return KG_EXIT_USAGE;
	if (max_nodes == 0 || max_nodes < -1)
		return cli_usage_error("render: --max-nodes needs a number "
		                       "above 0");
	o.max_nodes = max_nodes > 0 ? (size_t)max_nodes : 0;
	if ((rc = cli_select_make(&sel, &a)) != CLI_CONTINUE ||
	    (rc = cli_more_make(&sel, &m, argv, npos, dates, "render")) !=
	            CLI_CONTINUE)
		return rc;
	rc = cli_more_load(db, &sel, &g);
	if (rc != CLI_CONTINUE)
		return rc;
	rc = draw(g, out, ext, &o);
	kg_graph_free(g);
	return rc;
}
