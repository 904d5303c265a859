/* graph/store.c - opening, checking and closing the SQLite store; batches
 *
 * A database is recognised by PRAGMA application_id (0x4B475248) and its
 * schema version by PRAGMA user_version.  A new or empty file gets the
 * compiled-in schema (schema/schema.sql).  Writers use WAL with
 * synchronous=NORMAL: a crash may lose the last batches but never corrupts
 * the file, and readers do not block the writer.
 *
 * Writers serialise through SQLite's write lock, one batch at a time.  The
 * lock is not fair: a writer that commits and at once begins its next batch
 * would take it again before a waiter polls, and SQLite's own busy timeout
 * sleeps up to 100 ms between polls.  So a waiting store polls every
 * millisecond (busy_wait), and a store that committed pauses a few
 * milliseconds before it begins again (kg_store_begin): the waiter gets the
 * lock and the writers take turns by batches.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store_int.h"

static const char *const st_sql[KG_ST_COUNT] = {
	[KG_ST_DOC_BY_HASH] = "SELECT doc_id FROM documents WHERE hash = ?1",
	[KG_ST_INS_DOC] = "INSERT INTO documents(name, url, title, published,"
	                  " hash, version, nsentences)"
	                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[KG_ST_KEY_GET] = "SELECT entity_id FROM name_keys"
	                  " WHERE type = ?1 AND norm = ?2",
	[KG_ST_INS_ENTITY] = "INSERT INTO entities(type, name, norm)"
	                     " VALUES (?1, ?2, ?3)",
	[KG_ST_INS_ALIAS] = "INSERT OR IGNORE INTO aliases(entity_id, name,"
	                    " norm) VALUES (?1, ?2, ?3)",
	[KG_ST_INS_KEY] = "INSERT OR IGNORE INTO name_keys(type, norm,"
	                  " entity_id) VALUES (?1, ?2, ?3)",
	[KG_ST_INS_MERGE] = "INSERT INTO merges(entity_id, name, rule, doc_id,"
	                    " score) VALUES (?1, ?2, ?3, ?4, ?5)",
	[KG_ST_INS_SENT] = "INSERT INTO sentences(doc_id, n, byte_start,"
	                   " byte_end, text) VALUES (?1, ?2, ?3, ?4, ?5)",
	[KG_ST_INS_MENTION] = "INSERT INTO mentions(entity_id, doc_id,"
	                      " sentence, byte_start, byte_end)"
	                      " VALUES (?1, ?2, ?3, ?4, ?5)",
	[KG_ST_INS_FACT] =
	        "INSERT INTO fact(subject_id, predicate, object_id, literal,"
	        " status, negated, valid_from, valid_to)"
	        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
	        " ON CONFLICT DO UPDATE SET"
	        " valid_from = coalesce(fact.valid_from, excluded.valid_from),"
	        " valid_to = coalesce(fact.valid_to, excluded.valid_to)"
	        " RETURNING fact_id",
	[KG_ST_INS_EVIDENCE] =
	        "INSERT OR IGNORE INTO evidence(fact_id, doc_id, sentence,"
	        " byte_start, byte_end, rule, version)"
	        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	/* more words first, then a name that starts with a letter or digit,
	 * then byte order: a total order, so the name kept is the same
	 * whichever document came first */
	[KG_ST_MERGED_NAME] =
	        "UPDATE entities SET name = ?2, norm = ?3 WHERE entity_id = ?1"
	        " AND name <> ?2 AND (WITH w(a, b) AS (SELECT"
	        " length(?2) - length(replace(?2, ' ', '')),"
	        " length(name) - length(replace(name, ' ', '')))"
	        " SELECT a > b OR (a = b AND"
	        " ((?2 GLOB '[A-Za-z0-9]*') > (name GLOB '[A-Za-z0-9]*')"
	        " OR ((?2 GLOB '[A-Za-z0-9]*') = (name GLOB '[A-Za-z0-9]*')"
	        " AND ((?2 GLOB '*[a-z]*') > (name GLOB '*[a-z]*')"
	        " OR ((?2 GLOB '*[a-z]*') = (name GLOB '*[a-z]*')"
	        " AND ?2 < name))))) FROM w)",
};

int kg_store__dberr(const kg_store *st, kg_err *err)
{
	return kg_err_set(err, KG_EDB, "%s", sqlite3_errmsg(st->db));
}

int kg_store__exec(kg_store *st, const char *sql, kg_err *err)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return kg_store__dberr(st, err);
	return KG_OK;
}

const char *kg_store__norm(kg_store *st, const char *s, size_t n)
{
	/* kg_norm never makes a name longer, so n + 1 bytes always fit */
	if (n + 1 > st->normcap) {
		size_t cap = n + 1 < 256 ? 256 : n + 1;
		char *p = realloc(st->norm, cap);

		if (p == NULL)
			return NULL;
		st->norm = p;
		st->normcap = cap;
	}
	kg_norm(st->norm, st->normcap, s, n);
	return st->norm;
}

