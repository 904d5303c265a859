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
#include <stdlib.h>
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

/* Store the counted sentences' hashes, and keep them in h[0..*n). */
static int put_hashes(kg_store *st,
                      const kg_doc *doc,
                      int64_t doc_id,
                      int64_t *h,
                      size_t *n,
                      kg_err *err)
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
		int64_t hash = (int64_t)sentence_hash(
		        doc->text + x->start, x->end - x->start, &chars);

		if (chars < MIN_SENTENCE_CHARS)
			continue;
		sqlite3_bind_int64(q, 1, hash);
		sqlite3_bind_int64(q, 2, doc_id);
		sqlite3_bind_int64(q, 3, (sqlite3_int64)i);
		if (sqlite3_step(q) != SQLITE_DONE)
			rc = kg_store__dberr(st, err);
		sqlite3_reset(q);
		h[(*n)++] = hash;
	}
	return rc;
}

/* A stored document holding the k-th counted sentence (one pair per
 * document and sentence). */
struct pair {
	int64_t doc;
	size_t k;
};

static int by_doc(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->doc != y->doc)
		return x->doc < y->doc ? -1 : 1;
	return (x->k > y->k) - (x->k < y->k);
}

/* The other documents holding hash h, into p (fewer than cap: more is
 * boilerplate, and nothing is added); the count added in *np. */
static int holders(kg_store *st,
                   int64_t h,
                   int64_t doc_id,
                   size_t k,
                   size_t cap,
                   struct pair *p,
                   size_t *np,
                   kg_err *err)
{
	sqlite3_stmt *q = st->near_best;
	size_t got = 0;
	int step;

	sqlite3_bind_int64(q, 1, h);
	sqlite3_bind_int64(q, 2, doc_id);
	sqlite3_bind_int64(q, 3, (sqlite3_int64)cap);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		p[got].doc = sqlite3_column_int64(q, 0);
		p[got].k = k;
		got++;
	}
	sqlite3_reset(q);
	if (step != SQLITE_DONE)
		return kg_store__dberr(st, err);
	if (got < cap)
		*np += got;
	return KG_OK;
}

/* Should stored document a be the best match rather than b (0: none),
 * with as many sentences?  Only when a is stored, and b is not or comes
 * after a by name, then doc_id. */
static int prefer(kg_store *st, int64_t a, int64_t b, int *yes, kg_err *err)
{
	sqlite3_stmt *q = st->near_name;
	int step;

	sqlite3_bind_int64(q, 1, a);
	sqlite3_bind_int64(q, 2, b);
	step = sqlite3_step(q);
	*yes = step == SQLITE_ROW && sqlite3_column_int(q, 0);
	sqlite3_reset(q);
	return step == SQLITE_ROW || step == SQLITE_DONE
	               ? KG_OK
	               : kg_store__dberr(st, err);
}

static int by_value(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* How many of sorted[0..n) equal v. */
static size_t count_of(const int64_t *sorted, size_t n, int64_t v)
{
	size_t lo = 0, hi = n, end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sorted[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < n && sorted[end] == v; end++)
		;
	return end - lo;
}

static int prepare(kg_store *st, sqlite3_stmt **q, const char *sql, kg_err *err)
{
	if (*q == NULL &&
	    sqlite3_prepare_v2(st->db, sql, -1, q, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	return KG_OK;
}

/* Are k of n counted sentences enough for a copy? */
static int enough(int64_t k, size_t n)
{
	return k >= NEAR_MIN_SENTENCES && (double)k / (double)n >= NEAR_SHARE;
}

/* The stored document sharing the most counted sentences h[0..n) with
 * doc_id, when they are enough for a copy (ties: by name, so the choice
 * does not depend on doc_ids) and how many; *shared 0 when none.  A sentence in
 * more than NEAR_MAX_DOCS + 1 rows (this document's own included) is
 * boilerplate, no sign of a copy; bounding it keeps the lookup linear in the
 * corpus (unbounded, a corpus of template news went quadratic: 0.09 MB/s after
 * 100 MB).  This was one query, a self-join of sentence_hashes grouped and
 * sorted: point lookups and a sort here take less time (bench/README.md). */
static int best_match(kg_store *st,
                      int64_t doc_id,
                      const int64_t *h,
                      size_t n,
                      int64_t *of,
                      int64_t *shared,
                      kg_err *err)
{
	const size_t most = NEAR_MAX_DOCS + 1; /* rows a lookup may return */
	struct pair *p = NULL;
	int64_t *sorted = NULL;
	size_t np = 0;
	int rc;

	*of = 0;
	*shared = 0;
	if ((rc = prepare(st, &st->near_best,
	                  "SELECT doc_id FROM sentence_hashes"
	                  " WHERE hash = ?1 AND doc_id <> ?2 LIMIT ?3",
	                  err)) != KG_OK ||
	    (rc = prepare(st, &st->near_name,
	                  "SELECT b.doc_id IS NULL OR a.name < b.name OR"
	                  " (a.name = b.name AND a.doc_id < b.doc_id)"
	                  " FROM documents a LEFT JOIN documents b"
	                  " ON b.doc_id = ?2 WHERE a.doc_id = ?1",
	                  err)) != KG_OK)
		return rc;
	if (n > SIZE_MAX / most / sizeof(*p) ||
	    (p = malloc(n * most * sizeof(*p))) == NULL ||
	    (sorted = malloc(n * sizeof(*sorted))) == NULL) {
		free(p);
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	}
	memcpy(sorted, h, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), by_value);
	for (size_t k = 0; rc == KG_OK && k < n; k++) {
		size_t own = count_of(sorted, n, h[k]);

		if (own < most)
			rc = holders(st, h[k], doc_id, k, most + 1 - own,
			             p + np, &np, err);
	}
	/* count each document's sentences (a sentence it holds twice once) */
	qsort(p, np, sizeof(*p), by_doc);
	for (size_t i = 0, j; rc == KG_OK && i < np; i = j) {
		int64_t k = 1;
		int yes = 0;

		for (j = i + 1; j < np && p[j].doc == p[i].doc; j++)
			k += p[j].k != p[j - 1].k;
		if (k < *shared || !enough(k, n))
			continue;
		rc = prefer(st, p[i].doc, k > *shared ? 0 : *of, &yes, err);
		if (rc == KG_OK && yes) {
			*of = p[i].doc;
			*shared = k;
		}
	}
	free(sorted);
	free(p);
	return rc;
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
	int64_t of = 0, shared = 0, *h;
	size_t n = 0;
	double share;
	int rc;

	st->copy_of = 0;
	if (doc->nsentences > SIZE_MAX / sizeof(*h) ||
	    (h = malloc(doc->nsentences * sizeof(*h) + 1)) == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	rc = put_hashes(st, doc, doc_id, h, &n, err);
	if (rc == KG_OK && n >= NEAR_MIN_SENTENCES)
		rc = best_match(st, doc_id, h, n, &of, &shared, err);
	free(h);
	if (rc != KG_OK || shared == 0)
		return rc;
	share = (double)shared / (double)n;
	return mark_copy(st, doc_id, of, share, err);
}
