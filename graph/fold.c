/* graph/fold.c - extraction records: the kgraph extract line of each
 * document, kept so that kgraph merge can replay shards into one database
 *
 * A record is keyed by the document's text hash, not its doc_id: retract
 * deletes documents and SQLite may hand a freed doc_id to the next one, but
 * a hash only ever names one text, so a record left behind by a retracted
 * document can never be mistaken for another's (the walk joins on the hash
 * of the documents still stored).  The table is created on demand, so a
 * database made before it existed can still become a shard.
 */
#include <string.h>

#include "kgraph/fold.h"
#include "store_int.h"

static const char create_sql[] =
        "CREATE TABLE IF NOT EXISTS extracts ("
        " hash TEXT NOT NULL UNIQUE, line TEXT NOT NULL)";

/* the stored document with the highest doc_id is the one stored last:
 * SQLite gives a new row max(doc_id) + 1 */
static const char put_sql[] =
        "INSERT OR REPLACE INTO extracts(hash, line)"
        " SELECT hash, ?1 FROM documents ORDER BY doc_id DESC LIMIT 1";

int kg_store__put_record(kg_store *st, const char *line, size_t n, kg_err *err)
{
	int rc;

	if (st->put_record == NULL) {
		if ((rc = kg_store__exec(st, create_sql, err)) != KG_OK)
			return rc;
		if (sqlite3_prepare_v3(st->db, put_sql, -1,
		                       SQLITE_PREPARE_PERSISTENT,
		                       &st->put_record, NULL) != SQLITE_OK)
			return kg_store__dberr(st, err);
	}
	sqlite3_bind_text64(st->put_record, 1, line, n, SQLITE_STATIC,
	                    SQLITE_UTF8);
	rc = sqlite3_step(st->put_record);
	if (rc != SQLITE_DONE)
		kg_store__dberr(st, err);
	sqlite3_reset(st->put_record);
	sqlite3_clear_bindings(st->put_record);
	return rc == SQLITE_DONE ? KG_OK : KG_EDB;
}

int kg_store_put_record(kg_store *st, const char *line, size_t n, kg_err *err)
{
	int rc;

	if (st->readonly)
		return kg_err_set(err, KG_EDB, "the store is read-only");
	if ((rc = kg_store__put_record(st, line, n, err)) == KG_OK &&
	    st->in_batch)
		kg_store__log_record(st, line, n);
	return rc;
}

/* Prepare sql against the extracts table; KG_ENOTFOUND when it is absent. */
static int prepare(kg_store *st, const char *sql, sqlite3_stmt **q, kg_err *err)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, q, NULL) == SQLITE_OK)
		return KG_OK;
	if (strstr(sqlite3_errmsg(st->db), "no such table"))
		return kg_err_set(err, KG_ENOTFOUND,
		                  "no extraction records (ingest it with "
		                  "--shard to merge it)");
	return kg_store__dberr(st, err);
}

int kg_store_records_check(kg_store *st, int64_t *ndocs, kg_err *err)
{
	sqlite3_stmt *q = NULL;
	int rc;

	*ndocs = 0;
	rc = prepare(st,
	             "SELECT (SELECT count(*) FROM documents), d.name"
	             " FROM (SELECT 1) LEFT JOIN documents d ON NOT EXISTS"
	             " (SELECT 1 FROM extracts x WHERE x.hash = d.hash)"
	             " ORDER BY d.doc_id LIMIT 1",
	             &q, err);
	if (rc != KG_OK)
		return rc;
	if (sqlite3_step(q) != SQLITE_ROW) {
		rc = kg_store__dberr(st, err);
	} else {
		*ndocs = sqlite3_column_int64(q, 0);
		if (sqlite3_column_type(q, 1) != SQLITE_NULL)
			rc = kg_err_set(
			        err, KG_ENOTFOUND,
			        "document '%.150s' has no extraction "
			        "record (ingest it with --shard)",
			        (const char *)sqlite3_column_text(q, 1));
	}
	sqlite3_finalize(q);
	return rc;
}

int kg_store_records(kg_store *st, kg_record_cb cb, void *payload, kg_err *err)
{
	sqlite3_stmt *q = NULL;
	int rc;

	rc = prepare(st,
	             "SELECT d.name, x.line FROM documents d"
	             " JOIN extracts x ON x.hash = d.hash ORDER BY d.doc_id",
	             &q, err);
	while (rc == KG_OK) {
		int step = sqlite3_step(q);

		if (step == SQLITE_DONE)
			break;
		if (step != SQLITE_ROW) {
			rc = kg_store__dberr(st, err);
			break;
		}
		rc = cb((const char *)sqlite3_column_text(q, 0),
		        (const char *)sqlite3_column_text(q, 1),
		        (size_t)sqlite3_column_bytes(q, 1), payload);
	}
	sqlite3_finalize(q);
	return rc;
}
