/* ingest/patterns.c - a small pattern language over a sentence's chunks
 *
 * A pattern is a string of space-separated elements, compiled once:
 *   PER ORG GPE LOC FAC EVT TRE ART DATE OFF   a chunk of that kind
 *   PER|ORG, PLACE (GPE|LOC|FAC), PARTY (PER|ORG), ACTOR (PER|ORG|GPE)
 *   X+        a coordinated list: "A, B and C" (titles before names skipped)
 *   PLACES    a chain of places: "at X in Y, Z", "X of the Y", "Y's capital
 *             Z" ("the city of" skipped)
 *   w:meet    a word of that lexicon class (attend meet host visit planned
 *             hedge negation former incoming acting join invoke sign)
 *   'a|b c'   literal words, alternatives separated by |
 *   , ( ) ;   punctuation
 *   ~  ~N ~~  a gap: up to 6 (or N) words or dates / up to 30 chunks of
 *             anything but a person, an event or a semicolon
 *   ~*        a gap of up to 30 chunks of anything but a semicolon
 *   S= O= E= D=   capture into a slot;  a trailing ? makes it optional
 * Matching backtracks; each rule's action (rules.c) turns the captures into
 * facts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "patterns.h"

enum el_kind { EL_ENT, EL_WORD, EL_LIT, EL_GAP, EL_PLACES };

struct element {
	int kind;       /* enum el_kind */
	unsigned types; /* EL_ENT: bit per kg_type; bit KG_T_COUNT = title */
	unsigned wflag; /* EL_WORD */
	char **alts;    /* EL_LIT: alternatives, each "w1 w2" */
	size_t nalts;
	unsigned char first[32]; /* EL_LIT: bit per first byte of an alt */
	int empty_alt;           /* EL_LIT: an alternative is "" */
	int list;                /* X+ */
	int optional;            /* X? */
	int slot;                /* capture slot or -1 */
	int longgap;             /* ~~ */
	int gapmax;              /* ~N: at most N words or dates */
};

/* What one element needs of a sentence to match in it (kg_pattern_possible):
 * an entity type, a word class or one of the first words in words. */
struct need {
	unsigned types;
	unsigned char nw;                /* words of the mask it tests */
	unsigned char wi[KG_MASK_WORDS]; /* their indexes */
	uint64_t wm[KG_MASK_WORDS];      /* and their bits */
};

/* kg_pattern_possible runs for some 60 rules a sentence and reads only
 * types, wflags and the needs: they come first, and the needs live in the
 * same allocation, so a rule costs one or two cache lines, not three
 * scattered ones. */
struct kg_pattern {
	unsigned types;  /* entity types it needs, each of them */
	unsigned wflags; /* word classes it needs, each of them */
	size_t nneeds;
	uint64_t start; /* kg_pattern_start */
	struct element *els;
	size_t nels;
	struct need needs[]; /* the other elements that must match (room
	                        for one per element) */
};

#define TITLE_BIT (1u << KG_T_COUNT)

static const struct {
	const char *name;
	unsigned types;
} classes[] = { { "PER", 1u << KG_T_PERSON },
	        { "ORG", 1u << KG_T_ORG },
	        { "GPE", 1u << KG_T_GPE },
	        { "LOC", 1u << KG_T_LOC },
	        { "FAC", 1u << KG_T_FACILITY },
	        { "EVT", 1u << KG_T_EVENT },
	        { "TRE", 1u << KG_T_TREATY },
	        { "ART", 1u << KG_T_ARTICLE },
	        { "DATE", 1u << KG_T_DATE },
	        { "OFF", TITLE_BIT },
	        { "PLACE",
	          (1u << KG_T_GPE) | (1u << KG_T_LOC) | (1u << KG_T_FACILITY) },
	        { "PARTY", (1u << KG_T_PERSON) | (1u << KG_T_ORG) },
	        { "ACTOR",
	          (1u << KG_T_PERSON) | (1u << KG_T_ORG) | (1u << KG_T_GPE) },
	        { NULL, 0 } };

static const struct {
	const char *name;
	unsigned flag;
} wclasses[] = { { "attend", KG_W_ATTEND },     { "meet", KG_W_MEET },
	         { "host", KG_W_HOST },         { "visit", KG_W_VISIT },
	         { "planned", KG_W_PLANNED },   { "hedge", KG_W_HEDGE },
	         { "negation", KG_W_NEGATION }, { "former", KG_W_FORMER },
	         { "incoming", KG_W_INCOMING }, { "acting", KG_W_ACTING },
	         { "join", KG_W_JOIN },         { "invoke", KG_W_INVOKE },
	         { "sign", KG_W_SIGN },         { NULL, 0 } };

static int slot_of(char c)
{
	switch (c) {
	case 'S':
		return KG_SLOT_S;
	case 'O':
		return KG_SLOT_O;
	case 'E':
		return KG_SLOT_E;
	case 'D':
		return KG_SLOT_D;
	default:
		return -1;
	}
}

/* A copy of s[0..n) with each hyphen inside a word set apart as a word of
 * its own, as the tokeniser splits it: 'co-chaired' matches the chunks
 * "co" "-" "chaired".  NULL when out of memory. */
static char *hyphens_apart(const char *s, size_t n)
{
	char *out = malloc(3 * n + 1), *o = out;

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-' && i > 0 && i + 1 < n && s[i - 1] != ' ' &&
		    s[i + 1] != ' ') {
			memcpy(o, " - ", 3);
			o += 3;
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	return out;
}

