/* graph/query.c - reading the store: the facts listing, read-only SQL and
 * statistics
 *
 * These run once per command, so their statements are prepared per call.
 * kg_store_sql is the user's door into the database: it runs exactly one
 * statement and refuses anything that could change the file, even on a store
 * opened for writing.
 */
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

#define FACT_COLS                                                              \
	"SELECT fact_id, subject, subject_type, predicate, object,"            \
	" object_type, doc, sentence, evidence, rule, status, negated,"        \
	" support FROM facts"
#define FACT_ENTITY                                                            \
	" (subject_id IN (SELECT entity_id FROM aliases WHERE norm = ?1)"      \
	" OR object_id IN (SELECT entity_id FROM aliases WHERE norm = ?1))"
#define FACT_ORDER " ORDER BY subject, predicate, object, fact_id"

static const char *const fact_sql[4] = {
	FACT_COLS FACT_ORDER,
	FACT_COLS " WHERE" FACT_ENTITY FACT_ORDER,
	FACT_COLS " WHERE predicate = ?2" FACT_ORDER,
	FACT_COLS " WHERE" FACT_ENTITY " AND predicate = ?2" FACT_ORDER,
};

static const char *col_text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

static void fill_row(sqlite3_stmt *s, kg_fact_row *r)
{
	r->fact_id = sqlite3_column_int64(s, 0);
	r->subject = col_text(s, 1);
	r->subject_type = col_text(s, 2);
	r->predicate = col_text(s, 3);
	r->object = col_text(s, 4);
	r->object_type = col_text(s, 5);
	r->doc = col_text(s, 6);
	r->sentence = sqlite3_column_int64(s, 7);
	r->evidence = col_text(s, 8);
	r->rule = col_text(s, 9);
	r->status = col_text(s, 10);
	r->negated = sqlite3_column_int(s, 11);
	r->support = sqlite3_column_int(s, 12);
}

