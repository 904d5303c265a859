/* cli/cmd_diff.c - kgraph diff: the facts that changed, between two
 * databases or in one database since a date, as DOT or a picture
 *
 * OLD.db NEW.db: both are opened read-only and loaded with the same
 * selection options; kg_export_diff_dot/_render match them by type and
 * names (entity ids differ between databases) and draw the union with
 * facts only in NEW green, only in OLD red and dashed, in both grey.
 * --diff-since DATE: one database; facts every document of which was
 * published on or after DATE are green, the others grey (kg_store_since).
 * The output goes to FILE.tmp[.ext] first and is renamed over FILE when
 * complete; a picture goes through the render path (engine by size, cap).
 * The counts go to standard error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kgraph/export.h"
#include "kgraph/ingest.h"
#include "kgraph/store.h"

#include "cmds.h"
#include "select_more.h"
#include "util.h"

static const char *const usage[] = {
	"Usage: kgraph diff [-o FILE] [--format F] [options] OLD.db NEW.db",
	"       kgraph diff --diff-since DATE [-o FILE] [options] [DB]",
	"",
	"Draw what changed.  With two databases: facts only in NEW are green,",
	"facts only in OLD red and dashed, facts in both grey.  Entities are",
	"matched by type and names (the canonical name or an alias), one to",
	"one, so that two entities with one name stay two, and facts by",
	"(subject, predicate, object, status).  With --diff-since and one",
	"database (DB, --db or kgraph.db): facts whose documents were all",
	"published on or after DATE are green, the rest grey.  The output is",
	"DOT, or SVG, PNG or PDF when FILE ends so or --format says so",
	"(pictures are laid out and capped as by 'kgraph render', changed",
	"facts kept first).  The counts go to standard error.",
	"",
	"Example: kgraph diff -o changes.svg before.db kgraph.db",
	"         kgraph diff --diff-since 2025-08-15 -o week.png",
	"",
	"Options:",
	"  -o, --output FILE     write to FILE instead of standard output",
	"  --format F            dot, svg, png or pdf (default: from FILE's",
	"                        extension, else dot)",
	"  --diff-since DATE     one database: facts new since DATE "
	"(YYYY-MM-DD)",
	"  --db PATH             the database of --diff-since",
	"  --entity NAME         only the neighbourhood of this entity",
	"  --depth N             hops from --entity (default 1)",
	"  --type T[,T...]       only nodes of these types (PERSON, ORG, ...)",
	"  --predicate P[,P...]  only edges with these predicates",
	"  --with-negated        also facts the text denies or only reports",
	"  --cluster type|event  frame the nodes of each type, or each event",
	"  --max-nodes N         pictures: draw at most N nodes",
	"  --engine E            pictures: Graphviz layout engine",
	"  -h, --help            show this help",
	NULL
};

/* What to draw and how, and what came of it. */
struct job {
	const kg_graph *old_g, *new_g; /* two databases, or NULL */
	const kg_graph *g;             /* --diff-since: the one graph */
	const char *since;             /* --diff-since DATE, or NULL */
	kg_draw_opts o;
	size_t counts[3]; /* added, removed, both; or new, before, undated */
	size_t total[2];  /* nodes and facts of what was drawn from */
};

static int emit_dot(struct job *j, FILE *f, kg_err *err)
{
	int rc;

	if (j->g != NULL)
		rc = kg_export_dot_with(j->g, f, &j->o, err);
	else
		rc = kg_export_diff_dot(j->old_g, j->new_g, f, &j->o, j->counts,
		                        err);
	if (rc == KG_OK && fflush(f) != 0)
		rc = kg_err_set(err, KG_EIO, "%s", strerror(errno));
	return rc;
}

static int emit_picture(struct job *j, const char *path, kg_err *err)
{
	if (j->g == NULL)
		return kg_export_diff_render(j->old_g, j->new_g, path, &j->o,
		                             j->counts, j->total, err);
	j->total[0] = j->g->nnodes;
	j->total[1] = j->g->nedges;
	return kg_export_render_with(j->g, path, &j->o, err);
}

