/* schema/lexicon_impl.h - internals shared by lexicon.c (the phrase table)
 * and lexicon_load.c (the JSON loader); not a public header
 */
#ifndef KGRAPH_LEXICON_IMPL_H
#define KGRAPH_LEXICON_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "kgraph/lexicon.h"

/* Longest normalised phrase in bytes, NUL included: a data phrase that does
 * not fit is a load error, a lookup that does not fit finds nothing. */
#define KG_LEX_PHRASE_CAP 128

/* One key of the open-addressing table: a normalised phrase and its
 * entries in load order (countries, places, orgs, offices, treaties,
 * events, words).  32 bytes, and the array is aligned to 64, so reading a
 * slot is one cache line; its hash is not kept (kg_lexicon.tags has 16 bits
 * of it, and growing the table hashes the keys again). */
struct kg_lex_slot {
	const char *key;       /* phrase in the string arena; NULL: empty */
	kg_lex_entry *entries; /* malloc'd, n of them */
	uint32_t n, cap;       /* entries used / allocated */
	uint8_t len;           /* strlen(key), < KG_LEX_PHRASE_CAP */
	uint8_t more;          /* a longer key starts with this one (a key
	                          may exist only for this, with n == 0) */
};

struct kg_lex_block; /* a chunk of the string arena */

/* The tag of a key with hash h in kg_lexicon.tags: 16 bits of the hash
 * that do not pick the slot, never 0 (0 marks an empty slot). */
#define KG_LEX_TAG(h) ((uint16_t)(((h) >> 48) | 1u))

struct kg_lexicon {
	struct kg_lex_slot *slots;    /* cap slots, cap a power of two */
	uint16_t *tags;               /* cap tags beside them: KG_LEX_TAG of
	                                 the slot's hash, 0 when empty.  A
	                                 lookup probes these 2-byte tags and
	                                 reads a slot only when the tag
	                                 matches, so a miss (most lookups)
	                                 touches one small array that stays
	                                 in cache. */
	size_t cap;                   /* slots allocated */
	size_t used;                  /* keys stored, <= cap / 2 */
	size_t max_words;             /* words in the longest key */
	struct kg_lex_block *strings; /* canon/parent/key storage */
	char version[17];             /* 16 hex digits + NUL */
};

uint64_t kg_lexicon__fnv(uint64_t h, const void *data, size_t n);
#define KG_LEX_FNV_INIT 0xcbf29ce484222325ull
#define KG_LEX_FNV_PRIME 0x100000001b3ull

/* An empty lexicon, or NULL when out of memory. */
kg_lexicon *kg_lexicon__new(void);

/* Copy s into the lexicon's string arena.  Returns NULL when out of
 * memory; s NULL gives NULL. */
const char *kg_lexicon__strdup(kg_lexicon *lx, const char *s);

/* Add e under the normalised phrase key (len bytes, 0 < len <
 * KG_LEX_PHRASE_CAP).  e->canon and e->parent must already live in the
 * arena.  A WORD entry merges its flags (and month) into the key's WORD
 * entry; an entry equal to one already there is dropped.  Returns KG_OK or
 * KG_ENOMEM (lx unchanged). */
int kg_lexicon__add(kg_lexicon *lx,
                    const char *key,
                    size_t len,
                    const kg_lex_entry *e);

#endif
