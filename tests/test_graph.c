/* tests/test_graph.c - the SQLite store: opening, storing documents, the
 * views, read-only SQL, statistics and graph selections
 *
 * Documents are hand-built kg_doc structs; every database lives in a fresh
 * mkdtemp folder.  sqlite3 is used directly only to tamper with files (a
 * newer user_version, a trigger that makes a document fail half-way).
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "kgraph/audit.h"
#include "kgraph/fold.h"
#include "kgraph/store.h"

static char dir[64];

static const char *path(const char *name)
{
	static char p[4][128];
	static int k;

	k = (k + 1) % 4;
	snprintf(p[k], sizeof(p[k]), "%s/%s", dir, name);
	return p[k];
}

/* ---- running SQL through kg_store_sql into a text table ---- */

typedef struct buf {
	char s[16384];
	size_t n;
} buf;

static int collect(int ncol,
                   const char *const *names,
                   const char *const *values,
                   void *payload)
{
	buf *b = payload;

	(void)names;
	for (int i = 0; i < ncol; i++) {
		int w = snprintf(b->s + b->n, sizeof(b->s) - b->n, "%s%s",
		                 i ? "|" : "", values[i] ? values[i] : "NULL");
		if (w > 0 && (size_t)w < sizeof(b->s) - b->n)
			b->n += (size_t)w;
	}
	if (b->n + 1 < sizeof(b->s))
		b->s[b->n++] = '\n';
	b->s[b->n] = '\0';
	return 0;
}

/* Rows as "a|b\n..." or "ERR <code> <msg>"; valid until the next call. */
static const char *q(kg_store *st, const char *sql)
{
	static buf b;
	kg_err e;
	int rc;

	b.n = 0;
	b.s[0] = '\0';
	if ((rc = kg_store_sql(st, sql, collect, &b, &e)) != KG_OK)
		snprintf(b.s, sizeof(b.s), "ERR %d %s", rc, e.msg);
	return b.s;
}

static long long num(kg_store *st, const char *sql)
{
	return atoll(q(st, sql));
}

/* ---- the documents ---- */

static const char text1[] = "Secretary of State Marco Rubio attended the "
                            "summit on August 15th. Rubio did not visit the "
                            "U.S. this week.";
static const char *const rubio_al[] = { "Rubio" };
static const char *const us_al[] = { "U.S." };
static const kg_doc_entity ents1[] = {
	{ KG_T_PERSON, "Marco Rubio", rubio_al, 1 },
	{ KG_T_OFFICE, "Secretary of State of the United States", NULL, 0 },
	{ KG_T_GPE, "United States", us_al, 1 },
	{ KG_T_EVENT, "summit", NULL, 0 },
};
static kg_doc_sentence sents1[2];
static kg_doc_mention ments1[3];
static const kg_doc_fact facts1[] = {
	{ 0, KG_P_HOLDS_OFFICE, 1, NULL, 0, 0, 37, "title.pre", KG_S_CURRENT, 0,
	  NULL, NULL },
	{ 1, KG_P_OFFICE_OF, 2, NULL, 0, 0, 18, "office.of", KG_S_CURRENT, 0,
	  NULL, NULL },
	{ 0, KG_P_ATTENDED, 3, NULL, 0, 19, 50, "attend.verb", KG_S_CURRENT, 0,
	  NULL, NULL },
	{ 3, KG_P_OCCURRED_ON, KG_NO_ENTITY, "2025-08-15", 0, 38, 65, "date.on",
	  KG_S_CURRENT, 0, NULL, NULL },
	{ 0, KG_P_VISITED, 2, NULL, 1, 67, 100, "visit.verb", KG_S_CURRENT, 1,
	  NULL, NULL },
};

static kg_doc make_doc1(void)
{
	const char *dot = strchr(text1, '.');
	kg_doc d = { 0 };

	sents1[0] = (kg_doc_sentence){ 0, (size_t)(dot - text1) + 1 };
	sents1[1] = (kg_doc_sentence){ sents1[0].end + 1, strlen(text1) };
	ments1[0] = (kg_doc_mention){ 0, 0, 19, 30 };
	ments1[1] =
	        (kg_doc_mention){ 0, 1, sents1[1].start, sents1[1].start + 5 };
	ments1[2] = (kg_doc_mention){ 2, 1, 95, 99 };
	d.id = "doc1.txt";
	d.published = "2025-08-17";
	d.text = text1;
	d.len = strlen(text1);
	d.sentences = sents1;
	d.nsentences = 2;
	d.entities = ents1;
	d.nentities = 4;
	d.mentions = ments1;
	d.nmentions = 3;
	d.facts = facts1;
	d.nfacts = 5;
	d.version = "lex-1";
	return d;
}

static const char text2[] = "Rubio, the US Secretary of State, spoke.";
static const char *const america_al[] = { "U.S." };
static const kg_doc_entity ents2[] = {
	{ KG_T_PERSON, "Rubio", NULL, 0 },
	{ KG_T_OFFICE, "Secretary of State of the United States", NULL, 0 },
	{ KG_T_GPE, "America", america_al, 1 },
};
static const kg_doc_sentence sents2[] = { { 0, sizeof(text2) - 1 } };
static const kg_doc_fact facts2[] = {
	{ 0, KG_P_HOLDS_OFFICE, 1, NULL, 0, 0, 32, "title.appos", KG_S_CURRENT,
	  0, "2025-01-21", NULL },
};

