/* graph/merge.c - one thing under two names across documents
 *
 * put.c resolves a document's entity by its names first.  When none is
 * stored, two weaker signs may still say it is an entity already there:
 *  - a PERSON name spelt another way: "Zelenskyy", "Zelensky" and
 *    "Zelenskiy" share the spelling skeleton "~zelensky" (doubled letters
 *    single, "iy" and a final "i" read as "y"), kept as a name key;
 *  - an EVENT on the same day as a stored event of the same kind (both
 *    summits, meetings or talks), sharing a place or a participant: "the
 *    Alaska summit" and "the Anchorage summit" of 2025-08-15, both attended
 *    by Putin.
 * Each such merge is recorded in merges with its rule and a score.
 */
#include <stdio.h>
#include <string.h>

#include "store_int.h"

#define MIN_SKELETON 6 /* letters: shorter names are too easily alike */

size_t kg_store__skeleton(const char *norm, char *out, size_t cap)
{
	size_t i, n = 0, letters = 0;

	if (cap < 2)
		return 0;
	out[n++] = '~';
	for (i = 0; norm[i] && n + 1 < cap; i++) {
		char c = norm[i], next = norm[i + 1];

		if (n > 1 && c == out[n - 1] && c != ' ')
			continue; /* doubled letters */
		if (c == 'i' && (next == 'y' || next == ' ' || next == '\0') &&
		    n > 1 && out[n - 1] != ' ') {
			if (next == 'y')
				continue; /* "iy" */
			c = 'y';          /* a final "i" */
		}
		if (c == 'y' && n > 1 && out[n - 1] == 'y')
			continue;
		out[n++] = c;
		letters += c != ' ';
	}
	out[n] = '\0';
	if (letters < MIN_SKELETON) {
		out[0] = '\0';
		return 0;
	}
	return n;
}

static int key_lookup(kg_store *st,
                      const char *type,
                      const char *key,
                      int64_t *id,
                      int *found,
                      kg_err *err)
{
	sqlite3_stmt *s = st->st[KG_ST_KEY_GET];
	int rc;

	kg_store__bind_text(s, 1, type);
	kg_store__bind_text(s, 2, key);
	rc = sqlite3_step(s);
	*found = rc == SQLITE_ROW;
	if (*found)
		*id = sqlite3_column_int64(s, 0);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		kg_store__dberr(st, err);
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? KG_OK : KG_EDB;
}

/* The kind of event a name's last word says: "summit" and "talks" are
 * both meetings. */
static const char *event_kind(const char *norm)
{
	static const char *const meet[] = {
		"summit",      "summits",    "meeting",     "meetings", "talks",
		"discussions", "conference", "ministerial", NULL
	};
	const char *w = strrchr(norm, ' ');
	size_t i;

	w = w ? w + 1 : norm;
	for (i = 0; meet[i]; i++)
		if (!strcmp(w, meet[i]))
			return "meeting";
	return w;
}

/* Is one of the names of stored entity (column 0 of q's rows, q bound to
 * the candidate) a name of doc entity j?  A person's surname alone does not
 * count when the person has a full name: two Volkovs are not one. */
static int
shares(kg_store *st, sqlite3_stmt *q, int64_t cand, const kg_doc *doc, size_t j)
{
	const kg_doc_entity *e = &doc->entities[j];
	size_t a;
	int hit = 0;

	for (a = 0; !hit && a <= e->naliases; a++) {
		const char *name = a == 0 ? e->name : e->aliases[a - 1];
		const char *norm;

		if (a > 0 && e->type == KG_T_PERSON && strchr(e->name, ' ') &&
		    !strchr(name, ' '))
			continue;
		if ((norm = kg_store__norm(st, name, strlen(name))) == NULL)
			return 0;
		sqlite3_bind_int64(q, 1, cand);
		kg_store__bind_text(q, 2, norm);
		hit = sqlite3_step(q) == SQLITE_ROW;
		sqlite3_reset(q);
		sqlite3_clear_bindings(q);
	}
	return hit;
}

/* How many places and participants of doc event ei candidate cand shares. */
static int event_overlap(kg_store *st,
                         sqlite3_stmt *place,
                         sqlite3_stmt *who,
                         int64_t cand,
                         const kg_doc *doc,
                         size_t ei)
{
	size_t i;
	int n = 0;

	for (i = 0; i < doc->nfacts; i++) {
		const kg_doc_fact *f = &doc->facts[i];

		if (f->negated || f->object == KG_NO_ENTITY)
			continue;
		if (f->subject == ei && f->pred == KG_P_LOCATED_IN)
			n += shares(st, place, cand, doc, f->object);
		else if (f->object == ei && f->pred == KG_P_ATTENDED)
			n += shares(st, who, cand, doc, f->subject);
	}
	return n;
}