static int parse_lit(struct element *el, const char *s, size_t n)
{
	size_t a = 0, b;

	el->kind = EL_LIT;
	while (a <= n) {
		char **na;

		for (b = a; b < n && s[b] != '|';)
			b++;
		na = realloc(el->alts, (el->nalts + 1) * sizeof(*na));
		if (na == NULL)
			return KG_ENOMEM;
		el->alts = na;
		el->alts[el->nalts] = hyphens_apart(s + a, b - a);
		if (el->alts[el->nalts++] == NULL)
			return KG_ENOMEM;
		el->empty_alt |= b == a;
		if (b > a)
			el->first[(unsigned char)s[a] >> 3] |=
			        (unsigned char)(1u
			                        << ((unsigned char)s[a] & 7));
		a = b + 1;
	}
	return KG_OK;
}

/* Parse one element s[0..n); KG_EINVALID when it is not one. */
static int parse_el(struct element *el, const char *s, size_t n)
{
	size_t i;

	memset(el, 0, sizeof(*el));
	el->slot = -1;
	if (n > 2 && s[1] == '=' && slot_of(s[0]) >= 0) {
		el->slot = slot_of(s[0]);
		s += 2, n -= 2;
	}
	if (n > 1 && s[n - 1] == '?')
		el->optional = 1, n--;
	if (n > 1 && s[n - 1] == '+')
		el->list = 1, n--;
	if (n == 1 && s[0] == '~')
		return el->kind = EL_GAP, el->gapmax = 6, KG_OK;
	if (n == 2 && s[0] == '~' && s[1] >= '1' && s[1] <= '9')
		return el->kind = EL_GAP, el->gapmax = s[1] - '0', KG_OK;
	if (n == 2 && s[0] == '~' && s[1] == '*')
		return el->kind = EL_GAP, el->longgap = 2, KG_OK;
	if (n == 2 && s[0] == '~' && s[1] == '~')
		return el->kind = EL_GAP, el->longgap = 1, KG_OK;
	if (n == 6 && !memcmp(s, "PLACES", 6))
		return el->kind = EL_PLACES, KG_OK;
	if (n == 2 && s[0] == '\'' && s[1] == 's')
		return parse_lit(el, s, 2); /* the possessive */
	if (n >= 2 && s[0] == '\'' && s[n - 1] == '\'')
		return parse_lit(el, s + 1, n - 2);
	if (n == 1 && strchr(",();:", s[0]))
		return parse_lit(el, s, 1);
	if (n > 2 && s[0] == 'w' && s[1] == ':') {
		for (i = 0; wclasses[i].name; i++)
			if (strlen(wclasses[i].name) == n - 2 &&
			    !memcmp(wclasses[i].name, s + 2, n - 2))
				return el->kind = EL_WORD,
				       el->wflag = wclasses[i].flag, KG_OK;
		return KG_EINVALID;
	}
	el->kind = EL_ENT;
	while (n) {
		size_t m = 0;

		while (m < n && s[m] != '|')
			m++;
		for (i = 0; classes[i].name; i++)
			if (strlen(classes[i].name) == m &&
			    !memcmp(classes[i].name, s, m))
				break;
		if (!classes[i].name)
			return KG_EINVALID;
		el->types |= classes[i].types;
		s += m, n -= m;
		if (n)
			s++, n--;
	}
	return KG_OK;
}

/* A word's bucket in the masks: FNV-1a of s up to its first space.  A
 * literal matches from a chunk only when the chunk's text and the
 * alternative begin with the same word (lit_at), so the first words
 * stand for both. */
static uint64_t first_word_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (; *s && *s != ' '; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ull;
	}
	return h;
}

#define MASK_BIT(h) ((h) & (KG_MASK_WORDS * 64 - 1))

/* Bits of kg_pattern_start and of the chunks' start bits: the word
 * classes (KG_W_*, 18 bits), one for an entity, title or date, and 32
 * for the first word of a word or mark (a hash bucket). */
#define START_ENT ((uint64_t)1 << 31)
#define START_WORD(h) ((uint64_t)1 << (32 + (((h) >> 9) & 31)))

/* Where element el may start: all bits when it cannot say. */
static uint64_t el_start(const struct element *el)
{
	uint64_t bits = 0;
	size_t i;

	switch (el->kind) {
	case EL_ENT:
		/* an optional person may begin at a role word ("the coach,
		 * X"), which the kind test of kg_pattern_match lets through
		 * only for an element that must match */
		if (el->optional && (el->types & (1u << KG_T_PERSON)))
			return ~(uint64_t)0;
		return START_ENT;
	case EL_WORD:
		return el->wflag;
	case EL_LIT:
		if (el->empty_alt)
			return ~(uint64_t)0;
		for (i = 0; i < el->nalts; i++)
			bits |= START_WORD(first_word_hash(el->alts[i]));
		return bits;
	default:
		return ~(uint64_t)0;
	}
}

/* The union of the starts of the leading optional elements and of the
 * first element that must match. */
static uint64_t start_bits(const struct kg_pattern *p)
{
	uint64_t bits = 0;
	size_t e;

	for (e = 0; e < p->nels; e++) {
		bits |= el_start(&p->els[e]);
		if (!p->els[e].optional)
			return bits;
	}
	return ~(uint64_t)0;
}

static int one_bit(unsigned x)
{
	return x && !(x & (x - 1));
}

/* What p needs of a sentence: the types and word classes that each have
 * an element of their own, and p->needs for the others (literals, and
 * elements of one of several types).  p (its elements parsed, no needs)
 * moves into a block with room for them: returns it, or NULL when out of
 * memory (p unchanged). */