static kg_doc make_doc2(void)
{
	kg_doc d = { 0 };

	d.id = "doc2.txt";
	d.text = text2;
	d.len = strlen(text2);
	d.sentences = sents2;
	d.nsentences = 1;
	d.entities = ents2;
	d.nentities = 3;
	d.facts = facts2;
	d.nfacts = 1;
	d.version = "lex-2";
	return d;
}

/* ---- tests ---- */

static void tamper(const char *file, const char *sql)
{
	sqlite3 *db;

	if (sqlite3_open(file, &db) == SQLITE_OK)
		sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
}

static void test_open(void)
{
	kg_store *st = NULL;
	kg_err e;
	FILE *f;

	KG_CHECK("open_creates_a_new_database",
	         kg_store_open(&st, path("a.db"), KG_STORE_CREATE, &e) ==
	                         KG_OK &&
	                 st);
	kg_store_close(st);
	KG_CHECK("reopen_without_create_works",
	         kg_store_open(&st, path("a.db"), 0, &e) == KG_OK);
	KG_CHECK_STR("user_version_is_1", q(st, "PRAGMA user_version"), "1\n");
	KG_CHECK_STR("application_id_is_KGRH", q(st, "PRAGMA application_id"),
	             "1262965320\n");
	kg_store_close(st);

	f = fopen(path("junk.db"), "w");
	fputs("this is not a database, just some text that is long enough "
	      "to fill the header of a SQLite file and then some more\n",
	      f);
	fclose(f);
	KG_CHECK("open_rejects_a_file_that_is_not_sqlite",
	         kg_store_open(&st, path("junk.db"), 0, &e) == KG_EDB &&
	                 st == NULL);
	KG_CHECK_STR("open_junk_message", e.msg, "not a kgraph database");

	tamper(path("other.db"), "CREATE TABLE t(x)");
	KG_CHECK("open_rejects_a_foreign_sqlite_database",
	         kg_store_open(&st, path("other.db"), 0, &e) == KG_EDB);
	KG_CHECK_STR("foreign_message", e.msg, "not a kgraph database");

	tamper(path("a.db"), "PRAGMA user_version = 2");
	KG_CHECK("open_rejects_a_newer_schema",
	         kg_store_open(&st, path("a.db"), 0, &e) == KG_EDB);
	KG_CHECK_STR("newer_schema_message", e.msg,
	             "schema version 2 is newer than this kgraph (1)");

	KG_CHECK("open_missing_without_create_is_notfound",
	         kg_store_open(&st, path("missing.db"), 0, &e) ==
	                         KG_ENOTFOUND &&
	                 access(path("missing.db"), F_OK) != 0);
	KG_CHECK("open_missing_read_only_is_notfound",
	         kg_store_open(&st, path("missing.db"),
	                       KG_STORE_READONLY | KG_STORE_CREATE,
	                       &e) == KG_ENOTFOUND);
}

static void test_put_and_views(kg_store *st)
{
	kg_doc d = make_doc1();
	kg_err e;
	int added = -1;

	KG_CHECK("put_doc_stores_a_new_document",
	         kg_store_put_doc(st, &d, &added, &e) == KG_OK && added == 1);
	KG_CHECK_STR(
	        "facts_view_has_one_row_per_non_negated_fact",
	        q(st,
	          "SELECT subject, subject_type, predicate, object_id IS NULL,"
	          " object, object_type, doc, sentence, rule, status,"
	          " support FROM facts ORDER BY subject, predicate, object"),
	        "Marco Rubio|PERSON|attended|0|summit|EVENT|doc1.txt|0|"
	        "attend.verb|current|1\n"
	        "Marco Rubio|PERSON|holds_office|0|Secretary of State of the "
	        "United States|OFFICE|doc1.txt|0|title.pre|current|1\n"
	        "Secretary of State of the United States|OFFICE|office_of|0|"
	        "United States|GPE|doc1.txt|0|office.of|current|1\n"
	        "summit|EVENT|occurred_on|1|2025-08-15|DATE|doc1.txt|0|date.on|"
	        "current|1\n");
	KG_CHECK_STR("facts_view_evidence_is_the_sentence_text",
	             q(st, "SELECT evidence FROM facts WHERE predicate ="
	                   " 'attended'"),
	             "Secretary of State Marco Rubio attended the summit on "
	             "August 15th.\n");
	KG_CHECK_STR("negated_fact_only_in_all_facts",
	             q(st, "SELECT (SELECT count(*) FROM facts WHERE predicate"
	                   " = 'visited'), predicate, negated, sentence,"
	                   " evidence FROM all_facts WHERE negated = 1"),
	             "0|visited|1|1|Rubio did not visit the U.S. this week.\n");
	KG_CHECK_STR("entity_names_has_canonical_names_and_aliases",
	             q(st, "SELECT type, name FROM entity_names"
	                   " ORDER BY type, name"),
	             "EVENT|summit\nGPE|U.S.\nGPE|United States\n"
	             "OFFICE|Secretary of State of the United States\n"
	             "PERSON|Marco Rubio\nPERSON|Rubio\n");
	KG_CHECK("mentions_are_stored",
	         num(st, "SELECT count(*) FROM mentions") == 3);
	added = -1;
	KG_CHECK("put_doc_skips_the_same_text",
	         kg_store_put_doc(st, &d, &added, &e) == KG_OK && added == 0);
	KG_CHECK("same_text_adds_nothing",
	         num(st, "SELECT (SELECT count(*) FROM documents) * 1000 +"
	                 " (SELECT count(*) FROM evidence)") == 1005);
}

