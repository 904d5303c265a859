/* export/diff_match.c - which node of the old graph is which node of the new
 * one (kgraph diff)
 *
 * Entity ids differ between databases, so nodes are matched by what they
 * are called (docs/export.md, "Diff"): a node matches at most one node of
 * the other graph, of the same type, that shares a name with it (its
 * canonical name or an alias, compared as kg_norm keys).  When there are
 * several candidates, the pair with the same canonical name wins, then the
 * pair sharing more names, then the pair sharing more neighbours (same
 * predicate and direction, same normalised name at the other end), then
 * label order.  Two nodes of one graph are never merged, so two entities
 * with one name stay two nodes, and an EVENT and an ORG with one name are
 * never one node.  DATE literals match by value like any name.
 *
 * Workload: names are few per node (1-10), so all names of both graphs are
 * sorted once and the candidates read off runs of equal (type, name); the
 * neighbour count, quadratic in the degrees, is only computed for nodes
 * with more than one candidate.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export_int.h"

/* One name of one node. */
struct name_ref {
	const char *norm; /* into the side's name storage */
	kg_type type;
	int side; /* 0 old, 1 new */
	size_t node;
};

/* A candidate pair, old node o and new node n. */
struct pair {
	size_t o, n;
	int same_label;      /* normalised canonical names equal */
	size_t shared;       /* names in common */
	size_t neigh;        /* neighbours in common (ambiguous pairs only) */
	const char *lo, *ln; /* the two labels, for the last tie-break */
};

/* What the matcher knows of both graphs. */
struct matcher {
	const kg_graph *const *gs; /* [0] old, [1] new */
	char **label[2];           /* normalised label of each node */
	size_t *adj_at[2];         /* CSR: edges of node i are */
	size_t *adj[2];            /* adj[adj_at[i] .. adj_at[i + 1]) */
};

static char *norm_dup(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	char *out = malloc(n + 1);

	if (out != NULL)
		kg_norm(out, n + 1, s ? s : "", n);
	return out;
}

static int name_cmp(const void *a, const void *b)
{
	const struct name_ref *x = a, *y = b;
	int c;

	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	if ((c = strcmp(x->norm, y->norm)) != 0)
		return c;
	if (x->side != y->side)
		return x->side - y->side;
	return x->node < y->node ? -1 : (x->node > y->node);
}

/* Normalised labels and the edges of each node, for side s. */
static int index_side(struct matcher *mt, int s)
{
	const kg_graph *g = mt->gs[s];
	size_t i, *fill;

	mt->label[s] = calloc(g->nnodes + 1, sizeof(char *));
	mt->adj_at[s] = calloc(g->nnodes + 1, sizeof(size_t));
	mt->adj[s] = malloc((2 * g->nedges + 1) * sizeof(size_t));
	fill = calloc(g->nnodes + 1, sizeof(size_t));
	if (!mt->label[s] || !mt->adj_at[s] || !mt->adj[s] || !fill) {
		free(fill);
		return -1;
	}
	for (i = 0; i < g->nnodes; i++)
		if ((mt->label[s][i] = norm_dup(g->nodes[i].label)) == NULL)
			break;
	for (i = 0; i < g->nedges; i++) {
		mt->adj_at[s][g->edges[i].source + 1]++;
		mt->adj_at[s][g->edges[i].target + 1]++;
	}
	for (i = 0; i < g->nnodes; i++)
		mt->adj_at[s][i + 1] += mt->adj_at[s][i];
	for (i = 0; i < g->nedges; i++) {
		size_t a = g->edges[i].source, b = g->edges[i].target;

		mt->adj[s][mt->adj_at[s][a] + fill[a]++] = i;
		mt->adj[s][mt->adj_at[s][b] + fill[b]++] = i;
	}
	free(fill);
	for (i = 0; i < g->nnodes; i++)
		if (mt->label[s][i] == NULL)
			return -1;
	return 0;
}

static void matcher_free(struct matcher *mt)
{
	int s;
	size_t i;

	for (s = 0; s < 2; s++) {
		if (mt->label[s] != NULL)
			for (i = 0; i < mt->gs[s]->nnodes; i++)
				free(mt->label[s][i]);
		free(mt->label[s]);
		free(mt->adj_at[s]);
		free(mt->adj[s]);
	}
}

/* Every (node, name) of both graphs, each node's names distinct, sorted by
 * (type, name, side, node).  norms holds the strings; NULL on ENOMEM. */