static struct kg_pattern *compile_needs(struct kg_pattern *p)
{
	struct kg_pattern *q =
	        calloc(1, sizeof(*q) + p->nels * sizeof(q->needs[0]));
	size_t e, i;

	if (q == NULL)
		return NULL;
	*q = *p;
	free(p);
	p = q;
	for (e = 0; e < p->nels; e++) {
		const struct element *el = &p->els[e];
		struct need *nd = &p->needs[p->nneeds];
		uint64_t words[KG_MASK_WORDS] = { 0 };

		if (el->optional)
			continue;
		switch (el->kind) {
		case EL_ENT:
			if (one_bit(el->types))
				p->types |= el->types;
			else
				nd->types = el->types, p->nneeds++;
			break;
		case EL_PLACES:
			nd->types = (1u << KG_T_GPE) | (1u << KG_T_LOC) |
			            (1u << KG_T_FACILITY);
			p->nneeds++;
			break;
		case EL_WORD:
			p->wflags |= el->wflag;
			break;
		case EL_LIT:
			if (el->empty_alt)
				break; /* matches nothing */
			for (i = 0; i < el->nalts; i++) {
				uint64_t b =
				        MASK_BIT(first_word_hash(el->alts[i]));

				words[b >> 6] |= (uint64_t)1 << (b & 63);
			}
			for (i = 0; i < KG_MASK_WORDS; i++)
				if (words[i]) {
					nd->wi[nd->nw] = (unsigned char)i;
					nd->wm[nd->nw++] = words[i];
				}
			p->nneeds++;
			break;
		default:
			break; /* a gap */
		}
	}
	return p;
}

void kg_pattern_free(struct kg_pattern *p)
{
	size_t i, j;

	if (p == NULL)
		return;
	for (i = 0; i < p->nels; i++) {
		for (j = 0; j < p->els[i].nalts; j++)
			free(p->els[i].alts[j]);
		free(p->els[i].alts);
	}
	free(p->els);
	free(p);
}

int kg_pattern_compile(struct kg_pattern **out, const char *src)
{
	struct kg_pattern *p = calloc(1, sizeof(*p)), *full;
	const char *s = src;

	*out = NULL;
	if (p == NULL)
		return KG_ENOMEM;
	while (*s) {
		size_t n = 0;
		struct element *ne;
		int rc;

		while (*s == ' ')
			s++;
		if (!*s)
			break;
		if (s[0] == '\'' && s[1] == 's' &&
		    (s[2] == ' ' || s[2] == '?' || s[2] == '\0')) {
			while (s[n] && s[n] != ' ')
				n++; /* the possessive 's */
		} else if (*s == '\'' || (s[1] == '=' && s[2] == '\'')) {
			const char *q = strchr(s + (*s == '\'' ? 1 : 3), '\'');

			n = q ? (size_t)(q - s) + 1 : strlen(s);
			while (s[n] && s[n] != ' ')
				n++;
		} else {
			while (s[n] && s[n] != ' ')
				n++;
		}
		ne = realloc(p->els, (p->nels + 1) * sizeof(*ne));
		if (ne == NULL) {
			kg_pattern_free(p);
			return KG_ENOMEM;
		}
		p->els = ne;
		rc = parse_el(&p->els[p->nels], s, n);
		p->nels++;
		if (rc) {
			kg_pattern_free(p);
			return rc;
		}
		s += n;
	}
	if ((full = compile_needs(p)) == NULL) {
		kg_pattern_free(p);
		return KG_ENOMEM;
	}
	p = full;
	p->start = start_bits(p);
	*out = p;
	return KG_OK;
}

/* ---- matching ---- */

struct mstate {
	const struct kg_pattern *p;
	const struct kg_ingest *ing;
	struct kg_match *m;
};

static int match_from(struct mstate *st, size_t e, size_t c);

/* Does w begin a subordinate clause ("that", "whether", "if", "because",
 * "although")?  Asked at every chunk of a long gap: one strcmp at most. */
static int clause_word(const char *w)
{
	switch (w[0]) {
	case 't':
		return !strcmp(w, "that");
	case 'w':
		return !strcmp(w, "whether");
	case 'i':
		return !strcmp(w, "if");
	case 'b':
		return !strcmp(w, "because");
	case 'a':
		return !strcmp(w, "although");
	default:
		return 0;
	}
}

/* Dashes and quotes, which a short gap may step over ("we—A, B—met"). */
static int soft_punct(const struct chunk *ch)
{
	unsigned char c = (unsigned char)ch->norm[0];

	return ch->kind == CH_PUNCT &&
	       (c == '-' || c == '"' || c >= 0x80 || !strcmp(ch->norm, "'s"));
}

static int chunk_is(const struct kg_ingest *ing, size_t c, const char *w)
{
	const struct chunk *ch = &ing->chunks[c];

	return c < ing->nchunks &&
	       (ch->kind == CH_WORD || ch->kind == CH_PUNCT) &&
	       ch->norm[0] == w[0] && strcmp(ch->norm, w) == 0;
}

/* Can a literal element start at chunk c: a word or mark whose first
 * byte begins one of its alternatives?  (Most chunks fail here.) */
static int
lit_may_start(const struct kg_ingest *ing, const struct element *el, size_t c)
{
	const struct chunk *ch = &ing->chunks[c];
	unsigned char b;

	if (c >= ing->nchunks || (ch->kind != CH_WORD && ch->kind != CH_PUNCT))
		return 0;
	b = (unsigned char)ch->norm[0];
	return (el->first[b >> 3] >> (b & 7)) & 1;
}

/* Does literal alternative alt match chunks from c?  Returns the number of
 * chunks used (0 = no).  "took part in" may be one chunk or three. */
