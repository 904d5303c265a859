/* schema/lexicon.c - the lexicon's phrase table: one open-addressing hash
 * table keyed by normalised phrase, each key holding its entries
 *
 * The extractor probes the table at every token position of every document
 * with 1..max_words words, and almost every probe misses, so a lookup
 * hashes the words as they would be joined (FNV-1a 64, so the hash of "prime
 * minister" continues from that of "prime": kg_lexicon_next hashes only the
 * new word) and compares a 16-bit tag of the hash, kept in an array of its
 * own, before the slot's length and bytes: no allocation, and a miss
 * reads only the tags (32 KB for the builtin lexicon, where the slots take
 * 900 KB and a probe of them was a cache miss).
 * Loading (lexicon_load.c) happens once per process.
 */
#include <stdlib.h>
#include <string.h>

#include "lexicon_impl.h"

/* Arena blocks for keys and canonical names: thousands of short strings
 * freed together. */
#define KG_LEX_BLOCK 16384

struct kg_lex_block {
	struct kg_lex_block *next;
	size_t used, cap; /* bytes of data used / available */
	char data[];
};

uint64_t kg_lexicon__fnv(uint64_t h, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= KG_LEX_FNV_PRIME;
	}
	return h;
}

/* cap empty slots, cache-line aligned (cap a power of two, >= 2). */
static struct kg_lex_slot *new_slots(size_t cap)
{
	size_t size = cap * sizeof(struct kg_lex_slot);
	struct kg_lex_slot *s = aligned_alloc(64, size);

	if (s)
		memset(s, 0, size);
	return s;
}

kg_lexicon *kg_lexicon__new(void)
{
	kg_lexicon *lx = calloc(1, sizeof(*lx));

	if (lx == NULL)
		return NULL;
	lx->cap = 1024;
	lx->slots = new_slots(lx->cap);
	lx->tags = calloc(lx->cap, sizeof(*lx->tags));
	if (lx->slots == NULL || lx->tags == NULL) {
		free(lx->slots);
		free(lx->tags);
		free(lx);
		return NULL;
	}
	return lx;
}

const char *kg_lexicon__strdup(kg_lexicon *lx, const char *s)
{
	struct kg_lex_block *b = lx->strings;
	size_t n;
	char *p;

	if (s == NULL)
		return NULL;
	n = strlen(s) + 1;
	if (b == NULL || b->cap - b->used < n) {
		size_t cap = n > KG_LEX_BLOCK ? n : KG_LEX_BLOCK;

		b = malloc(sizeof(*b) + cap);
		if (b == NULL)
			return NULL;
		b->used = 0;
		b->cap = cap;
		/* a big string gets its own block behind the current one so
		 * the current block keeps filling */
		if (lx->strings && n > KG_LEX_BLOCK) {
			b->next = lx->strings->next;
			lx->strings->next = b;
		} else {
			b->next = lx->strings;
			lx->strings = b;
		}
	}
	p = b->data + b->used;
	memcpy(p, s, n);
	b->used += n;
	return p;
}

void kg_lexicon_free(kg_lexicon *lx)
{
	struct kg_lex_block *b, *next;
	size_t i;

	if (lx == NULL)
		return;
	for (i = 0; i < lx->cap; i++)
		free(lx->slots[i].entries);
	free(lx->slots);
	free(lx->tags);
	for (b = lx->strings; b; b = next) {
		next = b->next;
		free(b);
	}
	free(lx);
}

/* The slot holding key (hash h), or the empty slot where it would go. */
static struct kg_lex_slot *
find_slot(const kg_lexicon *lx, const char *key, size_t len, uint64_t h)
{
	size_t mask = lx->cap - 1, i = (size_t)h & mask;
	uint16_t tag = KG_LEX_TAG(h);

	for (;; i = (i + 1) & mask) {
		struct kg_lex_slot *s = &lx->slots[i];

		if (lx->tags[i] == 0 || (lx->tags[i] == tag && s->len == len &&
		                         memcmp(s->key, key, len) == 0))
			return s;
	}
}

/* Give the empty slot s the key k (in the arena) of hash h. */
static void fill_slot(kg_lexicon *lx,
                      struct kg_lex_slot *s,
                      const char *k,
                      size_t len,
                      uint64_t h)
{
	s->key = k;
	s->len = (uint8_t)len;
	lx->tags[s - lx->slots] = KG_LEX_TAG(h);
	lx->used++;
}