static void test_merge(kg_store *st)
{
	kg_doc d = make_doc2();
	kg_err e;
	int added = 0;

	KG_CHECK("put_second_doc",
	         kg_store_put_doc(st, &d, &added, &e) == KG_OK && added);
	KG_CHECK("same_name_merges_into_one_person",
	         num(st, "SELECT count(*) FROM entities"
	                 " WHERE type = 'PERSON'") == 1);
	KG_CHECK_STR("merges_records_why",
	             q(st, "SELECT e.name, m.name, m.rule FROM merges m"
	                   " JOIN entities e USING (entity_id)"
	                   " ORDER BY m.rowid"),
	             "Marco Rubio|Rubio|same-name\n"
	             "Secretary of State of the United States|Secretary of "
	             "State of the United States|same-name\n"
	             "United States|America|alias\n");
	KG_CHECK_STR("support_counts_documents",
	             q(st, "SELECT support, doc, valid_from FROM facts"
	                   " WHERE predicate = 'holds_office'"),
	             "2|doc1.txt|2025-01-21\n");
	KG_CHECK_STR("merged_entity_gains_the_new_alias",
	             q(st, "SELECT name FROM entity_names WHERE type = 'GPE'"
	                   " ORDER BY name"),
	             "America\nU.S.\nUnited States\n");
}

static void test_failures(kg_store *st)
{
	static const char text[] = "A failing document.";
	static const kg_doc_sentence s[] = { { 0, sizeof(text) - 1 } };
	static const kg_doc_entity en[] = { { KG_T_ORG, "Acme", NULL, 0 } };
	static const kg_doc_mention m[] = { { 0, 0, 999, 1000 } };
	kg_doc_fact bad = facts1[0];
	kg_doc d = { 0 };
	kg_err e;
	int added = 1;
	long long before = num(st, "SELECT count(*) FROM documents");

	d.id = "bad.txt";
	d.text = text;
	d.len = strlen(text);
	d.sentences = s;
	d.nsentences = 1;
	d.entities = en;
	d.nentities = 1;
	bad.subject = 7;
	d.facts = &bad;
	d.nfacts = 1;
	KG_CHECK("fact_subject_out_of_range_is_invalid",
	         kg_store_put_doc(st, &d, &added, &e) == KG_EINVALID &&
	                 added == 0);
	KG_CHECK_STR("out_of_range_message", e.msg,
	             "fact 0: subject 7 out of range");
	/* a database error half-way: the trigger fires on the mention */
	d.nfacts = 0;
	d.mentions = m;
	d.nmentions = 1;
	KG_CHECK("batch_begins", kg_store_begin(st, &e) == KG_OK);
	KG_CHECK("db_error_mid_document_fails",
	         kg_store_put_doc(st, &d, &added, &e) == KG_EDB);
	KG_CHECK_STR("db_error_carries_sqlite_message", e.msg,
	             "no mention 999");
	KG_CHECK("failed_document_leaves_nothing",
	         num(st, "SELECT count(*) FROM documents") == before &&
	                 num(st, "SELECT count(*) FROM entities"
	                         " WHERE name = 'Acme'") == 0 &&
	                 num(st, "SELECT count(*) FROM sentences"
	                         " WHERE text = 'A failing document.'") == 0);
	d.nmentions = 0;
	KG_CHECK("a_later_doc_still_goes_in",
	         kg_store_put_doc(st, &d, &added, &e) == KG_OK && added == 1);
	KG_CHECK("batch_commits", kg_store_commit(st, &e) == KG_OK);
	KG_CHECK("later_doc_is_stored",
	         num(st, "SELECT count(*) FROM documents") == before + 1);
}

/* The rows of every table a document writes, in storage order. */
static const char *dump_rows(kg_store *st)
{
	return q(st, "SELECT group_concat(x, ';') FROM ("
	             " SELECT doc_id || name || hash AS x FROM documents"
	             " UNION ALL SELECT entity_id || type || name FROM entities"
	             " UNION ALL SELECT rowid || entity_id || name FROM aliases"
	             " UNION ALL SELECT rowid || entity_id || byte_start"
	             "  FROM mentions"
	             " UNION ALL SELECT rowid || entity_id || name || rule"
	             "  FROM merges"
	             " UNION ALL SELECT fact_id || predicate || subject_id"
	             "  FROM fact"
	             " UNION ALL SELECT evidence_id || fact_id || doc_id"
	             "  FROM evidence"
	             " UNION ALL SELECT rowid || hash || line FROM extracts"
	             " UNION ALL SELECT rowid FROM sentence_fts)");
}

/* A document failing half-way in a batch: the batch's earlier documents
 * are written again from the replay log (graph/batch.c), so the database
 * is the one the batch makes without it, record of --shard included; and
 * with the log dropped (a name rule in the batch) the savepoint does it. */
