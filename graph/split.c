/* graph/split.c - undoing a merge: one name of an entity becomes its own
 *
 * The documents whose own name for the entity was NAME (their rows of
 * merges) go over to a new entity called NAME: their mentions of it, and
 * the evidence they gave for its facts, which move to the same facts about
 * the new entity (facts left without evidence go).  The name and its key
 * move too, and a never-same rule (graph/names.c) keeps later documents
 * from merging the two again.  One transaction; foreign keys are on, so the
 * new entity and facts exist before anything points at them.
 *
 * What it cannot tell apart: other names the moved documents gave the
 * entity ("Kairis" beside "Jonas Kairis") stay with the old one, since
 * aliases record no source; docs/audit.md says so.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kgraph/audit.h"
#include "store_int.h"

/* ?1 old entity, ?2 new entity, ?3 norm of NAME, ?4 NAME as stored, ?5 the
 * spelling key of NAME to move (NULL: none). */
static const char *const split_sql[] = {
	"CREATE TEMP TABLE IF NOT EXISTS kg_sp_fact(id INTEGER PRIMARY KEY)",
	"DELETE FROM temp.kg_sp_fact",
	"UPDATE mentions SET entity_id = ?2 WHERE entity_id = ?1"
	" AND doc_id IN (SELECT id FROM temp.kg_sp_doc)",
	"INSERT INTO temp.kg_sp_fact SELECT DISTINCT f.fact_id FROM fact f"
	" JOIN evidence ev ON ev.fact_id = f.fact_id"
	" WHERE ev.doc_id IN (SELECT id FROM temp.kg_sp_doc)"
	" AND (f.subject_id = ?1 OR f.object_id = ?1)",
	"INSERT OR IGNORE INTO fact(subject_id, predicate, object_id, literal,"
	" status, negated, valid_from, valid_to)"
	" SELECT iif(subject_id = ?1, ?2, subject_id), predicate,"
	" iif(object_id = ?1, ?2, object_id), literal, status, negated,"
	" valid_from, valid_to FROM fact"
	" WHERE fact_id IN (SELECT id FROM temp.kg_sp_fact) ORDER BY fact_id",
	"UPDATE evidence SET fact_id = (SELECT g.fact_id FROM fact f JOIN fact "
	"g"
	" ON g.subject_id = iif(f.subject_id = ?1, ?2, f.subject_id)"
	" AND g.predicate = f.predicate AND ifnull(g.object_id, 0) ="
	" ifnull(iif(f.object_id = ?1, ?2, f.object_id), 0)"
	" AND ifnull(g.literal, '') = ifnull(f.literal, '')"
	" AND g.status = f.status AND g.negated = f.negated"
	" WHERE f.fact_id = evidence.fact_id)"
	" WHERE doc_id IN (SELECT id FROM temp.kg_sp_doc)"
	" AND fact_id IN (SELECT id FROM temp.kg_sp_fact)",
	"DELETE FROM fact WHERE fact_id IN (SELECT id FROM temp.kg_sp_fact)"
	" AND NOT EXISTS (SELECT 1 FROM evidence e"
	" WHERE e.fact_id = fact.fact_id)",
	/* the first document under NAME made the new entity; the others
	 * merged into it */
	"DELETE FROM merges WHERE entity_id = ?1 AND kg_norm(name) = ?3"
	" AND doc_id = (SELECT min(doc_id) FROM merges"
	" WHERE entity_id = ?1 AND kg_norm(name) = ?3)",
	"UPDATE merges SET entity_id = ?2"
	" WHERE entity_id = ?1 AND kg_norm(name) = ?3",
	"DELETE FROM aliases WHERE entity_id = ?1 AND norm = ?3",
	"INSERT OR IGNORE INTO aliases(entity_id, name, norm)"
	" VALUES (?2, ?4, ?3)",
	"UPDATE name_keys SET entity_id = ?2 WHERE entity_id = ?1"
	" AND norm IN (?3, ?5)",
	"INSERT OR IGNORE INTO name_keys(type, norm, entity_id)"
	" SELECT type, ?3, ?2 FROM entities WHERE entity_id = ?2",
	NULL
};

