/* graph/select_more.c - the later selections of kg_select: document, dates,
 * support and the shortest connection between two names
 *
 * kg_store_load_graph (select.c) loads the base selection; the filters here
 * then drop edges of that graph, and nodes left without an edge.  Per-fact
 * data (dates, documents) comes from one reused prepared statement.  The
 * graph keeps its order, so the output stays deterministic.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* A date as "YYYY-MM-DD": "2025" and "2025-08" widen to the first (lo) or
 * last (hi) day; anything else (a month name) gives "" (unknown). */
static void day_of(char out[11], const char *v, int hi)
{
	size_t n = v ? strlen(v) : 0;

	out[0] = '\0';
	if (n < 4 || (n != 4 && n != 7 && n < 10) || v[0] < '0' || v[0] > '9')
		return;
	memcpy(out, v, n >= 10 ? 10 : n);
	out[n >= 10 ? 10 : n] = '\0';
	if (n == 4)
		strcat(out, hi ? "-12" : "-01");
	if (n <= 7)
		strcat(out, hi ? "-31" : "-01");
}

/* One fact's dates: its span [lo, hi] ("" unknown) and doc match. */
typedef struct fact_info {
	char lo[11], hi[11];
	int in_doc;
} fact_info;

static const char info_sql[] =
        "SELECT f.valid_from, f.valid_to, f.status,"
        " (SELECT min(d.published) FROM evidence x JOIN documents d"
        "  ON d.doc_id = x.doc_id WHERE x.fact_id = f.fact_id),"
        " (SELECT min(l.literal) FROM fact l WHERE l.predicate ="
        "  'occurred_on' AND l.literal IS NOT NULL AND l.negated = 0 AND"
        "  (l.subject_id = f.subject_id OR l.subject_id = f.object_id)),"
        " EXISTS (SELECT 1 FROM evidence x JOIN documents d"
        "  ON d.doc_id = x.doc_id WHERE x.fact_id = f.fact_id AND"
        "  (d.name = ?2 OR substr(d.name, -length(?2) - 1) = '/' || ?2))"
        " FROM fact f WHERE f.fact_id = ?1";

static int fact_info_get(kg_store *st,
                         sqlite3_stmt *s,
                         int64_t fact_id,
                         fact_info *fi,
                         kg_err *err)
{
	int step;

	memset(fi, 0, sizeof(*fi));
	sqlite3_bind_int64(s, 1, fact_id);
	step = sqlite3_step(s);
	if (step == SQLITE_ROW) {
		const char *from = (const char *)sqlite3_column_text(s, 0);
		const char *to = (const char *)sqlite3_column_text(s, 1);
		const char *status = (const char *)sqlite3_column_text(s, 2);
		const char *pub = (const char *)sqlite3_column_text(s, 3);
		const char *event = (const char *)sqlite3_column_text(s, 4);

		day_of(fi->lo, from, 0);
		if (!fi->lo[0])
			day_of(fi->lo, event, 0);
		if (!fi->lo[0])
			day_of(fi->lo, pub, 0);
		day_of(fi->hi, to, 1);
		if (!fi->hi[0])
			day_of(fi->hi, event, 1);
		if (!fi->hi[0] && status && strcmp(status, "former") == 0)
			day_of(fi->hi, pub, 1);
		fi->in_doc = sqlite3_column_int(s, 5);
	}
	sqlite3_reset(s);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	return KG_OK;
}

/* Whether a fact spanning fi passes the date options of sel. */
static int dates_ok(const kg_select *sel, const fact_info *fi)
{
	if (sel->since && fi->hi[0] && strcmp(fi->hi, sel->since) < 0)
		return 0;
	if (sel->until && (!fi->lo[0] || strcmp(fi->lo, sel->until) > 0))
		return 0;
	if (sel->as_of && (!fi->lo[0] || strcmp(fi->lo, sel->as_of) > 0 ||
	                   (fi->hi[0] && strcmp(fi->hi, sel->as_of) < 0)))
		return 0;
	return 1;
}