static void test_replay(void)
{
	static const char text[] = "Acme failed.";
	static const kg_doc_sentence s[] = { { 0, sizeof(text) - 1 } };
	static const kg_doc_entity en[] = { { KG_T_ORG, "Acme", NULL, 0 } };
	static const kg_doc_mention m[] = { { 0, 0, 999, 1000 } };
	kg_doc d1 = make_doc1(), d2 = make_doc2(), bad = { 0 }, good;
	kg_store *st = NULL, *ref = NULL;
	char want[16384];
	int added = 0;
	kg_err e;

	bad.id = "bad.txt";
	bad.text = text;
	bad.len = strlen(text);
	bad.sentences = s;
	bad.nsentences = 1;
	bad.entities = en;
	bad.nentities = 1;
	bad.mentions = m;
	bad.nmentions = 1;
	if (kg_store_open(&ref, path("ref.db"), KG_STORE_CREATE, &e) ||
	    kg_store_begin(ref, &e) || kg_store_put_doc(ref, &d1, NULL, &e) ||
	    kg_store_put_record(ref, "one", 3, &e) ||
	    kg_store_put_doc(ref, &d2, NULL, &e) ||
	    kg_store_put_record(ref, "two", 3, &e) || kg_store_commit(ref, &e))
		KG_CHECK("replay_reference_db", 0);
	snprintf(want, sizeof(want), "%s", dump_rows(ref));
	kg_store_close(ref);

	KG_CHECK("replay_open", kg_store_open(&st, path("rp.db"),
	                                      KG_STORE_CREATE, &e) == KG_OK);
	tamper(path("rp.db"), "CREATE TRIGGER no999 BEFORE INSERT ON mentions"
	                      " WHEN new.byte_start = 999"
	                      " BEGIN SELECT RAISE(ABORT, 'no mention 999'); "
	                      "END");
	KG_CHECK("replay_first_docs_go_in",
	         kg_store_begin(st, &e) == KG_OK &&
	                 kg_store_put_doc(st, &d1, NULL, &e) == KG_OK &&
	                 kg_store_put_record(st, "one", 3, &e) == KG_OK);
	KG_CHECK("replay_failing_doc_fails",
	         kg_store_put_doc(st, &bad, &added, &e) == KG_EDB && !added);
	KG_CHECK_STR("replay_failure_message", e.msg, "no mention 999");
	KG_CHECK("replay_batch_goes_on",
	         kg_store_put_doc(st, &d2, &added, &e) == KG_OK && added &&
	                 kg_store_put_record(st, "two", 3, &e) == KG_OK &&
	                 kg_store_commit(st, &e) == KG_OK);
	KG_CHECK_STR("replay_db_is_the_batch_without_it", dump_rows(st), want);

	/* a name rule turns the log off: the next document has a savepoint */
	good = bad;
	good.id = "good.txt";
	good.text = "Acme did well.";
	good.len = strlen(good.text);
	good.nmentions = 0;
	bad.id = "bad2.txt";
	bad.text = "Acme failed again";
	bad.len = strlen(bad.text);
	KG_CHECK("unlogged_batch_begins",
	         kg_store_begin(st, &e) == KG_OK &&
	                 kg_store_put_doc(st, &good, &added, &e) == KG_OK &&
	                 added &&
	                 kg_audit_name_rule(st, "Acme", "Acme Corp", 1, &e) ==
	                         KG_OK);
	KG_CHECK("unlogged_failing_doc_fails",
	         kg_store_put_doc(st, &bad, &added, &e) == KG_EDB && !added &&
	                 kg_store_commit(st, &e) == KG_OK);
	KG_CHECK_STR("unlogged_batch_keeps_the_rest",
	             q(st, "SELECT (SELECT count(*) FROM documents),"
	                   " (SELECT count(*) FROM name_rules),"
	                   " (SELECT count(*) FROM entities"
	                   "  WHERE name = 'Acme')"),
	             "3|1|1\n");
	kg_store_close(st);
}

static void test_sql(kg_store *st)
{
	KG_CHECK_STR("sql_rejects_writes", q(st, "DELETE FROM fact"),
	             "ERR -7 statement would write to the database (kgraph "
	             "sql is read-only)");
	KG_CHECK_STR("sql_rejects_two_statements", q(st, "SELECT 1; SELECT 2"),
	             "ERR -7 only one statement allowed");
	KG_CHECK_STR("sql_accepts_a_trailing_semicolon", q(st, "SELECT 1; "),
	             "1\n");
	KG_CHECK_STR("sql_rejects_attach",
	             q(st, "ATTACH '/tmp/kg-never.db' AS x"),
	             "ERR -7 statement would write to the database (kgraph "
	             "sql is read-only)");
	KG_CHECK("sql_reports_sqlite_errors",
	         strstr(q(st, "SELECT nope FROM facts"), "no such column") !=
	                 NULL);
	KG_CHECK_STR(
	        "sql_allows_table_info",
	        q(st, "SELECT count(*) > 5 FROM pragma_table_info('fact')"),
	        "1\n");
}

typedef struct seen {
	char s[4096];
	size_t n;
	int rows, support_max;
} seen;

static int fact_cb(const kg_fact_row *r, void *p)
{
	seen *x = p;
	int w = snprintf(x->s + x->n, sizeof(x->s) - x->n, "%s %s %s\n",
	                 r->subject, r->predicate, r->object);

	if (w > 0 && (size_t)w < sizeof(x->s) - x->n)
		x->n += (size_t)w;
	x->rows++;
	if (r->support > x->support_max)
		x->support_max = r->support;
	return r->negated ? 99 : 0;
}