int kg_store_facts(kg_store *st,
                   const char *entity,
                   const char *predicate,
                   kg_fact_cb cb,
                   void *payload,
                   kg_err *err)
{
	sqlite3_stmt *s = NULL;
	const char *norm = NULL;
	kg_fact_row row;
	int rc = KG_OK, step;

	if (predicate && kg_pred_parse(predicate) < 0)
		return kg_err_set(err, KG_EINVALID, "unknown predicate '%s'",
		                  predicate);
	if (entity &&
	    (norm = kg_store__norm(st, entity, strlen(entity))) == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (sqlite3_prepare_v2(st->db,
	                       fact_sql[(entity != NULL) | (predicate ? 2 : 0)],
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	if (norm)
		kg_store__bind_text(s, 1, norm);
	if (predicate)
		kg_store__bind_text(s, 2, predicate);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		fill_row(s, &row);
		if ((rc = cb(&row, payload)) != 0)
			break;
	}
	if (rc == 0 && step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	sqlite3_finalize(s);
	return rc;
}

/* PRAGMAs that take an argument yet only read. */
static const char *const read_pragmas[] = {
	"table_info",        "table_xinfo",
	"index_list",        "index_info",
	"index_xinfo",       "foreign_key_list",
	"foreign_key_check", "integrity_check",
	"quick_check",       NULL
};

/* Authorizer for kg_store_sql: sqlite3_stmt_readonly() calls ATTACH,
 * DETACH, transaction control and PRAGMA assignments read-only, but they
 * change the connection or create files, so they are refused here. */
static int sql_auth(void *flag,
                    int op,
                    const char *a1,
                    const char *a2,
                    const char *a3,
                    const char *a4)
{
	(void)a3;
	(void)a4;
	switch (op) {
	case SQLITE_ATTACH:
	case SQLITE_DETACH:
	case SQLITE_TRANSACTION:
	case SQLITE_SAVEPOINT:
		break;
	case SQLITE_PRAGMA:
		if (a2 == NULL)
			return SQLITE_OK;
		for (int i = 0; read_pragmas[i]; i++)
			if (strcmp(a1, read_pragmas[i]) == 0)
				return SQLITE_OK;
		break;
	default:
		return SQLITE_OK;
	}
	*(int *)flag = 1;
	return SQLITE_DENY;
}

static int only_blanks(const char *s)
{
	for (; *s; s++)
		if (!strchr(" \t\r\n\f\v;", *s))
			return 0;
	return 1;
}

static int
sql_prepare(kg_store *st, const char *sql, sqlite3_stmt **s, kg_err *err)
{
	const char *tail = NULL;
	int denied = 0, rc;

	sqlite3_set_authorizer(st->db, sql_auth, &denied);
	rc = sqlite3_prepare_v2(st->db, sql, -1, s, &tail);
	sqlite3_set_authorizer(st->db, NULL, NULL);
	if (rc != SQLITE_OK && denied)
		return kg_err_set(err, KG_EDB,
		                  "statement would write to the database"
		                  " (kgraph sql is read-only)");
	if (rc != SQLITE_OK)
		return kg_store__dberr(st, err);
	if (*s == NULL)
		return kg_err_set(err, KG_EINVALID, "empty SQL statement");
	if (tail && !only_blanks(tail))
		return kg_err_set(err, KG_EDB, "only one statement allowed");
	if (!sqlite3_stmt_readonly(*s))
		return kg_err_set(err, KG_EDB,
		                  "statement would write to the database"
		                  " (kgraph sql is read-only)");
	return KG_OK;
}

int kg_store_sql(
        kg_store *st, const char *sql, kg_row_cb cb, void *payload, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	const char **names = NULL, **values = NULL;
	int rc, ncol, step;

	if ((rc = sql_prepare(st, sql, &s, err)) != KG_OK)
		goto out;
	ncol = sqlite3_column_count(s);
	names = calloc((size_t)ncol + 1, sizeof(*names));
	values = calloc((size_t)ncol + 1, sizeof(*values));
	if (names == NULL || values == NULL) {
		rc = kg_err_set(err, KG_ENOMEM, "out of memory");
		goto out;
	}
	for (int i = 0; i < ncol; i++)
		names[i] = sqlite3_column_name(s, i);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		for (int i = 0; i < ncol; i++)
			values[i] = col_text(s, i);
		if ((rc = cb(ncol, names, values, payload)) != 0)
			goto out;
	}
	if (step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
out:
	free(names);
	free(values);
	sqlite3_finalize(s);
	return rc;
}

/* Run a one-value query; *out = column 0 as an integer. */
static int count(kg_store *st, const char *sql, int64_t *out, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int rc = KG_OK, step;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	if ((step = sqlite3_step(s)) == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	else if (step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	sqlite3_finalize(s);
	return rc;
}

/* Fill by_type or by_pred from a (name, count) query. */
static int count_by(kg_store *st,
                    const char *sql,
                    int (*parse)(const char *),
                    int64_t *slots,
                    int nslots,
                    kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int step, i;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		const char *name = col_text(s, 0);

		i = name ? parse(name) : -1;
		if (i >= 0 && i < nslots)
			slots[i] = sqlite3_column_int64(s, 1);
	}
	sqlite3_finalize(s);
	return step == SQLITE_DONE ? KG_OK : kg_store__dberr(st, err);
}

static int last_version(kg_store *st, char *out, size_t cap, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	const char *sql = "SELECT ifnull(version, '') FROM documents"
	                  " ORDER BY doc_id DESC LIMIT 1";

	out[0] = '\0';
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	if (sqlite3_step(s) == SQLITE_ROW) {
		const char *v = col_text(s, 0);

		if (v) {
			strncpy(out, v, cap - 1);
			out[cap - 1] = '\0';
		}
	}
	sqlite3_finalize(s);
	return KG_OK;
}

int kg_store_stats_get(kg_store *st, kg_store_stats *out, kg_err *err)
{
	int64_t v = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if ((rc = count(st, "SELECT count(*) FROM documents", &out->documents,
	                err)) ||
	    (rc = count(st, "SELECT count(*) FROM sentences", &out->sentences,
	                err)) ||
	    (rc = count(st, "SELECT count(*) FROM entities", &out->entities,
	                err)) ||
	    (rc = count(st, "SELECT count(*) FROM aliases", &out->aliases,
	                err)) ||
	    (rc = count(st, "SELECT count(*) FROM mentions", &out->mentions,
	                err)) ||
	    (rc = count(st, "SELECT count(*) FROM fact WHERE negated = 0",
	                &out->facts, err)) ||
	    (rc = count(st, "PRAGMA user_version", &v, err)))
		return rc;
	out->schema_version = (int)v;
	if ((rc = count_by(st,
	                   "SELECT type, count(*) FROM entities GROUP BY type",
	                   kg_type_parse, out->by_type, KG_T_COUNT, err)) ||
	    (rc = count_by(st,
	                   "SELECT predicate, count(*) FROM fact"
	                   " WHERE negated = 0 GROUP BY predicate",
	                   kg_pred_parse, out->by_pred, KG_P_COUNT, err)))
		return rc;
	return last_version(st, out->version, sizeof(out->version), err);
}
