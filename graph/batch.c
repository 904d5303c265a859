/* graph/batch.c - the replay log of an open batch
 *
 * A document of a batch could go into a SAVEPOINT of its own, so that a
 * failure rolls back that document only.  But SQLite then journals every
 * page the document touches before changing it (a temporary file, ~100
 * pages an article): a fifth of the store's time (bench/README.md).
 * Instead the store keeps a copy of each document the open batch has
 * stored.  When a document fails half-way, the whole transaction is rolled
 * back, a new one begins and the documents before it are written again from
 * their copies: nothing of the failed one stays, the others do, and the
 * normal path writes no journal.  Failures are rare (a bug, a database
 * error that leaves the transaction open); one that made SQLite roll the
 * transaction back itself (a full disk, an I/O error) is not replayed: the
 * batch is lost, as the caller is told.
 *
 * The log has a budget: past KG_LOG_MAX_BYTES of copies, or after a write
 * of the batch that the log cannot repeat (a name rule), it is dropped and
 * the documents after that point get their savepoints again.
 */
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* A news article's copy is ~5 KB, so a batch of 500 takes 2.5 MB; a batch
 * of long documents outgrows the budget, and the rest of it has savepoints
 * (the peak RSS of an ingest stays under 64 MB). */
#define KG_LOG_MAX_BYTES (8u << 20)

void kg_store__log_clear(kg_store *st)
{
	struct kg_batch_log *log = &st->log;

	for (size_t i = 0; i < log->n; i++) {
		free(log->v[i].doc);
		free(log->v[i].record);
	}
	free(log->v);
	memset(log, 0, sizeof(*log));
}

void kg_store__log_off(kg_store *st)
{
	kg_store__log_clear(st);
	st->log.off = 1;
}

void kg_store__log_doc(kg_store *st, const kg_doc *doc)
{
	struct kg_batch_log *log = &st->log;
	size_t bytes = 0;
	kg_doc *copy;

	if (log->n == log->cap) {
		size_t cap = log->cap ? 2 * log->cap : 64;
		struct kg_logged *v = realloc(log->v, cap * sizeof(*v));

		if (v == NULL) {
			kg_store__log_off(st);
			return;
		}
		log->v = v;
		log->cap = cap;
	}
	if ((copy = kg_doc_clone(doc, &bytes)) == NULL ||
	    bytes > KG_LOG_MAX_BYTES - log->bytes) {
		free(copy);
		kg_store__log_off(st);
		return;
	}
	log->v[log->n].doc = copy;
	log->v[log->n].record = NULL;
	log->v[log->n].nrecord = 0;
	log->n++;
	log->bytes += bytes;
	log->last_open = 1;
}

void kg_store__log_record(kg_store *st, const char *line, size_t n)
{
	struct kg_batch_log *log = &st->log;
	struct kg_logged *e = log->n ? &log->v[log->n - 1] : NULL;
	char *copy;

	if (log->off)
		return;
	/* a record belongs to the document just stored: anything else is a
	 * write the log could not repeat */
	if (!log->last_open || e->record != NULL ||
	    n > KG_LOG_MAX_BYTES - log->bytes ||
	    (copy = malloc(n + 1)) == NULL) {
		kg_store__log_off(st);
		return;
	}
	memcpy(copy, line, n);
	copy[n] = '\0';
	e->record = copy;
	e->nrecord = n;
	log->bytes += n;
}

int kg_store__replay(kg_store *st, kg_err *err)
{
	struct kg_batch_log *log = &st->log;
	int rc;

	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	/* what the transaction made is gone: the cached count of name rules,
	 * and the extracts table when this batch created it */
	st->nrules = -1;
	sqlite3_finalize(st->put_record);
	st->put_record = NULL;
	if ((rc = kg_store__exec(st, "BEGIN IMMEDIATE", err)) != KG_OK)
		return rc;
	for (size_t i = 0; i < log->n && rc == KG_OK; i++) {
		int added = 0;

		rc = kg_store__put(st, log->v[i].doc, 0, &added, err);
		if (rc == KG_OK && added && log->v[i].record != NULL)
			rc = kg_store__put_record(st, log->v[i].record,
			                          log->v[i].nrecord, err);
	}
	if (rc != KG_OK && !sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}