static size_t lit_at(const struct kg_ingest *ing, size_t c, const char *alt)
{
	size_t used = 0, pos = 0;

	/* the words are short: compared byte by byte, without strlen or
	 * memcmp calls (alt's NUL ends a comparison like any other
	 * mismatch) */
	while (alt[pos] && c + used < ing->nchunks) {
		const struct chunk *ch = &ing->chunks[c + used];
		const char *w = ch->norm;
		size_t n;

		if (ch->kind != CH_WORD && ch->kind != CH_PUNCT)
			return 0;
		/* "will also join" reads as "will join" */
		if (pos > 0 && w[0] == 'a' && !strcmp(w, "also")) {
			used++;
			continue;
		}
		for (n = 0; w[n]; n++)
			if (alt[pos + n] != w[n])
				return 0;
		if (n == 0 || (alt[pos + n] && alt[pos + n] != ' '))
			return 0;
		pos += n + (alt[pos + n] != '\0');
		used++;
	}
	return alt[pos] ? 0 : used;
}

/* One entity element at chunk c; returns chunks used, 0 = no.  A title
 * whose holder is the next chunk is stepped over ("German Chancellor
 * Friedrich Merz" is Merz). */
static int quote_at(const struct kg_ingest *ing, size_t c)
{
	const char *n = ing->chunks[c].norm;

	/* (the first byte rules out most marks without a call) */
	return ing->chunks[c].kind == CH_PUNCT &&
	       (n[0] == '\'' || n[0] == '"' || (unsigned char)n[0] == 0xe2) &&
	       (!strcmp(n, "'") || !strcmp(n, "\"") || !strcmp(n, "\u2018") ||
	        !strcmp(n, "\u2019") || !strcmp(n, "\u201c") ||
	        !strcmp(n, "\u201d"));
}

/* Chunks to step over before a person: "the" and up to three words or
 * names ending in a role noun, and a comma ("the France football coach,
 * Didier Deschamps"); 0 when there is no role there. */
static size_t role_before(const struct kg_ingest *ing, size_t c)
{
	size_t k = c, j;

	/* a role begins with "the" or a word: most calls start at a name */
	if (c >= ing->nchunks || ing->chunks[c].kind != CH_WORD)
		return 0;
	if (chunk_is(ing, k, "the"))
		k++;
	for (j = k; j < k + 4 && j + 1 < ing->nchunks; j++) {
		const struct chunk *ch = &ing->chunks[j];

		if (ch->kind == CH_WORD && kg_ingest__is_role(ch->norm)) {
			if (chunk_is(ing, j + 1, ","))
				j++;
			/* "cricket legend Sir Garfield Sobers" */
			if (j + 2 < ing->nchunks &&
			    ing->chunks[j + 1].kind == CH_WORD &&
			    (ing->chunks[j + 1].wflags & KG_W_HONORIFIC))
				j++;
			ch = &ing->chunks[j + 1];
			if (j + 1 < ing->nchunks && ch->kind == CH_ENT &&
			    ch->type == KG_T_PERSON)
				return j + 1 - c;
			return 0;
		}
		if ((ch->kind != CH_WORD && ch->kind != CH_ENT) ||
		    chunk_is(ing, j, "and") || chunk_is(ing, j, "or"))
			return 0;
	}
	return 0;
}

static int relation_at(const struct kg_ingest *ing, size_t j);

/* The chunk after up to three honorifics from chunk c ("His Highness
 * Sheikh"), never the last chunk; c when there are none. */
static size_t past_honorifics(const struct kg_ingest *ing, size_t c)
{
	size_t k = c;

	while (k < c + 3 && k + 1 < ing->nchunks &&
	       ing->chunks[k].kind == CH_WORD &&
	       (ing->chunks[k].wflags & KG_W_HONORIFIC))
		k++;
	return k;
}

