/* graph/search.c - the full-text index of the sentences: creating it, and
 * searching it
 *
 * The index, its queue and its triggers are schema/search.sql.  A writer
 * indexes the queued documents just before it commits (kg_store_commit,
 * kg_store_put_doc outside a batch), and opening a database for writing
 * indexes whatever another writer left queued.  An older database (written
 * before the index existed) gets the index, filled from the sentences
 * table, the first time it is opened for writing, in one transaction that
 * checks again under the write lock, so two writers opening it at once fill
 * it once.  Searches are read-only
 * and short: the best few hundred sentences at most, each with its entities
 * and facts fetched by primary key.
 */
#include <string.h>

#include "kgraph/search.h"
#include "store_int.h"

/* Index the sentences of the queued documents and empty the queue, all or
 * nothing (a queue half emptied would index sentences twice). */
#define FLUSH_SQL                                                              \
	"SAVEPOINT kg_fts;"                                                    \
	" INSERT INTO sentence_fts(rowid, text, doc_id, n)"                    \
	" SELECT s.doc_id * 4294967296 + s.n, s.text, s.doc_id, s.n"           \
	" FROM sentence_fts_pending p JOIN sentences s ON s.doc_id = p.doc_id" \
	" ORDER BY s.doc_id, s.n;"                                             \
	" DELETE FROM sentence_fts_pending;"                                   \
	" RELEASE kg_fts"

static const char *col_text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

/* Does the one-row query sql give a row? */
static int has_row(kg_store *st, const char *sql)
{
	sqlite3_stmt *s = NULL;
	int found = 0;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) == SQLITE_OK)
		found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return found;
}

static int has_index(kg_store *st)
{
	return has_row(st, "SELECT 1 FROM sqlite_master WHERE type = 'table'"
	                   " AND name = 'sentence_fts_pending'");
}

int kg_search_ready(kg_store *st)
{
	return has_index(st) &&
	       !has_row(st, "SELECT 1 FROM sentence_fts_pending LIMIT 1");
}

int kg_store__search_flush(kg_store *st, kg_err *err)
{
	int rc = kg_store__exec(st, FLUSH_SQL, err);

	if (rc != KG_OK && !sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK TO kg_fts; RELEASE kg_fts", NULL,
		             NULL, NULL);
	return rc;
}

int kg_store__search_ensure(kg_store *st, kg_err *err)
{
	int rc;

	if (kg_search_ready(st))
		return KG_OK;
	if ((rc = kg_store__exec(st, "BEGIN IMMEDIATE", err)) != KG_OK)
		return rc;
	/* again under the write lock: another writer may have done it */
	if (!has_index(st) &&
	    (sqlite3_exec(st->db, kg_search_sql, NULL, NULL, NULL) ||
	     sqlite3_exec(st->db,
	                  "INSERT OR IGNORE INTO sentence_fts_pending"
	                  " SELECT doc_id FROM documents",
	                  NULL, NULL, NULL)))
		rc = kg_store__dberr(st, err);
	if (rc == KG_OK)
		rc = kg_store__search_flush(st, err);
	if (rc != KG_OK) {
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	return kg_store__exec(st, "COMMIT", err);
}

/* A failed step of a MATCH query: SQLITE_ERROR is the query's fault (FTS5
 * syntax, an unknown column filter); anything else is the database's. */
static int match_error(kg_store *st, const char *query, kg_err *err)
{
	if (sqlite3_errcode(st->db) == SQLITE_ERROR)
		return kg_err_set(err, KG_EINVALID, "bad query '%s': %s", query,
		                  sqlite3_errmsg(st->db));
	return kg_store__dberr(st, err);
}

int kg_search(kg_store *st,
              const char *query,
              int limit,
              kg_search_cb cb,
              void *payload,
              kg_err *err)
{
	static const char sql[] =
	        "SELECT bm25(sentence_fts) AS score, f.doc_id, d.name,"
	        " d.title, f.n, f.text FROM sentence_fts f"
	        " JOIN documents d ON d.doc_id = f.doc_id"
	        " WHERE sentence_fts MATCH ?1"
	        " ORDER BY score, d.name, f.n LIMIT ?2";
	sqlite3_stmt *s = NULL;
	kg_search_hit h;
	int rc = KG_OK, step;

	if (limit < 1)
		return kg_err_set(err, KG_EINVALID, "limit %d is not positive",
		                  limit);
	if (!kg_search_ready(st))
		return kg_err_set(err, KG_ENOTFOUND,
		                  "the search index is missing or behind (open"
		                  " the database for writing once)");
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	kg_store__bind_text(s, 1, query);
	sqlite3_bind_int(s, 2, limit);
	memset(&h, 0, sizeof(h));
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		h.rank++;
		h.score = sqlite3_column_double(s, 0);
		h.doc_id = sqlite3_column_int64(s, 1);
		h.doc = col_text(s, 2);
		h.title = col_text(s, 3);
		h.sentence = sqlite3_column_int64(s, 4);
		h.text = col_text(s, 5);
		if ((rc = cb(&h, payload)) != 0)
			break;
	}
	if (rc == KG_OK && step != SQLITE_DONE)
		rc = match_error(st, query, err);
	sqlite3_finalize(s);
	return rc;
}