static struct name_ref *
all_names(const struct matcher *mt, char ***norms, size_t *count)
{
	size_t n = 0, k = 0, i, j;
	struct name_ref *r;
	int s;

	for (s = 0; s < 2; s++)
		for (i = 0; i < mt->gs[s]->nnodes; i++)
			n += 1 + mt->gs[s]->nodes[i].naliases;
	r = malloc((n + 1) * sizeof(*r));
	*norms = calloc(n + 1, sizeof(char *));
	if (r == NULL || *norms == NULL) {
		free(r);
		return NULL;
	}
	for (s = 0; s < 2; s++)
		for (i = 0; i < mt->gs[s]->nnodes; i++) {
			const kg_gnode *node = &mt->gs[s]->nodes[i];

			for (j = 0; j <= node->naliases; j++, k++) {
				const char *name =
				        j ? node->aliases[j - 1] : node->label;

				if (((*norms)[k] = norm_dup(name)) == NULL) {
					free(r);
					return NULL;
				}
				r[k].norm = (*norms)[k];
				r[k].type = node->type;
				r[k].side = s;
				r[k].node = i;
			}
		}
	qsort(r, n, sizeof(*r), name_cmp);
	for (i = j = 0; i < n; i++) /* one name per node */
		if (j == 0 || name_cmp(&r[i], &r[j - 1]) != 0)
			r[j++] = r[i];
	*count = j;
	return r;
}

static int pair_key_cmp(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->o != y->o)
		return x->o < y->o ? -1 : 1;
	return x->n < y->n ? -1 : (x->n > y->n);
}

/* The candidate pairs: each (old, new) sharing a name of the same type,
 * once, with the number of names shared.  NULL on ENOMEM. */
static struct pair *
candidates(const struct name_ref *r, size_t nr, size_t *count)
{
	size_t i, j, cap = 16, n = 0;
	struct pair *p = malloc(cap * sizeof(*p));

	for (i = 0; p != NULL && i < nr; i = j) {
		size_t a, b, first_new = i;

		for (j = i; j < nr && r[j].type == r[i].type &&
		            strcmp(r[j].norm, r[i].norm) == 0;
		     j++)
			if (r[j].side == 0)
				first_new = j + 1;
		for (a = i; a < first_new; a++)
			for (b = first_new; b < j; b++) {
				struct pair *q;

				if (n == cap &&
				    (q = realloc(p, 2 * cap * sizeof(*p)))) {
					p = q;
					cap *= 2;
				} else if (n == cap) {
					free(p);
					return NULL;
				}
				memset(&p[n], 0, sizeof(p[n]));
				p[n].o = r[a].node;
				p[n].n = r[b].node;
				p[n++].shared = 1;
			}
	}
	if (p == NULL)
		return NULL;
	qsort(p, n, sizeof(*p), pair_key_cmp);
	for (i = j = 0; i < n; i++)
		if (j > 0 && pair_key_cmp(&p[i], &p[j - 1]) == 0)
			p[j - 1].shared++;
		else
			p[j++] = p[i];
	*count = j;
	return p;
}

/* Neighbours in common: edges of old node o and new node n with the same
 * predicate, the same direction and the same name at the other end. */
static size_t common_neighbours(const struct matcher *mt, size_t o, size_t n)
{
	const kg_graph *g0 = mt->gs[0], *g1 = mt->gs[1];
	size_t a, b, count = 0;

	for (a = mt->adj_at[0][o]; a < mt->adj_at[0][o + 1]; a++) {
		const kg_gedge *e = &g0->edges[mt->adj[0][a]];
		int out = e->source == o;
		const char *far = mt->label[0][out ? e->target : e->source];

		for (b = mt->adj_at[1][n]; b < mt->adj_at[1][n + 1]; b++) {
			const kg_gedge *f = &g1->edges[mt->adj[1][b]];
			int fout = f->source == n;

			if (f->pred == e->pred && fout == out &&
			    strcmp(far, mt->label[1][fout ? f->target
			                                  : f->source]) == 0) {
				count++;
				break;
			}
		}
	}
	return count;
}

static int rank_cmp(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	int c;

	if (x->same_label != y->same_label)
		return y->same_label - x->same_label;
	if (x->shared != y->shared)
		return x->shared > y->shared ? -1 : 1;
	if (x->neigh != y->neigh)
		return x->neigh > y->neigh ? -1 : 1;
	c = strcmp(x->lo, y->lo);
	if (c == 0)
		c = strcmp(x->ln, y->ln);
	return c != 0 ? c : pair_key_cmp(a, b);
}

/* Score the pairs and match greedily, best first: match[o] is the new
 * node of old node o, or SIZE_MAX.  -1 on ENOMEM. */
