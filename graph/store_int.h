/* graph/store_int.h - the kg_store handle and helpers shared by graph/ sources
 *
 * Private to graph/: nothing outside this folder sees sqlite3.  The write
 * statements are prepared once at open and reused for every row (reset and
 * clear_bindings after each step), because ingest inserts hundreds of
 * thousands of rows a second and per-row compilation would dominate.
 */
#ifndef KG_GRAPH_STORE_INT_H
#define KG_GRAPH_STORE_INT_H

#include <sqlite3.h>
#include <stdint.h>
#include <time.h>

#include "kgraph/store.h"

#define KG_APPLICATION_ID 0x4B475248 /* "KGRH" */

/* The reused write statements, prepared in store.c (sql in st_sql[]). */
enum kg_st {
	KG_ST_DOC_BY_HASH,  /* ?1 hash -> row when stored */
	KG_ST_INS_DOC,      /* name, url, title, published, hash, version, n */
	KG_ST_KEY_GET,      /* ?1 type, ?2 norm -> entity_id */
	KG_ST_INS_ENTITY,   /* type, name, norm */
	KG_ST_INS_ALIAS,    /* entity_id, name, norm (or ignore) */
	KG_ST_INS_KEY,      /* type, norm, entity_id (or ignore) */
	KG_ST_INS_MERGE,    /* entity_id, name, rule, doc_id */
	KG_ST_INS_SENT,     /* doc_id, n, start, end, text */
	KG_ST_INS_MENTION,  /* entity_id, doc_id, sentence, start, end */
	KG_ST_INS_FACT,     /* subject, pred, object, literal, status, negated,
	                       valid_from, valid_to -> fact_id (upsert) */
	KG_ST_INS_EVIDENCE, /* fact_id, doc_id, sentence, start, end, rule,
	                       version (or ignore) */
	KG_ST_MERGED_NAME,  /* entity_id, name, norm: put.c better_name */
	KG_ST_COUNT
};

/* batch.c: the documents the open batch has stored, to write them again
 * when a later one fails half-way (each with its extraction record, if
 * any); off when dropped, and then each document has a savepoint. */
struct kg_logged {
	kg_doc *doc; /* kg_doc_clone */
	char *record;
	size_t nrecord;
};

struct kg_batch_log {
	struct kg_logged *v;
	size_t n, cap;
	size_t bytes;  /* of the copies */
	int last_open; /* the last put stored v[n - 1] and no record yet */
	int off;
};

struct kg_store {
	sqlite3 *db;
	int readonly;                  /* opened with KG_STORE_READONLY */
	int in_batch;                  /* kg_store_begin without commit */
	int committed;                 /* a batch was committed: yield */
	long wait_ms;                  /* give up a lock wait after this */
	struct timespec busy_since;    /* start of the current lock wait */
	sqlite3_stmt *st[KG_ST_COUNT]; /* NULL when read-only */
	char *norm;                    /* kg_norm scratch, normcap bytes */
	size_t normcap;
	int64_t *ids; /* entity ids of the current doc */
	size_t idscap;
	int64_t *taken;   /* the ids in ids[] so far, open addressing, 0 free */
	size_t takenmask; /* slots - 1 for the current doc (a power of 2) */
	size_t takencap;
	int64_t nrules;  /* rows of name_rules; -1 until counted (names.c) */
	int64_t copy_of; /* doc_id the document being put copies, or 0 */
	sqlite3_stmt *hash_put;   /* syndic.c, prepared on first use */
	sqlite3_stmt *near_best;  /* syndic.c, prepared on first use */
	sqlite3_stmt *fact_get;   /* KG_ST_INS_FACT's ?1-?6 -> fact_id, no
	                             insert (syndic.c); NULL until needed */
	sqlite3_stmt *put_record; /* fold.c, prepared on first use */
	struct kg_batch_log log;  /* batch.c */
};

/* Set err to KG_EDB with sqlite3_errmsg(st->db); returns KG_EDB. */
int kg_store__dberr(const kg_store *st, kg_err *err);

/* Give every entity node of g without a key its key, from its type and
 * name (graph/keys.c). */
