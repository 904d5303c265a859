/* export/diff.c - what changed between two graphs, as DOT or a picture
 * (kgraph diff)
 *
 * Entity ids differ between databases, so nodes are matched by type and
 * names (diff_match.c), and a fact is (subject, predicate, object, status)
 * over the matched nodes.  The union is built as one kg_graph whose nodes
 * are sorted by label and type (keys n1, n2, ...; type and aliases from the
 * new graph when the node is in both) and whose facts are sorted by that
 * key, each with a KG_DIFF_* mark; kg_export_dot_with or
 * kg_export_render_with then draws it.  A fact that appears twice under the
 * same key in one graph is drawn once.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export_int.h"

/* A node or edge of one side: side 1 is new, 0 is old. */
struct item {
	const kg_graph *g;
	size_t index;
	int side;
	size_t src, dst; /* merged node indexes (edges) */
};

static int edge_cmp(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	const kg_gedge *e = &x->g->edges[x->index];
	const kg_gedge *f = &y->g->edges[y->index];

	if (x->src != y->src)
		return x->src < y->src ? -1 : 1;
	if (e->pred != f->pred)
		return e->pred < f->pred ? -1 : 1;
	if (x->dst != y->dst)
		return x->dst < y->dst ? -1 : 1;
	if (e->status != f->status)
		return e->status < f->status ? -1 : 1;
	if (x->side != y->side)
		return y->side - x->side; /* new first: its evidence is drawn */
	return x->index < y->index ? -1 : (x->index > y->index);
}

static void free_merged(kg_graph *m)
{
	size_t i, j;

	for (i = 0; i < m->nnodes; i++) {
		free(m->nodes[i].key);
		free(m->nodes[i].label);
		for (j = 0; j < m->nodes[i].naliases; j++)
			free(m->nodes[i].aliases[j]);
		free(m->nodes[i].aliases);
	}
	for (i = 0; i < m->nedges; i++) {
		free(m->edges[i].doc);
		free(m->edges[i].evidence);
		free(m->edges[i].rule);
	}
	free(m->nodes);
	free(m->edges);
}

static int copy_edge(kg_gedge *to, const struct item *it)
{
	const kg_gedge *e = &it->g->edges[it->index];

	*to = *e;
	to->source = it->src;
	to->target = it->dst;
	to->doc = e->doc ? strdup(e->doc) : NULL;
	to->evidence = e->evidence ? strdup(e->evidence) : NULL;
	to->rule = e->rule ? strdup(e->rule) : NULL;
	return (e->doc && !to->doc) || (e->evidence && !to->evidence) ||
	                       (e->rule && !to->rule)
	               ? -1
	               : 0;
}

static int same_fact(const struct item *a, const struct item *b)
{
	const kg_gedge *e = &a->g->edges[a->index];
	const kg_gedge *f = &b->g->edges[b->index];

	return a->src == b->src && a->dst == b->dst && e->pred == f->pred &&
	       e->status == f->status;
}

/* Merged facts in key order with their marks; counts as in export.h. */
static int merge_edges(kg_graph *m,
                       unsigned char *marks,
                       const kg_graph *const gs[2],
                       size_t *map[2],
                       size_t counts[3])
{
	size_t n = gs[0]->nedges + gs[1]->nedges, i, j, k = 0;
	struct item *it = malloc((n ? n : 1) * sizeof(*it));
	int side, rc = 0;

	m->edges = calloc(n ? n : 1, sizeof(*m->edges));
	if (it == NULL || m->edges == NULL) {
		free(it);
		return -1;
	}
	for (i = 0, side = 0; side < 2; side++)
		for (j = 0; j < gs[side]->nedges; j++, i++) {
			const kg_gedge *e = &gs[side]->edges[j];

			it[i].g = gs[side];
			it[i].index = j;
			it[i].side = side;
			it[i].src = map[side][e->source];
			it[i].dst = map[side][e->target];
		}
	qsort(it, n, sizeof(*it), edge_cmp);
	for (i = 0; i < n && rc == 0; i = j) {
		int sides = 0;

		for (j = i; j < n && same_fact(&it[i], &it[j]); j++)
			sides |= 1 << it[j].side;
		marks[k] = sides == 3   ? KG_DIFF_COMMON
		           : sides == 2 ? KG_DIFF_ADDED
		                        : KG_DIFF_REMOVED;
		counts[marks[k] == KG_DIFF_ADDED     ? 0
		       : marks[k] == KG_DIFF_REMOVED ? 1
		                                     : 2]++;
		rc = copy_edge(&m->edges[k++], &it[i]);
	}
	m->nedges = k;
	free(it);
	return rc;
}

