/* include/kgraph/fold.h - extraction records: each document's extraction
 * kept beside it, so shard databases can be folded into one
 *
 * A database built with `kgraph ingest --shard` keeps, for every document,
 * the line `kgraph extract` prints for it (table extracts, keyed by the
 * document's text hash).  `kgraph merge` replays those lines into a new
 * database through kg_store_put_doc, so entities are resolved across the
 * shards exactly as one ingest of the same documents in the same order
 * would resolve them (docs/scale.md).
 */
#ifndef KGRAPH_FOLD_H
#define KGRAPH_FOLD_H

#include <stdint.h>
#include "common.h"
#include "store.h"

/* Keep line[0..n) (one kgraph extract line, no newline) as the record of
 * the document stored last: call it right after kg_store_put_doc reported
 * the document added, in the same batch.  Creates the extracts table in a
 * database made before it existed.  A record already kept for the same text
 * is replaced.  KG_EDB with err set on failure. */
int kg_store_put_record(kg_store *st, const char *line, size_t n, kg_err *err);

/* Check that every document of the store has a record; *ndocs gets the
 * number of documents.  KG_ENOTFOUND when the store has no extracts table
 * or a document has no record (the message names the first one). */
int kg_store_records_check(kg_store *st, int64_t *ndocs, kg_err *err);

/* Called with each document's name and record (NUL-terminated, n bytes;
 * valid during the call only).  Non-zero stops the walk and is returned. */
typedef int (*kg_record_cb)(const char *doc,
                            const char *line,
                            size_t n,
                            void *payload);

/* Call cb for every document that has a record, in doc_id order (the order
 * they were stored in).  Returns KG_OK, cb's non-zero value, or a code with
 * err set (KG_ENOTFOUND without an extracts table). */
int kg_store_records(kg_store *st, kg_record_cb cb, void *payload, kg_err *err);

#endif
