/* export/render.c - lay a kg_graph out and render it to SVG, PNG or PDF (gvc)
 *
 * The graph is the one kg_export_dot writes (kg_export__build).  Layout cost
 * grows fast with size, so: dot (layered, best for small graphs) up to
 * KG_RENDER_DOT_MAX_NODES nodes, sfdp (multiscale force-directed) above,
 * falling back to neato and then dot when a layout plugin is not installed;
 * and at most KG_RENDER_SFDP_MAX_NODES nodes (KG_RENDER_DOT_MAX_NODES with
 * dot) and EDGES_PER_NODE edges per node, those of the most-supported facts
 * (docs/export.md has the timings behind these numbers).
 *
 * We open the output file ourselves and use gvRender: in Graphviz 2.42,
 * gvRenderFilename returns 0 even when it cannot open the file.
 *
 * One GVC_t serves the whole process and is never freed.  Graphviz 2.42's
 * pango plugin keeps a static pointer to the last font name, which lives in
 * the context's font cache: after gvFreeContext, the next context's first
 * text measurement reads freed memory (ASan: heap-use-after-free in
 * textspan_size).  A single context keeps that cache alive.  Its memory is
 * still reachable at exit, and tests/lsan.supp covers libgvc's own leaks.
 */
#include <assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <graphviz/gvc.h>

#include "kgraph/export.h"
#include "export_int.h"

/* Most edges drawn per node drawn: sfdp's time follows the edges too. */
#define EDGES_PER_NODE 4

/* The gvc format for path's extension, or NULL; *ext is the extension. */
static const char *picture_format(const char *path, const char **ext)
{
	static const char *const formats[] = { "svg", "png", "pdf" };
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash + 1 : path, '.');
	size_t i;

	*ext = dot ? dot : (slash ? slash + 1 : path);
	if (dot == NULL)
		return NULL;
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (strcasecmp(dot + 1, formats[i]) == 0)
			return formats[i];
	return NULL;
}

static int has_layout(GVC_t *gvc, const char *engine)
{
	int n = 0, i, found = 0;
	char **list = gvPluginList(gvc, "layout", &n, NULL);

	for (i = 0; i < n; i++) {
		if (strcmp(list[i], engine) == 0)
			found = 1;
		free(list[i]);
	}
	free(list);
	return found;
}

/* The engine for a drawing of nnodes nodes. */
static const char *
choose_layout(GVC_t *gvc, size_t nnodes, kg_cluster_by cluster)
{
	if (nnodes <= (cluster != KG_CLUSTER_NONE
	                       ? KG_RENDER_DOT_CLUSTER_MAX_NODES
	                       : KG_RENDER_DOT_MAX_NODES))
		return "dot";
	if (has_layout(gvc, "sfdp"))
		return "sfdp";
	if (has_layout(gvc, "neato"))
		return "neato";
	return "dot";
}

/* An edge to rank by support (in a diff, changed facts first); ties keep
 * array order. */
struct ranked {
	int changed; /* a diff's added or removed fact */
	int support;
	size_t index;
};

static int by_support(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->changed != y->changed)
		return y->changed - x->changed;
	if (x->support != y->support)
		return x->support > y->support ? -1 : 1;
	return x->index < y->index ? -1 : (x->index > y->index);
}

/* Flag the nodes and edges to draw when g is bigger than max nodes: edges
 * by support (changed ones first when diff is not NULL), each kept when its new
 * endpoints still fit, until max nodes or max_edges edges; then nodes without a
 * kept edge, in order, while room is left.  Fills keep (nnodes) and keep_edge
 * (nedges); -1 on ENOMEM. */
static int cap_graph(const kg_graph *g,
                     const unsigned char *diff,
                     size_t max,
                     size_t max_edges,
                     unsigned char *keep,
                     unsigned char *keep_edge)
{
	struct ranked *order =
	        malloc((g->nedges ? g->nedges : 1) * sizeof(*order));
	size_t i, kept = 0, edges = 0;

	if (order == NULL)
		return -1;
	for (i = 0; i < g->nedges; i++) {
		order[i].changed = diff != NULL && (diff[i] == KG_DIFF_ADDED ||
		                                    diff[i] == KG_DIFF_REMOVED);
		order[i].support = g->edges[i].support;
		order[i].index = i;
	}
	qsort(order, g->nedges, sizeof(*order), by_support);
	for (i = 0; i < g->nedges && edges < max_edges; i++) {
		const kg_gedge *e = &g->edges[order[i].index];
		size_t add =
		        (size_t)!keep[e->source] +
		        (size_t)(e->target != e->source && !keep[e->target]);

		if (kept + add > max)
			continue;
		kept += add;
		keep[e->source] = keep[e->target] = 1;
		keep_edge[order[i].index] = 1;
		edges++;
	}
	for (i = 0; i < g->nnodes && kept < max; i++)
		if (!keep[i]) {
			keep[i] = 1;
			kept++;
		}
	free(order);
	return 0;
}

/* The process-wide Graphviz context, created on first use; NULL when
 * Graphviz cannot start.  Not thread-safe, like the rest of cgraph/gvc. */