/* Double the table.  On failure the table is unchanged. */
static int grow(kg_lexicon *lx)
{
	struct kg_lex_slot *old = lx->slots;
	uint16_t *oldtags = lx->tags;
	size_t oldcap = lx->cap, i;

	lx->slots = new_slots(oldcap * 2);
	lx->tags = calloc(oldcap * 2, sizeof(*lx->tags));
	if (lx->slots == NULL || lx->tags == NULL) {
		free(lx->slots);
		free(lx->tags);
		lx->slots = old;
		lx->tags = oldtags;
		return KG_ENOMEM;
	}
	lx->cap = oldcap * 2;
	for (i = 0; i < oldcap; i++) {
		struct kg_lex_slot *s;
		uint64_t h;

		if (old[i].key == NULL)
			continue;
		h = kg_lexicon__fnv(KG_LEX_FNV_INIT, old[i].key, old[i].len);
		s = find_slot(lx, old[i].key, old[i].len, h);
		*s = old[i];
		lx->tags[s - lx->slots] = oldtags[i];
	}
	free(old);
	free(oldtags);
	return KG_OK;
}

static int str_eq(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* Merge e into an entry of s when it repeats one.  Returns 1 if merged. */
static int merge(struct kg_lex_slot *s, const kg_lex_entry *e)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		kg_lex_entry *o = &s->entries[i];

		if (o->kind != e->kind)
			continue;
		if (e->kind == KG_LEX_WORD) {
			o->flags |= e->flags;
			if (e->month)
				o->month = e->month;
			return 1;
		}
		if (o->type == e->type && str_eq(o->canon, e->canon) &&
		    str_eq(o->parent, e->parent))
			return 1;
	}
	return 0;
}

static size_t count_words(const char *key, size_t len)
{
	size_t i, w = 1;

	for (i = 0; i < len; i++)
		w += key[i] == ' ';
	return w;
}

/* Mark every leading part of key ("prime", for "prime minister") as one a
 * longer key extends, so lookups can stop at the first word that leads
 * nowhere. */
static int add_prefixes(kg_lexicon *lx, const char *key, size_t len)
{
	char buf[KG_LEX_PHRASE_CAP];
	size_t i;

	for (i = 1; i < len; i++) {
		struct kg_lex_slot *s;
		uint64_t h;

		if (key[i] != ' ')
			continue;
		if (lx->used + 1 > lx->cap / 2 && grow(lx) != KG_OK)
			return KG_ENOMEM;
		h = kg_lexicon__fnv(KG_LEX_FNV_INIT, key, i);
		s = find_slot(lx, key, i, h);
		if (s->key == NULL) {
			const char *k;

			memcpy(buf, key, i);
			buf[i] = '\0';
			if ((k = kg_lexicon__strdup(lx, buf)) == NULL)
				return KG_ENOMEM;
			fill_slot(lx, s, k, i, h);
		}
		s->more = 1;
	}
	return KG_OK;
}

int kg_lexicon__add(kg_lexicon *lx,
                    const char *key,
                    size_t len,
                    const kg_lex_entry *e)
{
	uint64_t h = kg_lexicon__fnv(KG_LEX_FNV_INIT, key, len);
	struct kg_lex_slot *s;
	size_t w;

	if (lx->used + 1 > lx->cap / 2 && grow(lx) != KG_OK)
		return KG_ENOMEM;
	s = find_slot(lx, key, len, h);
	if (s->key && merge(s, e))
		return KG_OK;
	if (s->n == s->cap) {
		size_t cap = s->cap ? (size_t)s->cap * 2 : 1;
		kg_lex_entry *p;

		if (cap > UINT32_MAX)
			return KG_ENOMEM;
		if ((p = realloc(s->entries, cap * sizeof(*p))) == NULL)
			return KG_ENOMEM;
		s->entries = p;
		s->cap = (uint32_t)cap;
	}
	if (s->key == NULL) {
		const char *k = kg_lexicon__strdup(lx, key);

		if (k == NULL)
			return KG_ENOMEM;
		fill_slot(lx, s, k, len, h);
		w = count_words(key, len);
		if (w > lx->max_words)
			lx->max_words = w;
	}
	s->entries[s->n++] = *e;
	return add_prefixes(lx, key, len);
}

/* The slot of the key with hash h that is prefix (plen bytes), then a space
 * when sep is 1, then word (wlen bytes); NULL when there is none.  The hash
 * tag and the length are compared first, so the bytes are compared about
 * once per lookup, and only for a hit. */
static inline const struct kg_lex_slot *find_words(const kg_lexicon *lx,
                                                   uint64_t h,
                                                   const char *prefix,
                                                   size_t plen,
                                                   int sep,
                                                   const char *word,
                                                   size_t wlen)
{
	size_t mask = lx->cap - 1, i = (size_t)h & mask;
	size_t len = plen + (size_t)sep + wlen;
	uint16_t tag = KG_LEX_TAG(h);

	for (;; i = (i + 1) & mask) {
		const struct kg_lex_slot *s = &lx->slots[i];

		if (lx->tags[i] != tag) {
			if (lx->tags[i] == 0)
				return NULL;
			continue;
		}
		if (s->len == len &&
		    (plen == 0 || memcmp(s->key, prefix, plen) == 0) &&
		    (!sep || s->key[plen] == ' ') &&
		    (wlen == 0 || memcmp(s->key + len - wlen, word, wlen) == 0))
			return s;
	}
}

