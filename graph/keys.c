/* graph/keys.c - node keys that depend on what the graph says, not on ids
 *
 * An entity's key is its type in lower case and its canonical name,
 * "person:Abiy Ahmed".  Entity ids are handed out in ingestion order, so a
 * key made of them ("e42") would give other bytes for the same documents
 * ingested in another order; names do not.  Two entities of one type and
 * one name (kept apart by `kgraph split` or never-same declarations) are
 * ranked by their first mention (document name, sentence, byte), the same
 * way in every selection of the database: the first keeps the plain key,
 * the others get "#2", "#3", ...
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* Entities of one type and name, earliest first mention first (document
 * name, sentence, byte: the columns of one first mention each). */
#define FIRST_MENTION(col)                                                     \
	"(SELECT " col " FROM mentions m JOIN documents d"                     \
	" ON d.doc_id = m.doc_id WHERE m.entity_id = e.entity_id"              \
	" ORDER BY d.name, m.sentence, m.byte_start LIMIT 1)"
#define SAME_NAME_SQL                                                          \
	"SELECT e.entity_id FROM entities e WHERE e.type = ?1 AND e.name = ?2" \
	" ORDER BY " FIRST_MENTION("d.name") ", " FIRST_MENTION(               \
	        "m.sentence") ", " FIRST_MENTION("m.byte_start") ", "          \
	                                                         "e.entity_id"

/* The (type, name) pairs that more than one entity has, as "TYPE\tname"
 * strings sorted bytewise: usually none, so a node needs no query. */
typedef struct shared {
	char **v;
	size_t n;
} shared;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_shared(kg_store *st, shared *sh, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	size_t cap = 0;
	int step;

	if (sqlite3_prepare_v2(st->db,
	                       "SELECT type || char(9) || name FROM entities"
	                       " GROUP BY type, name HAVING count(*) > 1"
	                       " ORDER BY 1",
	                       -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(s, 0);
		char **p = sh->v;

		if (sh->n == cap &&
		    !(p = realloc(sh->v,
		                  (cap = cap ? 2 * cap : 8) * sizeof(*p))))
			break;
		sh->v = p;
		if (!(sh->v[sh->n] = strdup(t ? t : "")))
			break;
		sh->n++;
	}
	sqlite3_finalize(s);
	if (step == SQLITE_ROW)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	/* SQLite's ORDER BY is bytewise (BINARY), as strcmp */
	return KG_OK;
}

/* 1 when n's type and name are in sh, -1 when out of memory. */
static int is_shared(const shared *sh, const kg_gnode *n)
{
	const char *type = kg_type_name(n->type);
	size_t len = strlen(type) + strlen(n->label) + 2;
	char *probe;
	int hit;

	if (sh->n == 0)
		return 0;
	if ((probe = malloc(len)) == NULL)
		return -1;
	snprintf(probe, len, "%s\t%s", type, n->label);
	hit = bsearch(&probe, sh->v, sh->n, sizeof(*sh->v), cmp_str) != NULL;
	free(probe);
	return hit;
}

/* n's rank (1 = first) among the entities of its type and name, 0 on a
 * database error. */
static int rank_of(sqlite3_stmt *same, const kg_gnode *n)
{
	int step, rank = 0, found = 0;

	sqlite3_bind_text(same, 1, kg_type_name(n->type), -1, SQLITE_STATIC);
	sqlite3_bind_text(same, 2, n->label, -1, SQLITE_STATIC);
	while (!found && (step = sqlite3_step(same)) == SQLITE_ROW) {
		rank++;
		found = sqlite3_column_int64(same, 0) == n->entity_id;
	}
	sqlite3_reset(same);
	return found ? rank : 0;
}

static char *make_key(const kg_gnode *n, int rank)
{
	const char *type = kg_type_name(n->type);
	size_t len = strlen(type) + strlen(n->label) + 16;
	char *key = malloc(len);
	size_t i;

	if (key == NULL)
		return NULL;
	if (rank > 1)
		snprintf(key, len, "%s:%s#%d", type, n->label, rank);
	else
		snprintf(key, len, "%s:%s", type, n->label);
	for (i = 0; type[i]; i++)
		key[i] = (char)tolower((unsigned char)key[i]);
	return key;
}

int kg_store__node_keys(kg_store *st, kg_graph *g, kg_err *err)
{
	shared sh = { NULL, 0 };
	sqlite3_stmt *same = NULL;
	int rc;

	if ((rc = load_shared(st, &sh, err)) != KG_OK)
		goto out;
	if (sh.n && sqlite3_prepare_v2(st->db, SAME_NAME_SQL, -1, &same,
	                               NULL) != SQLITE_OK) {
		rc = kg_store__dberr(st, err);
		goto out;
	}
	for (size_t i = 0; i < g->nnodes && rc == KG_OK; i++) {
		kg_gnode *n = &g->nodes[i];
		int rank = 1, dup;

		if (n->key != NULL) /* a DATE literal's "date:<value>" */
			continue;
		if ((dup = is_shared(&sh, n)) < 0)
			rc = kg_err_set(err, KG_ENOMEM, "out of memory");
		else if (dup && (rank = rank_of(same, n)) == 0)
			rc = kg_store__dberr(st, err);
		else if ((n->key = make_key(n, rank)) == NULL)
			rc = kg_err_set(err, KG_ENOMEM, "out of memory");
	}
out:
	for (size_t i = 0; i < sh.n; i++)
		free(sh.v[i]);
	free(sh.v);
	sqlite3_finalize(same);
	return rc;
}
