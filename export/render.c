/* export/render.c - lay a kg_graph out and render it to SVG, PNG or PDF (gvc)
 *
 * The graph is the one kg_export_dot writes (kg_export__build).  Layout cost
 * grows fast with size, so: dot (layered, best for small graphs) up to
 * SMALL_GRAPH nodes, sfdp (multiscale force-directed) above, falling back to
 * neato and then dot when a layout plugin is not installed; and at most
 * KG_EXPORT_RENDER_MAX_NODES nodes, chosen by edge support (docs/export.md).
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

#define SMALL_GRAPH 300 /* nodes; above this, dot's layout gets too slow */

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

static const char *choose_layout(GVC_t *gvc, size_t nnodes)
{
	if (nnodes <= SMALL_GRAPH)
		return "dot";
	if (has_layout(gvc, "sfdp"))
		return "sfdp";
	if (has_layout(gvc, "neato"))
		return "neato";
	return "dot";
}

/* An edge to rank by support; ties keep array order. */
struct ranked {
	int support;
	size_t index;
};

static int by_support(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->support != y->support)
		return x->support > y->support ? -1 : 1;
	return x->index < y->index ? -1 : (x->index > y->index);
}

static void keep_node(unsigned char *keep, size_t *kept, size_t i)
{
	if (!keep[i]) {
		keep[i] = 1;
		(*kept)++;
	}
}

/* Flags for the nodes to draw when g is too big: the endpoints of the
 * most-supported edges, then the other nodes in order, up to the cap.
 * Returns malloc'd flags, or NULL when out of memory. */
static unsigned char *cap_nodes(const kg_graph *g)
{
	unsigned char *keep = calloc(g->nnodes, 1);
	struct ranked *order =
	        malloc((g->nedges ? g->nedges : 1) * sizeof(*order));
	size_t i, kept = 0, max = KG_EXPORT_RENDER_MAX_NODES;

	if (keep == NULL || order == NULL) {
		free(keep);
		free(order);
		return NULL;
	}
	for (i = 0; i < g->nedges; i++) {
		order[i].support = g->edges[i].support;
		order[i].index = i;
	}
	qsort(order, g->nedges, sizeof(*order), by_support);
	for (i = 0; i < g->nedges && kept + 2 <= max; i++) {
		keep_node(keep, &kept, g->edges[order[i].index].source);
		keep_node(keep, &kept, g->edges[order[i].index].target);
	}
	for (i = 0; i < g->nnodes && kept < max; i++)
		keep_node(keep, &kept, i);
	free(order);
	return keep;
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
static int render_graph(Agraph_t *ag,
                        size_t nnodes,
                        const char *format,
                        const char *path,
                        kg_err *err)
{
	GVC_t *gvc = shared_context();
	FILE *f;
	int rc = KG_OK;

	if (gvc == NULL)
		return kg_err_set(err, KG_ERROR, "cannot start Graphviz: %s",
		                  kg_export__errors_text());
	f = fopen(path, "wb");
	if (f == NULL) {
		rc = kg_err_set(err, KG_EIO, "cannot write %s: %s", path,
		                strerror(errno));
	} else if (gvLayout(gvc, ag, choose_layout(gvc, nnodes)) != 0) {
		rc = kg_err_set(err, KG_ERROR, "layout failed: %s",
		                kg_export__errors_text());
	} else {
		if (gvRender(gvc, ag, format, f) != 0)
			rc = kg_err_set(err, KG_ERROR, "cannot render %s: %s",
			                path, kg_export__errors_text());
		gvFreeLayout(gvc, ag);
	}
	if (f != NULL) {
		if (fclose(f) != 0 && rc == KG_OK)
			rc = kg_err_set(err, KG_EIO, "cannot write %s: %s",
			                path, strerror(errno));
		if (rc != KG_OK)
			remove(path); /* no half-written picture */
	}
	return rc;
}

int kg_export_render(const kg_graph *g, const char *path, kg_err *err)
{
	const char *ext, *format;
	unsigned char *keep = NULL;
	size_t nnodes;
	Agraph_t *ag;
	int rc;

	assert(g != NULL && path != NULL);
	format = picture_format(path, &ext);
	if (format == NULL)
		return kg_err_set(err, KG_EINVALID,
		                  "unknown picture format '%s' (use .svg, .png "
		                  "or .pdf)",
		                  ext);
	nnodes = g->nnodes;
	if (nnodes > KG_EXPORT_RENDER_MAX_NODES) {
		keep = cap_nodes(g);
		if (keep == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		nnodes = KG_EXPORT_RENDER_MAX_NODES;
	}
	kg_export__errors_begin();
	rc = kg_export__build(&ag, g, keep, err);
	if (rc == KG_OK) {
		rc = render_graph(ag, nnodes, format, path, err);
		agclose(ag);
	}
	kg_export__errors_end();
	free(keep);
	return rc;
}
