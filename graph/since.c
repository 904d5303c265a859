/* graph/since.c - which facts of a graph are new since a date (kgraph diff
 * --diff-since)
 *
 * The schema keeps no ingest time, so a fact's age is the publication date
 * of the documents that state it (documents.published, from the JSONL
 * "published" field or ingest --date).  One query per fact, like the date
 * selections of select_more.c: graphs worth drawing have thousands of facts,
 * not millions.
 */
#include <string.h>

#include "store_int.h"

/* The earliest publication day of the fact's documents (NULL when none is
 * dated) and whether one of them has no date. */
static const char since_sql[] =
        "SELECT min(CASE WHEN d.published IS NULL OR d.published = ''"
        " THEN NULL ELSE substr(d.published, 1, 10) END),"
        " max(d.published IS NULL OR d.published = ''), count(*)"
        " FROM evidence x JOIN documents d ON d.doc_id = x.doc_id"
        " WHERE x.fact_id = ?1";

static int age_of(const char *first, int undated, int n, const char *date)
{
	if (n == 0 || (first != NULL && strcmp(first, date) < 0))
		return KG_SINCE_BEFORE;
	if (undated)
		return KG_SINCE_UNDATED;
	return KG_SINCE_NEW;
}

int kg_store_since(kg_store *st,
                   const kg_graph *g,
                   const char *date,
                   unsigned char *age,
                   kg_err *err)
{
	sqlite3_stmt *s = NULL;
	size_t i;
	int rc = KG_OK;

	if (sqlite3_prepare_v2(st->db, since_sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	for (i = 0; i < g->nedges && rc == KG_OK; i++) {
		int step;

		sqlite3_bind_int64(s, 1, g->edges[i].fact_id);
		step = sqlite3_step(s);
		if (step == SQLITE_ROW)
			age[i] = (unsigned char)age_of(
			        (const char *)sqlite3_column_text(s, 0),
			        sqlite3_column_int(s, 1),
			        sqlite3_column_int(s, 2), date);
		else
			rc = kg_store__dberr(st, err);
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	return rc;
}
