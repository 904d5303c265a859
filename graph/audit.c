/* graph/audit.c - why a fact is there, merge decisions and the canonical dump
 *
 * Read-only queries run once per command, so statements are prepared per
 * call.  kg_audit_why finds where the subject and object are named in each
 * supporting sentence: from the mentions table when the extractor recorded
 * them, else by a case-insensitive search for any of their names.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kgraph/audit.h"
#include "store_int.h"

#define WHY_COLS                                                               \
	"SELECT fact_id, subject_id, subject, subject_type, predicate,"        \
	" object_id, object, object_type, status, negated, support"            \
	" FROM all_facts"

static const char *const why_fact_sql[2] = {
	WHY_COLS " WHERE fact_id = ?1",
	WHY_COLS " WHERE (?2 IS NULL OR subject_id IN"
	         " (SELECT entity_id FROM aliases WHERE norm = ?2))"
	         " AND (?3 IS NULL OR predicate = ?3)"
	         " AND (?4 IS NULL OR object_id IN"
	         " (SELECT entity_id FROM aliases WHERE norm = ?4)"
	         " OR (object_id IS NULL AND object = ?5))"
	         " ORDER BY fact_id",
};

static const char why_ev_sql[] =
        "SELECT d.name, ev.sentence, ev.byte_start, ev.byte_end, ev.rule,"
        " ev.version, ifnull(s.text, ''), ifnull(s.byte_start, 0), ev.doc_id,"
        " (SELECT o.name FROM copies c JOIN documents o"
        " ON o.doc_id = c.of_doc WHERE c.doc_id = ev.doc_id)"
        " FROM evidence ev JOIN documents d ON d.doc_id = ev.doc_id"
        " LEFT JOIN sentences s ON s.doc_id = ev.doc_id"
        " AND s.n = ev.sentence"
        " WHERE ev.fact_id = ?1"
        " ORDER BY d.name, ev.sentence, ev.rule, ev.evidence_id";

static const char why_mention_sql[] =
        "SELECT byte_start, byte_end FROM mentions"
        " WHERE entity_id = ?1 AND doc_id = ?2 AND sentence = ?3"
        " ORDER BY byte_start, byte_end";

static const char why_names_sql[] =
        "SELECT name FROM (SELECT name FROM aliases WHERE entity_id = ?1"
        " UNION SELECT name FROM entities WHERE entity_id = ?1)"
        " ORDER BY length(name) DESC, name";

#define MAX_SPANS 32 /* marks per entity and sentence */

struct spans {
	kg_span v[MAX_SPANS];
	size_t n;
};

/* The statements of one kg_audit_why call. */
struct why {
	kg_store *st;
	sqlite3_stmt *fact, *ev, *mention, *names;
	struct spans subj, obj;
};

static const char *col_text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

/* Add [a, b) to sp in order unless it overlaps a span already there. */
static void span_add(struct spans *sp, size_t a, size_t b)
{
	size_t i, j;

	if (a >= b || sp->n == MAX_SPANS)
		return;
	for (i = 0; i < sp->n && sp->v[i].start < a; i++)
		;
	if ((i > 0 && sp->v[i - 1].end > a) ||
	    (i < sp->n && sp->v[i].start < b))
		return;
	for (j = sp->n; j > i; j--)
		sp->v[j] = sp->v[j - 1];
	sp->v[i].start = a;
	sp->v[i].end = b;
	sp->n++;
}