int kg_store__bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL)
		return sqlite3_bind_null(s, i);
	return sqlite3_bind_text64(s, i, v, strlen(v), SQLITE_TRANSIENT,
	                           SQLITE_UTF8);
}

/* Read an integer PRAGMA into *out.  A file that is not SQLite fails here
 * (SQLITE_NOTADB), which is reported as not a kgraph database. */
static int pragma_int(kg_store *st, const char *sql, int *out, kg_err *err)
{
	sqlite3_stmt *s = NULL;
	int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);

	if (rc == SQLITE_OK) {
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int(s, 0);
			rc = SQLITE_OK;
		}
	}
	if (rc != SQLITE_OK) {
		if ((sqlite3_extended_errcode(st->db) & 0xff) == SQLITE_NOTADB)
			kg_err_set(err, KG_EDB, "not a kgraph database");
		else
			kg_store__dberr(st, err);
	}
	sqlite3_finalize(s);
	return rc == SQLITE_OK ? KG_OK : KG_EDB;
}

static int apply_schema(kg_store *st, kg_err *err)
{
	int rc, version = 0;

	if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) ||
	    sqlite3_exec(st->db, kg_schema_sql, NULL, NULL, NULL)) {
		rc = kg_store__dberr(st, err);
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	if ((rc = kg_store__exec(st, "COMMIT", err)) != KG_OK)
		return rc;
	if ((rc = pragma_int(st, "PRAGMA user_version", &version, err)))
		return rc;
	if (version != KG_SCHEMA_VERSION) /* schema.sql and schema.h agree */
		return kg_err_set(err, KG_ERROR,
		                  "schema.sql sets version %d, expected %d",
		                  version, KG_SCHEMA_VERSION);
	return KG_OK;
}

/* Recognise the file, or give an empty one the schema. */
static int check_schema(kg_store *st, kg_err *err)
{
	int rc, app = 0, version = 0, ntables = 0;

	if ((rc = pragma_int(st, "PRAGMA application_id", &app, err)) ||
	    (rc = pragma_int(st, "PRAGMA user_version", &version, err)) ||
	    (rc = pragma_int(st, "SELECT count(*) FROM sqlite_master", &ntables,
	                     err)))
		return rc;
	if (app == 0 && version == 0 && ntables == 0) {
		if (st->readonly)
			return kg_err_set(err, KG_EDB,
			                  "not a kgraph database (empty)");
		return apply_schema(st, err);
	}
	if (app != KG_APPLICATION_ID)
		return kg_err_set(err, KG_EDB, "not a kgraph database");
	if (version > KG_SCHEMA_VERSION)
		return kg_err_set(err, KG_EDB,
		                  "schema version %d is newer than this kgraph"
		                  " (%d)",
		                  version, KG_SCHEMA_VERSION);
	return KG_OK;
}

static int prepare_all(kg_store *st, kg_err *err)
{
	for (int i = 0; i < KG_ST_COUNT; i++)
		if (sqlite3_prepare_v3(st->db, st_sql[i], -1,
		                       SQLITE_PREPARE_PERSISTENT, &st->st[i],
		                       NULL) != SQLITE_OK)
			return kg_store__dberr(st, err);
	return KG_OK;
}

/* a waiting store tries the lock again every KG_BUSY_POLL_NS; a store that
 * committed pauses KG_BUSY_YIELD_NS (several polls) before it begins */
#define KG_BUSY_POLL_NS 1000000L
#define KG_BUSY_YIELD_NS 5000000L

static void sleep_ns(long ns)
{
	struct timespec t = { 0, ns };

	/* interrupted by a signal (SIGINT is handled): sleep the rest */
	while (nanosleep(&t, &t) != 0)
		;
}

/* SQLite's busy handler: count is 0 at the first SQLITE_BUSY of a
 * statement.  Poll at a fixed short interval rather than back off, so
 * that the pause of a committing writer is seen; give up after wait_ms
 * of real time.  Returns 1 to try again, 0 to fail with SQLITE_BUSY. */
static int busy_wait(void *payload, int count)
{
	kg_store *st = payload;
	struct timespec now;
	long ms;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (count == 0)
		st->busy_since = now;
	ms = (long)(now.tv_sec - st->busy_since.tv_sec) * 1000 +
	     (now.tv_nsec - st->busy_since.tv_nsec) / 1000000;
	if (ms >= st->wait_ms)
		return 0;
	sleep_ns(KG_BUSY_POLL_NS);
	return 1;
}

void kg_store_set_wait(kg_store *st, long ms)
{
	st->wait_ms = ms < 0 ? 0 : ms;
}

