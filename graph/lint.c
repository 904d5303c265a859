/* graph/lint.c - SQL checks for contradictions and type errors
 *
 * Each check is one query giving (message, fact_id) rows, ordered; rows with
 * the same message are one problem with several facts.  The checks are cheap
 * (index lookups and one pass over fact) and conservative: a problem
 * reported is worth a look, not proof that the extraction is wrong.
 * docs/audit.md lists them.
 */
#include <stdlib.h>
#include <string.h>

#include "kgraph/audit.h"
#include "store_int.h"

struct check {
	const char *name, *severity, *sql;
};

/* A full date YYYY-MM-DD. */
#define FULL_DATE(x) x " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"

/* Offices that one person holds at a time, by the title before " of ". */
#define SINGLE_TITLE                                                           \
	" substr(o.name, 1, instr(o.name, ' of ') - 1) IN ('President',"       \
	" 'Vice President', 'Prime Minister', 'Chancellor', 'Premier',"        \
	" 'King', 'Queen', 'Foreign Minister', 'Defence Minister',"            \
	" 'Defense Minister', 'Finance Minister', 'Secretary-General',"        \
	" 'Secretary General')"

static const struct check checks[] = {
	{ "member-of-person", "error",
	  "SELECT s.name || ' (' || s.type || ') is a member of a person, '"
	  " || o.name, f.fact_id FROM fact f"
	  " JOIN entities s ON s.entity_id = f.subject_id"
	  " JOIN entities o ON o.entity_id = f.object_id"
	  " WHERE f.predicate = 'member_of' AND o.type = 'PERSON'"
	  " AND f.negated = 0 ORDER BY 1, 2" },
	{ "holds-office-type", "error",
	  "SELECT s.name || ' (' || s.type || ') holds_office ' || o.name"
	  " || ' (' || o.type || '): expected PERSON -> OFFICE',"
	  " f.fact_id FROM fact f"
	  " JOIN entities s ON s.entity_id = f.subject_id"
	  " JOIN entities o ON o.entity_id = f.object_id"
	  " WHERE f.predicate = 'holds_office' AND f.negated = 0"
	  " AND (o.type <> 'OFFICE' OR s.type <> 'PERSON') ORDER BY 1, 2" },
	{ "two-current-holders", "warning",
	  "SELECT 'two current holders of ' || o.name || ' on '"
	  " || d1.published, h1.fact_id FROM fact h1"
	  " JOIN entities o ON o.entity_id = h1.object_id"
	  " JOIN fact h2 ON h2.object_id = h1.object_id"
	  "  AND h2.predicate = 'holds_office' AND h2.status = 'current'"
	  "  AND h2.negated = 0 AND h2.subject_id <> h1.subject_id"
	  " JOIN evidence e1 ON e1.fact_id = h1.fact_id"
	  " JOIN documents d1 ON d1.doc_id = e1.doc_id"
	  " JOIN evidence e2 ON e2.fact_id = h2.fact_id"
	  " JOIN documents d2 ON d2.doc_id = e2.doc_id"
	  "  AND d2.published = d1.published"
	  " WHERE h1.predicate = 'holds_office' AND h1.status = 'current'"
	  " AND h1.negated = 0 AND d1.published IS NOT NULL AND" SINGLE_TITLE
	  " AND EXISTS (SELECT 1 FROM fact j WHERE j.subject_id = o.entity_id"
	  "  AND j.predicate = 'office_of' AND j.negated = 0)"
	  " GROUP BY 1, 2 ORDER BY 1, 2" },
	{ "event-after-article", "warning",
	  "SELECT s.name || ' is dated ' || f.literal || ', after '"
	  " || d.name || ' (published ' || d.published || ')', f.fact_id"
	  " FROM fact f JOIN entities s ON s.entity_id = f.subject_id"
	  " JOIN evidence e ON e.fact_id = f.fact_id"
	  " JOIN documents d ON d.doc_id = e.doc_id"
	  " WHERE f.predicate = 'occurred_on' AND f.negated = 0"
	  " AND f.status IN ('current', 'former') AND " FULL_DATE(
	          "f.literal") " AND " FULL_DATE("d.published") " AND "
	                                                        "f.literal > "
	                                                        "d.published"
	                                                        " GROUP BY 1, "
	                                                        "2 ORDER BY 1, "
	                                                        "2" },
	{ "office-without-jurisdiction", "info",
	  "SELECT o.name || ' has no jurisdiction (no office_of)', f.fact_id"
	  " FROM entities o JOIN fact f ON f.object_id = o.entity_id"
	  " AND f.negated = 0"
	  " WHERE o.type = 'OFFICE' AND NOT EXISTS (SELECT 1 FROM fact j"
	  "  WHERE j.subject_id = o.entity_id AND j.predicate = 'office_of'"
	  "  AND j.negated = 0) ORDER BY 1, 2" },
};