/* The merged graph of old and new and its marks, in d (freed with
 * diff_free).  KG_OK or KG_ENOMEM. */
struct diff {
	kg_graph m;
	unsigned char *marks;
	size_t counts[3];
};

static void diff_free(struct diff *d)
{
	free_merged(&d->m);
	free(d->marks);
}

static int diff_build(struct diff *d,
                      const kg_graph *old_g,
                      const kg_graph *new_g,
                      kg_err *err)
{
	const kg_graph *const gs[2] = { old_g, new_g };
	size_t *map[2], nedges = old_g->nedges + new_g->nedges;
	int rc = KG_OK;

	memset(d, 0, sizeof(*d));
	map[0] = malloc((old_g->nnodes ? old_g->nnodes : 1) * sizeof(size_t));
	map[1] = malloc((new_g->nnodes ? new_g->nnodes : 1) * sizeof(size_t));
	d->marks = malloc(nedges ? nedges : 1);
	if (map[0] == NULL || map[1] == NULL || d->marks == NULL ||
	    kg_export__diff_nodes(&d->m, gs, map) != 0 ||
	    merge_edges(&d->m, d->marks, gs, map, d->counts) != 0)
		rc = kg_err_set(err, KG_ENOMEM, "out of memory");
	free(map[0]);
	free(map[1]);
	return rc;
}

int kg_export_diff_dot(const kg_graph *old_g,
                       const kg_graph *new_g,
                       FILE *f,
                       const kg_draw_opts *opts,
                       size_t counts[3],
                       kg_err *err)
{
	kg_draw_opts o = KG_DRAW_OPTS_INIT;
	struct diff d;
	int rc;

	assert(old_g != NULL && new_g != NULL && f != NULL);
	if (opts != NULL)
		o = *opts;
	rc = diff_build(&d, old_g, new_g, err);
	if (rc == KG_OK) {
		o.diff = d.marks;
		o.diff_since = NULL;
		rc = kg_export_dot_with(&d.m, f, &o, err);
	}
	if (rc == KG_OK && counts != NULL)
		memcpy(counts, d.counts, sizeof(d.counts));
	diff_free(&d);
	return rc;
}

int kg_export_diff(const kg_graph *old_g,
                   const kg_graph *new_g,
                   FILE *f,
                   size_t counts[3],
                   kg_err *err)
{
	return kg_export_diff_dot(old_g, new_g, f, NULL, counts, err);
}

int kg_export_diff_render(const kg_graph *old_g,
                          const kg_graph *new_g,
                          const char *path,
                          kg_draw_opts *opts,
                          size_t counts[3],
                          size_t total[2],
                          kg_err *err)
{
	const unsigned char *marks = opts->diff;
	const char *since = opts->diff_since;
	struct diff d;
	int rc;

	assert(old_g != NULL && new_g != NULL && path != NULL && opts);
	rc = diff_build(&d, old_g, new_g, err);
	if (rc == KG_OK) {
		opts->diff = d.marks;
		opts->diff_since = NULL;
		rc = kg_export_render_with(&d.m, path, opts, err);
		opts->diff = marks;
		opts->diff_since = since;
	}
	if (rc == KG_OK && counts != NULL)
		memcpy(counts, d.counts, sizeof(d.counts));
	if (rc == KG_OK && total != NULL) {
		total[0] = d.m.nnodes;
		total[1] = d.m.nedges;
	}
	diff_free(&d);
	return rc;
}
