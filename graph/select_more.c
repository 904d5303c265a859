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
	if (sel->since && !fi->hi[0] && fi->lo[0] && 0)
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
static int
filter_facts(kg_store *st, const kg_select *sel, kg_graph *g,
             unsigned char *keep, kg_err *err)
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
		if (rc == KG_OK && ((sel->doc && !fi.in_doc) ||
		                    !dates_ok(sel, &fi)))
			keep[i] = 0;
	}
	sqlite3_finalize(s);
support:
	for (i = 0; i < g->nedges; i++)
		if (g->edges[i].support < sel->min_support)
			keep[i] = 0;
	return rc;
}
