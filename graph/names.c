/* graph/names.c - declarations about names: same-as, never-same-as
 *
 * name_rules holds pairs of normalised names (kg_norm keys) of one type, or
 * of any type (''), declared the same entity (kgraph ingest --aliases) or
 * never the same entity (--aliases, kgraph split).  put.c asks here before
 * it merges a document's entity into a stored one: a same-as pair resolves
 * a name no key finds, and a never-same pair between any name of the
 * document's entity and any name of the candidate vetoes the merge.  Most
 * databases have no rules, so the count is read once per store and the
 * checks cost nothing then.
 *
 * The audit tables came after schema version 1; kg_store__audit_tables
 * adds them to an older database when it is opened.
 */
#include <stdlib.h>
#include <string.h>

#include "kgraph/audit.h"
#include "store_int.h"

static const char begin_mark[] = "-- BEGIN audit tables";
static const char end_mark[] = "-- END audit tables";

/* Copy src[0..n) to a new string, with every "CREATE TABLE" made "CREATE
 * TEMP TABLE" when temp is set.  NULL when out of memory. */
static char *ddl_copy(const char *src, size_t n, int temp)
{
	static const char from[] = "CREATE TABLE", to[] = "CREATE TEMP TABLE";
	size_t i, o = 0;
	char *out = malloc(n * 2 + 1); /* to is shorter than twice from */

	if (out == NULL)
		return NULL;
	for (i = 0; i < n;) {
		if (temp && n - i >= sizeof(from) - 1 &&
		    memcmp(src + i, from, sizeof(from) - 1) == 0) {
			memcpy(out + o, to, sizeof(to) - 1);
			o += sizeof(to) - 1;
			i += sizeof(from) - 1;
		} else {
			out[o++] = src[i++];
		}
	}
	out[o] = '\0';
	return out;
}