static size_t ent_at(const struct kg_ingest *ing,
                     const struct element *el,
                     size_t c,
                     long *id)
{
	const struct chunk *ch;
	size_t used = 0, role = 0;

	if (c >= ing->nchunks)
		return 0;
	if ((el->types & (1u << KG_T_PERSON)) &&
	    (role = role_before(ing, c)) > 0)
		c += role;
	/* "His Majesty King Charles III": honorifics before a title */
	if (el->types & (1u << KG_T_PERSON)) {
		size_t k = past_honorifics(ing, c);

		if (k > c && ing->chunks[k].kind == CH_TITLE &&
		    ing->chunks[k].holder >= 0)
			role += k - c, c = k;
	}
	ch = &ing->chunks[c];
	if (ch->kind == CH_TITLE && (el->types & TITLE_BIT) && ch->holder < 0) {
		*id = ch->ent;
		return role + 1;
	}
	/* a title and its holder after a comma ("its acting president,
	 * Mohammad Mokhber") even when the title found no holder */
	while (ch->kind == CH_TITLE &&
	       ((ch->holder >= 0 && c + used + 1 < ing->nchunks) ||
	        (c + used + 2 < ing->nchunks &&
	         chunk_is(ing, c + used + 1, ",") &&
	         ing->chunks[c + used + 2].kind == CH_ENT &&
	         ing->chunks[c + used + 2].type == KG_T_PERSON))) {
		long holder = ch->holder >= 0 ? ch->holder
		                              : ing->chunks[c + used + 2].ent;

		used++;
		ch = &ing->chunks[c + used];
		/* "Qatar's Emir Sheikh Tamim": the honorific between */
		if (ch->kind == CH_WORD && (ch->wflags & KG_W_HONORIFIC) &&
		    c + used + 1 < ing->nchunks &&
		    ing->chunks[c + used + 1].kind == CH_ENT &&
		    ing->chunks[c + used + 1].ent == holder) {
			used++;
			ch = &ing->chunks[c + used];
		}
		/* "the Indian Prime Minister, Narendra Modi", "the
		 * President ..., Mr. Joe Biden" */
		if (chunk_is(ing, c + used, ",")) {
			size_t h = c + used + 1;

			if (h + 1 < ing->nchunks &&
			    ing->chunks[h].kind == CH_WORD &&
			    (ing->chunks[h].wflags & KG_W_HONORIFIC))
				h++;
			if (h < ing->nchunks && ing->chunks[h].kind == CH_ENT &&
			    ing->chunks[h].ent == holder) {
				used = h - c;
				ch = &ing->chunks[h];
			}
		}
	}
	if (ch->kind == CH_DATE && (el->types & (1u << KG_T_DATE))) {
		*id = ch->date;
		return role + used + 1;
	}
	/* "Mr Kihara, Mr Marles and Mr Teodoro", "His Highness Sheikh
	 * Tamim" */
	if (ch->kind == CH_WORD && (ch->wflags & KG_W_HONORIFIC) &&
	    (el->types & (1u << KG_T_PERSON))) {
		size_t k = past_honorifics(ing, c + used);

		if (ing->chunks[k].kind == CH_ENT &&
		    ing->chunks[k].type == KG_T_PERSON) {
			used = k - c;
			ch = &ing->chunks[k];
		}
	}
	/* "Mercedes-Benz chief executive Ola Kallenius": the organisation
	 * before a title and its holder */
	if (ch->kind == CH_ENT && (el->types & (1u << KG_T_PERSON)) &&
	    (ch->type == KG_T_GPE || ch->type == KG_T_ORG) &&
	    c + used + 2 < ing->nchunks &&
	    ing->chunks[c + used + 1].kind == CH_TITLE &&
	    ing->chunks[c + used + 1].holder >= 0 &&
	    ing->chunks[c + used + 2].kind == CH_ENT &&
	    ing->chunks[c + used + 2].ent == ing->chunks[c + used + 1].holder) {
		used += 2;
		ch = &ing->chunks[c + used];
	}
	/* "Thailand's Anutin Charnvirakul", "Ghana's outgoing leader Nana
	 * Akufo-Addo" are the person */
	if (ch->kind == CH_ENT && (el->types & (1u << KG_T_PERSON)) &&
	    (ch->type == KG_T_GPE || ch->type == KG_T_ORG) &&
	    c + used + 2 < ing->nchunks && chunk_is(ing, c + used + 1, "'s")) {
		size_t k = c + used + 2;

		while (k < c + used + 4 && k + 1 < ing->nchunks &&
		       ing->chunks[k].kind == CH_WORD &&
		       !chunk_is(ing, k, "and") && !chunk_is(ing, k, "or"))
			k++;
		/* "Paraguay's outgoing president, Mario Abdo Benitez" */
		if (k + 2 < ing->nchunks && ing->chunks[k].kind == CH_TITLE &&
		    chunk_is(ing, k + 1, ",") &&
		    ing->chunks[k + 2].kind == CH_ENT &&
		    ing->chunks[k + 2].type == KG_T_PERSON)
			k += 2;
		if (ing->chunks[k].kind == CH_ENT &&
		    ing->chunks[k].type == KG_T_PERSON) {
			used = k - c;
			ch = &ing->chunks[k];
		}
	}
	/* "Geingob's widow, Monica Geingos": the widow (a name once alone
	 * may not be a person's yet) */
	if (((ch->kind == CH_ENT && ch->type == KG_T_PERSON) ||
	     (ch->kind == CH_WORD && (ing->toks[ch->t0].flags & TF_CAP))) &&
	    (el->types & (1u << KG_T_PERSON)) &&
	    chunk_is(ing, c + used + 1, "'s") &&
	    relation_at(ing, c + used + 2)) {
		size_t k = c + used + 3;

		if (chunk_is(ing, k, ","))
			k++;
		if (k < ing->nchunks && ing->chunks[k].kind == CH_ENT &&
		    ing->chunks[k].type == KG_T_PERSON) {
			used = k - c;
			ch = &ing->chunks[k];
		}
	}
	if (ch->kind != CH_ENT || !(el->types & (1u << ch->type)))
		return 0;
	*id = ch->ent;
	used++;
	/* "Pushpa Kamal Dahal 'Prachanda'": a nickname in quotes */
	if (ch->type == KG_T_PERSON && c + used + 2 < ing->nchunks &&
	    quote_at(ing, c + used) &&
	    ing->chunks[c + used + 1].kind == CH_WORD &&
	    quote_at(ing, c + used + 2))
		used += 3;
	/* "Prime Minister Anthony Albanese of Australia", "SWAPO of
	 * Namibia": the country says which, it is not another item of a
	 * list */
	if ((ch->type == KG_T_PERSON || ch->type == KG_T_ORG) &&
	    c + used + 1 < ing->nchunks && chunk_is(ing, c + used, "of")) {
		size_t k = c + used + 1;

		if (chunk_is(ing, k, "the") && k + 1 < ing->nchunks)
			k++;
		if (ing->chunks[k].kind == CH_ENT &&
		    (ing->chunks[k].type == KG_T_GPE ||
		     (ing->chunks[k].type == KG_T_ORG &&
		      ch->type == KG_T_PERSON)))
			used = k + 1 - c;
	}
	/* in a list, "Joe Biden, the US president, sat": the title in
	 * apposition goes with the name (its closing comma stays) */
	if (el->list && ch->type == KG_T_PERSON &&
	    chunk_is(ing, c + used, ",")) {
		size_t k = c + used + 1;

		if (k < ing->nchunks &&
		    (chunk_is(ing, k, "the") || chunk_is(ing, k, "a") ||
		     chunk_is(ing, k, "an")))
			k++;
		/* "a Kremlin aide": the title's organisation before it */
		if (k + 2 < ing->nchunks && ing->chunks[k].kind == CH_ENT &&
		    ing->chunks[k].type != KG_T_PERSON &&
		    ing->chunks[k + 1].kind == CH_TITLE)
			k++;
		if (k + 1 < ing->nchunks && ing->chunks[k].kind == CH_TITLE &&
		    (ing->chunks[k].holder < 0 ||
		     ing->chunks[k].holder == ch->ent) &&
		    chunk_is(ing, k + 1, ","))
			used = k + 1 - c;
	}
	return role + used;
}

