/* export/diff.c - DOT of what changed between two graphs (kgraph diff)
 *
 * Entity ids differ between databases, so the two graphs are matched by
 * name: a node is its label, a fact is (subject label, predicate, object
 * label, status).  The union is built as one kg_graph whose nodes are
 * sorted by label (keys n1, n2, ...; type and aliases from the new graph
 * when the node is in both) and whose facts are sorted by that key, each
 * with a KG_DIFF_* mark; kg_export_dot_with then draws it.  A fact that
 * appears twice under the same key in one graph is drawn once.
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

static int node_cmp(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	int c = strcmp(x->g->nodes[x->index].label,
	               y->g->nodes[y->index].label);

	if (c != 0)
		return c;
	if (x->side != y->side)
		return y->side - x->side; /* new first */
	return x->index < y->index ? -1 : (x->index > y->index);
}

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

static char *dup(const char *s, int *fail)
{
	char *d;

	if (s == NULL)
		return NULL;
	d = strdup(s);
	if (d == NULL)
		*fail = 1;
	return d;
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

static int copy_node(kg_gnode *to, const kg_gnode *from, size_t k)
{
	char key[32];
	int fail = 0;
	size_t j;

	snprintf(key, sizeof(key), "n%zu", k + 1);
	to->key = dup(key, &fail);
	to->entity_id = from->entity_id;
	to->type = from->type;
	to->label = dup(from->label, &fail);
	to->aliases = calloc(from->naliases + 1, sizeof(char *));
	if (to->aliases == NULL)
		return -1;
	for (j = 0; j < from->naliases; j++) {
		to->aliases[j] = dup(from->aliases[j], &fail);
		to->naliases += to->aliases[j] != NULL;
	}
	return fail || to->key == NULL ? -1 : 0;
}

/* Merged nodes, and each side's node index -> merged index in map[side]. */
static int merge_nodes(kg_graph *m, const kg_graph *gs[2], size_t *map[2])
{
	size_t n = gs[0]->nnodes + gs[1]->nnodes, i, k = 0;
	struct item *it = malloc((n ? n : 1) * sizeof(*it));
	int side, rc = 0;

	m->nodes = calloc(n ? n : 1, sizeof(*m->nodes));
	if (it == NULL || m->nodes == NULL) {
		free(it);
		return -1;
	}
	for (i = 0, side = 0; side < 2; side++) {
		size_t j;

		for (j = 0; j < gs[side]->nnodes; j++, i++) {
			it[i].g = gs[side];
			it[i].index = j;
			it[i].side = side;
		}
	}
	qsort(it, n, sizeof(*it), node_cmp);
	for (i = 0; i < n && rc == 0; i++) {
		const kg_gnode *node = &it[i].g->nodes[it[i].index];

		if (i == 0 ||
		    strcmp(node->label,
		           it[i - 1].g->nodes[it[i - 1].index].label)) {
			rc = copy_node(&m->nodes[k], node, k);
			k++;
		}
		map[it[i].side][it[i].index] = k - 1;
	}
	m->nnodes = k;
	free(it);
	return rc;
}

static int copy_edge(kg_gedge *to, const struct item *it)
{
	const kg_gedge *e = &it->g->edges[it->index];
	int fail = 0;

	*to = *e;
	to->source = it->src;
	to->target = it->dst;
	to->doc = dup(e->doc, &fail);
	to->evidence = dup(e->evidence, &fail);
	to->rule = dup(e->rule, &fail);
	return fail ? -1 : 0;
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
                       const kg_graph *gs[2],
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

int kg_export_diff(const kg_graph *old_g,
                   const kg_graph *new_g,
                   FILE *f,
                   size_t counts[3],
                   kg_err *err)
{
	const kg_graph *gs[2] = { old_g, new_g };
	kg_graph m = { NULL, 0, NULL, 0 };
	kg_draw_opts o = KG_DRAW_OPTS_INIT;
	size_t *map[2], nedges, tally[3] = { 0, 0, 0 };
	unsigned char *marks;
	int rc = KG_OK;

	assert(old_g != NULL && new_g != NULL && f != NULL);
	nedges = old_g->nedges + new_g->nedges;
	map[0] = malloc((old_g->nnodes ? old_g->nnodes : 1) * sizeof(size_t));
	map[1] = malloc((new_g->nnodes ? new_g->nnodes : 1) * sizeof(size_t));
	marks = malloc(nedges ? nedges : 1);
	if (map[0] == NULL || map[1] == NULL || marks == NULL ||
	    merge_nodes(&m, gs, map) != 0 ||
	    merge_edges(&m, marks, gs, map, tally) != 0)
		rc = kg_err_set(err, KG_ENOMEM, "out of memory");
	if (rc == KG_OK) {
		o.diff = marks;
		rc = kg_export_dot_with(&m, f, &o, err);
	}
	if (rc == KG_OK && counts != NULL)
		memcpy(counts, tally, sizeof(tally));
	free_merged(&m);
	free(marks);
	free(map[0]);
	free(map[1]);
	return rc;
}
