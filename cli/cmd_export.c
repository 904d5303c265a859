/* cli/cmd_export.c - kgraph export: write the graph as DOT, JSON, GraphML,
 * GEXF, Cytoscape.js JSON, Neo4j CSV, N-Triples, Turtle or JSON Lines
 *
 * With -o the output goes to FILE.tmp first and is renamed over FILE when
 * complete, so a failure never leaves a half-written FILE behind.  The
 * extra selection options (select_more.h) are parsed here too.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kgraph/export.h"
#include "kgraph/ingest.h"

#include "cmds.h"
#include "select_more.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph export [--db PATH] --format F [-o FILE|DIR] [--base "
	"IRI]",
	"                     [selection options]",
	"",
	"Write the knowledge graph, or a selection of it, for another tool.",
	"Every edge carries its predicate, status, support and the evidence",
	"sentence.  Formats (and the extension that implies them):",
	"  dot (.dot .gv)     Graphviz",
	"  json (.json)       D3 node-link JSON",
	"  cytoscape (.cyjs)  Cytoscape.js elements JSON",
	"  graphml (.graphml) Gephi, yEd, Cytoscape desktop",
	"  gexf (.gexf)       Gephi",
	"  csv                neo4j-admin import: -o DIR gets nodes.csv and",
	"                     relationships.csv",
	"  ntriples (.nt), turtle (.ttl)  RDF, IRIs under --base",
	"  jsonl (.jsonl)     one fact per line",
	"",
	"Example: kgraph export --format graphml --entity NATO -o nato.graphml",
	"",
	"Options:",
	"  --db PATH             database file (default: kgraph.db)",
	"  --format F            output format (default: from -o's extension)",
	"  -o, --output FILE     write to FILE instead of standard output",
	"  --base IRI            RDF: mint IRIs under IRI (default "
	"urn:kgraph:)",
	"  --cluster type|event  DOT: frame the nodes of each type, or each",
	"                        event with its attendees, places and date",
	"  --entity NAME         only the neighbourhood of this entity",
	"  --depth N             hops from --entity (default 1)",
	"  --path A B            only the shortest connection from A to B",
	"  --type T[,T...]       only nodes of these types (PERSON, ORG, ...)",
	"  --predicate P[,P...]  only edges with these predicates",
	"  --doc DOC             only facts stated in document DOC",
	"  --since DATE          only facts still valid on or after DATE",
	"  --until DATE          only facts that began on or before DATE",
	"  --as-of DATE          only facts valid on DATE",
	"  --min-support N       only facts stated by N or more documents",
	"  --with-negated        also facts the text denies or only reports",
	"  -h, --help            show this help",
	NULL
};

static const char *rdf_base; /* --base, for the RDF writers */
static kg_draw_opts dot_opts = KG_DRAW_OPTS_INIT; /* --cluster, for DOT */

typedef int (*write_fn)(const kg_graph *g, FILE *f, kg_err *err);

static int write_nt(const kg_graph *g, FILE *f, kg_err *err)
{
	return kg_export_ntriples(g, f, rdf_base, err);
}

static int write_ttl(const kg_graph *g, FILE *f, kg_err *err)
{
	return kg_export_turtle(g, f, rdf_base, err);
}

static int write_dot(const kg_graph *g, FILE *f, kg_err *err)
{
	return kg_export_dot_with(g, f, &dot_opts, err);
}

static const struct format {
	const char *name;
	const char *ext1, *ext2; /* extensions that imply it, or NULL */
	write_fn fn;             /* NULL for csv (two files) */
} formats[] = {
	{ "dot", ".dot", ".gv", write_dot },
	{ "json", ".json", NULL, kg_export_json },
	{ "cytoscape", ".cyjs", NULL, kg_export_cytoscape },
	{ "graphml", ".graphml", NULL, kg_export_graphml },
	{ "gexf", ".gexf", NULL, kg_export_gexf },
	{ "csv", NULL, NULL, NULL },
	{ "ntriples", ".nt", NULL, write_nt },
	{ "turtle", ".ttl", NULL, write_ttl },
	{ "jsonl", ".jsonl", NULL, kg_export_jsonl },
};
#define NFORMATS (sizeof(formats) / sizeof(formats[0]))

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

/* csv: DIR/nodes.csv and DIR/relationships.csv, DIR created if missing. */
static int write_csv(const kg_graph *g, const char *dir)
{
	size_t n = strlen(dir) + sizeof("/relationships.csv");
	char *path = malloc(n);
	int rc;

	if (path == NULL) {
		cli_error("out of memory");
		return KG_EXIT_ERROR;
	}
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		cli_error("%s: %s", dir, strerror(errno));
		free(path);
		return KG_EXIT_ERROR;
	}
	snprintf(path, n, "%s/nodes.csv", dir);
	rc = write_out(g, kg_export_csv_nodes, path);
	if (rc == KG_EXIT_OK) {
		snprintf(path, n, "%s/relationships.csv", dir);
		rc = write_out(g, kg_export_csv_relationships, path);
	}
	free(path);
	return rc;
}

/* The format named by --format, or implied by -o's extension; NULL after
 * printing a usage error. */