static int
match_pairs(const struct matcher *mt, struct pair *p, size_t np, size_t *match)
{
	size_t n0 = mt->gs[0]->nnodes, n1 = mt->gs[1]->nnodes, i;
	size_t *cand[2];
	unsigned char *taken = calloc(n1 + 1, 1);

	cand[0] = calloc(n0 + 1, sizeof(size_t));
	cand[1] = calloc(n1 + 1, sizeof(size_t));
	if (taken == NULL || cand[0] == NULL || cand[1] == NULL) {
		free(taken);
		free(cand[0]);
		free(cand[1]);
		return -1;
	}
	for (i = 0; i < np; i++) {
		cand[0][p[i].o]++;
		cand[1][p[i].n]++;
	}
	for (i = 0; i < np; i++) {
		p[i].same_label =
		        strcmp(mt->label[0][p[i].o], mt->label[1][p[i].n]) == 0;
		if (cand[0][p[i].o] > 1 || cand[1][p[i].n] > 1)
			p[i].neigh = common_neighbours(mt, p[i].o, p[i].n);
		p[i].lo = mt->gs[0]->nodes[p[i].o].label;
		p[i].ln = mt->gs[1]->nodes[p[i].n].label;
	}
	qsort(p, np, sizeof(*p), rank_cmp);
	for (i = 0; i < n0; i++)
		match[i] = SIZE_MAX;
	for (i = 0; i < np; i++)
		if (match[p[i].o] == SIZE_MAX && !taken[p[i].n]) {
			match[p[i].o] = p[i].n;
			taken[p[i].n] = 1;
		}
	free(taken);
	free(cand[0]);
	free(cand[1]);
	return 0;
}

/* A node of the merged graph: a new node (with its old match, if any) or
 * an old node no new node matched. */
struct item {
	const kg_gnode *node;
	int side;
	size_t index;
};

static int item_cmp(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	int c = strcmp(x->node->label, y->node->label);

	if (c != 0)
		return c;
	if (x->node->type != y->node->type)
		return x->node->type < y->node->type ? -1 : 1;
	if (x->side != y->side)
		return y->side - x->side; /* new first */
	return x->index < y->index ? -1 : (x->index > y->index);
}

static char *dup_or_fail(const char *s, int *fail)
{
	char *d;

	if (s == NULL)
		return NULL;
	if ((d = strdup(s)) == NULL)
		*fail = 1;
	return d;
}

static int copy_node(kg_gnode *to, const kg_gnode *from, size_t k)
{
	char key[32];
	int fail = 0;
	size_t j;

	snprintf(key, sizeof(key), "n%zu", k + 1);
	to->key = dup_or_fail(key, &fail);
	to->entity_id = from->entity_id;
	to->type = from->type;
	to->label = dup_or_fail(from->label, &fail);
	to->aliases = calloc(from->naliases + 1, sizeof(char *));
	if (to->aliases == NULL)
		return -1;
	for (j = 0; j < from->naliases; j++) {
		to->aliases[j] = dup_or_fail(from->aliases[j], &fail);
		to->naliases += to->aliases[j] != NULL;
	}
	return fail || to->key == NULL ? -1 : 0;
}

/* The merged nodes in (label, type) order, from the match. */
static int merged_nodes(kg_graph *m,
                        const kg_graph *const gs[2],
                        const size_t *match,
                        size_t *map[2])
{
	size_t n = gs[1]->nnodes, i, k;
	struct item *it = malloc((gs[0]->nnodes + n + 1) * sizeof(*it));

	m->nodes = calloc(gs[0]->nnodes + n + 1, sizeof(*m->nodes));
	if (it == NULL || m->nodes == NULL) {
		free(it);
		return -1;
	}
	for (i = 0; i < gs[1]->nnodes; i++)
		it[i] = (struct item){ &gs[1]->nodes[i], 1, i };
	for (i = 0; i < gs[0]->nnodes; i++)
		if (match[i] == SIZE_MAX)
			it[n++] = (struct item){ &gs[0]->nodes[i], 0, i };
	qsort(it, n, sizeof(*it), item_cmp);
	for (k = 0; k < n; k++) {
		map[it[k].side][it[k].index] = k;
		if (copy_node(&m->nodes[k], it[k].node, k) != 0) {
			m->nnodes = k + 1;
			free(it);
			return -1;
		}
	}
	m->nnodes = n;
	for (i = 0; i < gs[0]->nnodes; i++)
		if (match[i] != SIZE_MAX)
			map[0][i] = map[1][match[i]];
	free(it);
	return 0;
}

int kg_export__diff_nodes(kg_graph *m,
                          const kg_graph *const gs[2],
                          size_t *map[2])
{
	struct matcher mt = {
		gs, { NULL, NULL }, { NULL, NULL }, { NULL, NULL }
	};
	struct name_ref *names = NULL;
	struct pair *pairs = NULL;
	char **norms = NULL;
	size_t nnames = 0, npairs = 0, i;
	size_t *match = malloc((gs[0]->nnodes + 1) * sizeof(size_t));
	int rc = -1;

	if (match != NULL && index_side(&mt, 0) == 0 &&
	    index_side(&mt, 1) == 0 &&
	    (names = all_names(&mt, &norms, &nnames)) != NULL &&
	    (pairs = candidates(names, nnames, &npairs)) != NULL &&
	    match_pairs(&mt, pairs, npairs, match) == 0)
		rc = merged_nodes(m, gs, match, map);
	if (norms != NULL)
		for (i = 0; norms[i] != NULL; i++)
			free(norms[i]);
	free(norms);
	free(names);
	free(pairs);
	free(match);
	matcher_free(&mt);
	return rc;
}
