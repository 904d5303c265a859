/* graph/put.c - storing one document: dedupe, entity resolution, facts
 *
 * A failure rolls back exactly the document that failed, so a batch of
 * thousands survives one bad input: the batch's replay log (batch.c) writes
 * the others again, or when it is off the document has a SAVEPOINT.  Entities
 * are resolved across documents through name_keys(type, norm): the first
 * entity to claim a normalised name keeps it, and later documents naming the
 * same thing (by canonical name or alias) are merged into it, with a row in
 * merges saying why; declared pairs of names (names.c) come last and can
 * veto a merge.  A near-copy of a stored document (syndic.c) only adds
 * evidence to the facts already stored.  Most statements are the prepared
 * ones of store.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* Step a prepared statement once; *id gets column 0 of a row (if id is
 * not NULL) and *found whether there was one.  Resets and clears it. */
static int
run(kg_store *st, sqlite3_stmt *s, int64_t *id, int *found, kg_err *err)
{
	int rc = sqlite3_step(s);

	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		kg_store__dberr(st, err); /* copy the message before reset */
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
		return KG_EDB;
	}
	if (found)
		*found = rc == SQLITE_ROW;
	if (id && rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return KG_OK;
}

static void bind_size(sqlite3_stmt *s, int i, size_t v)
{
	sqlite3_bind_int64(s, i, (sqlite3_int64)v);
}

static int check_fact(const kg_doc *doc, size_t i, kg_err *err)
{
	const kg_doc_fact *f = &doc->facts[i];

	if (f->subject >= doc->nentities)
		return kg_err_set(err, KG_EINVALID,
		                  "fact %zu: subject %zu out of range", i,
		                  f->subject);
	if (f->object == KG_NO_ENTITY ? f->literal == NULL
	                              : f->object >= doc->nentities)
		return kg_err_set(err, KG_EINVALID,
		                  "fact %zu: object out of range", i);
	if ((unsigned)f->pred >= KG_P_COUNT ||
	    (unsigned)f->status >= KG_S_COUNT)
		return kg_err_set(err, KG_EINVALID,
		                  "fact %zu: bad predicate or status", i);
	if (f->sentence >= doc->nsentences)
		return kg_err_set(err, KG_EINVALID,
		                  "fact %zu: sentence %zu out of range", i,
		                  f->sentence);
	return KG_OK;
}

/* Check every index and span up front, so a bad document fails before it
 * touches the database. */
static int check_doc(const kg_doc *doc, kg_err *err)
{
	size_t i;
	int rc;

	if (doc->id == NULL || (doc->text == NULL && doc->len > 0))
		return kg_err_set(err, KG_EINVALID, "document without id/text");
	for (i = 0; i < doc->nsentences; i++)
		if (doc->sentences[i].start > doc->sentences[i].end ||
		    doc->sentences[i].end > doc->len)
			return kg_err_set(err, KG_EINVALID,
			                  "sentence %zu: span out of range", i);
	for (i = 0; i < doc->nentities; i++) {
		const kg_doc_entity *e = &doc->entities[i];

		if ((unsigned)e->type >= KG_T_DATE || e->name == NULL ||
		    (e->naliases && e->aliases == NULL))
			return kg_err_set(err, KG_EINVALID,
			                  "entity %zu: bad type or name", i);
		for (size_t j = 0; j < e->naliases; j++)
			if (e->aliases[j] == NULL)
				return kg_err_set(err, KG_EINVALID,
				                  "entity %zu: NULL alias", i);
	}
	for (i = 0; i < doc->nmentions; i++)
		if (doc->mentions[i].entity >= doc->nentities ||
		    doc->mentions[i].sentence >= doc->nsentences)
			return kg_err_set(err, KG_EINVALID,
			                  "mention %zu: index out of range", i);
	for (i = 0; i < doc->nfacts; i++)
		if ((rc = check_fact(doc, i, err)) != KG_OK)
			return rc;
	return KG_OK;
}