static GVC_t *shared_context(void)
{
	static GVC_t *gvc;

	if (gvc == NULL)
		gvc = gvContext();
	return gvc;
}

/* Lay out and write the picture; the caller brackets error capture. */
static int render_graph(GVC_t *gvc,
                        Agraph_t *ag,
                        const char *engine,
                        const char *format,
                        const char *path,
                        kg_err *err)
{
	FILE *f = fopen(path, "wb");
	int rc = KG_OK;

	if (f == NULL)
		return kg_err_set(err, KG_EIO, "cannot write %s: %s", path,
		                  strerror(errno));
	/* prism, which overlap=false means, takes 3/4 of sfdp's time on
	 * thousands of nodes; scaling the layout apart is 4 times faster */
	if (strcmp(engine, "dot") != 0 &&
	    kg_export__set(ag, "overlap", "scale") != KG_OK)
		rc = kg_err_set(err, KG_ERROR, "cannot set overlap");
	else if (gvLayout(gvc, ag, engine) != 0) {
		rc = kg_err_set(err, KG_ERROR, "layout failed: %s",
		                kg_export__errors_text());
	} else {
		if (gvRender(gvc, ag, format, f) != 0)
			rc = kg_err_set(err, KG_ERROR, "cannot render %s: %s",
			                path, kg_export__errors_text());
		gvFreeLayout(gvc, ag);
	}
	if (fclose(f) != 0 && rc == KG_OK)
		rc = kg_err_set(err, KG_EIO, "cannot write %s: %s", path,
		                strerror(errno));
	if (rc != KG_OK)
		remove(path); /* no half-written picture */
	return rc;
}

/* Choose the engine and the cap; fill d->keep/keep_edge when capping (the
 * caller frees them).  KG_OK, or KG_EINVALID / KG_ENOMEM. */
static int plan(GVC_t *gvc,
                const kg_graph *g,
                kg_draw_opts *o,
                struct kg_export__draw *d,
                kg_err *err)
{
	size_t cap = o->max_nodes ? o->max_nodes : KG_RENDER_SFDP_MAX_NODES;
	size_t i, drawn = g->nnodes < cap ? g->nnodes : cap;
	const char *engine = o->engine;
	size_t dot_max = o->cluster != KG_CLUSTER_NONE
	                         ? KG_RENDER_DOT_CLUSTER_MAX_NODES
	                         : KG_RENDER_DOT_MAX_NODES;
	unsigned char *keep, *keep_edge;

	if (engine != NULL && !has_layout(gvc, engine))
		return kg_err_set(err, KG_EINVALID,
		                  "no layout engine '%s' in this Graphviz",
		                  engine);
	if (engine == NULL)
		engine = choose_layout(gvc, drawn, o->cluster);
	if (strcmp(engine, "dot") == 0 && o->max_nodes == 0 &&
	    drawn > dot_max) /* no faster engine */
		cap = drawn = dot_max;
	o->used_engine = engine;
	o->drawn_nodes = drawn;
	o->drawn_edges = g->nedges;
	if (g->nnodes <= cap)
		return KG_OK;
	keep = calloc(g->nnodes, 1);
	keep_edge = calloc(g->nedges ? g->nedges : 1, 1);
	d->keep = keep;
	d->keep_edge = keep_edge;
	if (keep == NULL || keep_edge == NULL ||
	    cap_graph(g, o->diff, cap, cap * EDGES_PER_NODE, keep, keep_edge) !=
	            0)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	for (o->drawn_edges = 0, i = 0; i < g->nedges; i++)
		o->drawn_edges += keep_edge[i];
	return KG_OK;
}

int kg_export_render_with(const kg_graph *g,
                          const char *path,
                          kg_draw_opts *o,
                          kg_err *err)
{
	struct kg_export__draw d = { NULL, NULL, KG_CLUSTER_NONE, NULL, NULL };
	const char *ext, *format;
	GVC_t *gvc;
	Agraph_t *ag;
	int rc;

	assert(g != NULL && path != NULL && o != NULL);
	format = picture_format(path, &ext);
	if (format == NULL)
		return kg_err_set(err, KG_EINVALID,
		                  "unknown picture format '%s' (use .svg, .png "
		                  "or .pdf)",
		                  ext);
	d.cluster = o->cluster;
	d.diff = o->diff;
	d.diff_since = o->diff_since;
	kg_export__errors_begin();
	gvc = shared_context();
	if (gvc == NULL)
		rc = kg_err_set(err, KG_ERROR, "cannot start Graphviz: %s",
		                kg_export__errors_text());
	else
		rc = plan(gvc, g, o, &d, err);
	if (rc == KG_OK)
		rc = kg_export__build(&ag, g, &d, err);
	if (rc == KG_OK) {
		rc = render_graph(gvc, ag, o->used_engine, format, path, err);
		agclose(ag);
	}
	kg_export__errors_end();
	free((void *)d.keep);
	free((void *)d.keep_edge);
	return rc;
}

int kg_export_render(const kg_graph *g, const char *path, kg_err *err)
{
	kg_draw_opts o = KG_DRAW_OPTS_INIT;

	return kg_export_render_with(g, path, &o, err);
}