static const struct format *pick_format(const char *format, const char *out)
{
	const char *ext = out ? cli_path_ext(out) : "";
	size_t i;

	for (i = 0; i < NFORMATS; i++) {
		const struct format *f = &formats[i];

		if (format ? strcmp(format, f->name) == 0
		           : (f->ext1 && strcmp(ext, f->ext1) == 0) ||
		                     (f->ext2 && strcmp(ext, f->ext2) == 0))
			return f;
	}
	if (format == NULL)
		cli_usage_error("export: --format is needed (dot, json, "
		                "cytoscape, graphml, gexf, csv, ntriples, "
		                "turtle or jsonl)");
	else
		cli_usage_error("export: unknown format '%s' (dot, json, "
		                "cytoscape, graphml, gexf, csv, ntriples, "
		                "turtle or jsonl)",
		                format);
	return NULL;
}

static int check_date(char out[11], const char *s, const char *opt)
{
	if (kg_ingest_parse_date(out, s) != KG_OK)
		return cli_usage_error("option '--%s' needs a date "
		                       "YYYY-MM-DD, not '%s'",
		                       opt, s);
	return CLI_CONTINUE;
}

int cli_more_make(kg_select *sel,
                  const cli_more_args *m,
                  char **argv,
                  int npos,
                  char date_buf[3][11],
                  const char *cmd)
{
	if (m->path != NULL && npos != 1)
		return cli_usage_error("%s: --path needs two names: --path A B",
		                       cmd);
	if (m->path == NULL && npos > 0)
		return cli_usage_error("%s: unexpected argument '%s'", cmd,
		                       argv[1]);
	if (m->path != NULL && sel->entity != NULL)
		return cli_usage_error("%s: --path and --entity do not go "
		                       "together",
		                       cmd);
	sel->path_from = m->path;
	sel->path_to = m->path ? argv[1] : NULL;
	sel->doc = m->doc;
	if (m->since &&
	    check_date(date_buf[0], m->since, "since") != CLI_CONTINUE)
		return KG_EXIT_USAGE;
	if (m->until &&
	    check_date(date_buf[1], m->until, "until") != CLI_CONTINUE)
		return KG_EXIT_USAGE;
	if (m->as_of &&
	    check_date(date_buf[2], m->as_of, "as-of") != CLI_CONTINUE)
		return KG_EXIT_USAGE;
	sel->since = m->since ? date_buf[0] : NULL;
	sel->until = m->until ? date_buf[1] : NULL;
	sel->as_of = m->as_of ? date_buf[2] : NULL;
	sel->min_support = m->min_support > 0 ? m->min_support : 0;
	return CLI_CONTINUE;
}

int cli_cluster_parse(const char *s, kg_cluster_by *out, const char *cmd)
{
	*out = KG_CLUSTER_NONE;
	if (s == NULL)
		return CLI_CONTINUE;
	if (strcmp(s, "type") == 0)
		*out = KG_CLUSTER_TYPE;
	else if (strcmp(s, "event") == 0)
		*out = KG_CLUSTER_EVENT;
	else
		return cli_usage_error("%s: --cluster takes type or event, "
		                       "not '%s'",
		                       cmd, s);
	return CLI_CONTINUE;
}

int cli_more_load(const char *db, const kg_select *sel, kg_graph **out)
{
	kg_err err = { 0, "" };
	kg_store *st;
	int rc = cli_open_store(&st, db, KG_STORE_READONLY);

	*out = NULL;
	if (rc != CLI_CONTINUE)
		return rc;
	rc = kg_store_load_selection(st, sel, out, &err);
	kg_store_close(st);
	if (rc == KG_OK)
		return CLI_CONTINUE;
	if (rc == KG_ENOTFOUND)
		cli_error("%s", err.msg);
	else
		cli_error("%s: %s", db, err.msg);
	return KG_EXIT_ERROR;
}

int cmd_export(int argc, char **argv)
{
	const char *db = KG_CLI_DEFAULT_DB, *format = NULL, *out = NULL;
	const char *cluster = NULL;
	cli_select_args a = CLI_SELECT_ARGS_INIT;
	cli_more_args m = CLI_MORE_ARGS_INIT;
	const cli_opt opts[] = { { "db", 0, CLI_STR, &db },
		                 { "format", 0, CLI_STR, &format },
		                 { "output", 'o', CLI_STR, &out },
		                 { "base", 0, CLI_STR, &rdf_base },
		                 { "cluster", 0, CLI_STR, &cluster },
		                 CLI_SELECT_OPTS(a),
		                 CLI_MORE_OPTS(m),
		                 { NULL, 0, CLI_FLAG, NULL } };
	const struct format *fmt;
	char dates[3][11];
	kg_err err = { 0, "" };
	kg_select sel;
	kg_graph *g;
	int npos, rc;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if ((fmt = pick_format(format, out)) == NULL)
		return KG_EXIT_USAGE;
	if (fmt->fn == NULL && (out == NULL || strcmp(out, "-") == 0))
		return cli_usage_error("export: --format csv needs -o DIR");
	if (cli_cluster_parse(cluster, &dot_opts.cluster, "export") !=
	    CLI_CONTINUE)
		return KG_EXIT_USAGE;
	if (cluster != NULL && fmt->fn != write_dot)
		return cli_usage_error("export: --cluster is for --format dot");
	if (rdf_base && kg_export_check_base(rdf_base, &err) != KG_OK)
		return cli_usage_error("export: %s", err.msg);
	if ((rc = cli_select_make(&sel, &a)) != CLI_CONTINUE ||
	    (rc = cli_more_make(&sel, &m, argv, npos, dates, "export")) !=
	            CLI_CONTINUE)
		return rc;
	if ((rc = cli_more_load(db, &sel, &g)) != CLI_CONTINUE)
		return rc;
	rc = fmt->fn ? write_out(g, fmt->fn, out) : write_csv(g, out);
	kg_graph_free(g);
	return rc;
}