static void sql_norm(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	size_t n = (size_t)sqlite3_value_bytes(argv[0]);
	char *out;

	(void)argc;
	if (s == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	if ((out = malloc(n + 1)) == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	kg_norm(out, n + 1, s, n);
	sqlite3_result_text(ctx, out, -1, free);
}

/* Step q once; column 0 as text copied into buf (cap bytes) and column 1
 * into *id when there is a row.  Returns the sqlite3_step code. */
static int
row(sqlite3_stmt *q, int64_t *id, char *buf, size_t cap, const char *name)
{
	int step;

	kg_store__bind_text(q, 1, name);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(q, 0);

		snprintf(buf, cap, "%s", t ? t : "");
		if (id != NULL)
			*id = sqlite3_column_int64(q, 1);
	}
	return step;
}

/* The entity called name: by canonical name, else the one entity with
 * that alias.  Its canonical name and type go to cname and type. */
static int find_entity(kg_store *st,
                       const char *name,
                       int64_t *id,
                       char *cname,
                       char *type,
                       kg_err *err)
{
	static const char *const sql[2] = {
		"SELECT name, entity_id, type, count(*) OVER () FROM entities"
		" WHERE norm = kg_norm(?1) ORDER BY entity_id",
		"SELECT e.name, e.entity_id, e.type, count(*) OVER ()"
		" FROM entities e WHERE e.entity_id IN (SELECT entity_id"
		" FROM aliases WHERE norm = kg_norm(?1)) ORDER BY e.entity_id",
	};
	int i, n = 0, step;

	for (i = 0; i < 2 && n != 1; i++) {
		sqlite3_stmt *q = NULL;

		if (sqlite3_prepare_v2(st->db, sql[i], -1, &q, NULL))
			return kg_store__dberr(st, err);
		step = row(q, id, cname, 512, name);
		if (step == SQLITE_ROW) {
			snprintf(type, 32, "%s",
			         (const char *)sqlite3_column_text(q, 2));
			n = sqlite3_column_int(q, 3);
		}
		sqlite3_finalize(q);
		if (step != SQLITE_ROW && step != SQLITE_DONE)
			return kg_store__dberr(st, err);
	}
	if (n == 0)
		return kg_err_set(err, KG_ENOTFOUND, "no entity named '%s'",
		                  name);
	if (n > 1)
		return kg_err_set(
		        err, KG_EINVALID,
		        "%d entities go by '%s': give a canonical name", n,
		        name);
	return KG_OK;
}

/* Which documents called entity id by the name of norm, into kg_sp_doc. */
static int
find_docs(kg_store *st, int64_t id, const char *norm, int64_t *n, kg_err *err)
{
	sqlite3_stmt *q = NULL;
	int rc;

	rc = kg_store__exec(st,
	                    "CREATE TEMP TABLE IF NOT EXISTS"
	                    " kg_sp_doc(id INTEGER PRIMARY KEY);"
	                    " DELETE FROM temp.kg_sp_doc",
	                    err);
	if (rc != KG_OK)
		return rc;
	if (sqlite3_prepare_v2(st->db,
	                       "INSERT OR IGNORE INTO temp.kg_sp_doc"
	                       " SELECT doc_id FROM merges WHERE entity_id = ?1"
	                       " AND kg_norm(name) = ?2",
	                       -1, &q, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	sqlite3_bind_int64(q, 1, id);
	kg_store__bind_text(q, 2, norm);
	rc = sqlite3_step(q) == SQLITE_DONE ? KG_OK : kg_store__dberr(st, err);
	*n = sqlite3_changes64(st->db);
	sqlite3_finalize(q);
	return rc;
}

struct split {
	int64_t old_id, new_id;
	char cname[512], type[32], name[512], norm[512], skel[512];
	int rename; /* NAME is the canonical name: the old entity takes
	               another of its names */
};

/* The stored spelling of NAME among the entity's aliases, its norm and
 * (for a person) the spelling key to move with it. */
static int
find_name(kg_store *st, struct split *s, const char *name, kg_err *err)
{
	char enorm[512], eskel[512];
	sqlite3_stmt *q = NULL;
	int step;

	kg_norm(s->norm, sizeof(s->norm), name, strlen(name));
	kg_norm(enorm, sizeof(enorm), s->cname, strlen(s->cname));
	/* the canonical name can be a merged document's (graph/put.c
	 * better_name): the entity keeps its best other name */
	s->rename = strcmp(enorm, s->norm) == 0;
	if (sqlite3_prepare_v2(st->db,
	                       "SELECT name FROM aliases WHERE entity_id = ?2"
	                       " AND norm = kg_norm(?1) ORDER BY name LIMIT 1",
	                       -1, &q, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	sqlite3_bind_int64(q, 2, s->old_id);
	step = row(q, NULL, s->name, sizeof(s->name), name);
	sqlite3_finalize(q);
	if (step == SQLITE_DONE)
		return kg_err_set(err, KG_ENOTFOUND, "'%s' has no name '%s'",
		                  s->cname, name);
	if (step != SQLITE_ROW)
		return kg_store__dberr(st, err);
	s->skel[0] = '\0';
	if (strcmp(s->type, "PERSON") == 0 &&
	    kg_store__skeleton(s->norm, s->skel, sizeof(s->skel)) &&
	    kg_store__skeleton(enorm, eskel, sizeof(eskel)) &&
	    strcmp(s->skel, eskel) == 0)
		s->skel[0] = '\0'; /* one key for both: it stays */
	return KG_OK;
}

static int new_entity(kg_store *st, struct split *s, kg_err *err)
{
	sqlite3_stmt *q = NULL;
	int step;

	if (sqlite3_prepare_v2(st->db,
	                       "INSERT INTO entities(type, name, norm)"
	                       " VALUES (?1, ?2, ?3)",
	                       -1, &q, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	kg_store__bind_text(q, 1, s->type);
	kg_store__bind_text(q, 2, s->name);
	kg_store__bind_text(q, 3, s->norm);
	step = sqlite3_step(q);
	sqlite3_finalize(q);
	if (step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	s->new_id = sqlite3_last_insert_rowid(st->db);
	return KG_OK;
}

static int run_one(kg_store *st,
                   const struct split *s,
                   const char *sql,
                   int64_t *n,
                   kg_err *err)
{
	sqlite3_stmt *q = NULL;
	int step, np;

	if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	np = sqlite3_bind_parameter_count(q);
	if (np >= 1)
		sqlite3_bind_int64(q, 1, s->old_id);
	if (np >= 2)
		sqlite3_bind_int64(q, 2, s->new_id);
	if (np >= 3)
		kg_store__bind_text(q, 3, s->norm);
	if (np >= 4)
		kg_store__bind_text(q, 4, s->name);
	if (np >= 5)
		kg_store__bind_text(q, 5, s->skel[0] ? s->skel : NULL);
	step = sqlite3_step(q);
	sqlite3_finalize(q);
	if (step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	if (n != NULL)
		*n = sqlite3_changes64(st->db);
	return KG_OK;
}

/* The old entity's canonical name went with the split: it takes its best
 * remaining name, by the order of graph/put.c (most words, then a letter or
 * digit first, then byte order), into s->cname. */
static int rename_old(kg_store *st, struct split *s, kg_err *err)
{
	static const char best[] =
	        "SELECT name, norm FROM aliases WHERE entity_id = ?1"
	        " ORDER BY length(name) - length(replace(name, ' ', '')) DESC,"
	        " name GLOB '[A-Za-z0-9]*' DESC, name LIMIT 1";
	sqlite3_stmt *q = NULL, *u = NULL;
	int step, rc = KG_OK;

	if (sqlite3_prepare_v2(st->db, best, -1, &q, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(st->db,
	                       "UPDATE entities SET name = ?2, norm = ?3"
	                       " WHERE entity_id = ?1",
	                       -1, &u, NULL) != SQLITE_OK) {
		rc = kg_store__dberr(st, err);
		goto out;
	}
	sqlite3_bind_int64(q, 1, s->old_id);
	if ((step = sqlite3_step(q)) == SQLITE_DONE) {
		rc = kg_err_set(err, KG_EINVALID,
		                "'%s' has no other name to keep", s->cname);
		goto out;
	}
	if (step != SQLITE_ROW) {
		rc = kg_store__dberr(st, err);
		goto out;
	}
	snprintf(s->cname, sizeof(s->cname), "%s",
	         (const char *)sqlite3_column_text(q, 0));
	sqlite3_bind_int64(u, 1, s->old_id);
	sqlite3_bind_value(u, 2, sqlite3_column_value(q, 0));
	sqlite3_bind_value(u, 3, sqlite3_column_value(q, 1));
	if (sqlite3_step(u) != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
out:
	sqlite3_finalize(q);
	sqlite3_finalize(u);
	return rc;
}

static int do_split(kg_store *st,
                    struct split *s,
                    const char *entity,
                    const char *name,
                    kg_split_counts *c,
                    kg_err *err)
{
	int rc, i;

	if ((rc = find_entity(st, entity, &s->old_id, s->cname, s->type,
	                      err)) != KG_OK ||
	    (rc = find_name(st, s, name, err)) != KG_OK ||
	    (rc = find_docs(st, s->old_id, s->norm, &c->documents, err)))
		return rc;
	if (c->documents == 0 && s->rename)
		return kg_err_set(err, KG_EINVALID,
		                  "'%s' is the canonical name of '%s': split"
		                  " off another name",
		                  name, s->cname);
	if (c->documents == 0)
		return kg_err_set(
		        err, KG_ENOTFOUND,
		        "no document merged '%s' into '%s' under its own"
		        " name",
		        s->name, s->cname);
	if ((rc = new_entity(st, s, err)) != KG_OK)
		return rc;
	for (i = 0; rc == KG_OK && split_sql[i] != NULL; i++) {
		int64_t *n = NULL;

		if (strncmp(split_sql[i], "UPDATE mentions", 15) == 0)
			n = &c->mentions;
		else if (strncmp(split_sql[i], "UPDATE evidence", 15) == 0)
			n = &c->evidence;
		rc = run_one(st, s, split_sql[i], n, err);
	}
	if (rc == KG_OK && s->rename)
		rc = rename_old(st, s, err);
	if (rc == KG_OK)
		rc = kg_store__add_rule(st, s->type, s->cname, s->name, 0,
		                        "split", err);
	return rc;
}

int kg_audit_split(kg_store *st,
                   const char *entity,
                   const char *name,
                   kg_split_counts *out,
                   kg_err *err)
{
	struct split *s = calloc(1, sizeof(*s));
	kg_split_counts c;
	int rc;

	memset(&c, 0, sizeof(c));
	if (s == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (st->readonly || st->in_batch) {
		free(s);
		return kg_err_set(err, KG_EINVALID,
		                  "the store is read-only or in a batch");
	}
	if (sqlite3_create_function(st->db, "kg_norm", 1,
	                            SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
	                            sql_norm, NULL, NULL) != SQLITE_OK)
		rc = kg_store__dberr(st, err);
	else
		rc = kg_store__exec(st, "BEGIN IMMEDIATE", err);
	if (rc != KG_OK) {
		free(s);
		return rc;
	}
	rc = do_split(st, s, entity, name, &c, err);
	if (rc == KG_OK)
		rc = kg_store__exec(st, "COMMIT", err);
	if (rc != KG_OK)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	else if (out != NULL)
		*out = c;
	free(s);
	return rc;
}