static int is_word(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* Every whole-word, case-insensitive occurrence of name in text. */
static void span_search(struct spans *sp, const char *text, const char *name)
{
	size_t n = strlen(name), len = strlen(text), i;

	if (n == 0)
		return;
	for (i = 0; i + n <= len; i++) {
		if (strncasecmp(text + i, name, n) != 0 ||
		    (i > 0 && is_word(text[i - 1])) || is_word(text[i + n]))
			continue;
		span_add(sp, i, i + n);
		i += n - 1;
	}
}

/* Where entity id (0: the literal lit) is named in sentence text, which
 * starts at byte base of document doc_id. */
static int find_spans(struct why *w,
                      struct spans *sp,
                      int64_t id,
                      const char *lit,
                      int64_t doc_id,
                      int64_t sentence,
                      const char *text,
                      int64_t base)
{
	int64_t len = (int64_t)strlen(text);
	int step;

	sp->n = 0;
	if (id == 0) {
		if (lit != NULL)
			span_search(sp, text, lit);
		return SQLITE_DONE;
	}
	sqlite3_reset(w->mention);
	sqlite3_bind_int64(w->mention, 1, id);
	sqlite3_bind_int64(w->mention, 2, doc_id);
	sqlite3_bind_int64(w->mention, 3, sentence);
	while ((step = sqlite3_step(w->mention)) == SQLITE_ROW) {
		int64_t a = sqlite3_column_int64(w->mention, 0) - base;
		int64_t b = sqlite3_column_int64(w->mention, 1) - base;

		if (a >= 0 && b <= len)
			span_add(sp, (size_t)a, (size_t)b);
	}
	if (step != SQLITE_DONE || sp->n > 0)
		return step;
	sqlite3_reset(w->names);
	sqlite3_bind_int64(w->names, 1, id);
	while ((step = sqlite3_step(w->names)) == SQLITE_ROW)
		span_search(sp, text, col_text(w->names, 0));
	return step;
}

/* Call cb for each evidence of the fact at the current row of w->fact. */
static int why_fact(struct why *w, kg_why_cb cb, void *payload, kg_err *err)
{
	sqlite3_stmt *f = w->fact, *e = w->ev;
	int64_t sid = sqlite3_column_int64(f, 1), oid;
	kg_why_row r;
	int rc = 0, step;

	memset(&r, 0, sizeof(r));
	r.fact_id = sqlite3_column_int64(f, 0);
	r.subject = col_text(f, 2);
	r.subject_type = col_text(f, 3);
	r.predicate = col_text(f, 4);
	oid = sqlite3_column_int64(f, 5);
	r.object = col_text(f, 6);
	r.object_type = col_text(f, 7);
	r.status = col_text(f, 8);
	r.negated = sqlite3_column_int(f, 9);
	r.support = sqlite3_column_int(f, 10);
	sqlite3_reset(e);
	sqlite3_bind_int64(e, 1, r.fact_id);
	while ((step = sqlite3_step(e)) == SQLITE_ROW) {
		int64_t doc_id = sqlite3_column_int64(e, 8);
		int64_t base = sqlite3_column_int64(e, 7);

		r.doc = col_text(e, 0);
		r.sentence = sqlite3_column_int64(e, 1);
		r.byte_start = sqlite3_column_int64(e, 2);
		r.byte_end = sqlite3_column_int64(e, 3);
		r.rule = col_text(e, 4);
		r.version = col_text(e, 5);
		r.text = col_text(e, 6);
		r.copy_of = col_text(e, 9);
		if (find_spans(w, &w->subj, sid, NULL, doc_id, r.sentence,
		               r.text, base) != SQLITE_DONE ||
		    find_spans(w, &w->obj, oid, r.object, doc_id, r.sentence,
		               r.text, base) != SQLITE_DONE)
			return kg_store__dberr(w->st, err);
		r.subj = w->subj.v;
		r.nsubj = w->subj.n;
		r.obj = w->obj.v;
		r.nobj = w->obj.n;
		if ((rc = cb(&r, payload)) != 0)
			return rc;
	}
	return step == SQLITE_DONE ? KG_OK : kg_store__dberr(w->st, err);
}

/* kg_norm of s into a new string (NULL for NULL); *oom on failure. */
static char *norm_dup(const char *s, int *oom)
{
	size_t n;
	char *p;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	if ((p = malloc(n + 1)) == NULL) {
		*oom = 1;
		return NULL;
	}
	kg_norm(p, n + 1, s, n);
	return p;
}

static int why_prepare(struct why *w, int by_id, kg_err *err)
{
	sqlite3 *db = w->st->db;

	if (sqlite3_prepare_v2(db, why_fact_sql[!by_id], -1, &w->fact, NULL) ||
	    sqlite3_prepare_v2(db, why_ev_sql, -1, &w->ev, NULL) ||
	    sqlite3_prepare_v2(db, why_mention_sql, -1, &w->mention, NULL) ||
	    sqlite3_prepare_v2(db, why_names_sql, -1, &w->names, NULL))
		return kg_store__dberr(w->st, err);
	return KG_OK;
}

int kg_audit_why(kg_store *st,
                 int64_t fact_id,
                 const char *subject,
                 const char *predicate,
                 const char *object,
                 kg_why_cb cb,
                 void *payload,
                 kg_err *err)
{
	struct why *w = calloc(1, sizeof(*w));
	int oom = 0, rc, step, nfacts = 0;
	char *snorm = norm_dup(subject, &oom), *onorm = norm_dup(object, &oom);

	if (w == NULL || oom) {
		rc = kg_err_set(err, KG_ENOMEM, "out of memory");
		goto out;
	}
	w->st = st;
	if ((rc = why_prepare(w, fact_id != 0, err)) != KG_OK)
		goto out;
	if (fact_id != 0) {
		sqlite3_bind_int64(w->fact, 1, fact_id);
	} else {
		kg_store__bind_text(w->fact, 2, snorm);
		kg_store__bind_text(w->fact, 3, predicate);
		kg_store__bind_text(w->fact, 4, onorm);
		kg_store__bind_text(w->fact, 5, object);
	}
	while ((step = sqlite3_step(w->fact)) == SQLITE_ROW) {
		nfacts++;
		if ((rc = why_fact(w, cb, payload, err)) != 0)
			goto out;
	}
	if (step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	else if (nfacts == 0 && fact_id != 0)
		rc = kg_err_set(err, KG_ENOTFOUND, "no fact %lld",
		                (long long)fact_id);
	else if (nfacts == 0)
		rc = kg_err_set(err, KG_ENOTFOUND, "no such fact");
out:
	if (w != NULL) {
		sqlite3_finalize(w->fact);
		sqlite3_finalize(w->ev);
		sqlite3_finalize(w->mention);
		sqlite3_finalize(w->names);
	}
	free(w);
	free(snorm);
	free(onorm);
	return rc;
}

/* Run sql (one optional text parameter ?1) and hand each row to cb. */
static int rows(kg_store *st,
                const char *sql,
                const char *param,
                kg_row_cb cb,
                void *payload,
                kg_err *err)
{
	sqlite3_stmt *s = NULL;
	const char *names[8], *values[8];
	int rc = 0, step, ncol, i;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	if (param != NULL)
		kg_store__bind_text(s, 1, param);
	ncol = sqlite3_column_count(s);
	if (ncol > 8)
		ncol = 8;
	for (i = 0; i < ncol; i++)
		names[i] = sqlite3_column_name(s, i);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		for (i = 0; i < ncol; i++)
			values[i] = col_text(s, i);
		if ((rc = cb(ncol, names, values, payload)) != 0)
			break;
	}
	if (rc == 0 && step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	sqlite3_finalize(s);
	return rc;
}

#define MERGES_SQL                                                             \
	"SELECT e.name AS entity, e.type AS type, m.name AS name,"             \
	" m.rule AS rule, m.score AS score, d.name AS doc"                     \
	" FROM merges m JOIN entities e ON e.entity_id = m.entity_id"          \
	" LEFT JOIN documents d ON d.doc_id = m.doc_id"
/* and the rows of name_rules (split, --aliases): score 1 same, 0 never */
#define RULES_SQL                                                              \
	" UNION ALL SELECT r.name_a, r.type, r.name_b, r.rule, r.same * 1.0,"  \
	" NULL FROM name_rules r"
#define RULES_WHERE                                                            \
	" WHERE ?1 IN (r.norm_a, r.norm_b) OR EXISTS (SELECT 1 FROM aliases x" \
	" JOIN aliases y ON y.entity_id = x.entity_id WHERE x.norm = ?1"       \
	" AND y.norm IN (r.norm_a, r.norm_b))"
#define MERGES_ORDER " ORDER BY 1, 3, 6, 4"

int kg_audit_merges(kg_store *st,
                    const char *entity,
                    kg_row_cb cb,
                    void *payload,
                    kg_err *err)
{
	const char *norm = NULL;

	if (entity == NULL)
		return rows(st, MERGES_SQL RULES_SQL MERGES_ORDER, NULL, cb,
		            payload, err);
	if ((norm = kg_store__norm(st, entity, strlen(entity))) == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	return rows(
	        st,
	        MERGES_SQL
	        " WHERE m.entity_id IN (SELECT entity_id FROM"
	        " aliases WHERE norm = ?1)" RULES_SQL RULES_WHERE MERGES_ORDER,
	        norm, cb, payload, err);
}

/* The dump: (section, key1, key2, order, key3, line) rows, sorted.  char(31)
 * separates the parts of a key so that no name can run into the next. */
static const char dump_sql[] =
        "WITH fk AS (SELECT f.fact_id AS fact_id,"
        "  s.type || char(31) || s.name AS k1,"
        "  f.predicate || char(31) || ifnull(o.type, 'DATE') || char(31)"
        "  || ifnull(o.name, f.literal) || char(31) || f.status || char(31)"
        "  || f.negated AS k2,"
        "  s.name || ' (' || s.type || ') -' || f.predicate || '-> '"
        "  || ifnull(o.name, f.literal) || ' (' || ifnull(o.type, 'DATE')"
        "  || ') [' || f.status || iif(f.negated, ', negated', '') || ']'"
        "  || ' support=' || (SELECT count(DISTINCT x.doc_id) FROM evidence x"
        "   WHERE x.fact_id = f.fact_id)"
        "  || ' valid=' || ifnull(f.valid_from, '') || '..'"
        "  || ifnull(f.valid_to, '') AS line"
        " FROM fact f JOIN entities s ON s.entity_id = f.subject_id"
        " LEFT JOIN entities o ON o.entity_id = f.object_id)"
        " SELECT 1, name, '', 0, '', 'document ' || name || ' published='"
        "  || ifnull(published, '') || ' sentences=' || nsentences"
        "  || ' version=' || ifnull(version, '')"
        "  || ifnull(' copy-of=' || (SELECT o.name FROM copies c"
        "   JOIN documents o ON o.doc_id = c.of_doc"
        "   WHERE c.doc_id = documents.doc_id), '') FROM documents"
        " UNION ALL SELECT 2, e.type || char(31) || e.name, '', 0, '',"
        "  'entity ' || e.type || ' ' || e.name || ' mentions='"
        "  || (SELECT count(*) FROM mentions m"
        "   WHERE m.entity_id = e.entity_id) FROM entities e"
        " UNION ALL SELECT 2, e.type || char(31) || e.name, '', 1, a.name,"
        "  '  alias ' || a.name FROM aliases a"
        "  JOIN entities e ON e.entity_id = a.entity_id WHERE a.name <> e.name"
        " UNION ALL SELECT 3, k1, k2, 0, '', 'fact ' || line FROM fk"
        " UNION ALL SELECT 3, fk.k1, fk.k2, 1,"
        "  d.name || char(31) || format('%010d', ev.sentence) || char(31)"
        "  || ifnull(ev.rule, '') || format('%010d', ev.byte_start),"
        "  '  evidence ' || d.name || '#' || ev.sentence || ' '"
        "  || ifnull(ev.rule, '') || ' bytes ' || ev.byte_start || '-'"
        "  || ev.byte_end"
        "  FROM evidence ev JOIN fk ON fk.fact_id = ev.fact_id"
        "  JOIN documents d ON d.doc_id = ev.doc_id"
        " ORDER BY 1, 2, 3, 4, 5, 6";

/* Pass column 5 (the line) of each dump row to the user's callback. */
struct dump_ctx {
	kg_row_cb cb;
	void *payload;
};

static int dump_row(int ncol,
                    const char *const *names,
                    const char *const *values,
                    void *payload)
{
	struct dump_ctx *c = payload;

	(void)ncol;
	return c->cb(1, names + 5, values + 5, c->payload);
}

int kg_audit_dump(kg_store *st, kg_row_cb cb, void *payload, kg_err *err)
{
	struct dump_ctx c = { cb, payload };

	return rows(st, dump_sql, NULL, dump_row, &c, err);
}