static int doc_exists(kg_store *st, const char *doc, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int step;

	if (sqlite3_prepare_v2(st->db,
	                       "SELECT 1 FROM documents WHERE name = ?1 OR"
	                       " substr(name, -length(?1) - 1) = '/' || ?1",
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	kg_store__bind_text(s, 1, doc);
	step = sqlite3_step(s);
	sqlite3_finalize(s);
	if (step == SQLITE_ROW)
		return KG_OK;
	if (step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	return kg_err_set(err, KG_ENOTFOUND, "no document named '%s'", doc);
}

/* Clear keep[i] for the edges the fact filters drop. */
static int filter_facts(kg_store *st,
                        const kg_select *sel,
                        kg_graph *g,
                        unsigned char *keep,
                        kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int rc = KG_OK;
	size_t i;

	if (sel->doc && (rc = doc_exists(st, sel->doc, err)) != KG_OK)
		return rc;
	if (!sel->doc && !sel->since && !sel->until && !sel->as_of)
		goto support;
	if (sqlite3_prepare_v2(st->db, info_sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	kg_store__bind_text(s, 2, sel->doc ? sel->doc : "");
	for (i = 0; i < g->nedges && rc == KG_OK; i++) {
		fact_info fi;

		rc = fact_info_get(st, s, g->edges[i].fact_id, &fi, err);
		if (rc == KG_OK &&
		    ((sel->doc && !fi.in_doc) || !dates_ok(sel, &fi)))
			keep[i] = 0;
	}
	sqlite3_finalize(s);
support:
	for (i = 0; i < g->nedges; i++)
		if (g->edges[i].support < sel->min_support)
			keep[i] = 0;
	return rc;
}

/* Flag the nodes of g named name (any alias); KG_ENOTFOUND when no entity
 * has that name. */
static int mark_named(kg_store *st,
                      const char *name,
                      const kg_graph *g,
                      unsigned char *mark,
                      kg_err *err)
{
	const char *norm = kg_store__norm(st, name, strlen(name));
	sqlite3_stmt *s = NULL;
	int step, n = 0;

	if (norm == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (sqlite3_prepare_v2(st->db,
	                       "SELECT DISTINCT entity_id FROM aliases"
	                       " WHERE norm = ?1",
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	kg_store__bind_text(s, 1, norm);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);

		for (size_t i = 0; i < g->nnodes; i++)
			if (g->nodes[i].entity_id == id)
				mark[i] = 1;
		n++;
	}
	sqlite3_finalize(s);
	if (step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	if (n == 0)
		return kg_err_set(err, KG_ENOTFOUND, "no entity named '%s'",
		                  name);
	return KG_OK;
}

/* Breadth-first from the from-nodes over kept edges (both directions);
 * fills prev (the node each was reached from, SIZE_MAX for a start) and
 * returns the first to-node reached, or SIZE_MAX. */
static size_t bfs(const kg_graph *g,
                  const unsigned char *keep,
                  const unsigned char *from,
                  const unsigned char *to,
                  size_t *prev,
                  size_t *queue)
{
	size_t head = 0, tail = 0, i;

	for (i = 0; i < g->nnodes; i++) {
		prev[i] = from[i] ? SIZE_MAX : SIZE_MAX - 1;
		if (from[i])
			queue[tail++] = i;
	}
	while (head < tail) {
		size_t u = queue[head++];

		if (to[u])
			return u;
		for (i = 0; i < g->nedges; i++) {
			size_t v;

			if (!keep[i] || (g->edges[i].source != u &&
			                 g->edges[i].target != u))
				continue;
			v = g->edges[i].source == u ? g->edges[i].target
			                            : g->edges[i].source;
			if (prev[v] == SIZE_MAX - 1) {
				prev[v] = u;
				queue[tail++] = v;
			}
		}
	}
	return SIZE_MAX;
}

/* Keep only the edges joining consecutive nodes of a shortest path. */
static int filter_path(kg_store *st,
                       const kg_select *sel,
                       kg_graph *g,
                       unsigned char *keep,
                       kg_err *err)
{
	size_t n = g->nnodes + 1, end, i;
	unsigned char *from = calloc(n, 1), *to = calloc(n, 1);
	size_t *prev = malloc(n * sizeof(*prev));
	size_t *queue = malloc(n * sizeof(*queue));
	long *pos = malloc(n * sizeof(*pos));
	int rc = KG_OK;

	if (!from || !to || !prev || !queue || !pos) {
		rc = kg_err_set(err, KG_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = mark_named(st, sel->path_from, g, from, err)) != KG_OK ||
	    (rc = mark_named(st, sel->path_to, g, to, err)) != KG_OK)
		goto out;
	end = bfs(g, keep, from, to, prev, queue);
	if (end == SIZE_MAX) {
		rc = kg_err_set(err, KG_ENOTFOUND,
		                "no connection between '%s' and '%s'",
		                sel->path_from, sel->path_to);
		goto out;
	}
	for (i = 0; i < g->nnodes; i++)
		pos[i] = -1;
	for (long k = 0; end != SIZE_MAX; end = prev[end])
		pos[end] = k++;
	for (i = 0; i < g->nedges; i++) {
		long a = pos[g->edges[i].source], b = pos[g->edges[i].target];

		if (a < 0 || b < 0 || (a - b != 1 && b - a != 1))
			keep[i] = 0;
	}
out:
	free(from);
	free(to);
	free(prev);
	free(queue);
	free(pos);
	return rc;
}

/* Drop the unflagged edges, then the nodes no edge touches. */
static int compact(kg_graph *g, const unsigned char *keep, kg_err *err)
{
	size_t *new_of = malloc((g->nnodes + 1) * sizeof(*new_of));
	size_t i, ne = 0, nn = 0;

	if (new_of == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	for (i = 0; i < g->nnodes; i++)
		new_of[i] = SIZE_MAX;
	for (i = 0; i < g->nedges; i++) {
		kg_gedge *e = &g->edges[i];

		if (!keep[i]) {
			free(e->doc);
			free(e->evidence);
			free(e->rule);
			continue;
		}
		new_of[e->source] = new_of[e->target] = 0;
		g->edges[ne++] = *e;
	}
	g->nedges = ne;
	for (i = 0; i < g->nnodes; i++) {
		kg_gnode *n = &g->nodes[i];

		if (new_of[i] == SIZE_MAX) {
			free(n->key);
			free(n->label);
			for (size_t j = 0; j < n->naliases; j++)
				free(n->aliases[j]);
			free(n->aliases);
			continue;
		}
		new_of[i] = nn;
		g->nodes[nn++] = *n;
	}
	g->nnodes = nn;
	for (i = 0; i < g->nedges; i++) {
		g->edges[i].source = new_of[g->edges[i].source];
		g->edges[i].target = new_of[g->edges[i].target];
	}
	free(new_of);
	return KG_OK;
}

int kg_store_load_selection(kg_store *st,
                            const kg_select *sel,
                            kg_graph **out,
                            kg_err *err)
{
	unsigned char *keep;
	kg_graph *g;
	int rc;

	*out = NULL;
	if ((rc = kg_store_load_graph(st, sel, &g, err)) != KG_OK)
		return rc;
	if (sel == NULL ||
	    (!sel->doc && !sel->since && !sel->until && !sel->as_of &&
	     sel->min_support <= 1 && !(sel->path_from && sel->path_to))) {
		*out = g;
		return KG_OK;
	}
	keep = malloc(g->nedges + 1);
	if (keep == NULL) {
		kg_graph_free(g);
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	}
	memset(keep, 1, g->nedges + 1);
	rc = filter_facts(st, sel, g, keep, err);
	if (rc == KG_OK && sel->path_from && sel->path_to)
		rc = filter_path(st, sel, g, keep, err);
	if (rc == KG_OK)
		rc = compact(g, keep, err);
	free(keep);
	if (rc != KG_OK) {
		kg_graph_free(g);
		return rc;
	}
	*out = g;
	return KG_OK;
}