int kg_search_entities(kg_store *st,
                       int64_t doc_id,
                       int64_t n,
                       kg_row_cb cb,
                       void *payload,
                       kg_err *err)
{
	static const char sql[] =
	        "SELECT DISTINCT e.entity_id, e.name, e.type"
	        " FROM mentions m JOIN entities e ON e.entity_id = m.entity_id"
	        " WHERE m.doc_id = ?1 AND m.sentence = ?2"
	        " ORDER BY e.name, e.type, e.entity_id";
	static const char *const names[3] = { "entity_id", "name", "type" };
	const char *values[3];
	sqlite3_stmt *s = NULL;
	int rc = KG_OK, step;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	sqlite3_bind_int64(s, 1, doc_id);
	sqlite3_bind_int64(s, 2, n);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		for (int i = 0; i < 3; i++)
			values[i] = col_text(s, i);
		if ((rc = cb(3, names, values, payload)) != 0)
			break;
	}
	if (rc == KG_OK && step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	sqlite3_finalize(s);
	return rc;
}

int kg_search_facts(kg_store *st,
                    int64_t doc_id,
                    int64_t n,
                    kg_fact_cb cb,
                    void *payload,
                    kg_err *err)
{
	/* one row per fact: a fact read twice from the sentence (two rules)
	 * shows its first rule */
	static const char sql[] =
	        "SELECT f.fact_id, f.subject, f.subject_type, f.predicate,"
	        " f.object, f.object_type, d.name, se.n, se.text,"
	        " min(e.rule), f.status, f.negated, f.support"
	        " FROM evidence e JOIN all_facts f ON f.fact_id = e.fact_id"
	        " JOIN documents d ON d.doc_id = e.doc_id"
	        " JOIN sentences se ON se.doc_id = e.doc_id"
	        "  AND se.n = e.sentence"
	        " WHERE e.doc_id = ?1 AND e.sentence = ?2"
	        " GROUP BY f.fact_id"
	        " ORDER BY f.subject, f.predicate, f.object, f.fact_id";
	sqlite3_stmt *s = NULL;
	kg_fact_row r;
	int rc = KG_OK, step;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	sqlite3_bind_int64(s, 1, doc_id);
	sqlite3_bind_int64(s, 2, n);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		r.fact_id = sqlite3_column_int64(s, 0);
		r.subject = col_text(s, 1);
		r.subject_type = col_text(s, 2);
		r.predicate = col_text(s, 3);
		r.object = col_text(s, 4);
		r.object_type = col_text(s, 5);
		r.doc = col_text(s, 6);
		r.sentence = sqlite3_column_int64(s, 7);
		r.evidence = col_text(s, 8);
		r.rule = col_text(s, 9);
		r.status = col_text(s, 10);
		r.negated = sqlite3_column_int(s, 11);
		r.support = sqlite3_column_int(s, 12);
		if ((rc = cb(&r, payload)) != 0)
			break;
	}
	if (rc == KG_OK && step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	sqlite3_finalize(s);
	return rc;
}