/* What a lookup reports for slot s (NULL: not found). */
static size_t
found(const struct kg_lex_slot *s, const kg_lex_entry **out, int *more)
{
	*out = s && s->n ? s->entries : NULL;
	if (more)
		*more = s ? s->more : 0;
	return s ? s->n : 0;
}

size_t kg_lexicon_next(const kg_lexicon *lx,
                       kg_lex_cursor *c,
                       const char *word,
                       const kg_lex_entry **out,
                       int *more)
{
	const unsigned char *w = (const unsigned char *)word;
	const struct kg_lex_slot *prev = c->at;
	uint64_t h = c->n ? c->hash : KG_LEX_FNV_INIT;
	size_t len = c->len, plen = c->len, wl, room;
	const struct kg_lex_slot *s = NULL;

	c->n++;
	/* the same limits as kg_lexicon_lookup_more: no more words than the
	 * longest key, and the joined words, a separator and the NUL fit in
	 * KG_LEX_PHRASE_CAP bytes */
	if ((c->n > 1 && c->at == NULL) || c->n > lx->max_words ||
	    len + 2 > KG_LEX_PHRASE_CAP)
		goto done;
	room = KG_LEX_PHRASE_CAP - 2 - len;
	if (c->n > 1) {
		h = (h ^ ' ') * KG_LEX_FNV_PRIME;
		len++;
	}
	/* strlen and FNV-1a in one pass; a word too long for any key is
	 * hashed for nothing, but the loop tests one thing a byte */
	for (wl = 0; w[wl]; wl++)
		h = (h ^ w[wl]) * KG_LEX_FNV_PRIME;
	if (wl > room)
		goto done;
	len += wl;
	if (len == 0)
		goto done;
	c->hash = h;
	c->len = len;
	s = find_words(lx, h, prev ? prev->key : NULL, plen, c->n > 1, word,
	               wl);
done:
	/* a key is only ever reached through the keys of its leading
	 * words (kg_lexicon__add stores them all), so once the words so
	 * far are no key, no longer words are one either */
	c->at = s;
	return found(s, out, more);
}

size_t
kg_lexicon_found(const kg_lex_cursor *c, const kg_lex_entry **out, int *more)
{
	return found(c->at, out, more);
}

size_t kg_lexicon_lookup(const kg_lexicon *lx,
                         const char *const *words,
                         size_t n,
                         const kg_lex_entry **out)
{
	kg_lex_cursor c = KG_LEX_CURSOR_INIT;

	if (n != 1)
		return kg_lexicon_lookup_more(lx, words, n, out, NULL);
	return kg_lexicon_next(lx, &c, words[0], out, NULL);
}

size_t kg_lexicon_lookup_more(const kg_lexicon *lx,
                              const char *const *words,
                              size_t n,
                              const kg_lex_entry **out,
                              int *more)
{
	char buf[KG_LEX_PHRASE_CAP];
	uint64_t h = KG_LEX_FNV_INIT;
	size_t i, len = 0;

	*out = NULL;
	if (more)
		*more = 0;
	if (n == 0 || n > lx->max_words)
		return 0;
	for (i = 0; i < n; i++) {
		const unsigned char *w = (const unsigned char *)words[i];
		size_t wl, room;

		/* room for the word, a separator and the NUL */
		if (len + 2 > sizeof(buf))
			return 0;
		room = sizeof(buf) - 2 - len;
		if (i > 0) {
			buf[len++] = ' ';
			h = (h ^ ' ') * KG_LEX_FNV_PRIME;
		}
		/* strlen, copy and FNV-1a in one pass */
		for (wl = 0; w[wl]; wl++) {
			if (wl == room)
				return 0;
			buf[len + wl] = (char)w[wl];
			h = (h ^ w[wl]) * KG_LEX_FNV_PRIME;
		}
		len += wl;
	}
	if (len == 0)
		return 0;
	return found(find_words(lx, h, buf, len, 0, NULL, 0), out, more);
}

size_t kg_lexicon_lookup_str(const kg_lexicon *lx,
                             const char *phrase,
                             const kg_lex_entry **out)
{
	size_t len = strlen(phrase);
	uint64_t h;

	*out = NULL;
	if (len == 0 || len >= KG_LEX_PHRASE_CAP)
		return 0;
	h = kg_lexicon__fnv(KG_LEX_FNV_INIT, phrase, len);
	return found(find_words(lx, h, phrase, len, 0, NULL, 0), out, NULL);
}

size_t kg_lexicon_max_words(const kg_lexicon *lx)
{
	return lx->max_words;
}

const char *kg_lexicon_version(const kg_lexicon *lx)
{
	return lx->version;
}
