/* ingest/patterns.h - compiled chunk patterns (the language: patterns.c) */
#ifndef KG_INGEST_PATTERNS_H
#define KG_INGEST_PATTERNS_H

#include <stddef.h>
#include <stdint.h>

#include "ingest_int.h"

enum { KG_SLOT_S, KG_SLOT_O, KG_SLOT_E, KG_SLOT_D, KG_NSLOTS };
#define KG_SLOT_MAX 16 /* entities one slot can capture */

struct kg_pattern;

/* What a match captured: entity indexes (for D: date indexes) per slot,
 * and the chunk range [c0, c1) it covered. */
struct kg_match {
	long ids[KG_NSLOTS][KG_SLOT_MAX];
	size_t n[KG_NSLOTS];
	size_t c0, c1;
};

/* Compile src; KG_EINVALID for a malformed pattern.  *out NULL on failure. */
int kg_pattern_compile(struct kg_pattern **out, const char *src);
void kg_pattern_free(struct kg_pattern *p);

/* A chain of places from chunk c: "the city of Hiroshima in Hiroshima
 * Prefecture", "X, Y", "the South Lawn of the White House", "Samoa's
 * capital Apia".  Up to max entity indexes go to ids, their number to *n;
 * returns the chunk after the last place (c when there is none). */
size_t kg_pattern_places(const struct kg_ingest *ing,
                         size_t c,
                         long *ids,
                         size_t max,
                         size_t *n);

/* What a sentence's chunks offer, for a quick test before matching: the
 * entity types (bit KG_T_COUNT: a title), the word classes, and a Bloom
 * set of the first words of its words and marks. */
#define KG_MASK_WORDS 8
struct kg_sentence_mask {
	unsigned types;
	unsigned wflags;
	uint64_t words[KG_MASK_WORDS];
};

/* Fill s, and bits[c] for each chunk c: what kg_pattern_start is tested
 * against at that chunk.  Returns the union of the bits. */
uint64_t kg_pattern_mask(const struct kg_ingest *ing,
                         struct kg_sentence_mask *s,
                         uint64_t *bits);

/* 0 when p cannot match a sentence with mask s (an element it needs has
 * nothing to match), 1 when it may. */
int kg_pattern_possible(const struct kg_pattern *p,
                        const struct kg_sentence_mask *s);

/* A quick test of where p may start: kg_pattern_start(p) & the chunk's
 * bits is 0 when p cannot match from that chunk (its first element needs
 * an entity, a word class or a first word the chunk does not have); all
 * bits when p may start anywhere. */
uint64_t kg_pattern_start(const struct kg_pattern *p);

/* The bits of kg_sentence_mask.words, one of which a sentence must have for
 * p to match there (the first words of a literal p needs), in bits[0..n);
 * returns n, 0 when p has no such literal or it has more than max. */
size_t
kg_pattern_anchor(const struct kg_pattern *p, unsigned *bits, size_t max);

/* Match p against ing->chunks starting exactly at chunk c.  Returns 1 and
 * fills *m on a match, 0 otherwise. */
int kg_pattern_match(const struct kg_pattern *p,
                     const struct kg_ingest *ing,
                     size_t c,
                     struct kg_match *m);

#endif