/* The counts, and what a capped picture left out, on stderr. */
static void report(const struct job *j, int picture)
{
	if (j->since != NULL)
		cli_error("diff: %zu facts first stated on or after %s, %zu "
		          "before it, %zu only in undated documents",
		          j->counts[0], j->since, j->counts[1], j->counts[2]);
	else
		cli_error("diff: %zu facts added, %zu removed, %zu in both",
		          j->counts[0], j->counts[1], j->counts[2]);
	if (picture &&
	    (j->o.drawn_nodes < j->total[0] || j->o.drawn_edges < j->total[1]))
		cli_error("diff: drew %zu of %zu nodes and %zu of %zu facts "
		          "(changed facts first, then the most-supported); "
		          "narrow with --entity/--type/--predicate",
		          j->o.drawn_nodes, j->total[0], j->o.drawn_edges,
		          j->total[1]);
}

/* DOT to path ("-" or NULL: stdout), or a picture (ext ".svg" etc.) to
 * path, through a temporary file renamed over path when complete. */
static int write_out(struct job *j, const char *path, const char *ext)
{
	kg_err err = { 0, "" };
	char *tmp;
	FILE *f = NULL;
	int rc;

	if (ext == NULL && (path == NULL || strcmp(path, "-") == 0)) {
		rc = emit_dot(j, stdout, &err);
		path = "<stdout>";
	} else if ((tmp = cli_tmp_path(path, ext ? ext : "")) == NULL) {
		cli_error("out of memory");
		return KG_EXIT_ERROR;
	} else {
		if (ext != NULL)
			rc = emit_picture(j, tmp, &err);
		else if ((f = fopen(tmp, "wb")) == NULL)
			rc = kg_err_set(&err, KG_EIO, "%s", strerror(errno));
		else
			rc = emit_dot(j, f, &err);
		if (f != NULL && fclose(f) != 0 && rc == KG_OK)
			rc = kg_err_set(&err, KG_EIO, "%s", strerror(errno));
		if (rc == KG_OK && rename(tmp, path) != 0)
			rc = kg_err_set(&err, KG_EIO, "%s", strerror(errno));
		if (rc != KG_OK)
			remove(tmp);
		free(tmp);
	}
	if (rc != KG_OK) {
		cli_error("%s: %s", path, err.msg);
		return KG_EXIT_ERROR;
	}
	report(j, ext != NULL);
	return KG_EXIT_OK;
}

/* The picture extension to render (".svg", ".png", ".pdf") into *ext, or
 * NULL for DOT, from --format or else out's extension. */
static int pick_format(const char *format, const char *out, const char **ext)
{
	static const char *const exts[] = { ".dot", ".svg", ".png", ".pdf" };
	const char *oe = out ? cli_path_ext(out) : "";
	size_t i, want = 0, have = 0;

	for (i = 0; i < 4; i++) {
		if (format != NULL && strcmp(format, exts[i] + 1) == 0)
			want = i + 1;
		if (strcasecmp(oe, exts[i]) == 0 ||
		    (i == 0 && strcasecmp(oe, ".gv") == 0))
			have = i + 1;
	}
	if (format != NULL && want == 0)
		return cli_usage_error("diff: --format takes dot, svg, png or "
		                       "pdf, not '%s'",
		                       format);
	if (format != NULL && have != 0 && have != want)
		return cli_usage_error("diff: '%s' does not end in .%s", out,
		                       format);
	if (want == 0)
		want = have ? have : 1;
	*ext = want > 1 ? exts[want - 1] : NULL;
	if (*ext != NULL && (out == NULL || strcmp(out, "-") == 0))
		return cli_usage_error("diff: a %s picture needs -o FILE",
		                       *ext + 1);
	return CLI_CONTINUE;
}

/* --diff-since: load db's selection and mark each fact by its age. */
static int load_since(struct job *j,
                      const char *db,
                      const kg_select *sel,
                      kg_graph **g,
                      unsigned char **marks)
{
	kg_err err = { 0, "" };
	unsigned char *age = NULL;
	kg_store *st;
	size_t i;
	int rc = cli_open_store(&st, db, KG_STORE_READONLY);

	if (rc != CLI_CONTINUE)
		return rc;
	rc = kg_store_load_selection(st, sel, g, &err);
	if (rc == KG_OK && ((age = malloc((*g)->nedges + 1)) == NULL ||
	                    (*marks = malloc((*g)->nedges + 1)) == NULL))
		rc = kg_err_set(&err, KG_ENOMEM, "out of memory");
	if (rc == KG_OK)
		rc = kg_store_since(st, *g, j->since, age, &err);
	kg_store_close(st);
	for (i = 0; rc == KG_OK && i < (*g)->nedges; i++) {
		(*marks)[i] =
		        age[i] == KG_SINCE_NEW ? KG_DIFF_ADDED : KG_DIFF_COMMON;
		j->counts[age[i] == KG_SINCE_NEW      ? 0
		          : age[i] == KG_SINCE_BEFORE ? 1
		                                      : 2]++;
	}
	free(age);
	if (rc == KG_OK)
		return CLI_CONTINUE;
	if (rc == KG_ENOTFOUND)
		cli_error("%s", err.msg);
	else
		cli_error("%s: %s", db, err.msg);
	return KG_EXIT_ERROR;
}

