/* cli/eval.h - scoring extracted facts against gold annotations, exactly
 * as shared/eval/score.py does (private to cli/: cmd_eval.c is its user)
 *
 * A gold file (format: shared/eval/GOLD_FORMAT.md) is loaded once; what the
 * builder stored for the same article is fed in row by row from the two
 * views entity_names and facts; eval_score adds the article's counts to a
 * running total and, on request, appends score.py's error lines.
 * eval.c holds the word normalisation, the gold loader and the system
 * tables; eval_score.c the resolver, the counts and the printing.
 */
#ifndef KG_CLI_EVAL_H
#define KG_CLI_EVAL_H

#include <stdio.h>
#include <stddef.h>

#include "kgraph/common.h"

/* The nine predicates score.py scores, in its order. */
#define EVAL_NPRED 9
/* The entity types score.py reports, in its order, DATE excluded. */
#define EVAL_NTYPE 9

typedef struct eval_totals {
	int articles; /* .txt files seen, with or without gold */
	long tp_precision[EVAL_NPRED], fp[EVAL_NPRED];
	long tp_recall[EVAL_NPRED], fn[EVAL_NPRED];
	long found[EVAL_NTYPE], lost[EVAL_NTYPE], split[EVAL_NTYPE];
} eval_totals;

/* A growable text buffer for error lines; zero-initialise it. */
typedef struct eval_buf {
	char *s;    /* NUL-terminated, or NULL while empty */
	size_t len; /* bytes used, without the NUL */
	size_t cap; /* bytes allocated */
	int failed; /* 1 once an append ran out of memory */
} eval_buf;

/* Append printf-style text; on no memory sets b->failed. */
void eval_buf_printf(eval_buf *b, const char *fmt, ...) KG_PRINTF(2, 3);
void eval_buf_free(eval_buf *b);

/* The words of one name (score.py's words()): NUL-terminated words one
 * after the other in buf. */
typedef struct eval_words {
	char *buf;
	size_t n; /* number of words */
} eval_words;

/* 1 when w is one of the words of wl. */
int eval_words_has(const eval_words *wl, const char *w);

/* ---- gold ---- */

typedef struct eval_pat {
	const char **w; /* pattern words, borrowed from the cJSON tree */
	size_t n;
} eval_pat;

typedef struct eval_gent {
	const char *key, *type; /* borrowed from the cJSON tree */
	eval_pat *pats;
	size_t npats;
} eval_gent;

typedef struct eval_gfact {
	size_t s, o;   /* indices into eval_gold.ents */
	const char *p; /* borrowed */
} eval_gfact;

typedef struct eval_gold {
	void *root; /* the parsed cJSON tree that owns the strings */
	eval_gent *ents;
	size_t nents;
	eval_gfact *facts; /* nfacts gold facts, then nopt optional ones */
	size_t nfacts, nopt;
} eval_gold;

/* Parse the gold file at path.  On failure returns -1, *out is NULL and msg
 * (cap bytes) holds a one-line reason: not JSON, a missing or mistyped
 * field, a duplicate entity, or a fact whose s or o names no entity of the
 * file.  -2 when the file cannot be read or memory runs out. */
int eval_gold_load(eval_gold **out, const char *path, char *msg, size_t cap);
void eval_gold_free(eval_gold *g);

/* ---- what the builder stored ---- */

/* A set of distinct names, each with its words. */
typedef struct eval_names {
	char **v;
	eval_words *w;
	size_t n, cap;
} eval_names;

typedef struct eval_sent {
	char *id;   /* entity_id as text; NULL for SQL NULL */
	char *type; /* upper-cased; the last row's type wins, as in score.py */
	eval_names names;
} eval_sent;

typedef struct eval_sfact {
	eval_names sn, on;   /* subject / object names incl. aliases */
	char *stype, *otype; /* upper-cased */
	char *pred;
} eval_sfact;

typedef struct eval_system {
	eval_sent *ents; /* in order of first appearance in entity_names */
	size_t nents, ecap;
	eval_sfact *facts; /* in the order of the facts view */
	size_t nfacts, fcap;
} eval_system;

/* An empty system; NULL when out of memory. */
eval_system *eval_system_new(void);
void eval_system_free(eval_system *s);

/* Add one row of entity_names (any value may be NULL).  -1 on no memory. */
int eval_system_add_name(eval_system *s,
                         const char *id,
                         const char *type,
                         const char *name);

/* Add one row of facts: subject_id, subject, subject_type, predicate,
 * object_id, object, object_type (any may be NULL).  Call after every name
 * has been added.  -1 on no memory. */
int eval_system_add_fact(eval_system *s, const char *const v[7]);

/* ---- scoring (eval_score.c) ---- */

/* Score one article into t; when errors is not NULL append score.py's
 * missed / spurious / split / no node lines to it.  -1 on no memory (t may
 * then hold part of the article's counts). */
int eval_score(eval_totals *t,
               const eval_gold *g,
               const eval_system *s,
               eval_buf *errors);

/* Precision, recall and F1 over all scored facts of t (score.py's prf). */
void eval_overall(const eval_totals *t, double *p, double *r, double *f);

/* score.py's table, or its JSON (json.dumps(..., indent=2)). */
void eval_print_table(const eval_totals *t, FILE *f);
void eval_print_json(const eval_totals *t, FILE *f);

#endif