static void capture(struct mstate *st, int slot, long id)
{
	struct kg_match *m = st->m;
	size_t i;

	if (slot < 0)
		return;
	for (i = 0; i < m->n[slot]; i++)
		if (m->ids[slot][i] == id)
			return;
	if (m->n[slot] < KG_SLOT_MAX)
		m->ids[slot][m->n[slot]++] = id;
}

/* List separators: "," "and" ", and" ", along with" with an optional
 * "the" after. */
/* A word for someone by their tie to the person named before: "and his
 * Danish counterpart, Lars Rasmussen", "and his wife, Olena Zelenska". */
static int relation_at(const struct kg_ingest *ing, size_t j)
{
	static const char *const ties[] = { "counterpart", "wife",   "husband",
		                            "spouse",      "deputy", "widow",
		                            "widower",     NULL };

	return j < ing->nchunks && ing->chunks[j].kind == CH_WORD &&
	       kg_ingest__in_list(ing->chunks[j].norm, ties);
}

/* Does a list item start at chunk c: a person, or a title before one? */
static int item_at(const struct kg_ingest *ing, size_t c)
{
	if (c < ing->nchunks && chunk_is(ing, c, "the"))
		c++;
	if (c < ing->nchunks && ing->chunks[c].kind == CH_ENT &&
	    (ing->chunks[c].type == KG_T_GPE ||
	     ing->chunks[c].type == KG_T_ORG) &&
	    chunk_is(ing, c + 1, "'s"))
		c += 2; /* "Togo's head of state" */
	return c < ing->nchunks && (ing->chunks[c].kind == CH_TITLE ||
	                            (ing->chunks[c].kind == CH_ENT &&
	                             ing->chunks[c].type == KG_T_PERSON));
}

static size_t sep_at(const struct kg_ingest *ing, size_t c)
{
	size_t k = c;

	/* "A of Senegal, who chairs the AU; B of Liberia": in a list of
	 * names with semicolons, an item's relative clause ends at ";" */
	if (k + 1 < ing->nchunks && chunk_is(ing, k, ",") &&
	    (chunk_is(ing, k + 1, "who") || chunk_is(ing, k + 1, "which") ||
	     /* "A, President of the UAE; B, Amir of Qatar" */
	     (ing->chunks[k + 1].kind == CH_TITLE &&
	      ing->chunks[k + 1].holder < 0))) {
		size_t j;

		for (j = k + 2; j < ing->nchunks && j < k + 30; j++)
			if (chunk_is(ing, j, ";") || chunk_is(ing, j, ".") ||
			    (chunk_is(ing, k + 1, "who") &&
			     chunk_is(ing, j, ",") && item_at(ing, j + 1)))
				break;
		/* "A, who jetted in yesterday, Zimbabwean President B and
		 * C": the clause ends at the comma before the next name */
		if (j < ing->nchunks &&
		    (chunk_is(ing, j, ";") || chunk_is(ing, j, ",")))
			k = j;
	}
	/* "Queen Sofia, Constantine's sister, Queen Margrethe": an
	 * apposition of a possessive and a word or two between items */
	if (k + 3 < ing->nchunks && chunk_is(ing, k, ",") &&
	    ing->chunks[k + 1].kind == CH_ENT && chunk_is(ing, k + 2, "'s")) {
		size_t j;

		for (j = k + 3; j < ing->nchunks && j < k + 6 &&
		                ing->chunks[j].kind == CH_WORD;
		     j++)
			;
		if (j > k + 3 && chunk_is(ing, j, ",") && item_at(ing, j + 1))
			k = j;
	}
	if (k < ing->nchunks &&
	    (chunk_is(ing, k, ",") || chunk_is(ing, k, ";")))
		k++;
	if (k < ing->nchunks &&
	    (chunk_is(ing, k, "and") || chunk_is(ing, k, "or") ||
	     chunk_is(ing, k, "nor"))) {
		k++;
		/* "audiences to Albanese and to Trudeau", "with A, and with
		 * the President of Chile, B" */
		if (k + 1 < ing->nchunks &&
		    (chunk_is(ing, k, "to") || chunk_is(ing, k, "with"))) {
			size_t j = k + 1;

			if (chunk_is(ing, j, "the") && j + 1 < ing->nchunks)
				j++;
			if (ing->chunks[j].kind == CH_ENT ||
			    ing->chunks[j].kind == CH_TITLE)
				k++;
		}
	} else if (k + 1 < ing->nchunks &&
	           (chunk_is(ing, k, "along") ||
	            chunk_is(ing, k, "together")) &&
	           chunk_is(ing, k + 1, "with"))
		k += 2;
	if (k == c)
		return 0;
	if (k < ing->nchunks && chunk_is(ing, k, "the"))
		k++;
	/* "and Presidential Aide Yury Ushakov": a word of the title the
	 * lexicon does not hold */
	if (k + 1 < ing->nchunks && ing->chunks[k].kind == CH_WORD &&
	    ing->chunks[k + 1].kind == CH_TITLE &&
	    ing->chunks[k + 1].holder >= 0)
		k++;
	/* "and his Danish counterpart, Lars Rasmussen" */
	if (k + 2 < ing->nchunks &&
	    (chunk_is(ing, k, "his") || chunk_is(ing, k, "her") ||
	     chunk_is(ing, k, "their") || chunk_is(ing, k, "its"))) {
		size_t j = k + 1;

		if (ing->chunks[j].kind == CH_WORD && !relation_at(ing, j))
			j++;
		if (relation_at(ing, j) && chunk_is(ing, j + 1, ","))
			k = j + 2; /* "and his wife, Olena Zelenska" */
		else if (relation_at(ing, j) &&
		         ing->chunks[j + 1].kind == CH_ENT)
			k = j + 1; /* "and his Chinese counterpart Qin Gang" */
		/* "and its prime minister, Giorgia Meloni": the title and
		 * its holder are the next item (ent_at steps over them) */
		else if (ing->chunks[k + 1].kind == CH_TITLE)
			k++;
	}
	return k - c;
}