static void test_facts_and_stats(kg_store *st)
{
	seen x = { { 0 }, 0, 0, 0 };
	kg_store_stats s;
	kg_err e;

	KG_CHECK("facts_by_entity_alias",
	         kg_store_facts(st, "rubio", NULL, fact_cb, &x, &e) == KG_OK);
	KG_CHECK_STR(
	        "facts_by_entity_rows", x.s,
	        "Marco Rubio attended summit\n"
	        "Marco Rubio holds_office Secretary of State of the United "
	        "States\n");
	KG_CHECK("facts_carry_support", x.support_max == 2);
	memset(&x, 0, sizeof(x));
	KG_CHECK("facts_by_entity_object_side_and_predicate",
	         kg_store_facts(st, "US", "office_of", fact_cb, &x, &e) ==
	                         KG_OK &&
	                 x.rows == 1);
	KG_CHECK("facts_unknown_predicate_is_invalid",
	         kg_store_facts(st, NULL, "likes", fact_cb, &x, &e) ==
	                 KG_EINVALID);
	KG_CHECK("stats_get", kg_store_stats_get(st, &s, &e) == KG_OK);
	KG_CHECK("stats_counts",
	         s.documents == 3 && s.sentences == 4 && s.entities == 5 &&
	                 s.mentions == 3 && s.facts == 4 &&
	                 s.schema_version == 1 && s.aliases == 8);
	KG_CHECK("stats_by_type_and_pred",
	         s.by_type[KG_T_PERSON] == 1 && s.by_type[KG_T_ORG] == 1 &&
	                 s.by_pred[KG_P_HOLDS_OFFICE] == 1 &&
	                 s.by_pred[KG_P_VISITED] == 0);
	KG_CHECK_STR("stats_version_of_last_doc", s.version, "");
}

static void test_read_only(void)
{
	kg_store *st = NULL;
	kg_doc d = make_doc1();
	kg_err e;

	KG_CHECK("read_only_open",
	         kg_store_open(&st, path("g.db"), KG_STORE_READONLY, &e) ==
	                 KG_OK);
	KG_CHECK("read_only_rejects_put_doc",
	         kg_store_put_doc(st, &d, NULL, &e) == KG_EDB);
	KG_CHECK("read_only_rejects_sql_writes",
	         strncmp(q(st, "INSERT INTO merges VALUES (1, 'x', 'y', 1)"),
	                 "ERR -7", 6) == 0);
	KG_CHECK("read_only_rejects_pragma_assignment",
	         strncmp(q(st, "PRAGMA query_only = 0"), "ERR -7", 6) == 0);
	KG_CHECK_STR("read_only_reads", q(st, "SELECT count(*) FROM facts"),
	             "4\n");
	kg_store_close(st);
}

/* ---- graph selections ---- */

/* The whole graph as text, to compare loads and check the order. */
static const char *dump(const kg_graph *g)
{
	static char b[8192];
	size_t n = 0;

	b[0] = '\0';
	for (size_t i = 0; i < g->nnodes && n < sizeof(b); i++)
		n += (size_t)snprintf(b + n, sizeof(b) - n, "N %s %s %s %zu\n",
		                      g->nodes[i].key,
		                      kg_type_name(g->nodes[i].type),
		                      g->nodes[i].label, g->nodes[i].naliases);
	for (size_t i = 0; i < g->nedges && n < sizeof(b); i++)
		n += (size_t)snprintf(b + n, sizeof(b) - n, "E %s %s %s\n",
		                      g->nodes[g->edges[i].source].label,
		                      kg_pred_name(g->edges[i].pred),
		                      g->nodes[g->edges[i].target].label);
	return b;
}

static kg_graph *load(kg_store *st,
                      const char *entity,
                      int depth,
                      unsigned preds,
                      unsigned types,
                      int negated)
{
	kg_select sel = KG_SELECT_INIT;
	kg_graph *g = NULL;
	kg_err e;

	sel.entity = entity;
	sel.depth = depth;
	sel.preds = preds;
	sel.types = types;
	sel.with_negated = negated;
	if (kg_store_load_graph(st, &sel, &g, &e) != KG_OK)
		printf("load_graph: %s\n", e.msg);
	return g;
}

static void test_select_all(kg_store *st)
{
	kg_graph *g = load(st, NULL, 0, 0, 0, 0), *h;
	char first[8192];

	KG_CHECK("load_all", g && g->nnodes == 5 && g->nedges == 4);
	if (!g)
		return;
	snprintf(first, sizeof(first), "%s", dump(g));
	KG_CHECK(
	        "load_all_nodes_sorted_by_type_label_and_edges_by_label",
	        strstr(first,
	               "N person:Marco Rubio PERSON Marco Rubio 1\n"
	               "N gpe:United States GPE United States 2\n"
	               "N event:summit EVENT summit 0\n"
	               "N office:Secretary of State of the United States OFFICE"
	               " Secretary of State of the United States 0\n"
	               "N date:2025-08-15 DATE 2025-08-15 0\n"
	               "E Marco Rubio attended summit\n"
	               "E Marco Rubio holds_office Secretary of State of the "
	               "United States\n"
	               "E Secretary of State of the United States office_of "
	               "United States\n"
	               "E summit occurred_on 2025-08-15\n") == first);
	KG_CHECK("date_node_has_no_entity",
	         g->nodes[4].entity_id == 0 && g->nodes[4].type == KG_T_DATE);
	KG_CHECK_STR("aliases_sorted_without_label",
	             g->nodes[1].naliases == 2 ? g->nodes[1].aliases[0] : "",
	             "America");
	KG_CHECK_STR("aliases_second", g->nodes[1].aliases[1], "U.S.");
	KG_CHECK("edge_carries_first_evidence_and_support",
	         g->edges[1].support == 2 && g->edges[1].sentence == 0 &&
	                 !strcmp(g->edges[1].doc, "doc1.txt") &&
	                 !strcmp(g->edges[1].rule, "title.pre") &&
	                 !strncmp(g->edges[1].evidence, "Secretary", 9));
	h = load(st, NULL, 0, 0, 0, 0);
	KG_CHECK("load_is_deterministic", h && !strcmp(first, dump(h)));
	kg_graph_free(g);
	kg_graph_free(h);
}

