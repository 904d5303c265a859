/* graph/detail.c - the provenance of a graph's edges
 *
 * Each edge of a selection shows its first evidence (the all_facts view's
 * choice: by document name, sentence, byte offset, rule, evidence id) and
 * its support (distinct documents).  A few edges are looked up one by one;
 * a whole graph is read in one ordered pass over the evidence table, since
 * 300,000 lookups cost more in statement overhead than the scan.
 */
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

/* Every evidence row, each fact's first one first; column 5 is the doc. */
#define ALL_SQL                                                                \
	"SELECT y.fact_id, d.name, y.sentence, se.text, y.rule, y.doc_id"      \
	" FROM evidence y JOIN documents d ON d.doc_id = y.doc_id"             \
	" LEFT JOIN sentences se ON se.doc_id = y.doc_id AND se.n = "          \
	"y.sentence"                                                           \
	" ORDER BY y.fact_id, d.name, y.sentence, y.byte_start, y.rule,"       \
	" y.evidence_id"

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

/* edges sorted by fact_id: a merge with the ordered scan. */
static int in_one_pass(kg_store *st, kg_gedge *edges, size_t n, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int64_t *docs = NULL;
	size_t ndocs = 0, cap = 0, i = 0;
	int step, rc = KG_OK;

	if (sqlite3_prepare_v2(st->db, ALL_SQL, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	step = sqlite3_step(s);
	for (; i < n && rc == KG_OK; i++) {
		kg_gedge *e = &edges[i];

		while (step == SQLITE_ROW &&
		       sqlite3_column_int64(s, 0) < e->fact_id)
			step = sqlite3_step(s);
		if (step != SQLITE_ROW ||
		    sqlite3_column_int64(s, 0) != e->fact_id) {
			rc = first(e, NULL);
			continue;
		}
		if ((rc = first(e, s)) != KG_OK)
			break;
		for (ndocs = 0; step == SQLITE_ROW &&
		                sqlite3_column_int64(s, 0) == e->fact_id;
		     step = sqlite3_step(s)) {
			if (ndocs == cap) {
				int64_t *p;

				cap = cap ? 2 * cap : 16;
				if (!(p = realloc(docs, cap * sizeof(*p)))) {
					rc = KG_ENOMEM;
					break;
				}
				docs = p;
			}
			docs[ndocs++] = sqlite3_column_int64(s, 5);
		}
		e->support = distinct(docs, ndocs);
	}
	if (rc == KG_ENOMEM)
		rc = kg_err_set(err, rc, "out of memory");
	else if (rc == KG_OK && step != SQLITE_ROW && step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	free(docs);
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