static int match_list(struct mstate *st, size_t e, size_t c)
{
	const struct element *el = &st->p->els[e];
	size_t ends[KG_SLOT_MAX], n = 0, k = c, i;
	long ids[KG_SLOT_MAX],
	        saved = el->slot >= 0 ? (long)st->m->n[el->slot] : 0;

	for (;;) {
		size_t u = ent_at(st->ing, el, k, &ids[n]);

		if (!u)
			break;
		k += u;
		ends[n++] = k;
		if (n == KG_SLOT_MAX)
			break;
		u = sep_at(st->ing, k);
		if (!u)
			break;
		k += u;
	}
	/* longest list first */
	while (n > 0) {
		if (el->slot >= 0)
			st->m->n[el->slot] = (size_t)saved;
		for (i = 0; i < n; i++)
			capture(st, el->slot, ids[i]);
		if (match_from(st, e + 1, ends[n - 1]))
			return 1;
		n--;
	}
	if (el->slot >= 0)
		st->m->n[el->slot] = (size_t)saved;
	return 0;
}

/* The chunk after "city of" in "the Argentine border city of X", or c
 * when no place noun and "of" come within three words of c. */
static size_t past_place_noun(const struct kg_ingest *ing, size_t c)
{
	for (size_t j = c; j < c + 4 && j + 1 < ing->nchunks; j++) {
		const struct chunk *ch = &ing->chunks[j];

		if (ch->kind == CH_WORD && kg_ingest__is_place_noun(ch->norm) &&
		    chunk_is(ing, j + 1, "of"))
			return j + 2;
		if (!(ch->kind == CH_WORD ||
		      (ch->kind == CH_ENT && ch->type == KG_T_GPE)))
			break;
	}
	return c;
}

size_t kg_pattern_places(
        const struct kg_ingest *ing, size_t c, long *ids, size_t max, size_t *n)
{
	static const struct element place = {
		.kind = EL_ENT,
		.types = (1u << KG_T_GPE) | (1u << KG_T_LOC) |
		         (1u << KG_T_FACILITY),
		.slot = -1,
	};
	size_t k = c, last = c;
	long id;

	*n = 0;
	for (;;) {
		size_t u;

		if (k < ing->nchunks && chunk_is(ing, k, "the"))
			k++;
		k = past_place_noun(ing, k);
		u = ent_at(ing, &place, k, &id);
		if (!u || *n == max)
			break;
		ids[(*n)++] = id;
		k += u;
		last = k;
		if (k + 1 < ing->nchunks && chunk_is(ing, k, ",") &&
		    chunk_is(ing, k + 1, "in"))
			k += 2; /* "Puerto Iguazu, in Misiones province" */
		else if (k < ing->nchunks &&
		         (chunk_is(ing, k, ",") || chunk_is(ing, k, "in") ||
		          chunk_is(ing, k, "of")))
			k++;
		else if (k + 2 < ing->nchunks && chunk_is(ing, k, "'s") &&
		         (chunk_is(ing, k + 1, "capital") ||
		          chunk_is(ing, k + 1, "city")))
			k += 2; /* "Samoa's capital Apia" */
		else
			break;
	}
	return last;
}

static int match_places(struct mstate *st, size_t e, size_t c)
{
	long ids[KG_SLOT_MAX];
	size_t n, i, last = kg_pattern_places(st->ing, c, ids, KG_SLOT_MAX, &n);

	for (i = 0; i < n; i++)
		capture(st, KG_SLOT_O, ids[i]);
	return n && match_from(st, e + 1, last);
}