/* The drawing options: --cluster, --max-nodes, --engine. */
static int draw_opts(kg_draw_opts *o, const char *cluster, int max_nodes)
{
	if (cli_cluster_parse(cluster, &o->cluster, "diff") != CLI_CONTINUE)
		return KG_EXIT_USAGE;
	if (max_nodes == 0 || max_nodes < -1)
		return cli_usage_error("diff: --max-nodes needs a number "
		                       "above 0");
	o->max_nodes = max_nodes > 0 ? (size_t)max_nodes : 0;
	return CLI_CONTINUE;
}

/* Which databases: OLD NEW, or with --diff-since one (DB or --db). */
static int pick_dbs(const struct job *j, const char **db, int npos)
{
	if (j->since == NULL && *db != NULL)
		return cli_usage_error("diff: --db goes with --diff-since; "
		                       "give OLD.db NEW.db");
	if (j->since == NULL && npos != 2)
		return cli_usage_error("diff: two databases are needed: "
		                       "OLD.db NEW.db");
	if (j->since != NULL && (npos > 1 || (npos == 1 && *db != NULL)))
		return cli_usage_error("diff: --diff-since takes one "
		                       "database");
	if (*db == NULL)
		*db = KG_CLI_DEFAULT_DB;
	return CLI_CONTINUE;
}

int cmd_diff(int argc, char **argv)
{
	const char *out = NULL, *format = NULL, *since = NULL, *db = NULL;
	const char *cluster = NULL, *ext = NULL;
	int max_nodes = -1;
	struct job j = { NULL,        NULL,    NULL, NULL, KG_DRAW_OPTS_INIT,
		         { 0, 0, 0 }, { 0, 0 } };
	cli_select_args a = CLI_SELECT_ARGS_INIT;
	const cli_opt opts[] = { { "output", 'o', CLI_STR, &out },
		                 { "format", 0, CLI_STR, &format },
		                 { "diff-since", 0, CLI_STR, &since },
		                 { "db", 0, CLI_STR, &db },
		                 { "cluster", 0, CLI_STR, &cluster },
		                 { "max-nodes", 0, CLI_INT, &max_nodes },
		                 { "engine", 0, CLI_STR, &j.o.engine },
		                 CLI_SELECT_OPTS(a),
		                 { NULL, 0, CLI_FLAG, NULL } };
	kg_graph *old_g = NULL, *new_g = NULL;
	unsigned char *marks = NULL;
	char date[11];
	kg_select sel;
	int npos, rc;

	rc = cli_parse(argc, argv, opts, usage, &npos);
	if (rc != CLI_CONTINUE)
		return rc;
	if (since != NULL && kg_ingest_parse_date(date, since) != KG_OK)
		return cli_usage_error("option '--diff-since' needs a date "
		                       "YYYY-MM-DD, not '%s'",
		                       since);
	j.since = since ? date : NULL;
	if ((rc = pick_dbs(&j, &db, npos)) != CLI_CONTINUE ||
	    (rc = pick_format(format, out, &ext)) != CLI_CONTINUE ||
	    (rc = draw_opts(&j.o, cluster, max_nodes)) != CLI_CONTINUE ||
	    (rc = cli_select_make(&sel, &a)) != CLI_CONTINUE)
		return rc;
	if (j.since != NULL) {
		rc = load_since(&j, npos ? argv[1] : db, &sel, &new_g, &marks);
		j.g = new_g;
		j.o.diff = marks;
		j.o.diff_since = j.since;
	} else {
		rc = cli_more_load(argv[1], &sel, &old_g);
		if (rc == CLI_CONTINUE)
			rc = cli_more_load(argv[2], &sel, &new_g);
		j.old_g = old_g;
		j.new_g = new_g;
	}
	if (rc == CLI_CONTINUE)
		rc = write_out(&j, out, ext);
	free(marks);
	kg_graph_free(old_g);
	kg_graph_free(new_g);
	return rc;
}
