/* include/kgraph/store.h - the SQLite store: documents, sentences, entities,
 * aliases, mentions and facts with provenance
 *
 * The one place that talks to SQLite.  Writes are batched: the caller opens
 * a batch, puts documents (a failing document leaves nothing behind and the
 * others stay), and commits.  The schema and
 * the views entity_names and facts are in schema/schema.sql; docs/schema.md
 * describes them.
 */
#ifndef KGRAPH_STORE_H
#define KGRAPH_STORE_H

#include <stdint.h>
#include "common.h"
#include "doc.h"
#include "graph.h"

typedef struct kg_store kg_store;

enum {
	KG_STORE_READONLY = 1 << 0, /* open read-only (query_only, no writes) */
	KG_STORE_CREATE = 1 << 1    /* create the file and schema if missing */
};

/* Open the database at path.  Fails with KG_EDB when the file is not a
 * kgraph database or has a newer schema version, KG_ENOTFOUND when it is
 * missing and KG_STORE_CREATE is not given.  On failure *out is NULL. */
int kg_store_open(kg_store **out, const char *path, int flags, kg_err *err);

/* How long a store waits for another connection's lock before it fails
 * with KG_EDB "database is locked": a writer waits out other writers'
 * batches (minutes under valgrind), a read-only store only a WAL recovery
 * or a checkpoint. */
#define KG_STORE_WAIT_MS 600000L /* 10 minutes */
#define KG_STORE_READ_WAIT_MS 5000L

/* Set the lock wait of st (ms, 0: fail at once); it applies from the next
 * statement on.  This function can't fail. */
void kg_store_set_wait(kg_store *st, long ms);

/* Commit any open batch and close.  Accepts NULL. */
void kg_store_close(kg_store *st);

/* Start and end a batch transaction around many kg_store_put_doc calls.
 * Batches of concurrent writers take turns: kg_store_begin waits for the
 * write lock (up to the store's lock wait), and a store that committed a
 * batch pauses briefly before it takes the lock again, so that a waiting
 * writer gets it.  Fails with KG_EDB (and no batch open) when the lock
 * wait runs out. */
int kg_store_begin(kg_store *st, kg_err *err);
int kg_store_commit(kg_store *st, kg_err *err);

/* Store one document and its extraction in the open batch (or in a
 * transaction of its own when no batch is open).  Entities of the
 * same type whose canonical name or an alias normalises to the same string
 * become one entity across documents.  A document whose text hash is already
 * stored is skipped: *added is 0 (1 when stored; added may be NULL).  On
 * failure nothing of the document is stored. */
int kg_store_put_doc(kg_store *st, const kg_doc *doc, int *added, kg_err *err);

/* One row of the facts view (strings valid during the callback only). */
typedef struct kg_fact_row {
	int64_t fact_id;
	const char *subject, *subject_type, *predicate;
	const char *object, *object_type;
	const char *doc;
	int64_t sentence;
	const char *evidence, *rule, *status;
	int negated;
	int support;
} kg_fact_row;

/* Return non-zero from a callback to stop; that value is then returned. */
typedef int (*kg_fact_cb)(const kg_fact_row *row, void *payload);

/* Call cb for each fact, ordered by subject, predicate, object, fact_id.
 * entity (NULL = any) matches subject or object by any of its names,
 * normalised; predicate (NULL = any) must be a DESIGN.md predicate name. */
int kg_store_facts(kg_store *st,
                   const char *entity,
                   const char *predicate,
                   kg_fact_cb cb,
                   void *payload,
                   kg_err *err);

/* Row callback for kg_store_sql: ncol columns, names and values as text
 * (a value is NULL for SQL NULL). */
typedef int (*kg_row_cb)(int ncol,
                         const char *const *names,
                         const char *const *values,
                         void *payload);

/* Run one read-only SQL statement (the store must be opened read-only or the
 * statement must not write: anything that would write fails with KG_EDB). */
int kg_store_sql(kg_store *st,
                 const char *sql,
                 kg_row_cb cb,
                 void *payload,
                 kg_err *err);

typedef struct kg_store_stats {
	int64_t documents, sentences, entities, aliases, mentions, facts;
	int64_t by_type[KG_T_COUNT]; /* entities per type */
	int64_t by_pred[KG_P_COUNT]; /* facts per predicate */
	int schema_version;
	char version[64]; /* lexicon/rules version of the last doc */
} kg_store_stats;

int kg_store_stats_get(kg_store *st, kg_store_stats *out, kg_err *err);

/* Load a selection of the graph (graph.h).  KG_ENOTFOUND when sel->entity
 * names no entity.  On failure *out is NULL. */
int kg_store_load_graph(kg_store *st,
                        const kg_select *sel,
                        kg_graph **out,
                        kg_err *err);

/* kg_store_load_graph, then the later fields of kg_select (graph.h):
 * doc, since/until/as_of and min_support drop facts, path_from/path_to keep
 * the shortest undirected connection between the two names (every fact
 * joining two consecutive nodes of it), and nodes left without a fact are
 * dropped.  A fact's dates are valid_from/valid_to, else the occurred_on
 * date of an event it involves, else (start only) the earliest publication
 * date of a document stating it; docs/export.md has the rules.
 * KG_ENOTFOUND for an unknown name or document, or when no connection
 * exists.  Implemented in graph/select_more.c. */
int kg_store_load_selection(kg_store *st,
                            const kg_select *sel,
                            kg_graph **out,
                            kg_err *err);

/* The age of each fact of g (loaded from st) against date (YYYY-MM-DD), by
 * the publication dates of the documents that state it: age[i] (g->nedges
 * entries) is KG_SINCE_NEW when every one is dated on or after date,
 * KG_SINCE_BEFORE when one is dated before it (or none states it), else
 * KG_SINCE_UNDATED (none dated before date, but one has no date).  KG_EDB on a
 * database error. Implemented in graph/since.c. */
enum { KG_SINCE_BEFORE = 0, KG_SINCE_NEW, KG_SINCE_UNDATED };
int kg_store_since(kg_store *st,
                   const kg_graph *g,
                   const char *date,
                   unsigned char *age,
                   kg_err *err);

#endif