static void test_select(void)
{
	kg_store *st = NULL;
	kg_graph *g;
	kg_select sel = KG_SELECT_INIT;
	kg_err e;

	if (kg_store_open(&st, path("g.db"), KG_STORE_READONLY, &e) != KG_OK)
		return;
	test_select_all(st);
	g = load(st, "rubio", 1, 0, 0, 0);
	KG_CHECK("ego_depth_1", g && g->nedges == 2 && g->nnodes == 3);
	kg_graph_free(g);
	g = load(st, "Marco Rubio", 2, 0, 0, 0);
	KG_CHECK("ego_depth_2", g && g->nedges == 4 && g->nnodes == 5);
	kg_graph_free(g);
	g = load(st, "rubio", 0, 0, 0, 1);
	KG_CHECK("ego_with_negated", g && g->nedges == 3 &&
	                                     g->edges[2].negated == 1 &&
	                                     g->edges[2].pred == KG_P_VISITED);
	kg_graph_free(g);
	g = load(st, NULL, 0, 1u << KG_P_HOLDS_OFFICE | 1u << KG_P_OFFICE_OF, 0,
	         0);
	KG_CHECK("by_predicate_mask", g && g->nedges == 2 && g->nnodes == 3);
	kg_graph_free(g);
	g = load(st, NULL, 0, 0, ~(1u << KG_T_DATE), 0);
	KG_CHECK("type_mask_drops_dates",
	         g && g->nedges == 3 && g->nnodes == 4);
	kg_graph_free(g);
	g = load(st, "ACME", 2, 0, 0, 0);
	KG_CHECK("entity_without_facts_gives_an_empty_graph",
	         g && g->nnodes == 0 && g->nedges == 0);
	kg_graph_free(g);
	sel.entity = "Nobody";
	g = (kg_graph *)&sel; /* must be reset to NULL on failure */
	KG_CHECK("unknown_entity_is_notfound",
	         kg_store_load_graph(st, &sel, &g, &e) == KG_ENOTFOUND &&
	                 g == NULL);
	KG_CHECK_STR("unknown_entity_message", e.msg,
	             "no entity named 'Nobody'");
	kg_graph_free(NULL);
	kg_store_close(st);
}

/* ---- differential: the store against a naive list of triples ---- */

#define DIFF_DOCS 40
#define DIFF_FACTS 30
#define DIFF_MAX (DIFF_DOCS * DIFF_FACTS)

static unsigned rnd(void)
{
	static unsigned long long x = 88172645463325252ull;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return (unsigned)(x >> 16);
}

typedef struct naive {
	char key[96];
	int negated, last_doc, docs;
} naive;

static void naive_add(naive *t, int *n, const char *key, int neg, int doc)
{
	for (int i = 0; i < *n; i++)
		if (!strcmp(t[i].key, key)) {
			t[i].docs += t[i].last_doc != doc;
			t[i].last_doc = doc;
			return;
		}
	snprintf(t[*n].key, sizeof(t[*n].key), "%s", key);
	t[*n].negated = neg;
	t[*n].last_doc = doc;
	t[(*n)++].docs = 1;
}

static const char *const diff_names[] = { "Person 0", "Person 1", "Person 2",
	                                  "Org A",    "Org B",    "Org C" };

/* Fill facts with random ones and record each in the naive table. */
static void random_facts(kg_doc_fact *facts, int doc, naive *t, int *n)
{
	static const char *const dates[] = { "2025-01", "2025-02", "2025" };
	char key[96];

	for (int i = 0; i < DIFF_FACTS; i++) {
		kg_doc_fact *f = &facts[i];
		int lit = rnd() % 5 == 0;

		memset(f, 0, sizeof(*f));
		f->subject = rnd() % 6;
		f->object = lit ? KG_NO_ENTITY : rnd() % 6;
		f->literal = lit ? dates[rnd() % 3] : NULL;
		f->pred = (kg_pred)(rnd() % KG_P_COUNT);
		f->status = (kg_status)(rnd() % 2);
		f->negated = rnd() % 7 == 0;
		f->rule = "r";
		snprintf(key, sizeof(key), "%s|%d|%s|%d|%d",
		         diff_names[f->subject], f->pred,
		         lit ? f->literal : diff_names[f->object], f->status,
		         f->negated);
		naive_add(t, n, key, f->negated, doc);
	}
}

