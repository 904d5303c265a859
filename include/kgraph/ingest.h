/* include/kgraph/ingest.h - text to entities and facts
 *
 * A kg_ingest holds the lexicon and per-document scratch memory; it is reused
 * for document after document (one per thread).  Nothing here touches the
 * database: the result is a kg_doc (doc.h) that the caller stores or prints.
 */
#ifndef KGRAPH_INGEST_H
#define KGRAPH_INGEST_H

#include <stddef.h>
#include "common.h"
#include "doc.h"
#include "lexicon.h"

typedef struct kg_ingest kg_ingest;

/* Caps on what one document may grow to; exceeding one gives KG_ELIMIT. */
#define KG_MAX_DOC_BYTES ((size_t)64 << 20) /* 64 MiB of text per document */
#define KG_MAX_NAMES 500000 /* distinct names (entities) per document */
/* Facts kept from one document: further facts are dropped and the document
 * says so (kg_doc.facts_capped); it is stored with the facts kept. */
#define KG_MAX_FACTS_PER_DOC 200000

typedef struct kg_doc_input {
	const char *id;        /* document id (path, URL or JSONL id) */
	const char *url;       /* or NULL */
	const char *title;     /* or NULL */
	const char *published; /* YYYY-MM-DD or NULL */
	const char *text;      /* UTF-8, need not be NUL-terminated */
	size_t len;
} kg_doc_input;

/* Create an extractor over lx, which must outlive it.  On failure *out is
 * NULL. */
int kg_ingest_new(kg_ingest **out, const kg_lexicon *lx, kg_err *err);

/* Free ing and everything it returned.  Accepts NULL. */
void kg_ingest_free(kg_ingest *ing);

/* Extract one document.  The text must be valid UTF-8 without NUL bytes
 * (KG_EINVALID "invalid UTF-8 at byte N" otherwise) and at most
 * KG_MAX_DOC_BYTES long (KG_ELIMIT).  On success *out points at the result,
 * which, like every string in it, stays valid until the next call on ing or
 * kg_ingest_free; the input strings are not copied, so they must live as
 * long.  On failure *out is NULL. */
int kg_ingest_text(kg_ingest *ing,
                   const kg_doc_input *in,
                   const kg_doc **out,
                   kg_err *err);

/* Parse a date given by the user or in a JSONL record: accepts YYYY-MM-DD,
 * and a full ISO 8601 timestamp beginning with it.  Writes "YYYY-MM-DD" to
 * out (11 bytes) and returns KG_OK, or KG_EINVALID for anything else. */
int kg_ingest_parse_date(char out[11], const char *s);

#endif
