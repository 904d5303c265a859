/* graph/retract.c - removing a document and everything only it supported
 *
 * One transaction: the document's own rows go first (evidence, mentions,
 * merges, sentences), then the facts it touched that have no evidence left,
 * then the entities it touched that have neither a mention nor a fact left
 * (with their aliases, name keys and merges), and last the document row, so
 * that the same text can be ingested again.  Foreign keys are on, so the
 * order matters.  The candidates are kept in TEMP tables, which live in the
 * connection's temporary database and vanish when it closes.
 *
 * What cannot be undone exactly: an alias or name key that the retracted
 * document added to an entity that stays (aliases record no source), and
 * the canonical name of an entity it created that another document then
 * merged into.  docs/audit.md says so.
 */
#include <string.h>

#include "kgraph/audit.h"
#include "store_int.h"

/* ?1 is the doc_id in every statement that takes a parameter. */
static const char *const retract_sql[] = {
	"CREATE TEMP TABLE IF NOT EXISTS kg_rx_fact(id INTEGER PRIMARY KEY)",
	"CREATE TEMP TABLE IF NOT EXISTS kg_rx_ent(id INTEGER PRIMARY KEY)",
	"DELETE FROM temp.kg_rx_fact",
	"DELETE FROM temp.kg_rx_ent",
	"INSERT OR IGNORE INTO temp.kg_rx_fact"
	" SELECT fact_id FROM evidence WHERE doc_id = ?1",
	"INSERT OR IGNORE INTO temp.kg_rx_ent"
	" SELECT entity_id FROM mentions WHERE doc_id = ?1"
	" UNION SELECT entity_id FROM merges WHERE doc_id = ?1"
	" UNION SELECT subject_id FROM fact"
	"  WHERE fact_id IN (SELECT id FROM temp.kg_rx_fact)"
	" UNION SELECT object_id FROM fact"
	"  WHERE fact_id IN (SELECT id FROM temp.kg_rx_fact)"
	"  AND object_id IS NOT NULL",
	"DELETE FROM evidence WHERE doc_id = ?1",
	"DELETE FROM mentions WHERE doc_id = ?1",
	"DELETE FROM merges WHERE doc_id = ?1",
	"DELETE FROM sentences WHERE doc_id = ?1",
	"DELETE FROM fact WHERE fact_id IN (SELECT id FROM temp.kg_rx_fact)"
	" AND NOT EXISTS (SELECT 1 FROM evidence e"
	"  WHERE e.fact_id = fact.fact_id)",
	"DELETE FROM temp.kg_rx_ent WHERE"
	" EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = kg_rx_ent.id)"
	" OR EXISTS (SELECT 1 FROM fact f WHERE f.subject_id = kg_rx_ent.id)"
	" OR EXISTS (SELECT 1 FROM fact f WHERE f.object_id = kg_rx_ent.id)",
	"DELETE FROM aliases WHERE entity_id IN (SELECT id FROM "
	"temp.kg_rx_ent)",
	"DELETE FROM name_keys"
	" WHERE entity_id IN (SELECT id FROM temp.kg_rx_ent)",
	"DELETE FROM merges WHERE entity_id IN (SELECT id FROM temp.kg_rx_ent)",
	"DELETE FROM entities"
	" WHERE entity_id IN (SELECT id FROM temp.kg_rx_ent)",
	"DELETE FROM sentence_hashes WHERE doc_id = ?1",
	"DELETE FROM copies WHERE doc_id = ?1 OR of_doc = ?1",
	"DELETE FROM documents WHERE doc_id = ?1",
	NULL
};

/* Which counter each statement's sqlite3_changes() adds to. */
static int64_t *counter(kg_retract_counts *c, const char *sql)
{
	if (strncmp(sql, "DELETE FROM evidence", 20) == 0)
		return &c->evidence;
	if (strncmp(sql, "DELETE FROM mentions", 20) == 0)
		return &c->mentions;
	if (strncmp(sql, "DELETE FROM sentences", 21) == 0)
		return &c->sentences;
	if (strncmp(sql, "DELETE FROM fact ", 17) == 0)
		return &c->facts;
	if (strncmp(sql, "DELETE FROM entities", 20) == 0)
		return &c->entities;
	return NULL;
}

static int run_one(kg_store *st,
                   const char *sql,
                   int64_t doc_id,
                   kg_retract_counts *c,
                   kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int64_t *n;
	int step;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	if (sqlite3_bind_parameter_count(s) > 0)
		sqlite3_bind_int64(s, 1, doc_id);
	step = sqlite3_step(s);
	sqlite3_finalize(s);
	if (step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	if ((n = counter(c, sql)) != NULL)
		*n += sqlite3_changes64(st->db);
	return KG_OK;
}

/* The doc_id of the one document called name. */
static int find_doc(kg_store *st, const char *name, int64_t *id, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int n = 0, step;

	if (sqlite3_prepare_v2(st->db,
	                       "SELECT doc_id FROM documents WHERE name = ?1",
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	kg_store__bind_text(s, 1, name);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		n++;
	}
	sqlite3_finalize(s);
	if (step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	if (n == 0)
		return kg_err_set(err, KG_ENOTFOUND, "no document named '%s'",
		                  name);
	if (n > 1)
		return kg_err_set(err, KG_EINVALID,
		                  "%d documents are named '%s' (use --id)", n,
		                  name);
	return KG_OK;
}

static int doc_exists(kg_store *st, int64_t id, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int step;

	if (sqlite3_prepare_v2(st->db,
	                       "SELECT 1 FROM documents WHERE doc_id = ?1", -1,
	                       &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	sqlite3_bind_int64(s, 1, id);
	step = sqlite3_step(s);
	sqlite3_finalize(s);
	if (step == SQLITE_ROW)
		return KG_OK;
	if (step == SQLITE_DONE)
		return kg_err_set(err, KG_ENOTFOUND, "no document with id %lld",
		                  (long long)id);
	return kg_store__dberr(st, err);
}

int kg_audit_retract(kg_store *st,
                     const char *name,
                     int64_t doc_id,
                     kg_retract_counts *out,
                     kg_err *err)
{
	kg_retract_counts c;
	int rc, i;

	memset(&c, 0, sizeof(c));
	if (st->readonly)
		return kg_err_set(err, KG_EDB, "the store is read-only");
	if (st->in_batch)
		return kg_err_set(err, KG_EINVALID, "a batch is open");
	if ((rc = kg_store__exec(st, "BEGIN IMMEDIATE", err)) != KG_OK)
		return rc;
	rc = name != NULL ? find_doc(st, name, &doc_id, err)
	                  : doc_exists(st, doc_id, err);
	for (i = 0; rc == KG_OK && retract_sql[i] != NULL; i++)
		rc = run_one(st, retract_sql[i], doc_id, &c, err);
	if (rc == KG_OK)
		rc = kg_store__exec(st, "COMMIT", err);
	if (rc != KG_OK) {
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	if (out != NULL)
		*out = c;
	return KG_OK;
}
