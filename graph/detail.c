/* graph/detail.c - the provenance of a graph's edges
 *
 * Each edge of a selection shows its first evidence (the all_facts view's
 * choice: by document name, sentence, byte offset, rule, evidence id) and
 * its support (distinct documents).  A few edges are looked up one by one;
 * a whole graph is read in one ordered pass over the evidence table, since
 * 300,000 lookups cost more in statement overhead than the scan.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* The first evidence and the support of fact ?1. */
#define ONE_SQL                                                                \
	"SELECT y.fact_id, d.name, y.sentence, se.text, y.rule,"               \
	" (SELECT count(DISTINCT x.doc_id) FROM evidence x"                    \
	"  WHERE x.fact_id = ?1)"                                              \
	" FROM evidence y JOIN documents d ON d.doc_id = y.doc_id"             \
	" LEFT JOIN sentences se ON se.doc_id = y.doc_id AND se.n = "          \
	"y.sentence"                                                           \
	" WHERE y.fact_id = ?1"                                                \
	" ORDER BY d.name, y.sentence, y.byte_start, y.rule, y.evidence_id"    \
	" LIMIT 1"

static char *dup_col(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return strdup(t ? (const char *)t : "");
}

/* Take row s as e's first evidence (s NULL: none). */
static int first(kg_gedge *e, sqlite3_stmt *s)
{
	e->doc = s ? dup_col(s, 1) : strdup("");
	e->sentence = s ? sqlite3_column_int64(s, 2) : 0;
	e->evidence = s ? dup_col(s, 3) : strdup("");
	e->rule = s ? dup_col(s, 4) : strdup("");
	return e->doc && e->evidence && e->rule ? KG_OK : KG_ENOMEM;
}

