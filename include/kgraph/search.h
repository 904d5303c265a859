/* include/kgraph/search.h - full-text search over the stored sentences
 *
 * The index is the FTS5 table sentence_fts (schema/search.sql), kept in step
 * with the sentences by triggers; graph/search.c runs the queries.  A hit is
 * one sentence; the entities mentioned in it and the facts read from it
 * come from two further calls with its doc_id and sentence number, so a
 * caller can ask for them while it handles the hit.
 */
#ifndef KGRAPH_SEARCH_H
#define KGRAPH_SEARCH_H

#include <stdint.h>
#include "common.h"
#include "store.h"

/* One matching sentence (strings valid during the callback only). */
typedef struct kg_search_hit {
	int rank;          /* 1 for the best hit, then 2, 3, ... */
	double score;      /* FTS5 bm25(): lower is better (negative) */
	int64_t doc_id;    /* documents.doc_id */
	const char *doc;   /* the document's name (path, URL or id) */
	const char *title; /* or NULL */
	int64_t sentence;  /* sentence number in the document, from 0 */
	const char *text;  /* the sentence */
} kg_search_hit;
typedef int (*kg_search_cb)(const kg_search_hit *hit, void *payload);

/* 1 when the database has the search index and it is up to date, else 0.
 * Every database this version writes is; an older one gets the index, and
 * one that another program wrote documents into is brought up to date,
 * when it is next opened for writing. */
int kg_search_ready(kg_store *st);

/* Call cb for the best limit (>= 1) sentences matching query, an FTS5 query
 * (words are ANDed; "a phrase" in double quotes; OR, NOT, NEAR(...) and a
 * trailing * for a prefix), best first: by bm25 score, then document name
 * and sentence number.  A callback that returns non-zero stops the walk and
 * that value is returned.  KG_EINVALID with SQLite's message for a query
 * FTS5 cannot parse, KG_ENOTFOUND when the index is not ready. */
int kg_search(kg_store *st,
              const char *query,
              int limit,
              kg_search_cb cb,
              void *payload,
              kg_err *err);

/* The entities mentioned in sentence n of document doc_id, ordered by name,
 * type, entity_id: kg_row_cb (store.h) with the columns entity_id, name,
 * type. */
int kg_search_entities(kg_store *st,
                       int64_t doc_id,
                       int64_t n,
                       kg_row_cb cb,
                       void *payload,
                       kg_err *err);

/* The facts read from sentence n of document doc_id, negated ones included,
 * ordered by subject, predicate, object, fact_id; each row's doc, sentence,
 * evidence and rule are those of this sentence, support counts every
 * document. */
int kg_search_facts(kg_store *st,
                    int64_t doc_id,
                    int64_t n,
                    kg_fact_cb cb,
                    void *payload,
                    kg_err *err);

#endif
