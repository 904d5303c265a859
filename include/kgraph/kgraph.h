/* include/kgraph/kgraph.h - the whole kgraph library in one include
 *
 * kgraph reads English news articles, extracts entities and facts (who holds
 * which office, who attended which event, who met whom, ...) and stores them
 * with the sentence they came from in SQLite.  Link with
 * `pkg-config --cflags --libs kgraph` (libkgraph.so; add --static for
 * libkgraph.a).  A program typically:
 *
 *   1. opens a database:  kg_store_open (store.h), KG_STORE_CREATE for a new
 *      file, ":memory:" for none;
 *   2. ingests texts:     kg_lexicon_load_builtin (lexicon.h), kg_ingest_new
 *      and kg_ingest_text (ingest.h) give a kg_doc (doc.h), which
 *      kg_store_put_doc stores, many at a time between kg_store_begin and
 *      kg_store_commit;
 *   3. reads facts:       kg_store_facts with a callback, kg_store_sql for
 *      any read-only SQL, kg_search (search.h) for full-text search;
 *   4. exports a selection: kg_store_load_graph with a kg_select (graph.h),
 *      then kg_export_dot, kg_export_json, ... (export.h) to a FILE *.
 *
 * Audit (audit.h: why, retract, split, lint) and shard folding (fold.h:
 * what `kgraph merge` uses) are there too.  examples/embed.c does all four.
 * Conventions, everywhere: functions return KG_OK (0) or a negative KG_E* code
 * and write a one-line message into the caller's kg_err (common.h); an object
 * returned through T **out is the caller's, freed with its kg_*_free or
 * kg_*_close (which accept NULL); strings handed to a callback are valid during
 * that call only.  A handle is used by one thread at a time.
 */
#ifndef KGRAPH_KGRAPH_H
#define KGRAPH_KGRAPH_H

#include "common.h"
#include "schema.h"
#include "lexicon.h"
#include "doc.h"
#include "ingest.h"
#include "graph.h"
#include "store.h"
#include "search.h"
#include "export.h"
#include "audit.h"
#include "fold.h"

#endif