static int configure(kg_store *st, kg_err *err)
{
	int rc;

	st->wait_ms = st->readonly ? KG_STORE_READ_WAIT_MS : KG_STORE_WAIT_MS;
	sqlite3_busy_handler(st->db, busy_wait, st);
	sqlite3_extended_result_codes(st->db, 1);
	/* a file we may not write is said once, here, not at every document */
	if (!st->readonly && sqlite3_db_readonly(st->db, "main") == 1)
		return kg_err_set(err, KG_EDB, "database is read-only");
	if ((rc = check_schema(st, err)) != KG_OK ||
	    (rc = kg_store__audit_tables(st, err)) != KG_OK)
		return rc;
	if (st->readonly)
		return kg_store__exec(st, "PRAGMA query_only = 1", err);
	/* a 32 MiB page cache keeps the indexes of a batch in memory instead
	 * of spilling pages to the WAL mid-transaction, yet bounds the memory
	 * of a long ingest (peak RSS stays under 64 MB: bench/README.md).
	 * Temporary files stay files: in memory (temp_store) the journals
	 * of the full-text index's merges grow with the corpus, and a
	 * higher spill threshold (SQLITE_CONFIG_STMTJRNL_SPILL) made SQLite
	 * 3.40 fail a batch with "database or disk is full" (bench/README.md)
	 */
	if ((rc = kg_store__exec(st,
	                         "PRAGMA journal_mode = WAL;"
	                         " PRAGMA synchronous = NORMAL;"
	                         " PRAGMA foreign_keys = ON;"
	                         " PRAGMA cache_size = -32768",
	                         err)) != KG_OK)
		return rc;
	if ((rc = kg_store__search_ensure(st, err)) != KG_OK)
		return rc;
	return prepare_all(st, err);
}

int kg_store_open(kg_store **out, const char *path, int flags, kg_err *err)
{
	kg_store *st;
	int oflags, rc;
	int memory = strcmp(path, ":memory:") == 0 || path[0] == '\0';

	*out = NULL;
	if (!memory &&
	    ((flags & KG_STORE_READONLY) || !(flags & KG_STORE_CREATE)) &&
	    access(path, F_OK) != 0)
		return kg_err_set(err, KG_ENOTFOUND, "no database at '%s'",
		                  path);
	/* no allocation statistics: each malloc would take a global mutex;
	 * SQLITE_MISUSE (and no change) once SQLite is initialised */
	(void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	if ((st = calloc(1, sizeof(*st))) == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	st->readonly = (flags & KG_STORE_READONLY) != 0;
	st->nrules = -1;
	/* no mutex on the connection: a kg_store belongs to one thread at a
	 * time (ingest's workers only extract), and a big export takes and
	 * leaves it millions of times */
	oflags = SQLITE_OPEN_NOMUTEX |
	         (st->readonly ? SQLITE_OPEN_READONLY
	                       : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
	if (sqlite3_open_v2(path, &st->db, oflags, NULL) != SQLITE_OK) {
		rc = st->db ? kg_store__dberr(st, err)
		            : kg_err_set(err, KG_ENOMEM, "out of memory");
		kg_store_close(st);
		return rc;
	}
	if ((rc = configure(st, err)) != KG_OK) {
		kg_store_close(st);
		return rc;
	}
	*out = st;
	return KG_OK;
}

void kg_store_close(kg_store *st)
{
	if (st == NULL)
		return;
	if (st->in_batch) {
		/* on failure the documents stay queued for the next writer */
		kg_store__search_flush(st, NULL);
		sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	}
	for (int i = 0; i < KG_ST_COUNT; i++)
		sqlite3_finalize(st->st[i]);
	sqlite3_finalize(st->fact_get);
	sqlite3_finalize(st->put_record);
	sqlite3_finalize(st->hash_put);
	sqlite3_finalize(st->near_best);
	sqlite3_close(st->db);
	kg_store__log_clear(st);
	free(st->norm);
	free(st->ids);
	free(st->taken);
	free(st);
}

int kg_store_begin(kg_store *st, kg_err *err)
{
	int rc;

	if (st->readonly)
		return kg_err_set(err, KG_EDB, "the store is read-only");
	if (st->in_batch)
		return kg_err_set(err, KG_EINVALID, "a batch is already open");
	if (st->committed)
		sleep_ns(KG_BUSY_YIELD_NS); /* a waiting writer's turn */
	if ((rc = kg_store__exec(st, "BEGIN IMMEDIATE", err)) != KG_OK)
		return rc;
	kg_store__log_clear(st);
	st->in_batch = 1;
	return KG_OK;
}

int kg_store_commit(kg_store *st, kg_err *err)
{
	int rc;

	if (!st->in_batch)
		return kg_err_set(err, KG_EINVALID, "no batch is open");
	if ((rc = kg_store__search_flush(st, err)) != KG_OK ||
	    (rc = kg_store__exec(st, "COMMIT", err)) != KG_OK) {
		/* a failed COMMIT (busy) leaves the transaction open */
		if (sqlite3_get_autocommit(st->db)) {
			st->in_batch = 0;
			kg_store__log_clear(st);
		}
		return rc;
	}
	kg_store__log_clear(st);
	st->in_batch = 0;
	st->committed = 1;
	return KG_OK;
}
