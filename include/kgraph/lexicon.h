/* include/kgraph/lexicon.h - the lexicon: places, organisations, offices,
 * treaties, event nouns and word classes, loaded from JSON data
 *
 * The data lives in schema/lexicon/ *.json (format: docs/lexicon.md) and is
 * compiled into the binary; kg_lexicon_load_dir reads the same files from a
 * folder instead.  Lookups dominate (every token position of every document
 * probes it), hence one hash table keyed by normalised phrase.
 */
#ifndef KGRAPH_LEXICON_H
#define KGRAPH_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include "common.h"
#include "schema.h"

typedef struct kg_lexicon kg_lexicon;

typedef enum kg_lex_kind {
	KG_LEX_NAME,       /* a named thing: place, org, facility, treaty */
	KG_LEX_DEMONYM,    /* "German": refers to the place in .parent */
	KG_LEX_TITLE,      /* an office title: "prime minister", "pm" */
	KG_LEX_EVENT_NOUN, /* "summit", "talks", "meeting", "visit" */
	KG_LEX_WORD        /* a function word; .flags holds its classes */
} kg_lex_kind;

/* Word classes (bits of kg_lex_entry.flags for KG_LEX_WORD entries; one
 * phrase may have several). */
enum {
	KG_W_ATTEND = 1u << 0,     /* attend, took part in, participated in */
	KG_W_MEET = 1u << 1,       /* met, met with, held talks with */
	KG_W_HOST = 1u << 2,       /* hosted, welcomed, received */
	KG_W_VISIT = 1u << 3,      /* visited, travelled to, arrived in */
	KG_W_PLANNED = 1u << 4,    /* will, is scheduled to, is expected to */
	KG_W_HEDGE = 1u << 5,      /* reportedly, might, may, could */
	KG_W_NEGATION = 1u << 6,   /* not, never, did not, declined to */
	KG_W_FORMER = 1u << 7,     /* former, ex-, then-, late, outgoing */
	KG_W_INCOMING = 1u << 8,   /* incoming, -elect, designate */
	KG_W_ACTING = 1u << 9,     /* acting, interim */
	KG_W_HONORIFIC = 1u << 10, /* Mr, Mrs, Ms, Dr, Sir */
	KG_W_MONTH = 1u << 11,     /* January .. December, Jan, Sept */
	KG_W_WEEKDAY = 1u << 12,   /* Monday .. Sunday */
	KG_W_NOT_NAME = 1u << 13,  /* capitalised but never a name: The, But */
	KG_W_SIGN = 1u << 14,      /* signed, ratified */
	KG_W_JOIN = 1u << 15,      /* joined, acceded to, member of */
	KG_W_INVOKE = 1u << 16,    /* invoke, cite, mirroring, modelled on */
	KG_W_RELATIVE = 1u << 17   /* last, next, this, previous */
};

typedef struct kg_lex_entry {
	kg_lex_kind kind;
	kg_type type;       /* entity type for NAME; KG_T_GPE for DEMONYM;
	                       KG_T_OFFICE for TITLE; KG_T_EVENT for
	                       EVENT_NOUN; unused for WORD */
	const char *canon;  /* canonical name: "Germany", "Prime Minister",
	                       "NATO", "summit"; for WORD the lemma */
	const char *parent; /* NAME: the containing place ("Alaska" ->
	                       "United States") or NULL; DEMONYM: the place it
	                       names ("German" -> "Germany"); TITLE: NULL */
	unsigned flags;     /* KG_W_* bits for WORD; 0 otherwise */
	int month;          /* KG_W_MONTH: 1..12; KG_W_WEEKDAY: 1 (Mon)..7 */
} kg_lex_entry;

/* Load the compiled-in lexicon.  On failure *out is NULL. */
int kg_lexicon_load_builtin(kg_lexicon **out, kg_err *err);

/* Load the lexicon from the *.json files of dir (the same file names as
 * schema/lexicon/; a file missing from dir is taken from the builtin copy).
 * A malformed file fails with KG_EINVALID and a message naming the file,
 * line and column.  On failure *out is NULL. */
int kg_lexicon_load_dir(kg_lexicon **out, const char *dir, kg_err *err);

/* Free lx and all its entries.  Accepts NULL. */
void kg_lexicon_free(kg_lexicon *lx);

/* Look up the phrase made of the n normalised words (see kg_norm; each word
 * is one token such as "prime", "minister").  Returns the number of entries
 * and points *out at them (valid until kg_lexicon_free); 0 when none. */
size_t kg_lexicon_lookup(const kg_lexicon *lx,
                         const char *const *words,
                         size_t n,
                         const kg_lex_entry **out);

/* Same as kg_lexicon_lookup; *more is set to 1 when some longer phrase
 * starts with these words, 0 when no longer phrase can match (so a
 * scanner can stop extending). */
size_t kg_lexicon_lookup_more(const kg_lexicon *lx,
                              const char *const *words,
                              size_t n,
                              const kg_lex_entry **out,
                              int *more);

/* A phrase looked up one word at a time (kg_lexicon_next): each step hashes
 * only the new word, continuing from the words before, and compares bytes
 * only for a hit.  It is a plain value: start from KG_LEX_CURSOR_INIT (all
 * zero), and copy it to try two different next words after the same words.
 * The fields are private to schema/lexicon.c. */
typedef struct kg_lex_cursor {
	uint64_t hash;  /* FNV-1a 64 of the words so far, space-joined
	                   (not set while n is 0) */
	const void *at; /* the table slot of them (private); NULL: none */
	size_t len;     /* their length in bytes, joined */
	size_t n;       /* words so far */
} kg_lex_cursor;
#define KG_LEX_CURSOR_INIT ((kg_lex_cursor){ 0 })

/* Add word (normalised, NUL-terminated) to the words of c and look the phrase
 * up: the same result, *out and *more (more may be NULL) as
 * kg_lexicon_lookup_more with all the words so far, at the cost of hashing
 * one word.  c is advanced even when nothing is found; once *more was 0 no
 * longer phrase can be found through c.  Valid while lx is. */
size_t kg_lexicon_next(const kg_lexicon *lx,
                       kg_lex_cursor *c,
                       const char *word,
                       const kg_lex_entry **out,
                       int *more);

/* The result of the last kg_lexicon_next on c again (*out and *more as it
 * gave them; more may be NULL), without looking anything up: a cursor kept
 * from an earlier lookup answers for free.  0 and NULL for a cursor that
 * was never advanced. */
size_t
kg_lexicon_found(const kg_lex_cursor *c, const kg_lex_entry **out, int *more);

/* Same, with the phrase given as one normalised string of words separated by
 * single spaces ("prime minister"). */
size_t kg_lexicon_lookup_str(const kg_lexicon *lx,
                             const char *phrase,
                             const kg_lex_entry **out);

/* The longest phrase, in words, of any entry: lookups never need more. */
size_t kg_lexicon_max_words(const kg_lexicon *lx);

/* A short hex digest of the lexicon data, recorded with every fact so a
 * database says which lexicon made it.  Valid until kg_lexicon_free. */
const char *kg_lexicon_version(const kg_lexicon *lx);

#endif
