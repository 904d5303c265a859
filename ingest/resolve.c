/* ingest/resolve.c - the document's entity table and in-document aliases
 *
 * Every name found in the text becomes a mention of one entity of the
 * document.  Entities are keyed by (type, normalised name); PERSON names
 * also answer to their surname ("Putin" after "Vladimir Putin"), and a
 * surname seen first is upgraded when the full name appears later.  The
 * table is a hash in the arena, made anew for every document.
 */
#include <string.h>

#include "ingest_int.h"

struct hnode {
	struct hnode *next;
	kg_type type;
	const char *key;
	long ent;
};

static unsigned hash_key(const struct kg_ingest *ing, kg_type t, const char *k)
{
	unsigned h = 2166136261u ^ (unsigned)t;

	while (*k)
		h = (h ^ (unsigned char)*k++) * 16777619u;
	return h & (unsigned)(ing->nbuckets - 1);
}

static long lookup(const struct kg_ingest *ing, kg_type t, const char *key)
{
	struct hnode *n;

	if (ing->hash == NULL)
		return -1;
	for (n = ing->hash[hash_key(ing, t, key)]; n; n = n->next)
		if (n->type == t && strcmp(n->key, key) == 0) {
			long e = n->ent;

			while (ing->ents[e].merged >= 0)
				e = ing->ents[e].merged;
			return e;
		}
	return -1;
}

static int insert(struct kg_ingest *ing, kg_type t, const char *key, long e)
{
	struct hnode *n;
	unsigned h;

	if (ing->hash == NULL) {
		ing->hash = kg_ingest__alloc(
		        &ing->arena, ing->nbuckets * sizeof(*ing->hash));
		if (ing->hash == NULL)
			return KG_ENOMEM;
	}
	if (lookup(ing, t, key) >= 0)
		return KG_OK;
	n = kg_ingest__alloc(&ing->arena, sizeof(*n));
	if (n == NULL)
		return KG_ENOMEM;
	h = hash_key(ing, t, key);
	n->type = t;
	n->key = key;
	n->ent = e;
	n->next = ing->hash[h];
	ing->hash[h] = n;
	return KG_OK;
}

static const char *norm_copy(struct kg_ingest *ing, const char *s, size_t n)
{
	char buf[512];
	size_t m = kg_norm(buf, sizeof(buf), s, n);

	return kg_ingest__strndup(&ing->arena, buf, m);
}

/* The last word of a normalised person name, skipping suffixes. */
static const char *surname_of(struct kg_ingest *ing, const char *key)
{
	static const char *const sfx[] = {
		"jr", "sr", "ii", "iii", "iv", NULL
	};
	const char *end = key + strlen(key), *w;
	size_t i;

	for (;;) {
		w = end;
		while (w > key && w[-1] != ' ')
			w--;
		if (w == key)
			break;
		for (i = 0; sfx[i]; i++)
			if ((size_t)(end - w) == strlen(sfx[i]) &&
			    memcmp(w, sfx[i], (size_t)(end - w)) == 0)
				break;
		if (sfx[i] == NULL)
			break;
		end = w - 1;
	}
	/* "Mohammed bin Salman": Salman is his father, not a surname (King
	 * Salman is another man); the name is only ever the whole name */
	if (w - key >= 5 &&
	    (!strncmp(w - 5, " bin ", 5) || !strncmp(w - 5, " ibn ", 5) ||
	     (w - key >= 6 && !strncmp(w - 6, " bint ", 6))))
		w = key;
	return kg_ingest__strndup(&ing->arena, w, (size_t)(end - w));
}

int kg_ingest__alias(struct kg_ingest *ing, long e, const char *name, size_t n)
{
	struct ent *en = &ing->ents[e];
	const char *key = norm_copy(ing, name, n), *copy;
	size_t i;

	if (key == NULL)
		return KG_ENOMEM;
	if (strcmp(key, en->key) == 0 && strlen(en->name) == n &&
	    memcmp(en->name, name, n) == 0)
		return KG_OK;
	for (i = 0; i < en->naliases; i++)
		if (strlen(en->aliases[i]) == n &&
		    memcmp(en->aliases[i], name, n) == 0)
			return KG_OK;
	if (en->naliases >= 64) /* cap: enough names for one entity */
		return KG_OK;
	if (en->naliases == en->capaliases) {
		size_t nc = en->capaliases ? en->capaliases * 2 : 4;
		const char **na =
		        kg_ingest__alloc(&ing->arena, nc * sizeof(*na));

		if (na == NULL)
			return KG_ENOMEM;
		if (en->naliases)
			memcpy(na, en->aliases, en->naliases * sizeof(*na));
		en->aliases = na;
		en->capaliases = nc;
	}
	copy = kg_ingest__strndup(&ing->arena, name, n);
	if (copy == NULL)
		return KG_ENOMEM;
	en->aliases[en->naliases++] = copy;
	return insert(ing, en->type, key, e);
}

