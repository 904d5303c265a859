/* graph/syndic.c - syndication: a document that is a near-copy of one stored
 *
 * Agencies' stories are reprinted by other outlets with a new headline,
 * byline or last paragraph.  Such a copy is a second source for what it
 * repeats, not a second story: it must add support (evidence) to the facts
 * already stored but no new fact, entity or event.  Each sentence is hashed
 * over its letters and digits only, case folded (so quotes, dashes and
 * spacing do not matter), and the hashes are stored.  A new document is a
 * near-copy of the stored document that holds the most of its hashed
 * sentences when that is at least NEAR_SHARE of them (docs/audit.md says
 * how this was chosen).  Sentences of fewer than MIN_SENTENCE_CHARS letters
 * and digits ("Reuters.", "Read more") are not counted either way.
 */
#include <string.h>

#include "store_int.h"

#define NEAR_SHARE 0.6        /* part of the sentences found in one doc */
#define NEAR_MIN_SENTENCES 3  /* sentences a copy must share, at least */
#define MIN_SENTENCE_CHARS 24 /* letters and digits of a counted sentence */
#define NEAR_MAX_DOCS 20      /* documents a sentence may be in and count */

/* 64-bit FNV-1a of the ASCII-lower-cased letters and digits of s[0..n)
 * (bytes >= 0x80 as they are); *chars gets how many were hashed. */
static uint64_t sentence_hash(const char *s, size_t n, size_t *chars)
{
	uint64_t h = 0xcbf29ce484222325u;
	size_t i;

	*chars = 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		           c >= 0x80))
			continue;
		h ^= c;
		h *= 0x100000001b3u;
		(*chars)++;
	}
	return h;
}

/* Store the counted sentences' hashes; *n gets how many. */
static int put_hashes(
        kg_store *st, const kg_doc *doc, int64_t doc_id, size_t *n, kg_err *err)
{
	sqlite3_stmt *q;
	size_t i, chars;
	int rc = KG_OK;

	*n = 0;
	if (st->hash_put == NULL &&
	    sqlite3_prepare_v2(st->db,
	                       "INSERT INTO sentence_hashes(hash, doc_id, n)"
	                       " VALUES (?1, ?2, ?3)",
	                       -1, &st->hash_put, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	q = st->hash_put;
	for (i = 0; rc == KG_OK && i < doc->nsentences; i++) {
		const kg_doc_sentence *x = &doc->sentences[i];
		uint64_t h = sentence_hash(doc->text + x->start,
		                           x->end - x->start, &chars);

		if (chars < MIN_SENTENCE_CHARS)
			continue;
		sqlite3_bind_int64(q, 1, (sqlite3_int64)h);
		sqlite3_bind_int64(q, 2, doc_id);
		sqlite3_bind_int64(q, 3, (sqlite3_int64)i);
		if (sqlite3_step(q) != SQLITE_DONE)
			rc = kg_store__dberr(st, err);
		sqlite3_reset(q);
		(*n)++;
	}
	return rc;
}

/* The stored document sharing the most counted sentences with doc_id (ties:
 * by name, so the choice does not depend on doc_ids) and how many. */
static int best_match(
        kg_store *st, int64_t doc_id, int64_t *of, int64_t *shared, kg_err *err)
{
	/* a sentence found in more than NEAR_MAX_DOCS documents is
	 * boilerplate, no sign of a copy; bounding it keeps the lookup
	 * linear in the corpus (unbounded, a corpus of template news went
	 * quadratic: 0.09 MB/s after 100 MB) */
	static const char sql[] =
	        "SELECT o.doc_id, count(DISTINCT s.n) AS k"
	        " FROM sentence_hashes s JOIN sentence_hashes o"
	        " ON o.hash = s.hash AND o.doc_id <> s.doc_id"
	        " JOIN documents d ON d.doc_id = o.doc_id"
	        " WHERE s.doc_id = ?1 AND (SELECT count(*) FROM"
	        " (SELECT 1 FROM sentence_hashes c WHERE c.hash = s.hash"
	        " LIMIT ?2)) < ?2"
	        " GROUP BY o.doc_id"
	        " ORDER BY k DESC, d.name, o.doc_id LIMIT 1";
	sqlite3_stmt *q;
	int step;

	*shared = 0;
	if (st->near_best == NULL &&
	    sqlite3_prepare_v2(st->db, sql, -1, &st->near_best, NULL) !=
	            SQLITE_OK)
		return kg_store__dberr(st, err);
	q = st->near_best;
	sqlite3_bind_int64(q, 1, doc_id);
	sqlite3_bind_int64(q, 2, NEAR_MAX_DOCS + 2); /* + the new one */
	step = sqlite3_step(q);
	if (step == SQLITE_ROW) {
		*of = sqlite3_column_int64(q, 0);
		*shared = sqlite3_column_int64(q, 1);
	}
	sqlite3_reset(q);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	return KG_OK;
}

/* Record doc_id as a copy of of (or of what of copies) and ready the
 * statement put.c looks facts up with. */
static int
mark_copy(kg_store *st, int64_t doc_id, int64_t of, double share, kg_err *err)
{
	static const char ins[] =
	        "INSERT INTO copies(doc_id, of_doc, share) VALUES (?1,"
	        " coalesce((SELECT of_doc FROM copies WHERE doc_id = ?2), ?2),"
	        " ?3) RETURNING of_doc";
	static const char get[] =
	        "SELECT fact_id FROM fact WHERE subject_id = ?1"
	        " AND predicate = ?2 AND ifnull(object_id, 0) = ifnull(?3, 0)"
	        " AND ifnull(literal, '') = ifnull(?4, '') AND status = ?5"
	        " AND negated = ?6";
	sqlite3_stmt *q = NULL;
	int step;

	if (st->fact_get == NULL &&
	    sqlite3_prepare_v2(st->db, get, -1, &st->fact_get, NULL) !=
	            SQLITE_OK)
		return kg_store__dberr(st, err);
	if (sqlite3_prepare_v2(st->db, ins, -1, &q, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	sqlite3_bind_int64(q, 1, doc_id);
	sqlite3_bind_int64(q, 2, of);
	sqlite3_bind_double(q, 3, share);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW)
		st->copy_of = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return step == SQLITE_ROW ? KG_OK : kg_store__dberr(st, err);
}

int kg_store__near_copy(kg_store *st,
                        const kg_doc *doc,
                        int64_t doc_id,
                        kg_err *err)
{
	int64_t of = 0, shared = 0;
	size_t n = 0;
	double share;
	int rc;

	st->copy_of = 0;
	if ((rc = put_hashes(st, doc, doc_id, &n, err)) != KG_OK ||
	    n < NEAR_MIN_SENTENCES ||
	    (rc = best_match(st, doc_id, &of, &shared, err)) != KG_OK)
		return rc;
	share = (double)shared / (double)n;
	if (shared < NEAR_MIN_SENTENCES || share < NEAR_SHARE)
		return KG_OK;
	return mark_copy(st, doc_id, of, share, err);
}
