/* include/kgraph/audit.h - auditing the store: why a fact is there, merge
 * decisions, a canonical dump, lint checks and retracting a document
 *
 * Implemented in graph/audit.c, graph/lint.c and graph/retract.c; docs/audit.md
 * describes the commands built on them.  Strings in a row are valid during
 * the callback only; a callback that returns non-zero stops the walk and that
 * value is returned.
 */
#ifndef KGRAPH_AUDIT_H
#define KGRAPH_AUDIT_H

#include <stddef.h>
#include <stdint.h>
#include "store.h"

typedef struct kg_span {
	size_t start, end; /* byte offsets into kg_why_row.text */
} kg_span;

/* One sentence supporting one fact. */
typedef struct kg_why_row {
	int64_t fact_id;
	const char *subject, *subject_type, *predicate, *object, *object_type;
	const char *status;
	int negated, support;         /* support: distinct documents */
	const char *doc;              /* document name */
	int64_t sentence;             /* from 0 */
	int64_t byte_start, byte_end; /* the evidence span in the document */
	const char *rule, *version, *text; /* text: the sentence ("" if none) */
	const char *copy_of; /* the document doc is a near-copy of, or NULL */
	const kg_span *subj, *obj; /* where the subject and object are named in
	                              text, sorted, not overlapping */
	size_t nsubj, nobj;
} kg_why_row;
typedef int (*kg_why_cb)(const kg_why_row *row, void *payload);

/* Every evidence of fact fact_id, or (fact_id 0) of every fact, negated
 * ones included, whose subject, predicate and object match the arguments
 * that are not NULL (names: any alias, normalised; a literal object as
 * written).  Ordered by fact_id, document name, sentence.  KG_ENOTFOUND
 * when no fact matches. */
int kg_audit_why(kg_store *st,
                 int64_t fact_id,
                 const char *subject,
                 const char *predicate,
                 const char *object,
                 kg_why_cb cb,
                 void *payload,
                 kg_err *err);

/* Merge decisions (the merges table), ordered by entity name, name, document;
 * entity (NULL = all) is any name of the merged entity.  Columns of
 * kg_row_cb (store.h): entity, type, name, rule, score, doc. */
int kg_audit_merges(kg_store *st,
                    const char *entity,
                    kg_row_cb cb,
                    void *payload,
                    kg_err *err);

/* The database as sorted, id-free lines (documents, entities with their
 * aliases, facts with their evidence): cb(1, names, values) per line, the
 * line in values[0]. */
int kg_audit_dump(kg_store *st, kg_row_cb cb, void *payload, kg_err *err);

/* One fact involved in a lint problem; consecutive rows with first == 0
 * belong to the same problem as the row before. */
typedef struct kg_lint_row {
	const char *check, *severity,
	        *message; /* severity: error|warning|info */
	int first;
	const kg_fact_row *fact; /* the fact and its first evidence */
} kg_lint_row;
typedef int (*kg_lint_cb)(const kg_lint_row *row, void *payload);

/* Run every lint check (graph/lint.c) in the order of docs/audit.md;
 * problems of one check are ordered by message. */
int kg_audit_lint(kg_store *st, kg_lint_cb cb, void *payload, kg_err *err);

typedef struct kg_retract_counts {
	int64_t sentences, mentions, evidence, facts, entities;
} kg_retract_counts;

/* Remove one document (by name, or by doc_id when name is NULL) and
 * everything only it supported, in one transaction: its sentences,
 * mentions, evidence and merges; the facts left without evidence; the
 * entities left with no mention and no fact, with their aliases, name keys
 * and merges.  The store must be writable with no batch open.  KG_ENOTFOUND
 * for an unknown document, KG_EINVALID when the name is not unique.  On
 * failure nothing changes. */
int kg_audit_retract(kg_store *st,
                     const char *name,
                     int64_t doc_id,
                     kg_retract_counts *out,
                     kg_err *err);

typedef struct kg_split_counts {
	int64_t documents, mentions, evidence; /* moved to the new entity */
} kg_split_counts;

/* Undo a merge (graph/split.c): name, a name of the entity called entity
 * (its canonical name, else an alias of one entity only) other than its
 * canonical one, becomes an entity of its own, with the mentions and the
 * evidence of the documents that called the entity by that name (rows of
 * merges); a never-same rule (rule 'split') keeps later documents from
 * merging them again.  One transaction; the store must be writable with no
 * batch open.  KG_ENOTFOUND for an unknown entity or name, or when no
 * document merged under that name; KG_EINVALID for an ambiguous entity or
 * the canonical name.  On failure nothing changes. */
int kg_audit_split(kg_store *st,
                   const char *entity,
                   const char *name,
                   kg_split_counts *out,
                   kg_err *err);

/* Declare two names the same entity (same 1) or never the same (same 0),
 * for the documents ingested from now on (graph/names.c): rule 'user' of
 * kgraph merges.  KG_EINVALID when a name normalises to nothing or both to
 * one key.  A second declaration of a pair replaces the first. */
int kg_audit_name_rule(
        kg_store *st, const char *a, const char *b, int same, kg_err *err);

#endif