int kg_store__node_keys(kg_store *st, kg_graph *g, kg_err *err);

/* detail.c: fill doc, sentence, evidence, rule and support of edges[0..n),
 * sorted by fact_id, a selection of nfacts loaded facts. */
int kg_store__edge_details(
        kg_store *st, kg_gedge *edges, size_t n, size_t nfacts, kg_err *err);

/* Run sql (no rows expected) with sqlite3_exec; KG_EDB on failure. */
int kg_store__exec(kg_store *st, const char *sql, kg_err *err);

/* Normalise s[0..n) into st->norm (grown to n + 1 bytes) and return it, or
 * NULL when out of memory.  Valid until the next call. */
const char *kg_store__norm(kg_store *st, const char *s, size_t n);

/* Bind s (NULL binds SQL NULL) as UTF-8 text, copied by SQLite. */
int kg_store__bind_text(sqlite3_stmt *s, int i, const char *v);

/* merge.c: the spelling skeleton key of a normalised name ("~zelensky"),
 * 0 when the name is too short to have one; and the stored entity a
 * document entity is by spelling or by day (rule, score), if any. */
size_t kg_store__skeleton(const char *norm, char *out, size_t cap);
int kg_store__similar(kg_store *st,
                      const kg_doc *doc,
                      size_t ei,
                      int64_t *id,
                      const char **rule,
                      double *score,
                      kg_err *err);
/* Is the canonical name of entity id one word ("Zelensky")? */
int kg_store__one_word(kg_store *st, int64_t id);

/* search.c: schema/search.sql, compiled in; indexing the queued documents
 * (in the caller's transaction); and, in a writable store, creating the
 * index if missing and indexing the queue, in a transaction of its own. */
extern const char kg_search_sql[];
int kg_store__search_flush(kg_store *st, kg_err *err);
int kg_store__search_ensure(kg_store *st, kg_err *err);

/* names.c: add the audit tables of schema.sql to an older database (TEMP
 * ones when read-only); the stored entity a same-as rule makes doc entity
 * ei (*found 0 when none); whether a never-same rule forbids merging ei
 * into stored entity cand; store a rule (norms of a and b must differ). */
int kg_store__audit_tables(kg_store *st, kg_err *err);
int kg_store__same_as(kg_store *st,
                      const kg_doc *doc,
                      size_t ei,
                      int64_t *id,
                      int *found,
                      kg_err *err);
int kg_store__never_same(kg_store *st,
                         const kg_doc *doc,
                         size_t ei,
                         int64_t cand,
                         int *blocked,
                         kg_err *err);
int kg_store__add_rule(kg_store *st,
                       const char *type,
                       const char *a,
                       const char *b,
                       int same,
                       const char *rule,
                       kg_err *err);

/* put.c: store doc in the open transaction unless its text is stored
 * (*added 0), in a savepoint of its own when savepoint is set (else a
 * failure may leave part of it written). */
int kg_store__put(kg_store *st,
                  const kg_doc *doc,
                  int savepoint,
                  int *added,
                  kg_err *err);

/* fold.c: the extraction record of the document stored last. */
int kg_store__put_record(kg_store *st, const char *line, size_t n, kg_err *err);

/* batch.c: the replay log.  clear empties it (and turns it on again);
 * off drops it for the rest of the batch; doc and record add a document
 * just stored and its record (on failure the log turns itself off);
 * replay rolls the transaction back, begins another and stores the logged
 * documents again (on failure no transaction is open). */
void kg_store__log_clear(kg_store *st);
void kg_store__log_off(kg_store *st);
void kg_store__log_doc(kg_store *st, const kg_doc *doc);
void kg_store__log_record(kg_store *st, const char *line, size_t n);
int kg_store__replay(kg_store *st, kg_err *err);

/* syndic.c: store the sentence hashes of document doc_id and decide
 * whether it is a near-copy of a stored document (st->copy_of, and a row
 * of copies). */
int kg_store__near_copy(kg_store *st,
                        const kg_doc *doc,
                        int64_t doc_id,
                        kg_err *err);

#endif