/* 64-bit FNV-1a of the text as 16 hex digits. */
static void text_hash(const kg_doc *doc, char out[17])
{
	uint64_t h = 0xcbf29ce484222325u;

	for (size_t i = 0; i < doc->len; i++) {
		h ^= (unsigned char)doc->text[i];
		h *= 0x100000001b3u;
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* Look up (type, norm(name)) in name_keys. */
/* An event told by common nouns alone ("meeting", "bilateral talks") has
 * no name of its own: two articles' "the summit" are two summits unless
 * the same-day rule (merge.c) says otherwise.  Such a name is kept as an
 * alias, never as a key. */
static int common_event_name(const char *type, const char *name)
{
	if (strcmp(type, "EVENT") != 0)
		return 0;
	for (; *name; name++)
		if ((*name >= 'A' && *name <= 'Z') ||
		    (*name >= '0' && *name <= '9') || (*name & 0x80))
			return 0;
	return 1;
}

static int key_get(kg_store *st,
                   const char *type,
                   const char *name,
                   int64_t *id,
                   int *found,
                   kg_err *err)
{
	sqlite3_stmt *s = st->st[KG_ST_KEY_GET];
	const char *norm = kg_store__norm(st, name, strlen(name));

	*found = 0;
	if (norm == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (norm[0] == '\0' || common_event_name(type, name))
		return KG_OK; /* "..." names nothing: never a key */
	kg_store__bind_text(s, 1, type);
	kg_store__bind_text(s, 2, norm);
	return run(st, s, id, found, err);
}

/* Give entity id the name: an aliases row and, unless another entity owns
 * it already, the name key. */
static int add_name(kg_store *st,
                    int64_t id,
                    const char *type,
                    const char *name,
                    kg_err *err)
{
	sqlite3_stmt *a = st->st[KG_ST_INS_ALIAS], *k = st->st[KG_ST_INS_KEY];
	const char *norm = kg_store__norm(st, name, strlen(name));
	int rc;

	if (norm == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	sqlite3_bind_int64(a, 1, id);
	kg_store__bind_text(a, 2, name);
	kg_store__bind_text(a, 3, norm);
	if ((rc = run(st, a, NULL, NULL, err)) != KG_OK || norm[0] == '\0' ||
	    common_event_name(type, name))
		return rc; /* a name that normalises to "" is never a key */
	kg_store__bind_text(k, 1, type);
	kg_store__bind_text(k, 2, norm);
	sqlite3_bind_int64(k, 3, id);
	if ((rc = run(st, k, NULL, NULL, err)) != KG_OK)
		return rc;
	if (strcmp(type, "PERSON") == 0) {
		/* a key for other spellings of the name (graph/merge.c) */
		char skel[512];

		if (!kg_store__skeleton(norm, skel, sizeof(skel)))
			return KG_OK;
		kg_store__bind_text(k, 1, type);
		kg_store__bind_text(k, 2, skel);
		sqlite3_bind_int64(k, 3, id);
		rc = run(st, k, NULL, NULL, err);
	}
	return rc;
}

/* A never-same rule (graph/names.c) between a name of doc entity ei and
 * a name of the stored entity id it was resolved to undoes the match. */
static int vetoed(kg_store *st,
                  const kg_doc *doc,
                  size_t ei,
                  int64_t id,
                  int *found,
                  kg_err *err)
{
	int blocked = 0, rc;

	if (!*found)
		return KG_OK;
	rc = kg_store__never_same(st, doc, ei, id, &blocked, err);
	if (blocked)
		*found = 0;
	return rc;
}

/* The entity found for a document's name takes the better of its name and
 * that one: more words first ("Dmitri Volkov" over "Volkov", "Joseph R.
 * Biden, Jr." over "Joe Biden"), then one that starts with a letter or
 * digit ("election" over "-election"), then one with a lower-case letter
 * ("Joe Biden" over a transcript's "JOE BIDEN"), then the first in byte
 * order ("Abdel Fattah El-Sisi" over "Abdel Fattah el-Sissi").  A total
 * order,
 * so the canonical name does not depend on which document came first.
 * Every name stays in aliases. */
static int better_name(kg_store *st, int64_t id, const char *name, kg_err *err)
{
	sqlite3_stmt *q = st->st[KG_ST_MERGED_NAME];
	const char *norm = kg_store__norm(st, name, strlen(name));

	if (norm == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	sqlite3_bind_int64(q, 1, id);
	kg_store__bind_text(q, 2, name);
	kg_store__bind_text(q, 3, norm);
	return run(st, q, NULL, NULL, err);
}

/* The stored entities the current document's entities were given so far
 * (st->taken): the extractor told them apart, so no two of them become one
 * stored entity by an alias ("the 2018 Helsinki Summit" and the summit of
 * the article both called "meeting" somewhere); two of one canonical name
 * still do. */
static size_t taken_slot(const kg_store *st, int64_t id)
{
	uint64_t h = (uint64_t)id * 0x9e3779b97f4a7c15u;

	return (size_t)(h >> 32) & st->takenmask;
}

static int taken(const kg_store *st, int64_t id)
{
	size_t i;

	for (i = taken_slot(st, id); st->taken[i] != 0;
	     i = (i + 1) & st->takenmask)
		if (st->taken[i] == id)
			return 1;
	return 0;
}

static void take(kg_store *st, int64_t id)
{
	size_t i;

	for (i = taken_slot(st, id); st->taken[i] != 0 && st->taken[i] != id;
	     i = (i + 1) & st->takenmask)
		;
	st->taken[i] = id;
}

/* The stored entity doc entity ei is, by canonical name, then aliases, then
 * a same-as rule, spelling or day, unless a never-same rule forbids it:
 * *found, *id, and the rule and score of the merge. */
static int resolve(kg_store *st,
                   const kg_doc *doc,
                   size_t ei,
                   int64_t *id,
                   const char **rule,
                   double *score,
                   int *found,
                   kg_err *err)
{
	const kg_doc_entity *e = &doc->entities[ei];
	const char *type = kg_type_name(e->type);
	int rc;

	*rule = "same-name";
	*score = 1;
	if ((rc = key_get(st, type, e->name, id, found, err)) != KG_OK)
		return rc;
	for (size_t j = 0; !*found && j < e->naliases; j++) {
		*rule = "alias";
		rc = key_get(st, type, e->aliases[j], id, found, err);
		if (rc != KG_OK)
			return rc;
		/* a surname alone finds only a person known by it alone:
		 * "Biden" of Jill Biden must not lead to Joe Biden */
		if (*found && e->type == KG_T_PERSON && strchr(e->name, ' ') &&
		    !strchr(e->aliases[j], ' ') && !kg_store__one_word(st, *id))
			*found = 0;
	}
	if (!*found) {
		*rule = "user"; /* a same-as pair of kgraph ingest --aliases */
		if ((rc = kg_store__same_as(st, doc, ei, id, found, err)))
			return rc;
	}
	if (!*found) {
		rc = kg_store__similar(st, doc, ei, id, rule, score, err);
		if (rc != KG_OK)
			return rc;
		*found = *rule != NULL;
	}
	return vetoed(st, doc, ei, *id, found, err);
}

/* Find the entity a document entity is (resolve) or create it; then
 * record all its names.  In a near-copy (st->copy_of) an entity not stored
 * yet is not created (*id 0) and no names are added. */
static int put_entity(kg_store *st,
                      const kg_doc *doc,
                      size_t ei,
                      int64_t doc_id,
                      int64_t *id,
                      kg_err *err)
{
	const kg_doc_entity *e = &doc->entities[ei];
	const char *type = kg_type_name(e->type), *rule;
	double score;
	int rc, found = 0;
	sqlite3_stmt *s;

	if ((rc = resolve(st, doc, ei, id, &rule, &score, &found, err)))
		return rc;
	/* two of the doc's entities stay two, unless they have one name */
	if (found && strcmp(rule, "same-name") != 0 && taken(st, *id))
		found = 0;
	if (!found && st->copy_of) { /* a near-copy adds no entity */
		*id = 0;
		return KG_OK;
	}
	if (found && (rc = better_name(st, *id, e->name, err)) != KG_OK)
		return rc;
	if (found) {
		s = st->st[KG_ST_INS_MERGE];
		sqlite3_bind_int64(s, 1, *id);
		kg_store__bind_text(s, 2, e->name);
		kg_store__bind_text(s, 3, rule);
		sqlite3_bind_int64(s, 4, doc_id);
		sqlite3_bind_double(s, 5, score);
	} else {
		const char *norm = kg_store__norm(st, e->name, strlen(e->name));

		if (norm == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		s = st->st[KG_ST_INS_ENTITY];
		kg_store__bind_text(s, 1, type);
		kg_store__bind_text(s, 2, e->name);
		kg_store__bind_text(s, 3, norm);
	}
	if ((rc = run(st, s, NULL, NULL, err)) != KG_OK)
		return rc;
	if (!found)
		*id = sqlite3_last_insert_rowid(st->db);
	take(st, *id);
	if (st->copy_of) /* nor names */
		return KG_OK;
	if ((rc = add_name(st, *id, type, e->name, err)) != KG_OK)
		return rc;
	for (size_t j = 0; j < e->naliases; j++)
		if ((rc = add_name(st, *id, type, e->aliases[j], err)))
			return rc;
	return KG_OK;
}

static int
put_sentences(kg_store *st, const kg_doc *doc, int64_t doc_id, kg_err *err)
{
	sqlite3_stmt *s = st->st[KG_ST_INS_SENT];
	int rc;

	for (size_t i = 0; i < doc->nsentences; i++) {
		const kg_doc_sentence *x = &doc->sentences[i];

		sqlite3_bind_int64(s, 1, doc_id);
		bind_size(s, 2, i);
		bind_size(s, 3, x->start);
		bind_size(s, 4, x->end);
		sqlite3_bind_text64(s, 5, doc->text + x->start,
		                    x->end - x->start, SQLITE_TRANSIENT,
		                    SQLITE_UTF8);
		if ((rc = run(st, s, NULL, NULL, err)) != KG_OK)
			return rc;
	}
	return KG_OK;
}

static int
put_mentions(kg_store *st, const kg_doc *doc, int64_t doc_id, kg_err *err)
{
	sqlite3_stmt *s = st->st[KG_ST_INS_MENTION];
	int rc;

	for (size_t i = 0; i < doc->nmentions; i++) {
		const kg_doc_mention *m = &doc->mentions[i];

		if (st->ids[m->entity] == 0) /* not stored: a near-copy's */
			continue;
		sqlite3_bind_int64(s, 1, st->ids[m->entity]);
		sqlite3_bind_int64(s, 2, doc_id);
		bind_size(s, 3, m->sentence);
		bind_size(s, 4, m->start);
		bind_size(s, 5, m->end);
		if ((rc = run(st, s, NULL, NULL, err)) != KG_OK)
			return rc;
	}
	return KG_OK;
}

static int put_fact(kg_store *st,
                    const kg_doc *doc,
                    const kg_doc_fact *f,
                    int64_t doc_id,
                    kg_err *err)
{
	sqlite3_stmt *s = st->st[KG_ST_INS_FACT];
	int64_t fact_id = 0;
	int rc, found = 0;

	if (st->copy_of) { /* a near-copy supports stored facts only */
		if (st->ids[f->subject] == 0 ||
		    (f->object != KG_NO_ENTITY && st->ids[f->object] == 0))
			return KG_OK;
		s = st->fact_get;
	}
	sqlite3_bind_int64(s, 1, st->ids[f->subject]);
	kg_store__bind_text(s, 2, kg_pred_name(f->pred));
	if (f->object != KG_NO_ENTITY)
		sqlite3_bind_int64(s, 3, st->ids[f->object]);
	else
		kg_store__bind_text(s, 4, f->literal);
	kg_store__bind_text(s, 5, kg_status_name(f->status));
	sqlite3_bind_int(s, 6, f->negated != 0);
	kg_store__bind_text(s, 7, f->valid_from);
	kg_store__bind_text(s, 8, f->valid_to);
	if ((rc = run(st, s, &fact_id, &found, err)) != KG_OK)
		return rc;
	if (!found && st->copy_of)
		return KG_OK;
	if (!found) /* the upsert always returns the row */
		return kg_err_set(err, KG_ERROR, "fact insert returned no id");
	s = st->st[KG_ST_INS_EVIDENCE];
	sqlite3_bind_int64(s, 1, fact_id);
	sqlite3_bind_int64(s, 2, doc_id);
	bind_size(s, 3, f->sentence);
	bind_size(s, 4, f->start);
	bind_size(s, 5, f->end);
	kg_store__bind_text(s, 6, f->rule);
	kg_store__bind_text(s, 7, doc->version);
	return run(st, s, NULL, NULL, err);
}

/* Everything of a new document, inside its savepoint. */
static int
put_body(kg_store *st, const kg_doc *doc, const char *hash, kg_err *err)
{
	sqlite3_stmt *s = st->st[KG_ST_INS_DOC];
	int64_t doc_id;
	int rc;

	kg_store__bind_text(s, 1, doc->id);
	kg_store__bind_text(s, 2, doc->url);
	kg_store__bind_text(s, 3, doc->title);
	kg_store__bind_text(s, 4, doc->published);
	kg_store__bind_text(s, 5, hash);
	kg_store__bind_text(s, 6, doc->version);
	bind_size(s, 7, doc->nsentences);
	if ((rc = run(st, s, NULL, NULL, err)) != KG_OK)
		return rc;
	doc_id = sqlite3_last_insert_rowid(st->db);
	if ((rc = put_sentences(st, doc, doc_id, err)) != KG_OK ||
	    (rc = kg_store__near_copy(st, doc, doc_id, err)) != KG_OK)
		return rc;
	for (size_t i = 0; i < doc->nentities; i++)
		if ((rc = put_entity(st, doc, i, doc_id, &st->ids[i], err)) !=
		    KG_OK)
			return rc;
	if ((rc = put_mentions(st, doc, doc_id, err)) != KG_OK)
		return rc;
	for (size_t i = 0; i < doc->nfacts; i++)
		if ((rc = put_fact(st, doc, &doc->facts[i], doc_id, err)))
			return rc;
	return KG_OK;
}

/* Room for n entity ids, and an empty st->taken of at least 2n slots. */
static int grow_ids(kg_store *st, size_t n, kg_err *err)
{
	int64_t *p;
	size_t slots = 16;

	while (slots < 2 * n && slots < SIZE_MAX / 2 / sizeof(*p))
		slots *= 2;
	if (n > SIZE_MAX / sizeof(*p) || slots < 2 * n)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	if (n > st->idscap) {
		if ((p = realloc(st->ids, n * sizeof(*p))) == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		st->ids = p;
		st->idscap = n;
	}
	if (slots > st->takencap) {
		if ((p = realloc(st->taken, slots * sizeof(*p))) == NULL)
			return kg_err_set(err, KG_ENOMEM, "out of memory");
		st->taken = p;
		st->takencap = slots;
	}
	memset(st->taken, 0, slots * sizeof(*p));
	st->takenmask = slots - 1;
	return KG_OK;
}

/* Is the text already stored?  Then the document is skipped. */
int kg_store__put(
        kg_store *st, const kg_doc *doc, int savepoint, int *added, kg_err *err)
{
	sqlite3_stmt *s = st->st[KG_ST_DOC_BY_HASH];
	char hash[17];
	int rc, found = 0;

	text_hash(doc, hash);
	kg_store__bind_text(s, 1, hash);
	if ((rc = run(st, s, NULL, &found, err)) != KG_OK || found)
		return rc;
	if (savepoint &&
	    (rc = kg_store__exec(st, "SAVEPOINT kg_doc", err)) != KG_OK)
		return rc;
	rc = put_body(st, doc, hash, err);
	st->copy_of = 0;
	if (rc != KG_OK) {
		/* an I/O error may already have rolled everything back */
		if (savepoint && !sqlite3_get_autocommit(st->db))
			sqlite3_exec(st->db,
			             "ROLLBACK TO kg_doc; RELEASE kg_doc", NULL,
			             NULL, NULL);
		return rc;
	}
	if (savepoint &&
	    (rc = kg_store__exec(st, "RELEASE kg_doc", err)) != KG_OK)
		return rc;
	*added = 1;
	return KG_OK;
}

/* Add to err's message that the open batch was rolled back with it. */
static void batch_lost(kg_err *err)
{
	char msg[sizeof(err->msg)];

	if (err == NULL)
		return;
	memcpy(msg, err->msg, sizeof(msg));
	kg_err_set(err, err->code,
	           "%.200s (the uncommitted documents of the batch were rolled"
	           " back)",
	           msg);
}

/* A document of the batch failed half-way, without a savepoint: write the
 * batch again from its log, without it.  When that fails too, no
 * transaction is left (put_doc then says the batch is lost). */
static void undo_doc(kg_store *st, kg_err *err)
{
	char msg[sizeof(err->msg)];
	kg_err again = { 0, "" };

	if (kg_store__replay(st, &again) == KG_OK || err == NULL)
		return;
	memcpy(msg, err->msg, sizeof(msg));
	kg_err_set(err, err->code, "%.150s (writing the batch again: %.150s)",
	           msg, again.msg);
}

int kg_store_put_doc(kg_store *st, const kg_doc *doc, int *added, kg_err *err)
{
	int rc, dummy, own = !st->in_batch, logged;

	if (added == NULL)
		added = &dummy;
	*added = 0;
	if (st->readonly)
		return kg_err_set(err, KG_EDB, "the store is read-only");
	if ((rc = check_doc(doc, err)) != KG_OK ||
	    (rc = grow_ids(st, doc->nentities, err)) != KG_OK)
		return rc;
	if (own && (rc = kg_store__exec(st, "BEGIN IMMEDIATE", err)))
		return rc;
	/* a transaction of its own needs no savepoint: ROLLBACK undoes it */
	logged = !own && !st->log.off;
	st->log.last_open = 0;
	rc = kg_store__put(st, doc, !own && !logged, added, err);
	if (rc == KG_OK && logged && *added)
		kg_store__log_doc(st, doc);
	if (rc != KG_OK && logged && !sqlite3_get_autocommit(st->db))
		undo_doc(st, err);
	if (sqlite3_get_autocommit(st->db)) {
		/* after a full disk or an I/O error SQLite rolls the whole
		 * transaction back: say the batch is gone, not just this doc */
		if (!own && rc != KG_OK)
			batch_lost(err);
		if (st->in_batch)
			kg_store__log_clear(st);
		st->in_batch = 0;
		own = 0;
	}
	if (own && rc == KG_OK &&
	    (rc = kg_store__search_flush(st, err)) == KG_OK)
		rc = kg_store__exec(st, "COMMIT", err);
	if (own && rc != KG_OK)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	if (rc != KG_OK)
		*added = 0;
	return rc;
}