static int match_from(struct mstate *st, size_t e, size_t c)
{
	const struct element *el;
	const struct kg_ingest *ing = st->ing;
	size_t i, u;
	long id;

	if (e == st->p->nels) {
		st->m->c1 = c;
		return 1;
	}
	el = &st->p->els[e];
	/* an optional element is tried first with, then without (below) */
	switch (el->kind) {
	case EL_GAP: {
		size_t max = el->longgap ? 30 : (size_t)el->gapmax;

		for (i = 0; i <= max && c + i <= ing->nchunks; i++) {
			if (match_from(st, e + 1, c + i))
				return 1;
			if (c + i >= ing->nchunks)
				break;
			{
				const struct chunk *ch = &ing->chunks[c + i];

				if (chunk_is(ing, c + i, ";"))
					break;
				if (el->longgap == 2)
					continue;
				/* a long gap does not enter a subordinate
				 * clause: "X said that Y attended" */
				if (el->longgap && ch->kind == CH_WORD &&
				    clause_word(ch->norm))
					break;
				if (el->longgap ? (ch->kind == CH_ENT &&
				                   (ch->type == KG_T_EVENT ||
				                    ch->type == KG_T_PERSON))
				                : (ch->kind != CH_WORD &&
				                   ch->kind != CH_DATE &&
				                   !soft_punct(ch)))
					break;
			}
		}
		return 0;
	}
	case EL_PLACES:
		if (match_places(st, e, c))
			return 1;
		break;
	case EL_LIT:
		if (!lit_may_start(ing, el, c))
			break;
		for (i = 0; i < el->nalts; i++)
			/* the first byte settles most alternatives */
			if (el->alts[i][0] == ing->chunks[c].norm[0] &&
			    (u = lit_at(ing, c, el->alts[i])) &&
			    match_from(st, e + 1, c + u))
				return 1;
		break;
	case EL_WORD:
		if (c < ing->nchunks && ing->chunks[c].kind == CH_WORD &&
		    (ing->chunks[c].wflags & el->wflag) &&
		    match_from(st, e + 1, c + 1))
			return 1;
		break;
	case EL_ENT:
		if (el->list) {
			if (match_list(st, e, c))
				return 1;
			break;
		}
		if ((u = ent_at(ing, el, c, &id))) {
			size_t saved = el->slot >= 0 ? st->m->n[el->slot] : 0;

			capture(st, el->slot, id);
			if (match_from(st, e + 1, c + u))
				return 1;
			if (el->slot >= 0)
				st->m->n[el->slot] = saved;
		}
		break;
	}
	return el->optional && match_from(st, e + 1, c);
}

int kg_pattern_match(const struct kg_pattern *p,
                     const struct kg_ingest *ing,
                     size_t c,
                     struct kg_match *m)
{
	struct mstate st = { p, ing, m };
	const struct element *el = &p->els[0];
	const struct chunk *ch = &ing->chunks[c];
	size_t i;

	/* a quick look at the first element: most rules fail here */
	if (p->nels && !el->optional && c < ing->nchunks) {
		if (el->kind == EL_ENT && ch->kind != CH_ENT &&
		    ch->kind != CH_TITLE && ch->kind != CH_DATE)
			return 0;
		if (el->kind == EL_WORD &&
		    (ch->kind != CH_WORD || !(ch->wflags & el->wflag)))
			return 0;
		if (el->kind == EL_LIT && !lit_may_start(ing, el, c))
			return 0;
	}
	for (i = 0; i < KG_NSLOTS; i++)
		m->n[i] = 0;
	m->c0 = c;
	return match_from(&st, 0, c);
}

uint64_t kg_pattern_start(const struct kg_pattern *p)
{
	return p->start;
}

size_t kg_pattern_anchor(const struct kg_pattern *p, unsigned *bits, size_t max)
{
	const struct need *best = NULL;
	size_t i, w, nbest = 0, n = 0;

	for (i = 0; i < p->nneeds; i++) {
		const struct need *nd = &p->needs[i];
		size_t k = 0;

		if (nd->nw == 0)
			continue; /* not a literal */
		for (w = 0; w < nd->nw; w++)
			k += (size_t)__builtin_popcountll(nd->wm[w]);
		if (best == NULL || k < nbest)
			best = nd, nbest = k;
	}
	if (best == NULL || nbest > max)
		return 0;
	for (w = 0; w < best->nw; w++)
		for (i = 0; i < 64; i++)
			if ((best->wm[w] >> i) & 1)
				bits[n++] = best->wi[w] * 64u + (unsigned)i;
	return n;
}

uint64_t kg_pattern_mask(const struct kg_ingest *ing,
                         struct kg_sentence_mask *s,
                         uint64_t *bits)
{
	uint64_t any = 0;
	size_t c;

	memset(s, 0, sizeof(*s));
	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];
		uint64_t h;

		switch (ch->kind) {
		case CH_ENT:
			s->types |= 1u << ch->type;
			bits[c] = START_ENT;
			break;
		case CH_TITLE:
			s->types |= TITLE_BIT;
			bits[c] = START_ENT;
			break;
		case CH_DATE:
			s->types |= 1u << KG_T_DATE;
			bits[c] = START_ENT;
			break;
		case CH_WORD:
		case CH_PUNCT:
			h = first_word_hash(ch->norm);
			s->words[MASK_BIT(h) >> 6] |= (uint64_t)1
			                              << (MASK_BIT(h) & 63);
			bits[c] = START_WORD(h);
			if (ch->kind == CH_WORD) {
				s->wflags |= ch->wflags;
				bits[c] |= ch->wflags;
			}
			break;
		default:
			bits[c] = 0;
			break;
		}
		any |= bits[c];
	}
	return any;
}

int kg_pattern_possible(const struct kg_pattern *p,
                        const struct kg_sentence_mask *s)
{
	size_t i, w;

	if ((s->types & p->types) != p->types ||
	    (s->wflags & p->wflags) != p->wflags)
		return 0;
	for (i = 0; i < p->nneeds; i++) {
		const struct need *nd = &p->needs[i];
		uint64_t any = s->types & nd->types;

		for (w = 0; w < nd->nw && !any; w++)
			any = s->words[nd->wi[w]] & nd->wm[w];
		if (!any)
			return 0;
	}
	return 1;
}
