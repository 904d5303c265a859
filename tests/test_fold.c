/* tests/test_fold.c - extraction records (graph/fold.c): kept per document
 * by text hash, walked in storing order, checked before a merge
 *
 * The records here are short strings, not real extract lines: the store
 * keeps whatever line it is given.  Every database lives in a fresh mkdtemp
 * folder; sqlite3 is used directly only to drop the table, as in a database
 * made before it existed.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "kgraph/audit.h"
#include "kgraph/fold.h"

static char dir[64];
static char dbpath[128];

/* A document of one sentence and no entities: name and text. */
static kg_doc doc_of(const char *name, const char *text)
{
	static kg_doc_sentence s[2];
	static int k;
	kg_doc d = { 0 };

	k = (k + 1) % 2;
	s[k].start = 0;
	s[k].end = strlen(text);
	d.id = name;
	d.text = text;
	d.len = strlen(text);
	d.sentences = &s[k];
	d.nsentences = 1;
	d.version = "test";
	return d;
}

static int put(kg_store *st, const char *name, const char *text, int record)
{
	kg_doc d = doc_of(name, text);
	kg_err e;
	int added = 0;

	if (kg_store_put_doc(st, &d, &added, &e) != KG_OK || !added)
		return 0;
	return !record ||
	       kg_store_put_record(st, name, strlen(name), &e) == KG_OK;
}

/* The walk as "doc=line;" pairs. */
static char walked[256];

static int collect(const char *doc, const char *line, size_t n, void *p)
{
	size_t len = strlen(walked);

	(void)p;
	snprintf(walked + len, sizeof(walked) - len, "%s=%.*s;", doc, (int)n,
	         line);
	return 0;
}

static int stop_at_first(const char *doc, const char *line, size_t n, void *p)
{
	(void)doc;
	(void)line;
	(void)n;
	(*(int *)p)++;
	return 7;
}

static void test_records(kg_store *st)
{
	int64_t n = -1;
	int calls = 0;
	kg_err e;

	KG_CHECK("records_check_of_an_empty_store_is_ok",
	         kg_store_records_check(st, &n, &e) == KG_OK && n == 0);
	KG_CHECK("put_two_documents_with_records",
	         put(st, "a.txt", "Ola Berg met Jonas Lie.", 1) &&
	                 put(st, "b.txt", "Jonas Lie went home.", 1));
	KG_CHECK("records_check_counts_the_documents",
	         kg_store_records_check(st, &n, &e) == KG_OK && n == 2);
	walked[0] = '\0';
	KG_CHECK("records_walk_is_ok",
	         kg_store_records(st, collect, NULL, &e) == KG_OK);
	KG_CHECK_STR("records_walk_in_storing_order", walked,
	             "a.txt=a.txt;b.txt=b.txt;");
	KG_CHECK("a_callback_stops_the_walk",
	         kg_store_records(st, stop_at_first, &calls, &e) == 7 &&
	                 calls == 1);

	KG_CHECK("put_a_document_without_record",
	         put(st, "c.txt", "Nobody kept this one.", 0));
	KG_CHECK("records_check_names_a_document_without_record",
	         kg_store_records_check(st, &n, &e) == KG_ENOTFOUND);
	KG_CHECK_STR("records_check_message", e.msg,
	             "document 'c.txt' has no extraction record (ingest it "
	             "with --shard)");
	/* b.txt is retracted and c.txt then takes its doc_id... */
	KG_CHECK("retract_b_and_c",
	         kg_audit_retract(st, "c.txt", 0, NULL, &e) == KG_OK &&
	                 kg_audit_retract(st, "b.txt", 0, NULL, &e) == KG_OK);
	KG_CHECK("put_d_without_record",
	         put(st, "d.txt", "A new text in an old slot.", 0));
	/* ...but b.txt's record is keyed by its text, so d.txt has none */
	KG_CHECK("a_retracted_documents_record_is_not_reused",
	         kg_store_records_check(st, &n, &e) == KG_ENOTFOUND &&
	                 strstr(e.msg, "'d.txt'") != NULL);
	walked[0] = '\0';
	kg_store_records(st, collect, NULL, &e);
	KG_CHECK_STR("walk_skips_documents_without_record", walked,
	             "a.txt=a.txt;");
}

static void test_old_and_read_only(void)
{
	kg_store *st = NULL;
	sqlite3 *db;
	int64_t n;
	kg_err e;

	if (sqlite3_open(dbpath, &db) == SQLITE_OK)
		sqlite3_exec(db, "DROP TABLE extracts", NULL, NULL, NULL);
	sqlite3_close(db);
	KG_CHECK("open_read_only",
	         kg_store_open(&st, dbpath, KG_STORE_READONLY, &e) == KG_OK);
	KG_CHECK("no_table_is_notfound",
	         kg_store_records_check(st, &n, &e) == KG_ENOTFOUND);
	KG_CHECK_STR("no_table_message", e.msg,
	             "no extraction records (ingest it with --shard to merge "
	             "it)");
	KG_CHECK("no_table_walk_is_notfound",
	         kg_store_records(st, collect, NULL, &e) == KG_ENOTFOUND);
	KG_CHECK("read_only_refuses_a_record",
	         kg_store_put_record(st, "x", 1, &e) == KG_EDB);
	kg_store_close(st);

	KG_CHECK("reopen_writable", kg_store_open(&st, dbpath, 0, &e) == KG_OK);
	KG_CHECK("an_old_database_gets_the_table_on_demand",
	         put(st, "e.txt", "Stored after the table was dropped.", 1));
	walked[0] = '\0';
	kg_store_records(st, collect, NULL, &e);
	KG_CHECK_STR("the_new_record_is_walked", walked, "e.txt=e.txt;");
	kg_store_close(st);
}

int main(void)
{
	kg_store *st = NULL;
	kg_err e;

	snprintf(dir, sizeof(dir), "/tmp/kg-test-fold-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(dbpath, sizeof(dbpath), "%s/f.db", dir);
	if (kg_store_open(&st, dbpath, KG_STORE_CREATE, &e) != KG_OK)
		return printf("open: %s\n", e.msg), 1;
	test_records(st);
	kg_store_close(st);
	test_old_and_read_only();
	if (kg_check_failed == 0) {
		static const char *const ext[] = { "", "-wal", "-shm" };
		char p[160];

		for (int i = 0; i < 3; i++) {
			snprintf(p, sizeof(p), "%s%s", dbpath, ext[i]);
			unlink(p);
		}
		rmdir(dir);
	}
	return KG_CHECK_DONE();
}