static const char fact_sql[] =
        "SELECT fact_id, subject, subject_type, predicate, object,"
        " object_type, doc, sentence, evidence, rule, status, negated,"
        " support FROM all_facts WHERE fact_id = ?1";

static const char *col_text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

/* Load fact id into r from the prepared fact_sql statement f. */
static int load_fact(sqlite3_stmt *f, int64_t id, kg_fact_row *r)
{
	int step;

	sqlite3_reset(f);
	sqlite3_bind_int64(f, 1, id);
	if ((step = sqlite3_step(f)) != SQLITE_ROW)
		return step;
	r->fact_id = sqlite3_column_int64(f, 0);
	r->subject = col_text(f, 1);
	r->subject_type = col_text(f, 2);
	r->predicate = col_text(f, 3);
	r->object = col_text(f, 4);
	r->object_type = col_text(f, 5);
	r->doc = col_text(f, 6);
	r->sentence = sqlite3_column_int64(f, 7);
	r->evidence = col_text(f, 8);
	r->rule = col_text(f, 9);
	r->status = col_text(f, 10);
	r->negated = sqlite3_column_int(f, 11);
	r->support = sqlite3_column_int(f, 12);
	return SQLITE_ROW;
}

static int run_check(kg_store *st,
                     const struct check *c,
                     sqlite3_stmt *f,
                     kg_lint_cb cb,
                     void *payload,
                     kg_err *err)
{
	sqlite3_stmt *s = NULL;
	char *last = NULL;
	kg_lint_row row = { c->name, c->severity, NULL, 0, NULL };
	kg_fact_row fr;
	int rc = 0, step;

	if (sqlite3_prepare_v2(st->db, c->sql, -1, &s, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		const char *msg = col_text(s, 0);
		int got = load_fact(f, sqlite3_column_int64(s, 1), &fr);

		if (got != SQLITE_ROW && got != SQLITE_DONE) {
			step = got;
			break;
		}
		if (msg == NULL || got != SQLITE_ROW)
			continue;
		row.first = last == NULL || strcmp(last, msg) != 0;
		if (row.first) {
			free(last);
			if ((last = strdup(msg)) == NULL) {
				rc = kg_err_set(err, KG_ENOMEM,
				                "out of memory");
				break;
			}
		}
		row.message = msg;
		row.fact = &fr;
		if ((rc = cb(&row, payload)) != 0)
			break;
	}
	if (rc == 0 && step != SQLITE_DONE)
		rc = kg_store__dberr(st, err);
	free(last);
	sqlite3_finalize(s);
	return rc;
}

int kg_audit_lint(kg_store *st, kg_lint_cb cb, void *payload, kg_err *err)
{
	sqlite3_stmt *f = NULL;
	size_t i;
	int rc = 0;

	if (sqlite3_prepare_v2(st->db, fact_sql, -1, &f, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	for (i = 0; rc == 0 && i < sizeof(checks) / sizeof(checks[0]); i++)
		rc = run_check(st, &checks[i], f, cb, payload, err);
	sqlite3_finalize(f);
	return rc;
}