int kg_store__audit_tables(kg_store *st, kg_err *err)
{
	const char *a = strstr(kg_schema_sql, begin_mark), *b;
	sqlite3_stmt *s = NULL;
	int have = 0, rc;
	char *sql;

	b = a ? strstr(a, end_mark) : NULL;
	if (b == NULL)
		return kg_err_set(err, KG_ERROR, "schema.sql lacks '%s'",
		                  begin_mark);
	if (sqlite3_prepare_v2(st->db,
	                       "SELECT count(*) FROM sqlite_master"
	                       " WHERE type = 'table' AND name = 'copies'",
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	if (sqlite3_step(s) == SQLITE_ROW)
		have = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (have)
		return KG_OK;
	/* a database opened read-only gets empty TEMP tables of the same
	 * names, so that every query reads alike */
	if ((sql = ddl_copy(a, (size_t)(b - a), st->readonly)) == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	rc = kg_store__exec(st, sql, err);
	free(sql);
	return rc;
}

/* How many name rules are stored (cached until a rule is added). */
static int64_t nrules(kg_store *st)
{
	sqlite3_stmt *s = NULL;

	if (st->nrules >= 0)
		return st->nrules;
	st->nrules = 0;
	if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM name_rules", -1,
	                       &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		st->nrules = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return st->nrules;
}

/* Run q (bound by the caller from ?3 on) once for each name of doc entity
 * ei, bound as ?1 (its norm) and ?2 (the type); stop at the first row,
 * leaving column 0 in *id.  *found says whether there was one. */
static int each_name(kg_store *st,
                     sqlite3_stmt *q,
                     const kg_doc *doc,
                     size_t ei,
                     int64_t *id,
                     int *found,
                     kg_err *err)
{
	const kg_doc_entity *e = &doc->entities[ei];
	size_t a;
	int step = SQLITE_DONE;

	*found = 0;
	for (a = 0; !*found && a <= e->naliases; a++) {
		const char *name = a == 0 ? e->name : e->aliases[a - 1];
		const char *norm = kg_store__norm(st, name, strlen(name));

		if (norm == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		if (norm[0] == '\0')
			continue;
		kg_store__bind_text(q, 1, norm);
		kg_store__bind_text(q, 2, kg_type_name(e->type));
		step = sqlite3_step(q);
		if (step == SQLITE_ROW) {
			*found = 1;
			if (id != NULL)
				*id = sqlite3_column_int64(q, 0);
		}
		sqlite3_reset(q);
		if (step != SQLITE_ROW && step != SQLITE_DONE)
			return kg_store__dberr(st, err);
	}
	return KG_OK;
}

int kg_store__same_as(kg_store *st,
                      const kg_doc *doc,
                      size_t ei,
                      int64_t *id,
                      int *found,
                      kg_err *err)
{
	static const char sql[] =
	        "SELECT k.entity_id FROM name_rules r JOIN name_keys k"
	        " ON k.type = ?2 AND k.norm = iif(r.norm_a = ?1, r.norm_b,"
	        " r.norm_a)"
	        " WHERE r.same = 1 AND r.type IN ('', ?2)"
	        " AND ?1 IN (r.norm_a, r.norm_b)"
	        " ORDER BY k.entity_id LIMIT 1";
	sqlite3_stmt *q = NULL;
	int rc;

	*found = 0;
	if (nrules(st) == 0)
		return KG_OK;
	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	rc = each_name(st, q, doc, ei, id, found, err);
	sqlite3_finalize(q);
	return rc;
}

int kg_store__never_same(kg_store *st,
                         const kg_doc *doc,
                         size_t ei,
                         int64_t cand,
                         int *blocked,
                         kg_err *err)
{
	static const char sql[] =
	        "SELECT 1 FROM name_rules r JOIN aliases a ON a.entity_id = ?3"
	        " WHERE r.same = 0 AND r.type IN ('', ?2)"
	        " AND ((r.norm_a = ?1 AND r.norm_b = a.norm)"
	        " OR (r.norm_b = ?1 AND r.norm_a = a.norm)) LIMIT 1";
	sqlite3_stmt *q = NULL;
	int rc;

	*blocked = 0;
	if (nrules(st) == 0)
		return KG_OK;
	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	sqlite3_bind_int64(q, 3, cand);
	rc = each_name(st, q, doc, ei, NULL, blocked, err);
	sqlite3_finalize(q);
	return rc;
}

int kg_store__add_rule(kg_store *st,
                       const char *type,
                       const char *a,
                       const char *b,
                       int same,
                       const char *rule,
                       kg_err *err)
{
	static const char sql[] =
	        "INSERT INTO name_rules(type, norm_a, norm_b, same, name_a,"
	        " name_b, rule) VALUES (?1, min(?2, ?3), max(?2, ?3), ?4, ?5,"
	        " ?6, ?7) ON CONFLICT DO UPDATE SET same = excluded.same,"
	        " name_a = excluded.name_a, name_b = excluded.name_b,"
	        " rule = excluded.rule";
	sqlite3_stmt *q = NULL;
	char *na;
	int rc = KG_OK;

	if ((na = strdup(kg_store__norm(st, a, strlen(a)) ? st->norm : "")) ==
	    NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (kg_store__norm(st, b, strlen(b)) == NULL) {
		free(na);
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	}
	if (na[0] == '\0' || st->norm[0] == '\0')
		rc = kg_err_set(err, KG_EINVALID, "'%s' is not a name",
		                na[0] ? b : a);
	else if (strcmp(na, st->norm) == 0)
		rc = kg_err_set(err, KG_EINVALID,
		                "'%s' and '%s' are one name written two ways",
		                a, b);
	else if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
		rc = kg_store__dberr(st, err);
	if (rc == KG_OK) {
		kg_store__bind_text(q, 1, type ? type : "");
		kg_store__bind_text(q, 2, na);
		kg_store__bind_text(q, 3, st->norm);
		sqlite3_bind_int(q, 4, same != 0);
		/* name_a goes with norm_a */
		kg_store__bind_text(q, 5, strcmp(na, st->norm) < 0 ? a : b);
		kg_store__bind_text(q, 6, strcmp(na, st->norm) < 0 ? b : a);
		kg_store__bind_text(q, 7, rule);
		if (sqlite3_step(q) != SQLITE_DONE)
			rc = kg_store__dberr(st, err);
	}
	sqlite3_finalize(q);
	free(na);
	st->nrules = -1;
	if (st->in_batch) /* a write the batch's replay log cannot repeat */
		kg_store__log_off(st);
	return rc;
}

int kg_audit_name_rule(
        kg_store *st, const char *a, const char *b, int same, kg_err *err)
{
	if (st->readonly)
		return kg_err_set(err, KG_EDB, "the store is read-only");
	return kg_store__add_rule(st, "", a, b, same, "user", err);
}