/* Store DIFF_DOCS documents of random facts in one batch. */
static int diff_store(kg_store *st, naive *t, int *n)
{
	kg_doc_entity ents[6];
	kg_doc_fact facts[DIFF_FACTS];
	kg_doc_sentence sent = { 0, 0 };
	char text[64];
	kg_err e;
	int ok, added;

	for (int i = 0; i < 6; i++)
		ents[i] = (kg_doc_entity){ i < 3 ? KG_T_PERSON : KG_T_ORG,
			                   diff_names[i], NULL, 0 };
	ok = kg_store_begin(st, &e) == KG_OK;
	for (int d = 0; d < DIFF_DOCS; d++) {
		kg_doc doc = { 0 };

		snprintf(text, sizeof(text), "Document number %d.", d);
		sent.end = strlen(text);
		random_facts(facts, d, t, n);
		doc.id = "diff";
		doc.text = text;
		doc.len = strlen(text);
		doc.sentences = &sent;
		doc.nsentences = 1;
		doc.entities = ents;
		doc.nentities = 6;
		doc.facts = facts;
		doc.nfacts = DIFF_FACTS;
		ok &= kg_store_put_doc(st, &doc, &added, &e) == KG_OK && added;
	}
	return ok & (kg_store_commit(st, &e) == KG_OK);
}

static void test_differential(void)
{
	static naive t[DIFF_MAX];
	kg_store *st = NULL;
	kg_graph *g;
	kg_err e;
	int n = 0;
	long long neg = 0, support = 0;

	if (kg_store_open(&st, path("d.db"), KG_STORE_CREATE, &e))
		return;
	KG_CHECK("differential_docs_stored", diff_store(st, t, &n));
	for (int i = 0; i < n; i++) {
		neg += t[i].negated;
		support += t[i].docs;
	}
	KG_CHECK("differential_fact_rows_match_naive_dedupe",
	         num(st, "SELECT count(*) FROM fact") == n);
	KG_CHECK("differential_facts_view_excludes_negated",
	         num(st, "SELECT count(*) FROM facts") == n - neg);
	KG_CHECK("differential_support_matches",
	         num(st, "SELECT sum(support) FROM all_facts") == support);
	KG_CHECK("differential_entities_resolved_once",
	         num(st, "SELECT count(*) FROM entities") == 6);
	g = load(st, NULL, 0, 0, 0, 1);
	KG_CHECK("differential_graph_has_every_fact",
	         g && (long long)g->nedges == n);
	kg_graph_free(g);
	kg_store_close(st);
}

/* ---- one thing under two names across documents (graph/merge.c) ---- */

/* A document of one sentence whose entities are given by (type, name,
 * alias) and whose facts by (subject, pred, object or -1, literal). */
struct mini {
	kg_doc_entity ents[4];
	const char *al[4][1];
	kg_doc_fact facts[4];
	kg_doc_sentence sent;
	kg_doc doc;
};

static void mini_init(struct mini *m, const char *id, const char *text)
{
	memset(m, 0, sizeof(*m));
	m->sent.end = strlen(text);
	m->doc.id = id;
	m->doc.text = text;
	m->doc.len = strlen(text);
	m->doc.sentences = &m->sent;
	m->doc.nsentences = 1;
	m->doc.entities = m->ents;
	m->doc.facts = m->facts;
}

static void
mini_ent(struct mini *m, kg_type t, const char *name, const char *alias)
{
	kg_doc_entity *e = &m->ents[m->doc.nentities];

	e->type = t;
	e->name = name;
	if (alias) {
		m->al[m->doc.nentities][0] = alias;
		e->aliases = m->al[m->doc.nentities];
		e->naliases = 1;
	}
	m->doc.nentities++;
}

static void
mini_fact(struct mini *m, size_t s, kg_pred p, long o, const char *lit)
{
	kg_doc_fact *f = &m->facts[m->doc.nfacts++];

	f->subject = s;
	f->pred = p;
	f->object = o < 0 ? KG_NO_ENTITY : (size_t)o;
	f->literal = lit;
	f->end = m->sent.end;
	f->rule = "test";
}