int kg_ingest__word_in(const char *key, const char *w, size_t n)
{
	const char *p = key;

	while ((p = strstr(p, w)) != NULL) {
		if ((p == key || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
		p++;
	}
	return 0;
}

/* Does the word ending at byte `at` of key say "son/daughter of" ("bin",
 * "ibn", "bint"), so the next word is a father's name? */
static int patronymic(const char *key, size_t at)
{
	static const char *const of[] = { "bin", "ibn", "bint", NULL };
	size_t i, n;

	for (i = 0; of[i]; i++) {
		n = strlen(of[i]);
		if (at >= n && !strncmp(key + at - n, of[i], n) &&
		    (at == n || key[at - n - 1] == ' '))
			return 1;
	}
	return 0;
}

/* Is w a father's name in full name key ("salman" in "mohammed bin
 * salman")? */
static int fathers(const char *key, const char *w)
{
	const char *p = key;
	size_t n = strlen(w);

	while ((p = strstr(p, w)) != NULL) {
		if (p > key && p[-1] == ' ' && (p[n] == ' ' || p[n] == '\0') &&
		    patronymic(key, (size_t)(p - key) - 1))
			return 1;
		p++;
	}
	return 0;
}

long kg_ingest__find_person(struct kg_ingest *ing, const char *key)
{
	long e = lookup(ing, KG_T_PERSON, key);
	size_t i, n = strlen(key), pass;

	if (e >= 0)
		return e;
	/* a surname alone: the first person introduced with it ("Trump" is
	 * Donald Trump even after Melania Trump appears), kept in the hash
	 * under the pseudo-type KG_T_COUNT */
	e = lookup(ing, KG_NS_SURNAME, key);
	if (e >= 0 && ing->ents[e].type == KG_T_PERSON)
		return e;
	/* then the end of a full name ("Lopez Obrador"), a first word for
	 * names written family name first ("Kim" for Kim Jong Un), a middle
	 * word ("Lula"): a scan, so only in documents of a sane size */
	if (ing->nents > 5000)
		return -1;
	for (pass = 1; pass < 4; pass++)
		for (i = 0; i < ing->nents; i++) {
			const struct ent *en = &ing->ents[i];
			size_t kl;

			if (en->type != KG_T_PERSON || en->merged >= 0 ||
			    !en->surname)
				continue;
			kl = strlen(en->key);
			if (pass == 0 && strcmp(en->surname, key) == 0)
				return (long)i;
			if (pass == 1 && kl > n + 1 &&
			    en->key[kl - n - 1] == ' ' &&
			    strcmp(en->key + kl - n, key) == 0 &&
			    !patronymic(en->key, kl - n - 1))
				return (long)i;
			if (pass == 2 && kl > n + 1 && en->key[n] == ' ' &&
			    strncmp(en->key, key, n) == 0 && !strchr(key, ' '))
				return (long)i;
			if (pass == 3 && !strchr(key, ' ') && n > 2 &&
			    kg_ingest__word_in(en->key, key, n) &&
			    !fathers(en->key, key))
				return (long)i; /* "Lula" */
		}
	return -1;
}

/* Make e's canonical name the longer full name, keeping the old one. */
static int upgrade(struct kg_ingest *ing,
                   long e,
                   const char *name,
                   size_t n,
                   const char *key)
{
	struct ent *en = &ing->ents[e];
	const char *old = en->name, *copy;

	copy = kg_ingest__strndup(&ing->arena, name, n);
	if (copy == NULL)
		return KG_ENOMEM;
	en->name = copy;
	en->key = key;
	if (en->type == KG_T_PERSON) {
		en->surname = surname_of(ing, key);
		if (en->surname == NULL ||
		    insert(ing, KG_NS_SURNAME, en->surname, e))
			return KG_ENOMEM;
	}
	if (insert(ing, en->type, key, e))
		return KG_ENOMEM;
	return kg_ingest__alias(ing, e, old, strlen(old));
}

static long add_entity(struct kg_ingest *ing,
                       kg_type t,
                       const char *name,
                       size_t n,
                       const char *key)
{
	struct ent *en;
	long e;

	if (ing->nents >= KG_MAX_NAMES) { /* cap: names per document */
		ing->capped = 1;
		return -1;
	}
	if (KG_GROW(ing->ents, ing->nents, ing->capents))
		return -1;
	e = (long)ing->nents++;
	en = &ing->ents[e];
	memset(en, 0, sizeof(*en));
	en->type = t;
	en->name = kg_ingest__strndup(&ing->arena, name, n);
	en->key = key;
	en->place = -1;
	en->merged = -1;
	en->juris = -1;
	if (en->name == NULL)
		return -1;
	if (t == KG_T_PERSON) {
		en->surname = surname_of(ing, key);
		if (en->surname == NULL ||
		    insert(ing, KG_NS_SURNAME, en->surname, e))
			return -1;
	}
	return e;
}

long kg_ingest__new_entity(struct kg_ingest *ing,
                           kg_type t,
                           const char *name,
                           size_t n)
{
	const char *key = norm_copy(ing, name, n);

	return key ? add_entity(ing, t, name, n, key) : -1;
}

int kg_ingest__rename(
        struct kg_ingest *ing, long e, const char *name, size_t n, int keep_old)
{
	struct ent *en = &ing->ents[e];
	const char *old = en->name, *key = norm_copy(ing, name, n);
	const char *copy = kg_ingest__strndup(&ing->arena, name, n);

	if (key == NULL || copy == NULL)
		return KG_ENOMEM;
	en->name = copy;
	en->key = key;
	if (insert(ing, en->type, key, e))
		return KG_ENOMEM;
	return keep_old ? kg_ingest__alias(ing, e, old, strlen(old)) : KG_OK;
}

/* Is end the last words of key ("trump" of "melania trump")?  Not when the
 * surname's entity has a full name already: "Donald Trump" is not the end of
 * "Melania Trump", though both answer to "Trump". */
static int ends_with(const char *key, const char *end)
{
	size_t n = strlen(key), k = strlen(end);

	return k < n && key[n - k - 1] == ' ' && strcmp(key + n - k, end) == 0;
}

/* A person named so far by the last words of key ("lopez obrador" of
 * "andres manuel lopez obrador"), or -1. */
static long ending_of(const struct kg_ingest *ing, const char *key)
{
	size_t i;

	if (ing->nents > 5000)
		return -1;
	for (i = 0; i < ing->nents; i++) {
		const struct ent *en = &ing->ents[i];

		if (en->type == KG_T_PERSON && en->merged < 0 &&
		    ends_with(key, en->key))
			return (long)i;
	}
	return -1;
}

/* A person named so far by the first two or more words of key ("claudia
 * sheinbaum", in a headline, of "claudia sheinbaum pardo"), or -1. */
static long start_of(const struct kg_ingest *ing, const char *key)
{
	if (ing->nents > 5000)
		return -1;
	for (size_t i = 0; i < ing->nents; i++) {
		const struct ent *en = &ing->ents[i];
		size_t n = strlen(en->key);

		if (en->type == KG_T_PERSON && en->merged < 0 &&
		    strchr(en->key, ' ') && !strncmp(key, en->key, n) &&
		    key[n] == ' ')
			return (long)i;
	}
	return -1;
}

/* A person named so far by one word that stands inside key, neither
 * first nor last ("lula" of "luiz inacio lula da silva", met in a headline
 * before the full name), or -1.  Not a first word: "Charles" is not
 * Charles Michel. */
static long middle_of(const struct kg_ingest *ing, const char *key)
{
	const char *sp = strchr(key, ' ');
	size_t i;

	if (ing->nents > 5000 || sp == NULL)
		return -1;
	for (i = 0; i < ing->nents; i++) {
		const struct ent *en = &ing->ents[i];
		size_t n = strlen(en->key);

		if (en->type == KG_T_PERSON && en->merged < 0 && n > 2 &&
		    !strchr(en->key, ' ') &&
		    kg_ingest__word_in(sp + 1, en->key, n) &&
		    !ends_with(key, en->key) && !fathers(key, en->key))
			return (long)i;
	}
	return -1;
}

int kg_ingest__shouted(const char *name, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (name[i] >= 'a' && name[i] <= 'z')
			return 0;
	return 1;
}

/* Was entity e named in the sentence being read ("President Biden and
 * first lady Jill Biden": two people, not one named twice)? */
static int named_this_sentence(const struct kg_ingest *ing, long e)
{
	return ing->ents[e].nment > 0 &&
	       ing->ents[e].last_sent == ing->cur_sent;
}

long kg_ingest__entity(struct kg_ingest *ing,
                       kg_type t,
                       const char *name,
                       size_t n)
{
	const char *key;
	long e;

	while (n && (name[n - 1] == ' ' || name[n - 1] == ','))
		n--;
	key = norm_copy(ing, name, n);
	if (key == NULL)
		return -1;
	if (*key == '\0')
		return -1;
	e = lookup(ing, t, key);
	if (e < 0 && t == KG_T_PERSON) {
		const char *sur = surname_of(ing, key);

		if (sur && strcmp(sur, key) != 0) {
			/* a full name: a surname-only person seen before? */
			e = lookup(ing, t, sur);
			if (e < 0)
				e = ending_of(ing, key); /* "Lopez Obrador" */
			if (e < 0)
				e = middle_of(ing, key); /* "Lula" */
			if (e < 0)
				e = start_of(ing,
				             key); /* "Claudia Sheinbaum" */
			if (e >= 0 && strlen(ing->ents[e].key) < strlen(key) &&
			    (!strchr(ing->ents[e].key, ' ') ||
			     ends_with(key, ing->ents[e].key) ||
			     !strncmp(key, ing->ents[e].key,
			              strlen(ing->ents[e].key))) &&
			    !named_this_sentence(ing, e)) {
				if (upgrade(ing, e, name, n, key))
					return -1;
				return e;
			}
			/* or the end of a longer name seen before */
			e = kg_ingest__find_person(ing, key);
		} else {
			e = kg_ingest__find_person(ing, key);
		}
	}
	if (e >= 0) {
		/* "MARK CARNEY" of a headline, then "Mark Carney": the name
		 * as the body writes it */
		if (!strcmp(ing->ents[e].key, key) &&
		    kg_ingest__shouted(ing->ents[e].name,
		                       strlen(ing->ents[e].name)) &&
		    !kg_ingest__shouted(name, n)) {
			const char *old = ing->ents[e].name;
			const char *copy =
			        kg_ingest__strndup(&ing->arena, name, n);

			if (copy == NULL)
				return -1;
			ing->ents[e].name = copy;
			name = old, n = strlen(old);
		}
		if (kg_ingest__alias(ing, e, name, n))
			return -1;
		return e;
	}
	e = add_entity(ing, t, name, n, key);
	if (e < 0)
		return -1;
	if (insert(ing, t, key, e))
		return -1;
	return e;
}

int kg_ingest__mention(
        struct kg_ingest *ing, long e, size_t si, size_t t0, size_t t1)
{
	kg_doc_mention *m;

	if (e < 0)
		return KG_OK;
	if (KG_GROW(ing->ments, ing->nments, ing->capments))
		return KG_ENOMEM;
	m = &ing->ments[ing->nments++];
	m->entity = (size_t)e;
	m->sentence = si;
	m->start = ing->toks[t0].start;
	m->end = ing->toks[t1 - 1].end;
	ing->ents[e].last_seen = ing->nments; /* an order, not a count */
	ing->ents[e].nment++;
	ing->ents[e].last_sent = si;
	return KG_OK;
}

const char *kg_ingest__span(struct kg_ingest *ing, size_t t0, size_t t1)
{
	if (t1 <= t0)
		return "";
	return kg_ingest__strndup(&ing->arena,
	                          ing->in->text + ing->toks[t0].start,
	                          ing->toks[t1 - 1].end - ing->toks[t0].start);
}

int kg_ingest__merge(struct kg_ingest *ing, long a, long b)
{
	struct ent *eb;
	size_t i;

	while (ing->ents[a].merged >= 0)
		a = ing->ents[a].merged;
	while (ing->ents[b].merged >= 0)
		b = ing->ents[b].merged;
	if (a == b)
		return KG_OK;
	eb = &ing->ents[b];
	eb->merged = a;
	ing->ents[a].in_office |= eb->in_office;
	ing->ents[a].venue |= eb->venue;
	if (kg_ingest__alias(ing, a, eb->name, strlen(eb->name)))
		return KG_ENOMEM;
	for (i = 0; i < eb->naliases; i++)
		if (kg_ingest__alias(ing, a, eb->aliases[i],
		                     strlen(eb->aliases[i])))
			return KG_ENOMEM;
	return KG_OK;
}

long kg_ingest__lookup(const struct kg_ingest *ing, int ns, const char *key)
{
	return lookup(ing, (kg_type)ns, key);
}

int kg_ingest__index(struct kg_ingest *ing, int ns, const char *key, long e)
{
	const char *copy = kg_ingest__strndup(&ing->arena, key, strlen(key));

	return copy ? insert(ing, (kg_type)ns, copy, e) : KG_ENOMEM;
}