static int one_by_one(kg_store *st, kg_gedge *edges, size_t n, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int rc = KG_OK;

	if (sqlite3_prepare_v2(st->db, ONE_SQL, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	for (size_t i = 0; i < n && rc == KG_OK; i++) {
		int row;

		sqlite3_bind_int64(s, 1, edges[i].fact_id);
		row = sqlite3_step(s) == SQLITE_ROW;
		if ((rc = first(&edges[i], row ? s : NULL)) != KG_OK)
			rc = kg_err_set(err, rc, "out of memory");
		else if (row)
			edges[i].support = sqlite3_column_int(s, 5);
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	return rc;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* The number of distinct values in v[0..n), which it sorts. */
static int distinct(int64_t *v, size_t n)
{
	int k = n > 0;

	qsort(v, n, sizeof(*v), cmp_i64);
	for (size_t i = 1; i < n; i++)
		k += v[i] != v[i - 1];
	return k;
}

/* ---- the whole-graph scan ---------------------------------------------
 *
 * Joining evidence to documents and sentences in SQL costs a B-tree search
 * per evidence row for each; here each table is read once in its own order
 * instead (evidence through its covering UNIQUE index) and joined in memory:
 * documents by a sorted id array, sentences by a merge with the wanted
 * (doc_id, n) pairs, sorted.  The choice of the first evidence and the
 * support are those of ALL_SQL: evidence rows whose document is missing do
 * not count, a missing sentence reads as "" (ONE_SQL's joins).
 */

struct doc {
	int64_t id;  /* doc_id */
	size_t rank; /* place by name; equal names, equal rank */
	char *name;
};

struct docs {
	struct doc *v; /* by id, ascending */
	size_t n;
};

static int cmp_doc_id(const void *a, const void *b)
{
	int64_t x = ((const struct doc *)a)->id,
	        y = ((const struct doc *)b)->id;

	return (x > y) - (x < y);
}

static void docs_free(struct docs *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].name);
	free(d->v);
}

/* Every document, ranked by name (bytewise, as ORDER BY d.name). */
static int docs_load(kg_store *st, struct docs *d, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	size_t cap = 0;
	int step, rc = KG_OK;

	if (sqlite3_prepare_v2(st->db,
	                       "SELECT doc_id, name FROM documents"
	                       " ORDER BY name",
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		struct doc *x;

		if (d->n == cap) {
			cap = cap ? 2 * cap : 64;
			if (!(x = realloc(d->v, cap * sizeof(*x)))) {
				rc = KG_ENOMEM;
				break;
			}
			d->v = x;
		}
		x = &d->v[d->n];
		x->id = sqlite3_column_int64(s, 0);
		if (!(x->name = dup_col(s, 1))) {
			rc = KG_ENOMEM;
			break;
		}
		x->rank = d->n == 0 || strcmp(x[-1].name, x->name) != 0
		                  ? d->n
		                  : x[-1].rank;
		d->n++;
	}
	if (rc == KG_OK && step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	else if (rc == KG_ENOMEM)
		rc = kg_err_set(err, rc, "out of memory");
	sqlite3_finalize(s);
	qsort(d->v, d->n, sizeof(*d->v), cmp_doc_id);
	return rc;
}

static const struct doc *docs_find(const struct docs *d, int64_t id)
{
	struct doc key = { id, 0, NULL };

	return bsearch(&key, d->v, d->n, sizeof(*d->v), cmp_doc_id);
}

/* One evidence row; a fact's first is the least in this order (ONE_SQL's
 * ORDER BY). */
struct ev {
	const struct doc *doc;
	int64_t sentence, byte_start, evidence_id;
	const char *rule; /* NULL for SQL NULL, which sorts first */
};

static int ev_before(const struct ev *a, const struct ev *b)
{
	int c;

	if (a->doc->rank != b->doc->rank)
		return a->doc->rank < b->doc->rank;
	if (a->sentence != b->sentence)
		return a->sentence < b->sentence;
	if (a->byte_start != b->byte_start)
		return a->byte_start < b->byte_start;
	if ((a->rule == NULL) != (b->rule == NULL))
		return a->rule == NULL;
	if (a->rule != NULL && (c = strcmp(a->rule, b->rule)) != 0)
		return c < 0;
	return a->evidence_id < b->evidence_id;
}

/* A sentence an edge shows: (doc, n) of edge i. */
struct want {
	int64_t doc, n;
	size_t edge;
};

static int cmp_want(const void *a, const void *b)
{
	const struct want *x = a, *y = b;

	if (x->doc != y->doc)
		return (x->doc > y->doc) - (x->doc < y->doc);
	return (x->n > y->n) - (x->n < y->n);
}

/* The evidence of fact e->fact_id from the scan at s (positioned on its
 * first row): its first row's doc, sentence and rule, and its support.
 * Leaves s on the next fact's first row; *step is sqlite3_step's last
 * result.  KG_OK or KG_ENOMEM; *w is the sentence to show when a row was
 * found (w->edge left to the caller), else w->doc is -1. */
static int take_fact(kg_gedge *e,
                     sqlite3_stmt *s,
                     int *step,
                     const struct docs *d,
                     int64_t **docs,
                     size_t *cap,
                     struct want *w)
{
	struct ev best = { NULL, 0, 0, 0, NULL };
	char *rule = NULL;
	size_t ndocs = 0;

	w->doc = -1;

	for (; *step == SQLITE_ROW && sqlite3_column_int64(s, 0) == e->fact_id;
	     *step = sqlite3_step(s)) {
		struct ev x;

		if (!(x.doc = docs_find(d, sqlite3_column_int64(s, 1))))
			continue;
		x.sentence = sqlite3_column_int64(s, 2);
		x.byte_start = sqlite3_column_int64(s, 3);
		x.rule = (const char *)sqlite3_column_text(s, 4);
		x.evidence_id = sqlite3_column_int64(s, 5);
		if (ndocs == *cap) {
			int64_t *p;

			*cap = *cap ? 2 * *cap : 16;
			if (!(p = realloc(*docs, *cap * sizeof(*p))))
				goto nomem;
			*docs = p;
		}
		(*docs)[ndocs++] = x.doc->id;
		if (best.doc != NULL && !ev_before(&x, &best))
			continue;
		free(rule);
		rule = x.rule ? strdup(x.rule) : NULL;
		if (x.rule && rule == NULL)
			goto nomem;
		best = x;
		best.rule = rule;
	}
	if (best.doc == NULL)
		return first(e, NULL);
	e->doc = strdup(best.doc->name);
	e->sentence = best.sentence;
	e->rule = rule ? rule : strdup("");
	e->support = distinct(*docs, ndocs);
	w->doc = best.doc->id;
	w->n = best.sentence;
	return e->doc && e->rule ? KG_OK : KG_ENOMEM;
nomem:
	free(rule);
	return KG_ENOMEM;
}

/* The text of each wanted sentence into its edge's evidence, "" when the
 * sentence is missing; w sorted by cmp_want. */
static int
sentence_texts(kg_store *st, kg_gedge *edges, struct want *w, size_t n)
{
	sqlite3_stmt *s = NULL;
	size_t i = 0;
	int step;

	if (sqlite3_prepare_v2(st->db,
	                       "SELECT doc_id, n, text FROM sentences"
	                       " ORDER BY doc_id, n",
	                       -1, &s, NULL) != SQLITE_OK)
		return KG_EDB;
	for (step = sqlite3_step(s); step == SQLITE_ROW && i < n;
	     step = sqlite3_step(s)) {
		struct want row = { sqlite3_column_int64(s, 0),
			            sqlite3_column_int64(s, 1), 0 };

		for (; i < n && cmp_want(&w[i], &row) < 0; i++)
			if (!(edges[w[i].edge].evidence = strdup("")))
				goto nomem;
		for (; i < n && cmp_want(&w[i], &row) == 0; i++)
			if (!(edges[w[i].edge].evidence = dup_col(s, 2)))
				goto nomem;
	}
	if (step != SQLITE_ROW && step != SQLITE_DONE) {
		sqlite3_finalize(s);
		return KG_EDB;
	}
	for (; i < n; i++)
		if (!(edges[w[i].edge].evidence = strdup("")))
			goto nomem;
	sqlite3_finalize(s);
	return KG_OK;
nomem:
	sqlite3_finalize(s);
	return KG_ENOMEM;
}

/* edges sorted by fact_id: a merge with the scan of evidence by fact_id. */
static int in_one_pass(kg_store *st, kg_gedge *edges, size_t n, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	struct docs d = { NULL, 0 };
	struct want *w = malloc((n + 1) * sizeof(*w));
	int64_t *docs = NULL;
	size_t cap = 0, nw = 0;
	int step, rc;

	if (w == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if ((rc = docs_load(st, &d, err)) != KG_OK)
		goto out;
	if (sqlite3_prepare_v2(st->db,
	                       "SELECT fact_id, doc_id, sentence, byte_start,"
	                       " rule, evidence_id FROM evidence"
	                       " ORDER BY fact_id",
	                       -1, &s, NULL) != SQLITE_OK) {
		rc = kg_store__dberr(st, err);
		goto out;
	}
	step = sqlite3_step(s);
	for (size_t i = 0; i < n && rc == KG_OK; i++) {
		kg_gedge *e = &edges[i];

		while (step == SQLITE_ROW &&
		       sqlite3_column_int64(s, 0) < e->fact_id)
			step = sqlite3_step(s);
		rc = take_fact(e, s, &step, &d, &docs, &cap, &w[nw]);
		if (rc == KG_OK && w[nw].doc != -1)
			w[nw++].edge = i;
	}
	if (rc == KG_OK && step != SQLITE_ROW && step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	else if (rc == KG_OK) {
		qsort(w, nw, sizeof(*w), cmp_want);
		rc = sentence_texts(st, edges, w, nw);
		if (rc == KG_EDB)
			rc = kg_store__dberr(st, err);
	}
	if (rc == KG_ENOMEM)
		rc = kg_err_set(err, rc, "out of memory");
out:
	free(docs);
	free(w);
	docs_free(&d);
	sqlite3_finalize(s);
	return rc;
}

int kg_store__edge_details(
        kg_store *st, kg_gedge *edges, size_t n, size_t nfacts, kg_err *err)
{
	/* the scan reads every fact's evidence: worth it for most of them */
	if (n >= 1000 && n >= nfacts / 4)
		return in_one_pass(st, edges, n, err);
	return one_by_one(st, edges, n, err);
}
