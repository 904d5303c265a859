/* include/kgraph/doc.h - one document's extraction result: sentences,
 * entities, mentions and facts with their provenance
 *
 * ingest/ produces a kg_doc, graph/ stores it, and the extract command
 * prints it.  Everything a kg_doc points to is owned by whoever produced it
 * (for kg_ingest_text: the kg_ingest, until its next call).
 */
#ifndef KGRAPH_DOC_H
#define KGRAPH_DOC_H

#include <stddef.h>
#include "schema.h"

#define KG_NO_ENTITY ((size_t)-1)

typedef struct kg_doc_sentence {
	size_t start; /* byte offset of the first byte in kg_doc.text */
	size_t end;   /* byte offset one past the last byte */
} kg_doc_sentence;

typedef struct kg_doc_entity {
	kg_type type;               /* never KG_T_DATE: dates are literals */
	const char *name;           /* canonical name in this document */
	const char *const *aliases; /* other names it goes by in the text */
	size_t naliases;
} kg_doc_entity;

typedef struct kg_doc_mention {
	size_t entity;   /* index into kg_doc.entities */
	size_t sentence; /* index into kg_doc.sentences */
	size_t start;    /* byte span of the mention in kg_doc.text */
	size_t end;
} kg_doc_mention;

typedef struct kg_doc_fact {
	size_t subject; /* index into kg_doc.entities */
	kg_pred pred;
	size_t object;       /* index into kg_doc.entities, or KG_NO_ENTITY
	                        when the object is the literal below */
	const char *literal; /* DATE value (ISO 8601 "2025-08-15", "2025-08",
	                        "2025", or the text "February"), or NULL */
	size_t sentence;     /* index into kg_doc.sentences */
	size_t start;        /* byte span of the words that gave the fact */
	size_t end;
	const char *rule; /* id of the rule that fired, e.g. "title.pre" */
	kg_status status;
	int negated;            /* 1 when the text denies the fact */
	const char *valid_from; /* ISO date or NULL */
	const char *valid_to;   /* ISO date or NULL */
} kg_doc_fact;

typedef struct kg_doc {
	const char *id;        /* path, URL or JSONL id; never NULL */
	const char *url;       /* NULL when unknown */
	const char *title;     /* NULL when unknown */
	const char *published; /* YYYY-MM-DD or NULL: anchors relative dates */
	const char *text;      /* the UTF-8 text, not NUL-terminated */
	size_t len;            /* bytes in text */
	const kg_doc_sentence *sentences;
	size_t nsentences;
	const kg_doc_entity *entities;
	size_t nentities;
	const kg_doc_mention *mentions;
	size_t nmentions;
	const kg_doc_fact *facts;
	size_t nfacts;
	const char *version; /* lexicon/rules version that made the facts */
	int facts_capped; /* 1 when facts over KG_MAX_FACTS_PER_DOC (ingest.h)
	                     were dropped */
} kg_doc;

/* A deep copy of doc in one malloc'd block (free it with free()), its size
 * in *bytes when bytes is not NULL; NULL when out of memory. */
kg_doc *kg_doc_clone(const kg_doc *doc, size_t *bytes);

#endif