static void test_similar(void)
{
	struct mini a, b;
	kg_store *st = NULL;
	kg_err e;
	int added = 0;

	if (kg_store_open(&st, path("m.db"), KG_STORE_CREATE, &e) != KG_OK)
		return;
	mini_init(&a, "a", "Zelensky and Putin met at the Alaska summit.");
	mini_ent(&a, KG_T_PERSON, "Zelensky", NULL);
	mini_ent(&a, KG_T_PERSON, "Vladimir Putin", "Putin");
	mini_ent(&a, KG_T_EVENT, "Alaska summit", NULL);
	mini_fact(&a, 1, KG_P_ATTENDED, 2, NULL);
	mini_fact(&a, 2, KG_P_OCCURRED_ON, -1, "2025-08-15");
	mini_init(&b, "b",
	          "Volodymyr Zelenskyy spoke of the Anchorage summit.");
	mini_ent(&b, KG_T_PERSON, "Volodymyr Zelenskyy", "Zelenskyy");
	mini_ent(&b, KG_T_PERSON, "Vladimir Putin", NULL);
	mini_ent(&b, KG_T_EVENT, "Anchorage summit", NULL);
	mini_fact(&b, 1, KG_P_ATTENDED, 2, NULL);
	mini_fact(&b, 2, KG_P_OCCURRED_ON, -1, "2025-08-15");
	mini_fact(&b, 0, KG_P_MET_WITH, 1, NULL);
	b.facts[b.doc.nfacts - 1].status = KG_S_REPORTED; /* "reportedly" */
	KG_CHECK("similar: both documents go in",
	         kg_store_put_doc(st, &a.doc, &added, &e) == KG_OK &&
	                 kg_store_put_doc(st, &b.doc, &added, &e) == KG_OK);
	KG_CHECK("similar: Zelenskyy is the Zelensky already stored",
	         num(st,
	             "SELECT count(*) FROM entities WHERE type = 'PERSON'"
	             " AND name LIKE 'Zelensk%' OR name LIKE 'Volodymyr%'") ==
	                 1);
	KG_CHECK_STR("similar: the merge says why",
	             q(st, "SELECT rule FROM merges"
	                   " WHERE name = 'Volodymyr Zelenskyy'"),
	             "spelling\n");
	KG_CHECK(
	        "similar: one summit on that day with Putin",
	        num(st, "SELECT count(*) FROM entities WHERE type = 'EVENT'") ==
	                1);
	KG_CHECK_STR("similar: the event merge has its rule and score",
	             q(st, "SELECT rule || ' ' || score FROM merges"
	                   " WHERE name = 'Anchorage summit'"),
	             "same-day 1.0\n");
	{
		kg_graph *g = load(st, NULL, 0, 1u << KG_P_MET_WITH, 0, 0);
		kg_graph *all = load(st, NULL, 0, 1u << KG_P_MET_WITH, 0, 1);

		KG_CHECK("similar: a reported fact is left out by default",
		         g && g->nedges == 0);
		KG_CHECK("similar: and drawn with --with-negated",
		         all && all->nedges == 1);
		kg_graph_free(g);
		kg_graph_free(all);
	}
	kg_store_close(st);
}

/* An event named by common nouns alone is no key across documents, and
 * two entities of one document stay two. */
static void test_common_names(void)
{
	struct mini a, b;
	kg_store *st = NULL;
	kg_err e;
	int added = 0;

	if (kg_store_open(&st, path("c.db"), KG_STORE_CREATE, &e) != KG_OK)
		return;
	mini_init(&a, "a", "Macron and Scholz held a bilateral meeting.");
	mini_ent(&a, KG_T_PERSON, "Emmanuel Macron", NULL);
	mini_ent(&a, KG_T_EVENT, "bilateral meeting", NULL);
	mini_ent(&a, KG_T_EVENT, "2018 Helsinki Summit", "meeting");
	mini_ent(&a, KG_T_EVENT, "Alaska summit", "meeting");
	mini_fact(&a, 0, KG_P_ATTENDED, 1, NULL);
	mini_init(&b, "b", "Sanchez and Costa held a bilateral meeting.");
	mini_ent(&b, KG_T_PERSON, "Pedro Sanchez", NULL);
	mini_ent(&b, KG_T_EVENT, "bilateral meeting", NULL);
	mini_fact(&b, 0, KG_P_ATTENDED, 1, NULL);
	KG_CHECK("common names: both documents go in",
	         kg_store_put_doc(st, &a.doc, &added, &e) == KG_OK &&
	                 kg_store_put_doc(st, &b.doc, &added, &e) == KG_OK);
	KG_CHECK(
	        "common names: two bilateral meetings, two summits",
	        num(st, "SELECT count(*) FROM entities WHERE type = 'EVENT'") ==
	                4);
	KG_CHECK("common names: 'meeting' is an alias of both summits",
	         num(st, "SELECT count(DISTINCT entity_id) FROM aliases"
	                 " WHERE name = 'meeting'") == 2);
	kg_store_close(st);
}

/* Remove the temporary folder (kept when a check failed, to look at). */
static void cleanup(void)
{
	static const char *const files[] = { "a.db", "junk.db", "other.db",
		                             "g.db", "d.db",    "m.db",
		                             "c.db", NULL };
	static const char *const ext[] = { "", "-wal", "-shm", "-journal" };
	char p[160];

	for (int i = 0; files[i]; i++)
		for (int j = 0; j < 4; j++) {
			snprintf(p, sizeof(p), "%s/%s%s", dir, files[i],
			         ext[j]);
			unlink(p);
		}
	rmdir(dir);
}

int main(void)
{
	kg_store *st = NULL;
	kg_err e;

	snprintf(dir, sizeof(dir), "/tmp/kg-test-graph-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return 1;
	test_open();
	if (kg_store_open(&st, path("g.db"), KG_STORE_CREATE, &e) != KG_OK)
		return printf("open: %s\n", e.msg), 1;
	test_put_and_views(st);
	test_merge(st);
	tamper(path("g.db"),
	       "CREATE TRIGGER no999 BEFORE INSERT ON mentions"
	       " WHEN new.byte_start = 999"
	       " BEGIN SELECT RAISE(ABORT, 'no mention 999'); END");
	test_failures(st);
	test_sql(st);
	test_facts_and_stats(st);
	kg_store_close(st);
	test_read_only();
	test_replay();
	test_select();
	test_differential();
	test_similar();
	test_common_names();
	if (kg_check_failed == 0)
		cleanup();
	return KG_CHECK_DONE();
}