/* The full date (YYYY-MM-DD) doc event ei occurred on, or NULL. */
static const char *event_day(const kg_doc *doc, size_t ei)
{
	size_t i;

	for (i = 0; i < doc->nfacts; i++) {
		const kg_doc_fact *f = &doc->facts[i];

		if (f->subject == ei && f->pred == KG_P_OCCURRED_ON &&
		    !f->negated && f->literal && strlen(f->literal) == 10 &&
		    f->literal[0] != '-')
			return f->literal;
	}
	return NULL;
}

static int same_event(kg_store *st,
                      const kg_doc *doc,
                      size_t ei,
                      int64_t *id,
                      double *score,
                      int *found,
                      kg_err *err)
{
	static const char *const sql[3] = {
		"SELECT DISTINCT f.subject_id, e.norm FROM fact f JOIN "
		"entities e"
		" ON e.entity_id = f.subject_id WHERE e.type = 'EVENT' AND"
		" f.predicate = 'occurred_on' AND f.literal = ?1 AND f.negated "
		"= 0"
		" ORDER BY f.subject_id",
		"SELECT 1 FROM fact f JOIN aliases a ON a.entity_id = "
		"f.object_id"
		" WHERE f.subject_id = ?1 AND f.predicate = 'located_in' AND"
		" a.norm = ?2 LIMIT 1",
		"SELECT 1 FROM fact f JOIN aliases a ON a.entity_id = "
		"f.subject_id"
		" WHERE f.object_id = ?1 AND f.predicate = 'attended' AND"
		" a.norm = ?2 LIMIT 1"
	};
	sqlite3_stmt *q[3] = { NULL, NULL, NULL };
	const char *day = event_day(doc, ei);
	char kind[64];
	int rc = KG_OK, i, best = 0;

	*found = 0;
	if (day == NULL)
		return KG_OK;
	snprintf(kind, sizeof(kind), "%s",
	         event_kind(kg_store__norm(st, doc->entities[ei].name,
	                                   strlen(doc->entities[ei].name))));
	for (i = 0; i < 3; i++)
		if (sqlite3_prepare_v2(st->db, sql[i], -1, &q[i], NULL) !=
		    SQLITE_OK) {
			rc = kg_store__dberr(st, err);
			goto out;
		}
	kg_store__bind_text(q[0], 1, day);
	while (sqlite3_step(q[0]) == SQLITE_ROW) {
		int64_t cand = sqlite3_column_int64(q[0], 0);
		const char *norm = (const char *)sqlite3_column_text(q[0], 1);
		int n;

		if (norm == NULL || strcmp(event_kind(norm), kind) != 0)
			continue;
		n = event_overlap(st, q[1], q[2], cand, doc, ei);
		if (n > best) {
			best = n;
			*id = cand;
		}
	}
	*found = best > 0;
	*score = best;
out:
	for (i = 0; i < 3; i++)
		sqlite3_finalize(q[i]);
	return rc;
}

int kg_store__one_word(kg_store *st, int64_t id)
{
	sqlite3_stmt *q = NULL;
	int one = 0;

	if (sqlite3_prepare_v2(st->db,
	                       "SELECT instr(name, ' ') = 0 FROM entities"
	                       " WHERE entity_id = ?1",
	                       -1, &q, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(q, 1, id);
		one = sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0);
	}
	sqlite3_finalize(q);
	return one;
}

int kg_store__similar(kg_store *st,
                      const kg_doc *doc,
                      size_t ei,
                      int64_t *id,
                      const char **rule,
                      double *score,
                      kg_err *err)
{
	const kg_doc_entity *e = &doc->entities[ei];
	char skel[512];
	int found = 0, rc;
	size_t a;

	*rule = NULL;
	*score = 0;
	if (e->type == KG_T_PERSON) {
		for (a = 0; !found && a <= e->naliases; a++) {
			const char *name = a == 0 ? e->name : e->aliases[a - 1];
			const char *norm =
			        kg_store__norm(st, name, strlen(name));

			if (norm == NULL)
				return kg_err_set(err, KG_ENOMEM,
				                  "out of memory");
			if (!kg_store__skeleton(norm, skel, sizeof(skel)))
				continue;
			rc = key_lookup(st, "PERSON", skel, id, &found, err);
			if (rc != KG_OK)
				return rc;
			/* a surname alone finds only a person known by it
			 * alone */
			if (found && a > 0 && strchr(e->name, ' ') &&
			    !strchr(name, ' ') && !kg_store__one_word(st, *id))
				found = 0;
		}
		if (found) {
			*rule = "spelling";
			*score = 1;
		}
		return KG_OK;
	}
	if (e->type == KG_T_EVENT) {
		rc = same_event(st, doc, ei, id, score, &found, err);
		if (rc == KG_OK && found)
			*rule = "same-day";
		return rc;
	}
	return KG_OK;
}
