/* ingest/rules.c - running the relation rules (ruleset.c): the generic
 * actions that turn a pattern match (patterns.c) into facts
 *
 * Each rule is data: an id (recorded with every fact it makes), a pattern
 * and an action.  Actions are few and shared: a pair of slots under one
 * predicate, a meeting (met_with, plus the event it was), attendance, a
 * visit, a place chain, a date, an alias.  Status comes from the words
 * around the match: "will", "is scheduled to" -> planned; "reportedly",
 * "might" -> reported; "did not" -> negated.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules_int.h"

/* The rules to try on a sentence are found through its mask's words: a
 * rule with an anchor (kg_pattern_anchor) is listed under each of its
 * anchor's bits, the others under none of them (always). */
#define RULES_MAX 1024 /* rules at most: bits of a candidate set */
#define RULE_WORDS(n) (((n) + 63) / 64)

struct kg_rules {
	const struct rule *rules;
	size_t n;
	struct kg_pattern **compiled;
	uint64_t *start;  /* kg_pattern_start of each rule */
	uint64_t *by_bit; /* RULE_WORDS(n) words per mask bit: the rules */
	uint64_t *always; /* RULE_WORDS(n) words: rules without an anchor */
};

/* List rule i in by_bit or always. */
static void index_rule(struct kg_rules *r, size_t i)
{
	unsigned bits[16];
	size_t nb = kg_pattern_anchor(r->compiled[i], bits, 16), k;
	uint64_t bit = (uint64_t)1 << (i % 64);

	if (nb == 0)
		r->always[i / 64] |= bit;
	for (k = 0; k < nb; k++)
		r->by_bit[bits[k] * RULE_WORDS(r->n) + i / 64] |= bit;
}

int kg_ingest__rules_new(struct kg_rules **out, kg_err *err)
{
	struct kg_rules *r = calloc(1, sizeof(*r));
	size_t i;

	*out = NULL;
	if (r == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	r->rules = kg_ingest__ruleset(&r->n);
	if (r->n > RULES_MAX) {
		free(r);
		return kg_err_set(err, KG_EINVALID, "more than %d rules",
		                  RULES_MAX);
	}
	r->compiled = calloc(r->n, sizeof(*r->compiled));
	r->start = calloc(r->n, sizeof(*r->start));
	r->by_bit = calloc(KG_MASK_WORDS * 64 * RULE_WORDS(r->n) + 1,
	                   sizeof(*r->by_bit));
	r->always = calloc(RULE_WORDS(r->n) + 1, sizeof(*r->always));
	if (r->compiled == NULL || r->start == NULL || r->by_bit == NULL ||
	    r->always == NULL) {
		kg_ingest__rules_free(r);
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	}
	for (i = 0; i < r->n; i++) {
		int rc = kg_pattern_compile(&r->compiled[i],
		                            r->rules[i].pattern);

		if (rc) {
			kg_err_set(err, rc, "rule %s: bad pattern",
			           r->rules[i].id);
			kg_ingest__rules_free(r);
			return rc;
		}
		r->start[i] = kg_pattern_start(r->compiled[i]);
		index_rule(r, i);
	}
	*out = r;
	return KG_OK;
}

void kg_ingest__rules_free(struct kg_rules *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; r->compiled && i < r->n; i++)
		kg_pattern_free(r->compiled[i]);
	free(r->compiled);
	free(r->start);
	free(r->by_bit);
	free(r->always);
	free(r);
}

/* ---- actions ---- */

static int
status_of(const struct kg_ingest *ing, const struct kg_match *m, int *negated)
{
	size_t c = m->c0 > 3 ? m->c0 - 3 : 0;
	int st = KG_S_CURRENT;

	*negated = 0;
	for (; c < m->c1 && c < ing->nchunks; c++) {
		unsigned f = ing->chunks[c].kind == CH_WORD
		                     ? ing->chunks[c].wflags
		                     : 0;

		if (f & KG_W_NEGATION)
			*negated = 1;
		if ((f & KG_W_HEDGE) && st == KG_S_CURRENT)
			st = KG_S_REPORTED;
		if (f & KG_W_PLANNED)
			st = KG_S_PLANNED;
	}
	return st;
}

/* Is the match's subject the one honoured, not a guest: "Brian Mulroney
 * was remembered ... at a state funeral", "was laid to rest at"? */
static int honoured(const struct kg_ingest *ing, const struct kg_match *m)
{
	static const char *const rites[] = {
		"remembered", "mourned",   "honoured", "honored",  "buried",
		"eulogised",  "eulogized", "laid",     "cremated", NULL
	};
	size_t c;

	for (c = m->c0 + 1; c < m->c1 && c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    kg_ingest__in_list(ing->chunks[c].norm, rites) &&
		    ing->chunks[c - 1].kind == CH_WORD &&
		    (!strcmp(ing->chunks[c - 1].norm, "was") ||
		     !strcmp(ing->chunks[c - 1].norm, "will be") ||
		     !strcmp(ing->chunks[c - 1].norm, "is")))
			return 1;
	return 0;
}

/* Does a phrase end in the word "to" ("to", "invited to")? */
static int ends_in_to(const char *w)
{
	size_t n = strlen(w);

	return !strcmp(w, "to") || (n > 3 && !strcmp(w + n - 3, " to"));
}

/* Does the match speak of a wish, not a fact: "goal of joining", "bid to
 * join", "applied to join"? */
static int aspires(const struct kg_ingest *ing, const struct kg_match *m)
{
	static const char *const wish[] = {
		"goal",       "bid",         "hope",    "hopes",
		"desire",     "aim",         "aims",    "ambition",
		"aspiration", "application", "applied", "seeks",
		"wants",      "plans",       "wish",    NULL
	};
	size_t c, i;

	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		for (i = 0; wish[i]; i++)
			if (ch->kind == CH_WORD && !strcmp(ch->norm, wish[i]))
				return 1;
		/* "invited Finland and Sweden to join the alliance",
		 * "Ukraine's bid to join" (one phrase of the class) */
		if (ch->kind == CH_WORD && (ch->wflags & KG_W_JOIN) &&
		    (strstr(ch->norm, "to join") ||
		     (c > 0 && ing->chunks[c - 1].kind == CH_WORD &&
		      ends_in_to(ing->chunks[c - 1].norm))))
			return 1; /* "has been invited to join" */
	}
	return 0;
}

/* Is the match's event only wished for: "would require a meeting
 * between", "called for talks between", "the next step should be a
 * meeting of"?  A verb of wanting in the three words before the match. */
static int wished(const struct kg_ingest *ing, const struct kg_match *m)
{
	static const char *const want[] = {
		"require",  "requires", "required", "need",     "needs",
		"needed",   "urged",    "urge",     "urges",    "demand",
		"demanded", "demands",  "propose",  "proposed", "proposes",
		"should",   "seek",     "sought",   "seeks",    NULL
	};
	static const char *const call[] = { "call",    "calls", "called",
		                            "calling", "push",  "pushed",
		                            "pushing", NULL };
	size_t c = m->c0 > 3 ? m->c0 - 3 : 0;

	for (; c < m->c0 && c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind != CH_WORD)
			continue;
		if (kg_ingest__in_list(ch->norm, want))
			return 1;
		/* "called for talks", "pushed for a summit" */
		if (c + 1 < m->c0 && kg_ingest__in_list(ch->norm, call) &&
		    ing->chunks[c + 1].kind == CH_WORD &&
		    !strcmp(ing->chunks[c + 1].norm, "for"))
			return 1;
	}
	return 0;
}

/* The status a title chunk of the match carries (former, -elect), else
 * st. */
static int
title_status(const struct kg_ingest *ing, const struct kg_match *m, int st)
{
	size_t c;

	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_TITLE && ing->chunks[c].title > 0)
			return (int)ing->chunks[c].title;
	return st;
}

/* Is the chunk before c a preposition, so that what begins at c is its
 * object, no subject? */
static int object_before(const struct kg_ingest *ing, size_t c)
{
	static const char *const preps[] = { "to",   "both", "of",  "with",
		                             "from", "for",  "by",  "between",
		                             "in",   "on",   "at",  "against",
		                             "and",  "or",   "nor", NULL };

	return c > 0 && ing->chunks[c - 1].kind == CH_WORD &&
	       kg_ingest__in_list(ing->chunks[c - 1].norm, preps);
}

/* Is date d of the match an end ("runs until Thursday") or a mark in the
 * past ("since 2012"), not a start? */
static int
ends_at(const struct kg_ingest *ing, const struct kg_match *m, long d)
{
	size_t c;

	for (c = m->c0 + 1; c < m->c1 && c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_DATE && ing->chunks[c].date == d)
			return kg_ingest__end_date(ing, c);
	return 0;
}

/* Did a rule already say in sentence si who invoked article a ("Türkiye,
 * a NATO member, invoked Article 19")?  Then the event does not. */
static int invoked_here(const struct kg_ingest *ing, long a, size_t si)
{
	size_t i;

	for (i = ing->nfacts; i-- > 0 && ing->facts[i].sentence == si;)
		if (ing->facts[i].pred == KG_P_INVOKES &&
		    ing->facts[i].object == (size_t)a)
			return 1;
	return 0;
}

static int denied(const struct kg_ingest *ing, const struct kg_match *m)
{
	size_t c = m->c0;

	/* "Neither Putin nor Russian President X attended": the match may
	 * begin after "nor" */
	while (c > 0 && ing->chunks[c - 1].kind == CH_TITLE)
		c--;
	if (c > 0 && ing->chunks[c - 1].kind == CH_WORD &&
	    (!strcmp(ing->chunks[c - 1].norm, "nor") ||
	     !strcmp(ing->chunks[c - 1].norm, "neither")))
		return 1;
	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    (ing->chunks[c].wflags & KG_W_NEGATION))
			return 1;
	return 0;
}

/* "took part only by video link": present at no place, so no attendance
 * (phone calls and video links are not attendance in this graph). */
static int remote(const struct kg_ingest *ing, const struct kg_match *m)
{
	static const char *const words[] = { "video",     "videolink",
		                             "virtually", "remotely",
		                             "online",    "videoconference",
		                             "phone",     "telephone",
		                             NULL };
	size_t c;

	for (c = m->c1; c < m->c1 + 4 && c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    kg_ingest__in_list(ing->chunks[c].norm, words))
			return 1;
	return 0;
}

static int fact(struct kg_ingest *ing,
                long s,
                kg_pred p,
                long o,
                size_t si,
                const char *rule,
                int st,
                int neg)
{
	if (s < 0 || o < 0 || s == o)
		return KG_OK;
	return kg_ingest__fact(ing, s, p, o, NULL, si, rule, st, neg);
}

/* The first event of the sentence whose noun is of class cls, or -1. */
static long sentence_event(const struct kg_ingest *ing, const char *cls)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		/* any gathering, not "the crisis in New Caledonia" */
		if (ch->kind == CH_ENT && ch->type == KG_T_EVENT &&
		    (cls ? ing->ents[ch->ent].noun &&
		                     !strcmp(ing->ents[ch->ent].noun, cls)
		         : kg_ingest__gathering(&ing->ents[ch->ent])))
			return ch->ent;
	}
	return -1;
}

/* The first event of the sentence not told as past ("who skipped last
 * year's gathering" names none), or -1. */
static long current_event(const struct kg_ingest *ing)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_ENT && ch->type == KG_T_EVENT &&
		    !ing->ents[ch->ent].background)
			return ch->ent;
	}
	return -1;
}

/* The event the article is about: the one named most so far (the first of
 * those, on a tie).  Implicit events a verb made do not count, but for a
 * rite ("was sworn in": the inauguration). */
static int rite(const struct ent *e, const char *const *rites)
{
	return e->noun && kg_ingest__in_list(e->noun, rites);
}

static long topic_of(const struct kg_ingest *ing, const char *cls)
{
	static const char *const rites[] = { "inauguration", "funeral",
		                             "coronation", NULL };
	long best = -1;
	size_t i;

	for (i = 0; i < ing->nents; i++) {
		const struct ent *e = &ing->ents[i];

		if (e->type != KG_T_EVENT || e->merged >= 0 ||
		    (e->implicit && !rite(e, rites)) || e->background ||
		    !kg_ingest__gathering(e) ||
		    (cls && (!e->noun || strcmp(e->noun, cls) != 0)))
			continue;
		/* most named; on a tie a rite over other events (a
		 * ceremony or a talk on an inauguration day is part of the
		 * day), then the one named in the latest sentence, and first
		 * in it ("a summit convened ... to discuss the Alaska summit"
		 * is about the first) */
		if (best < 0 || e->nment > ing->ents[best].nment ||
		    (e->nment == ing->ents[best].nment &&
		     (rite(e, rites) > rite(&ing->ents[best], rites) ||
		      (rite(e, rites) == rite(&ing->ents[best], rites) &&
		       (e->last_sent > ing->ents[best].last_sent ||
		        (e->last_sent == ing->ents[best].last_sent &&
		         e->last_seen < ing->ents[best].last_seen))))))
			best = (long)i;
	}
	return best;
}

/* Meals and sessions are parts of a gathering's day, not what a bare
 * "will attend" means. */
static const char *const parts_of_day[] = { "dinner",  "lunch",     "breakfast",
	                                    "banquet", "reception", "session",
	                                    NULL };

/* The one gathering named in sentence si, or -1; one told as past or
 * far off ("last year's summit", "the summit in June") only when
 * far_off. */
static long
event_of_sentence(const struct kg_ingest *ing, size_t si, int far_off)
{
	long found = -1;

	for (size_t i = 0; i < ing->nents; i++) {
		const struct ent *e = &ing->ents[i];

		if (e->type != KG_T_EVENT || e->merged >= 0 ||
		    e->last_sent != si || !e->nment ||
		    (e->background && !far_off) ||
		    (e->head && kg_ingest__in_list(e->head, parts_of_day)) ||
		    e->implicit || !kg_ingest__gathering(e))
			continue;
		if (found >= 0)
			return -1;
		found = (long)i;
	}
	return found;
}

static long topic_event(const struct kg_ingest *ing)
{
	return topic_of(ing, NULL);
}

/* The year of the sentence's first dated chunk that has one, or 0. */
static int sentence_year(const struct kg_ingest *ing)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_DATE &&
		    ing->dates[ing->chunks[c].date].y)
			return ing->dates[ing->chunks[c].date].y;
	return 0;
}

static int sentence_dated(const struct kg_ingest *ing)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_DATE)
			return 1;
	return 0;
}

static int on_sidelines(const struct kg_ingest *ing)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    (!strcmp(ing->chunks[c].norm, "sidelines") ||
		     !strcmp(ing->chunks[c].norm, "margins")))
			return 1;
	return 0;
}

static int has_all(const struct ent *ev, const long *p, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < ev->nparts && ev->parts[j] != p[i]; j++)
			;
		if (j == ev->nparts)
			return 0;
	}
	return 1;
}

/* An earlier event of class cls with all of p[] taking part, or -1. */
static long known_event(const struct kg_ingest *ing,
                        const char *cls,
                        const long *p,
                        size_t n,
                        long place)
{
	const struct ent *first = &ing->ents[p[0]];
	size_t i;

	/* only the events the first of them took part in, newest first */
	for (i = first->nevs; i-- > 0;) {
		const struct ent *ev = &ing->ents[first->evs[i]];

		if (ev->type == KG_T_EVENT && ev->merged < 0 && ev->noun &&
		    !strcmp(ev->noun, cls) && ev->nparts && has_all(ev, p, n) &&
		    (place < 0 || ev->place == place))
			return first->evs[i];
	}
	return -1;
}

static long new_event(struct kg_ingest *ing,
                      const char *name,
                      const char *cls,
                      size_t si,
                      const struct kg_match *m)
{
	/* a new event even when one has the same name (the 2019 visit is
	 * not the 2023 one); a later mention by that name finds the first */
	long ev = kg_ingest__new_entity(ing, KG_T_EVENT, name, strlen(name));

	if (ev < 0 ||
	    kg_ingest__index(ing, KG_T_EVENT, ing->ents[ev].key, ev) != KG_OK)
		return -1;
	ing->ents[ev].noun = cls;
	ing->ents[ev].implicit = 1;
	if (kg_ingest__mention(ing, ev, si, ing->chunks[m->c0].t0,
	                       ing->chunks[m->c1 - 1].t1))
		return -1;
	return ev;
}

/* Is the date at chunk c someone else's: after "since" or "until", in a
 * "since ..." clause, or in a ", who ..." clause that closes before the
 * match's verb ends ("Lacalle Pou, who leaves office on March 1, welcomed
 * Lula")? */
static int
aside_date(const struct kg_ingest *ing, size_t c, const struct kg_match *m)
{
	if (kg_ingest__end_date(ing, c) || kg_ingest__in_since_clause(ing, c))
		return 1;
	if (!kg_ingest__in_who_clause(ing, c))
		return 0;
	for (size_t k = c + 1; k < m->c1 && k < ing->nchunks; k++)
		if (ing->chunks[k].kind == CH_PUNCT &&
		    !strcmp(ing->chunks[k].norm, ","))
			return 1;
	return 0;
}

/* Places after "in/at" and the first date in the sentence, for an event
 * that a verb made (a meeting, a visit). */
static int event_setting(struct kg_ingest *ing,
                         long ev,
                         size_t si,
                         const struct kg_match *m,
                         const char *rule)
{
	size_t c, from = m->c0;
	int dated = 0;

	/* "Biden, who arrived on Tuesday and met Sanchez at the Moncloa,
	 * held talks with Erdogan on Wednesday": the talks' setting is
	 * after their noun, when the match names them */
	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++)
		if (m->n[KG_SLOT_E] && ing->chunks[c].kind == CH_ENT &&
		    ing->chunks[c].ent == m->ids[KG_SLOT_E][0]) {
			from = c;
			break;
		}
	for (c = from; c < ing->nchunks && !dated && from > m->c0; c++)
		if (ing->chunks[c].kind == CH_DATE && !ing->ents[ev].dated &&
		    !aside_date(ing, c, m)) {
			dated = 1;
			if (kg_ingest__fact(
			            ing, ev, KG_P_OCCURRED_ON, -1,
			            ing->dates[ing->chunks[c].date].text, si,
			            rule, KG_S_CURRENT, 0))
				return KG_ENOMEM;
		}
	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_DATE && !dated && !ing->ents[ev].dated &&
		    !aside_date(ing, c, m)) {
			dated = 1;
			if (kg_ingest__fact(ing, ev, KG_P_OCCURRED_ON, -1,
			                    ing->dates[ch->date].text, si, rule,
			                    KG_S_CURRENT, 0))
				return KG_ENOMEM;
		}
		if (c >= from && c <= m->c1 + 6 && c + 1 < ing->nchunks &&
		    (!strcmp(ch->norm, "in") || !strcmp(ch->norm, "at")) &&
		    ch->kind == CH_WORD) {
			size_t k = c + 1;

			while (k < ing->nchunks) {
				const struct chunk *p = &ing->chunks[k];

				if (p->kind == CH_WORD &&
				    !strcmp(p->norm, "the")) {
					k++;
					continue;
				}
				if (p->kind != CH_ENT ||
				    (p->type != KG_T_GPE &&
				     p->type != KG_T_LOC &&
				     p->type != KG_T_FACILITY))
					break;
				if (ing->ents[ev].place < 0)
					ing->ents[ev].place = p->ent;
				if (fact(ing, ev, KG_P_LOCATED_IN, p->ent, si,
				         rule, KG_S_CURRENT, 0))
					return KG_ENOMEM;
				k++;
				/* "at Farmleigh House in the Phoenix Park",
				 * "in Anchorage, Alaska", "in the Oval Office
				 * of the White House" */
				if (k < ing->nchunks &&
				    (ing->chunks[k].kind == CH_PUNCT ||
				     ing->chunks[k].kind == CH_WORD) &&
				    (!strcmp(ing->chunks[k].norm, ",") ||
				     !strcmp(ing->chunks[k].norm, "in") ||
				     !strcmp(ing->chunks[k].norm, "of")))
					k++;
				else
					break;
			}
		}
	}
	return KG_OK;
}

/* Chinese and Korean family names, written first: "Xi Jinping", "Yoon
 * Suk Yeol", "Kim Jong Un". */
static const char *const family_first[] = {
	"Xi",    "Li",   "Wang", "Zhang", "Liu",  "Chen", "Yang",  "Zhao",
	"Huang", "Zhou", "Wu",   "Xu",    "Sun",  "Hu",   "Zhu",   "Guo",
	"Ma",    "Han",  "Qin",  "Cai",   "Ding", "Wen",  "Jiang", "Deng",
	"Kim",   "Lee",  "Park", "Choi",  "Yoon", "Moon", "Cho",   "Kang",
	"Chung", "Ban",  "Hun",  "Mao",   NULL
};

/* The shortest name of e ("Biden", "Xi"), for naming a meeting; a full
 * name gives its surname ("Marcos" of "Ferdinand Marcos Jr.", "Xi" of
 * "Xi Jinping"). */
/* Is w[0..n) a regnal number, "II" to "XVIII" (a comma may follow)? */
static int roman(const char *w, size_t n)
{
	size_t i;

	while (n > 0 && w[n - 1] == ',')
		n--;
	for (i = 0; i < n && strchr("IVX", w[i]); i++)
		;
	return n > 1 && n <= 5 && i == n; /* not a lone "I" */
}

static const char *surname(struct kg_ingest *ing, long e)
{
	const struct ent *en = &ing->ents[e];
	const char *best = en->name, *end, *w;
	size_t i;

	for (i = 0; i < en->naliases; i++)
		if (strlen(en->aliases[i]) < strlen(best) &&
		    !kg_ingest__shouted(
		            en->aliases[i],
		            strlen(en->aliases[i]))) /* not a headline's "MARK
		                                      * CARNEY"
		                                      */
			best = en->aliases[i];
	if (best != en->name || !strchr(best, ' '))
		return best;
	end = strchr(best, ' ');
	for (i = 0; family_first[i]; i++)
		if ((size_t)(end - best) == strlen(family_first[i]) &&
		    !memcmp(best, family_first[i], (size_t)(end - best)))
			return family_first[i];
	end = best + strlen(best);
	for (;;) {
		w = end;
		while (w > best && w[-1] != ' ')
			w--;
		if (w == best || (strncmp(w, "Jr", 2) && strncmp(w, "Sr", 2) &&
		                  !roman(w, (size_t)(end - w))))
			break; /* not "Jr.", nor the VI of "Felipe VI" */
		end = w - 1;
		while (end > best && end[-1] == ',')
			end--;
	}
	return kg_ingest__strndup(&ing->arena, w, (size_t)(end - w));
}

/* "hosted Kishida at a luncheon", "met Modi for talks": the event right
 * after a match that ends at chunk c, or -1. */
static long event_after(const struct kg_ingest *ing, size_t c)
{
	size_t k;

	if (c >= ing->nchunks || ing->chunks[c].kind != CH_WORD ||
	    (strcmp(ing->chunks[c].norm, "at") &&
	     strcmp(ing->chunks[c].norm, "for") &&
	     strcmp(ing->chunks[c].norm, "to")))
		return -1;
	for (k = c + 1; k < c + 4 && k < ing->nchunks; k++) {
		const struct chunk *ch = &ing->chunks[k];

		if (ch->kind == CH_ENT)
			return ch->type == KG_T_EVENT &&
			                       !ing->ents[ch->ent].background
			               ? ch->ent
			               : -1;
		if (ch->kind != CH_WORD)
			return -1;
	}
	return -1;
}

/* Does chunk c follow a preposition ("ministers of the Quad", "stood in
 * for the King"): an object, not a subject? */
static int after_of(const struct kg_ingest *ing, size_t c)
{
	static const char *const preps[] = { "of", "for",  "to",
		                             "by", "with", NULL };
	const struct chunk *p = c > 0 ? &ing->chunks[c - 1] : NULL;

	if (p && p->kind == CH_WORD && !strcmp(p->norm, "the") && c > 1)
		p = &ing->chunks[c - 2];
	return p && p->kind == CH_WORD && kg_ingest__in_list(p->norm, preps);
}

/* Does the match end where an event is named as the verb's object ("is
 * due to attend the next meeting")?  That event is the one attended, not
 * the one the text is about. */
static int event_follows(const struct kg_ingest *ing, const struct kg_match *m)
{
	static const char *const dets[] = { "the",   "a",    "an",   "its",
		                            "their", "this", "next", NULL };
	size_t c = m->c1;

	while (c < ing->nchunks && ing->chunks[c].kind == CH_WORD &&
	       kg_ingest__in_list(ing->chunks[c].norm, dets))
		c++;
	return c < ing->nchunks && ing->chunks[c].kind == CH_ENT &&
	       ing->chunks[c].type == KG_T_EVENT;
}

/* Is c "with" or a meeting verb ending in it ("held talks with")? */
static int object_of_with(const struct chunk *c)
{
	size_t n;

	if (c->kind != CH_WORD)
		return 0;
	n = strlen(c->norm);
	return (c->wflags & KG_W_MEET) ||
	       (n >= 4 && strcmp(c->norm + n - 4, "with") == 0 &&
	        (n == 4 || c->norm[n - 5] == ' '));
}

static int ends_with_word(const char *s, const char *w)
{
	size_t n = strlen(s), k = strlen(w);

	return n >= k && !strcmp(s + n - k, w) &&
	       (n == k || s[n - k - 1] == ' ');
}

/* Does chunk c end "called on", "paid a courtesy call on"? */
static int called_on(const struct kg_ingest *ing, size_t c)
{
	const char *w = ing->chunks[c].norm;

	if (ing->chunks[c].kind != CH_WORD)
		return 0;
	if (ends_with_word(w, "call on") || ends_with_word(w, "called on") ||
	    ends_with_word(w, "calls on"))
		return 1;
	return !strcmp(w, "on") && c > 0 &&
	       ing->chunks[c - 1].kind == CH_WORD &&
	       (ends_with_word(ing->chunks[c - 1].norm, "call") ||
	        ends_with_word(ing->chunks[c - 1].norm, "called") ||
	        ends_with_word(ing->chunks[c - 1].norm, "calls"));
}

/* Is the match's first person the object of "with" or a meeting verb,
 * titles aside ("held a meeting with Premier Li Qiang and was received by
 * Zhao": not Li's doing)? */
static int met_object(const struct kg_ingest *ing, size_t c)
{
	static const char *const received[] = { "received", "welcomed",
		                                "greeted", "hosted", NULL };
	size_t b = c;

	if (c > 0 && object_of_with(&ing->chunks[c - 1]))
		return 1;
	/* past titles only after a meeting verb: "with U.S. President
	 * Donald Trump hosting the two leaders" is Trump's doing */
	while (b > 0 && ing->chunks[b - 1].kind == CH_TITLE)
		b--;
	if (b > 0 && called_on(ing, b - 1))
		return 1; /* "paid a courtesy call on Prime Minister X and met
		             Y": X met the caller, not Y */
	if (b > 1 && ing->chunks[b - 1].kind == CH_WORD &&
	    ing->chunks[b - 2].kind == CH_WORD &&
	    !strcmp(ing->chunks[b - 1].norm, "by") &&
	    kg_ingest__in_list(ing->chunks[b - 2].norm, received))
		return 1; /* "was received by Trong and then held talks with
		             Phuc": the one received held them */
	return b < c && b > 0 && ing->chunks[b - 1].kind == CH_WORD &&
	       (ing->chunks[b - 1].wflags & KG_W_MEET);
}

/* Does the sentence say after chunk c that what it told was called off? */
static int called_off_after(const struct kg_ingest *ing, size_t c)
{
	static const char *const off[] = { "called off", "cancelled",
		                           "canceled",   "scrapped",
		                           "postponed",  NULL };

	for (; c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    kg_ingest__in_list(ing->chunks[c].norm, off))
			return 1;
	return 0;
}

/* "met Lavrov and Qin Gang, and later held talks with Saidov": the verb
 * after ", and" has the subject of the first, not the name before it. */
static int verb_after_comma_and(const struct kg_ingest *ing,
                                const struct kg_match *m)
{
	size_t c;
	int after = 0;

	for (c = m->c0 + 1; c < m->c1 && c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_WORD &&
		    (ch->wflags & (KG_W_MEET | KG_W_HOST)))
			return after;
		if (ch->kind == CH_ENT)
			after = 0;
		else if (ch->kind == CH_WORD && !strncmp(ch->norm, "and", 3) &&
		         (ch->norm[3] == '\0' || ch->norm[3] == ' ') &&
		         ing->chunks[c - 1].kind == CH_PUNCT &&
		         !strcmp(ing->chunks[c - 1].norm, ","))
			after = 1;
	}
	return 0;
}

/* Does the match say the meetings were separate ("separate audiences",
 * "met A and B separately")? */
static int separate(const struct kg_ingest *ing, const struct kg_match *m)
{
	size_t end = m->c1 + 2 < ing->nchunks ? m->c1 + 2 : ing->nchunks;

	for (size_t c = m->c0; c < end; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    (strstr(ing->chunks[c].norm, "separate") ||
		     !strcmp(ing->chunks[c].norm, "individually")))
			return 1;
	return 0;
}

/* Is the match's meeting verb passive ("were met", "was received")? */
static int passive_meet(const struct kg_ingest *ing, const struct kg_match *m)
{
	static const char *const be[] = { "was",  "were", "is", "are",
		                          "been", "be",   NULL };
	size_t c;

	for (c = m->c0; c + 1 < m->c1 && c + 1 < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    kg_ingest__in_list(ing->chunks[c].norm, be) &&
		    ing->chunks[c + 1].kind == CH_WORD &&
		    (ing->chunks[c + 1].wflags & (KG_W_MEET | KG_W_HOST)))
			return 1;
	return 0;
}

/* Does another actor stand between the match's first chunk and its verb
 * of invoking ("Reuters - Poland invoked Article 4": Poland did)? */
static int actor_nearer(const struct kg_ingest *ing, const struct kg_match *m)
{
	for (size_t c = m->c0 + 1; c < m->c1 && c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_WORD && (ch->wflags & KG_W_INVOKE))
			return 0;
		if (ch->kind == CH_ENT &&
		    (ch->type == KG_T_PERSON || ch->type == KG_T_ORG ||
		     ch->type == KG_T_GPE) &&
		    (c + 1 >= ing->nchunks ||
		     !(ing->chunks[c + 1].kind == CH_PUNCT &&
		       !strcmp(ing->chunks[c + 1].norm, "'s"))))
			return 1;
	}
	return 0;
}

/* Does a ", who" clause follow the match's last subject, before its
 * verb? */
static int who_clause_of(const struct kg_ingest *ing, const struct kg_match *m)
{
	long last = m->ids[KG_SLOT_S][m->n[KG_SLOT_S] - 1];
	size_t c;

	for (c = m->c0; c + 2 < m->c1 && c + 2 < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind != CH_ENT ||
		    kg_ingest__root(ing, ch->ent) != kg_ingest__root(ing, last))
			continue;
		return ch[1].kind == CH_PUNCT && !strcmp(ch[1].norm, ",") &&
		       ch[2].kind == CH_WORD && !strncmp(ch[2].norm, "who", 3);
	}
	return 0;
}

/* Words that name a meeting a verb made: "held talks with", "hosted X
 * for lunch". */
static const char *const meal_or_talks[] = { "talks", "lunch", "dinner",
	                                     "breakfast", NULL };

/* The noun the article names a verb's meeting by: "held talks with",
 * "hosted X ... for talks", "for lunch"; "meeting" when none. */
static const char *meeting_noun(const struct kg_ingest *ing,
                                const struct kg_match *m)
{
	const char *noun = "meeting";

	for (size_t c = m->c0; c < m->c1 + 2 && c < ing->nchunks; c++)
		for (size_t w = 0;
		     ing->chunks[c].kind == CH_WORD && meal_or_talks[w]; w++)
			if (strstr(ing->chunks[c].norm, meal_or_talks[w]))
				noun = meal_or_talks[w];
	return noun;
}

static int chunk_is_comma(const struct kg_ingest *ing, size_t c)
{
	return ing->chunks[c].kind == CH_PUNCT &&
	       !strcmp(ing->chunks[c].norm, ",");
}

/* Does the match begin inside a clause that closes, with a comma, before
 * its verb: after ", who" (WHO_CLAUSE: "Trudeau, who flew in with Joly,
 * held talks with Boric": Joly did not) or after an event and a comma
 * (EVENT_APPOSITION: "The ninth summit, the first since the gathering in
 * Miami, took place at X": the gathering did not)? */
enum { WHO_CLAUSE, EVENT_APPOSITION };

static int
inside_clause(const struct kg_ingest *ing, const struct kg_match *m, int kind)
{
	size_t j = m->c0, c;

	if (kind == WHO_CLAUSE && !kg_ingest__in_who_clause(ing, m->c0))
		return 0;
	while (kind == EVENT_APPOSITION) {
		const struct chunk *ch;

		if (j < 2)
			return 0;
		ch = &ing->chunks[--j];
		if (chunk_is_comma(ing, j)) {
			if (!(ing->chunks[j - 1].kind == CH_ENT &&
			      ing->chunks[j - 1].type == KG_T_EVENT))
				return 0;
			break;
		}
		if (ch->kind == CH_PUNCT ||
		    (ch->kind == CH_ENT && ch->type == KG_T_EVENT))
			return 0;
	}
	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++)
		if (chunk_is_comma(ing, c))
			return 1;
	return 0;
}

static int act_meet(struct kg_ingest *ing,
                    const struct kg_match *m,
                    size_t si,
                    const char *rule,
                    int st,
                    int neg)
{
	const long *S = m->ids[KG_SLOT_S], *O = m->ids[KG_SLOT_O];
	size_t ns = m->n[KG_SLOT_S], no = m->n[KG_SLOT_O], i, j, np = 0;
	long all[2 * KG_SLOT_MAX], ev;
	const char *noun = meeting_noun(ing, m);
	int meal = strcmp(noun, "meeting") && strcmp(noun, "talks");

	if (inside_clause(ing, m, WHO_CLAUSE))
		return KG_OK;
	/* "The king and Queen Camilla were met at Orly by Borne": they did
	 * not meet each other */
	if (!no && passive_meet(ing, m))
		return KG_OK;
	/* "granted separate audiences to A and to B": a meeting each */
	if (no > 1 && separate(ing, m)) {
		struct kg_match one = *m;

		one.n[KG_SLOT_E] = 0;
		one.n[KG_SLOT_O] = 1;
		for (j = 0; j < no; j++) {
			int rc;

			one.ids[KG_SLOT_O][0] = O[j];
			if ((rc = act_meet(ing, &one, si, rule, st, neg)))
				return rc;
		}
		return KG_OK;
	}
	/* "A; B; and C, who held a meeting with Xi": the clause is C's */
	if (ns > 1 && no && who_clause_of(ing, m)) {
		S = &m->ids[KG_SLOT_S][ns - 1];
		ns = 1;
	}
	if ((no == 0 && ns < 2) ||
	    (ns == 1 && no == 1 &&
	     kg_ingest__root(ing, S[0]) == kg_ingest__root(ing, O[0])))
		return KG_OK; /* "Slater ... greeted by cries of 'Christian'" */
	/* "held talks with Mnangagwa and later met Kagame": Mnangagwa is not
	 * the one who met Kagame */
	if (met_object(ing, m->c0))
		return KG_OK;
	if (ns && no && verb_after_comma_and(ing, m))
		return KG_OK;
	if ((m->n[KG_SLOT_E] && kg_ingest__remote(ing, m->ids[KG_SLOT_E][0])) ||
	    remote(ing, m))
		return KG_OK; /* "held a phone call with", "spoke for an hour
		                 by phone": no meeting */
	if (called_off_after(ing, m->c1))
		neg = 1; /* "a summit at which Biden was to meet X was called
		            off" */
	for (i = 0; i < ns; i++)
		all[np++] = S[i];
	for (i = 0; i < no; i++)
		all[np++] = O[i];
	for (i = 0; i < ns; i++)
		for (j = no ? 0 : i + 1; j < (no ? no : ns); j++)
			if (fact(ing, S[i], KG_P_MET_WITH, no ? O[j] : S[j], si,
			         rule, st, neg))
				return KG_ENOMEM;
	if (neg)
		return KG_OK;
	ev = m->n[KG_SLOT_E] ? m->ids[KG_SLOT_E][0] : event_after(ing, m->c1);
	if (ev < 0)
		ev = sentence_event(ing, "meeting");
	if (ev < 0 && !strncmp(rule, "host", 4))
		ev = sentence_event(ing, NULL); /* hosted X for a state visit */
	if (ev < 0 && on_sidelines(ing))
		ev = topic_event(
		        ing); /* met "on the sidelines" of the summit */
	if (ev < 0)
		ev = known_event(ing, "meeting", all, np, -1);
	if (ev < 0 && (st == KG_S_PLANNED || st == KG_S_REPORTED) && !meal)
		return KG_OK; /* "will meet", "might meet": no meeting to name
		                 yet, but "will host X for lunch" names the
		                 lunch */
	/* not when the sentence tells of another year ("in October 1986, he
	 * held talks with Reagan"): those talks are not the story's */
	if (ev < 0 && !meal &&
	    !(sentence_year(ing) && ing->anchor_y &&
	      sentence_year(ing) != ing->anchor_y)) {
		/* the talks the article is about, named so far without their
		 * participants ("Russian-Indian talks" ... "Putin held talks
		 * with Modi") */
		long t = topic_of(ing, "meeting");

		if (t < 0 || ing->ents[t].nparts)
			t = topic_of(ing, "talks");

		if (t >= 0 && ing->ents[t].nparts == 0)
			ev = t;
	}
	if (ev < 0) {
		char name[300];

		/* one of each side: "Graham and Blumenthal met Zelensky" is
		 * the Graham-Zelensky meeting */
		snprintf(name, sizeof(name), "%s-%s %s", surname(ing, all[0]),
		         surname(ing, no ? O[0] : S[1]), noun);
		if ((ev = new_event(ing, name, "meeting", si, m)) < 0)
			return KG_ENOMEM;
	}
	for (i = 0; i < np; i++)
		if (fact(ing, all[i], KG_P_ATTENDED, ev, si, rule, st, 0))
			return KG_ENOMEM;
	for (i = 0; i < np; i++)
		kg_ingest__add_part(ing, ev, all[i]);
	return event_setting(ing, ev, si, m, rule);
}

/* "X was in the hall, as were A and B": A and B attended each event that
 * someone attended by an earlier clause of the sentence. */
static int act_as_well(struct kg_ingest *ing,
                       const struct kg_match *m,
                       size_t si,
                       const char *rule,
                       int st)
{
	size_t n = ing->nfacts, i, j;

	for (i = 0; i < n; i++) {
		const kg_doc_fact f = ing->facts[i];

		if (f.sentence != si || f.pred != KG_P_ATTENDED || f.negated)
			continue;
		for (j = 0; j < m->n[KG_SLOT_S]; j++)
			if (fact(ing, m->ids[KG_SLOT_S][j], KG_P_ATTENDED,
			         (long)f.object, si, rule, st, 0))
				return KG_ENOMEM;
	}
	return KG_OK;
}

/* Does the trip of a match ending at chunk c serve another event: "for
 * the EU summit", "to attend the summit", "for talks with Merz" (not "for
 * a state visit")? */
static int for_other_event(const struct kg_ingest *ing, size_t c)
{
	size_t k, end = c + 8 < ing->nchunks ? c + 8 : ing->nchunks;

	for (k = c; k + 1 < end; k++) {
		const struct chunk *ch = &ing->chunks[k], *nx;

		if (ch->kind == CH_PUNCT)
			return 0;
		/* "arrived in Abuja to attend the summit" too */
		if (ch->kind != CH_WORD ||
		    (strcmp(ch->norm, "for") && !(ch->wflags & KG_W_ATTEND)))
			continue;
		nx = &ing->chunks[k + 1];
		if (nx->kind == CH_WORD &&
		    (!strcmp(nx->norm, "the") || !strcmp(nx->norm, "a") ||
		     !strcmp(nx->norm, "an")) &&
		    k + 2 < end)
			nx = &ing->chunks[k + 2];
		if (nx->kind == CH_ENT && nx->type == KG_T_EVENT)
			return !ing->ents[nx->ent].noun ||
			       !strstr(ing->ents[nx->ent].noun, "visit");
		return nx->kind == CH_WORD && (!strcmp(nx->norm, "talks") ||
		                               !strcmp(nx->norm, "meetings"));
	}
	return 0;
}

static int act_visit(struct kg_ingest *ing,
                     const struct kg_match *m,
                     size_t si,
                     const char *rule,
                     int st,
                     int neg)
{
	long who = m->ids[KG_SLOT_S][0], place = m->ids[KG_SLOT_O][0], ev;
	size_t i;

	for (i = 0; i < m->n[KG_SLOT_O]; i++)
		if (fact(ing, who, KG_P_VISITED, m->ids[KG_SLOT_O][i], si, rule,
		         st, neg))
			return KG_ENOMEM;
	if (neg || for_other_event(ing, m->c1))
		return KG_OK; /* "travel to Brussels for the EU summit" */
	ev = known_event(ing, "visit", &who, 1, place);
	if (ev >= 0 && ing->ents[ev].dated && sentence_dated(ing))
		ev = -1; /* "to visit Russia in 2019": another visit */
	if (ev < 0) {
		/* "arrived in Paris for a state visit to France": that one */
		long own = current_event(ing);

		if (own >= 0 && ing->ents[own].noun &&
		    strstr(ing->ents[own].noun, "visit"))
			ev = own;
	}
	if (ev < 0) {
		char name[600];

		int y = sentence_year(ing);

		/* "Kim Jong Un visit to Russia in 2019" */
		if (y)
			snprintf(name, sizeof(name), "%s visit to %s in %d",
			         ing->ents[who].name, ing->ents[place].name, y);
		else
			snprintf(name, sizeof(name), "%s visit to %s",
			         ing->ents[who].name, ing->ents[place].name);
		if ((ev = new_event(ing, name, "visit", si, m)) < 0)
			return KG_ENOMEM;
		ing->ents[ev].place = place;
		kg_ingest__add_part(ing, ev, who);
	}
	if (fact(ing, who, KG_P_ATTENDED, ev, si, rule, st, 0))
		return KG_ENOMEM;
	for (i = 0; i < m->n[KG_SLOT_O]; i++)
		if (fact(ing, ev, KG_P_LOCATED_IN, m->ids[KG_SLOT_O][i], si,
		         rule, KG_S_CURRENT, 0))
			return KG_ENOMEM;
	return event_setting(ing, ev, si, m, rule);
}

/* located_in from subj to every place of P[0..n), and along the chain from
 * a facility to the places after it ("Joint Base X in Anchorage, Alaska");
 * an event not placed yet is in P[0]. */
int kg_ingest__place_chain(struct kg_ingest *ing,
                           long subj,
                           const long *P,
                           size_t n,
                           size_t si,
                           const char *rule)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		if (fact(ing, subj, KG_P_LOCATED_IN, P[i], si, rule,
		         KG_S_CURRENT, 0))
			return KG_ENOMEM;
		if (ing->ents[P[i]].type != KG_T_FACILITY)
			continue;
		for (j = i + 1; j < n; j++)
			if (fact(ing, P[i], KG_P_LOCATED_IN, P[j], si, rule,
			         KG_S_CURRENT, 0))
				return KG_ENOMEM;
	}
	if (ing->ents[subj].type == KG_T_EVENT && ing->ents[subj].place < 0 &&
	    n)
		ing->ents[subj].place = P[0];
	return KG_OK;
}

/* The places of the match, and an event not dated yet gets the
 * sentence's one date. */
static int act_locate(struct kg_ingest *ing,
                      const struct kg_match *m,
                      size_t si,
                      const char *rule,
                      long subj)
{
	long d;

	if (kg_ingest__place_chain(ing, subj, m->ids[KG_SLOT_O],
	                           m->n[KG_SLOT_O], si, rule))
		return KG_ENOMEM;
	if (ing->ents[subj].type == KG_T_EVENT && !ing->ents[subj].dated &&
	    !kg_ingest__date_blocked(ing, 0, ing->nchunks) &&
	    (d = kg_ingest__sentence_date(ing)) >= 0 &&
	    kg_ingest__fact(ing, subj, KG_P_OCCURRED_ON, -1, ing->dates[d].text,
	                    si, rule, KG_S_CURRENT, 0))
		return KG_ENOMEM;
	return KG_OK;
}

static int act_alias(struct kg_ingest *ing, const struct kg_match *m)
{
	long a = m->ids[KG_SLOT_S][0], b = m->ids[KG_SLOT_O][0];
	const char *n = ing->ents[b].name;

	if (a == b)
		return KG_OK;
	/* names of two types are one thing only when the second is an
	 * acronym whose type was a guess: "Enhanced Defense Cooperation
	 * Agreement (EDCA)" */
	if (ing->ents[a].type != ing->ents[b].type &&
	    (strchr(n, ' ') ||
	     strspn(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") < strlen(n)))
		return KG_OK;
	return kg_ingest__merge(ing, a, b);
}

/* The treaty a signing is about: the one named in the match, else the one
 * the text spoke of last. */
static long signed_treaty(const struct kg_ingest *ing, const struct kg_match *m)
{
	long best = -1;
	size_t i;

	if (m->n[KG_SLOT_O])
		return m->ids[KG_SLOT_O][0];
	for (i = 0; i < ing->nents; i++)
		if (ing->ents[i].type == KG_T_TREATY &&
		    ing->ents[i].merged < 0 &&
		    (best < 0 ||
		     ing->ents[i].last_seen > ing->ents[best].last_seen))
			best = (long)i;
	return best;
}

static int act_sign(struct kg_ingest *ing,
                    const struct kg_match *m,
                    size_t si,
                    const char *rule,
                    int st)
{
	long tr = signed_treaty(ing, m), ev = sentence_event(ing, "signing");
	char name[600];
	size_t i;

	/* another match of the same sentence made it already ("In the
	 * presence of the King, A and B signed the agreement") */
	for (i = 0; ev < 0 && i < ing->nents; i++)
		if (ing->ents[i].type == KG_T_EVENT && ing->ents[i].implicit &&
		    ing->ents[i].merged < 0 && ing->ents[i].last_sent == si &&
		    ing->ents[i].noun && !strcmp(ing->ents[i].noun, "signing"))
			ev = (long)i;
	if (ev < 0) {
		snprintf(name, sizeof(name), "signing of the %s",
		         tr >= 0 ? ing->ents[tr].name : "agreement");
		if ((ev = new_event(ing, name, "signing", si, m)) < 0)
			return KG_ENOMEM;
	}
	if (kg_ingest__took_part(ing, ev, m->ids[KG_SLOT_S], m->n[KG_SLOT_S],
	                         si, rule, st, 0))
		return KG_ENOMEM;
	return event_setting(ing, ev, si, m, rule);
}

static int act_locate(struct kg_ingest *ing,
                      const struct kg_match *m,
                      size_t si,
                      const char *rule,
                      long subj);

/* "NATO foreign ministers met in Brussels on Wednesday": a meeting of that
 * group, named after it, in those places, on that day (a later "the
 * meeting" is it). */
static int act_group(struct kg_ingest *ing,
                     const struct kg_match *m,
                     size_t si,
                     const char *rule)
{
	const struct chunk *first = &ing->chunks[m->c0];
	size_t c = m->c0 + 1, w;
	char name[400];
	long ev;

	if (first->kind != CH_ENT) {
		/* "foreign ministers of the G7": the words before "of";
		 * "ministers of the G7" inside it matched on its own */
		static const char *const kinds[] = { "foreign", "defence",
			                             "defense", "finance",
			                             NULL };

		if (m->c0 > 0 && ing->chunks[m->c0 - 1].kind == CH_WORD &&
		    kg_ingest__in_list(ing->chunks[m->c0 - 1].norm, kinds))
			return KG_OK;
		c = m->c0;
		for (w = c; w < m->c1 && strcmp(ing->chunks[w].norm, "of"); w++)
			;
	} else {
		/* "G7 foreign ministers": from after the name to the verb */
		for (w = c;
		     w < m->c1 && ing->chunks[w].kind == CH_WORD &&
		     !(ing->chunks[w].wflags & (KG_W_MEET | KG_W_ATTEND));
		     w++)
			;
	}
	snprintf(name, sizeof(name), "%s %s meeting",
	         ing->ents[m->ids[KG_SLOT_S][0]].name,
	         w > c ? kg_ingest__span(ing, ing->chunks[c].t0,
	                                 ing->chunks[w - 1].t1)
	               : "");
	ev = kg_ingest__entity(ing, KG_T_EVENT, name, strlen(name));
	if (ev < 0 || kg_ingest__mention(ing, ev, si, first->t0,
	                                 ing->chunks[m->c1 - 1].t1))
		return KG_ENOMEM;
	if (!ing->ents[ev].noun)
		ing->ents[ev].noun = "meeting";
	ing->last_event = ev;
	return act_locate(ing, m, si, rule, ev);
}

/* "X was sworn in": X attended the inauguration the text speaks of, or a
 * new one named for X, placed and dated from the sentence. */
static int act_sworn(struct kg_ingest *ing,
                     const struct kg_match *m,
                     size_t si,
                     const char *rule,
                     int st)
{
	long ev = -1, who = m->ids[KG_SLOT_S][0];
	size_t i;

	for (i = 0; i < ing->nents; i++)
		if (ing->ents[i].type == KG_T_EVENT &&
		    ing->ents[i].merged < 0 && !ing->ents[i].background &&
		    ing->ents[i].noun &&
		    !strcmp(ing->ents[i].noun, "inauguration"))
			ev = (long)i;
	/* "was sworn in ... at a ceremony in the forecourt": that one */
	if (ev < 0 && (ev = sentence_event(ing, "ceremony")) >= 0)
		ing->ents[ev].noun = "inauguration"; /* found by its kind */
	if (ev < 0) {
		char name[400];

		snprintf(name, sizeof(name), "inauguration of %s",
		         ing->ents[who].name);
		if ((ev = new_event(ing, name, "inauguration", si, m)) < 0)
			return KG_ENOMEM;
		/* "President X, who was sworn in on Saturday": told by the
		 * way, not what the article is about */
		for (i = m->c0; i < m->c1 && i < ing->nchunks; i++)
			if (ing->chunks[i].kind == CH_WORD &&
			    !strcmp(ing->chunks[i].norm, "who"))
				ing->ents[ev].background = 1;
	}
	for (i = 0; i < m->n[KG_SLOT_S]; i++) {
		if (fact(ing, m->ids[KG_SLOT_S][i], KG_P_ATTENDED, ev, si, rule,
		         st, 0))
			return KG_ENOMEM;
		kg_ingest__add_part(ing, ev, m->ids[KG_SLOT_S][i]);
	}
	return event_setting(ing, ev, si, m, rule);
}

static int act_pairs(struct kg_ingest *ing,
                     const struct kg_match *m,
                     int sa,
                     int sb,
                     kg_pred p,
                     size_t si,
                     const char *rule,
                     int st,
                     int neg)
{
	size_t i, j;

	for (i = 0; i < m->n[sa]; i++)
		for (j = 0; j < m->n[sb]; j++)
			if (fact(ing, m->ids[sa][i], p, m->ids[sb][j], si, rule,
			         st, neg))
				return KG_ENOMEM;
	return KG_OK;
}

/* Does person p hold any office in the text so far? */
static int holds_any(const struct kg_ingest *ing, long p)
{
	size_t i;

	for (i = 0; i < ing->nfacts; i++)
		if (ing->facts[i].pred == KG_P_HOLDS_OFFICE &&
		    kg_ingest__root(ing, (long)ing->facts[i].subject) == p)
			return 1;
	return 0;
}

/* Does person p lead a country or a government: a president, a prime
 * minister, a monarch ("the four leaders" are no mayor)? */
static int leads(const struct kg_ingest *ing, long p)
{
	static const char *const titles[] = {
		"President", "Prime Minister", "Chancellor",     "King",
		"Queen",     "Emperor",        "Emir",           "Sultan",
		"Leader",    "Taoiseach",      "Supreme Leader", NULL
	};
	size_t i;

	for (i = 0; i < ing->nfacts; i++) {
		const kg_doc_fact *f = &ing->facts[i];

		if (f->pred == KG_P_HOLDS_OFFICE &&
		    kg_ingest__root(ing, (long)f->subject) == p &&
		    ing->ents[f->object].title &&
		    kg_ingest__in_list(ing->ents[f->object].title, titles))
			return 1;
	}
	return 0;
}

/* "The two prime ministers then held talks": the two persons named last
 * before the match (holding that title, when the words give one) met.
 * The title is read from the match's words: "presidents", "prime
 * ministers", "foreign ministers"; "leaders", "men", "the pair" take any
 * two. */
/* Each subject of the match holds the office named name (title, of juris
 * or -1). */
static int hold_office(struct kg_ingest *ing,
                       const struct kg_match *m,
                       size_t si,
                       const char *rule,
                       int st,
                       const char *name,
                       const char *title,
                       long juris)
{
	long office = kg_ingest__entity(ing, KG_T_OFFICE, name, strlen(name));
	size_t i;

	if (office < 0)
		return KG_ENOMEM;
	if (ing->ents[office].title == NULL)
		ing->ents[office].title = title;
	if (juris >= 0)
		ing->ents[office].juris = juris;
	for (i = 0; i < m->n[KG_SLOT_S]; i++)
		if (fact(ing, m->ids[KG_SLOT_S][i], KG_P_HOLDS_OFFICE, office,
		         si, rule, st, 0))
			return KG_ENOMEM;
	return KG_OK;
}

/* "Former presidents Nicolas Sarkozy and Francois Hollande", "seven
 * former prime ministers - A, B and C": each holds the bare office of the
 * plural title, former when the match says so. */
static int act_titles(struct kg_ingest *ing,
                      const struct kg_match *m,
                      size_t si,
                      const char *rule)
{
	static const char *const plural[][2] = {
		{ "presidents", "President" },
		{ "prime ministers", "Prime Minister" },
		{ "foreign ministers", "Foreign Minister" },
		{ "chancellors", "Chancellor" },
		{ "senators", "Senator" },
		{ NULL, NULL }
	};
	const char *title = NULL;
	int st = KG_S_CURRENT;
	size_t c, i;

	/* "Former presidents": the word may stand before the match */
	if (m->c0 > 0 && ing->chunks[m->c0 - 1].kind == CH_WORD &&
	    !strcmp(ing->chunks[m->c0 - 1].norm, "former"))
		st = KG_S_FORMER;
	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];
		char two[64];

		if (ch->kind != CH_WORD)
			continue;
		if (!strcmp(ch->norm, "former"))
			st = KG_S_FORMER;
		snprintf(two, sizeof(two), "%s %s", ch->norm,
		         c + 1 < ing->nchunks &&
		                         ing->chunks[c + 1].kind == CH_WORD
		                 ? ing->chunks[c + 1].norm
		                 : "");
		for (i = 0; plural[i][0]; i++)
			if (!strcmp(ch->norm, plural[i][0]) ||
			    !strcmp(two, plural[i][0]))
				title = plural[i][1];
	}
	if (title == NULL)
		return KG_OK;
	return hold_office(ing, m, si, rule, st, title, title, -1);
}

static int act_plural(struct kg_ingest *ing,
                      const struct kg_match *m,
                      size_t si,
                      const char *rule,
                      int st,
                      int neg)
{
	static const char *const plural[][2] = {
		{ "presidents", "President" },
		{ "prime ministers", "Prime Minister" },
		{ "foreign ministers", "Foreign Minister" },
		{ "chancellors", "Chancellor" },
		{ NULL, NULL }
	};
	static const char *const counts[] = { "two",  "three", "four",
		                              "five", "six",   NULL };
	const char *title = NULL;
	struct kg_match group = *m;
	size_t c, i, j, cut = 0, want = 2, n = 0;
	long best[6];
	int leaders = 0;

	for (c = m->c0; c < m->c1 && c < ing->nchunks; c++) {
		char two_words[64];
		const char *w = ing->chunks[c].norm;

		if (ing->chunks[c].kind != CH_WORD)
			continue;
		/* "the two leaders": two who hold an office, not "his wife,
		 * Olena Zelenska" named last */
		if (!strcmp(w, "leaders"))
			leaders = 1;
		for (i = 0; counts[i]; i++)
			if (!strcmp(w, counts[i]) ||
			    (!strncmp(w, "the ", 4) &&
			     !strcmp(w + 4, counts[i])))
				want = i + 2;
		snprintf(two_words, sizeof(two_words), "%s %s", w,
		         c + 1 < ing->nchunks &&
		                         ing->chunks[c + 1].kind == CH_WORD
		                 ? ing->chunks[c + 1].norm
		                 : "");
		for (i = 0; plural[i][0]; i++)
			if (!strcmp(w, plural[i][0]) ||
			    !strcmp(two_words, plural[i][0]))
				title = plural[i][1];
	}
	/* "where they met Netanyahu": they met him (meet.they-met-whom) */
	for (c = m->c1; c < m->c1 + 3 && c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_ENT &&
		    ing->chunks[c].type == KG_T_PERSON)
			return KG_OK;
		else if (ing->chunks[c].kind == CH_PUNCT)
			break;
	/* only names mentioned before the match */
	for (c = m->c0; c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_ENT)
			cut++;
	cut = ing->nments > cut ? ing->nments - cut : 0;
	for (i = 0; i < ing->nents; i++) {
		const struct ent *e = &ing->ents[i];
		char key[160];
		int host = 0;

		if (e->type != KG_T_PERSON || e->merged >= 0 ||
		    e->last_seen == 0 || e->last_seen > cut)
			continue;
		/* "Zelensky received the four leaders": not the host */
		for (j = 0; j < m->n[KG_SLOT_S]; j++)
			host |= kg_ingest__root(ing, m->ids[KG_SLOT_S][j]) ==
			        (long)i;
		snprintf(key, sizeof(key), "%zu:%s", i, title ? title : "");
		/* with a title: its holders, or a name with no title at all
		 * ("his Australian counterpart Anthony Albanese") */
		if (host ||
		    (title && kg_ingest__lookup(ing, KG_NS_HELD, key) < 0 &&
		     holds_any(ing, (long)i)) ||
		    (leaders && !leads(ing, (long)i)))
			continue;
		/* the latest `want`, newest first */
		for (j = n < want ? n++ : want;
		     j > 0 && e->last_seen > ing->ents[best[j - 1]].last_seen;
		     j--)
			if (j < want)
				best[j] = best[j - 1];
		if (j < want)
			best[j] = (long)i;
	}
	if (n < want)
		return KG_OK;
	if (m->n[KG_SLOT_S]) { /* the host meets the group */
		for (i = 0; i < want; i++)
			group.ids[KG_SLOT_O][i] = best[want - 1 - i];
		group.n[KG_SLOT_O] = want;
	} else { /* the group met; and "sat down with X": O as matched */
		for (i = 0; i < want; i++)
			group.ids[KG_SLOT_S][i] = best[want - 1 - i];
		group.n[KG_SLOT_S] = want;
	}
	return act_meet(ing, &group, si, rule, st, neg);
}

/* "Bastian Giegerich, who heads the International Institute for
 * Strategic Studies": the office the verb names, of the organisation. */
static int act_heads(struct kg_ingest *ing,
                     const struct kg_match *m,
                     size_t si,
                     const char *rule,
                     int st)
{
	static const char *const verbs[][2] = {
		{ "heads", "Head" },       { "headed", "Head" },
		{ "leads", "Leader" },     { "led", "Leader" },
		{ "chairs", "Chair" },     { "chaired", "Chair" },
		{ "directs", "Director" }, { NULL, NULL }
	};
	const char *title = NULL;
	char name[320];
	size_t c, i;
	long org;

	if (!m->n[KG_SLOT_S] || !m->n[KG_SLOT_O])
		return KG_OK;
	for (c = m->c0; c < m->c1 && c < ing->nchunks && !title; c++)
		for (i = 0; ing->chunks[c].kind == CH_WORD && verbs[i][0]; i++)
			if (!strcmp(ing->chunks[c].norm, verbs[i][0]) ||
			    (strlen(ing->chunks[c].norm) > 4 &&
			     !strcmp(ing->chunks[c].norm + 4, verbs[i][0]) &&
			     !strncmp(ing->chunks[c].norm, "who ", 4)))
				title = verbs[i][1];
	if (title == NULL)
		return KG_OK;
	org = m->ids[KG_SLOT_O][0];
	snprintf(name, sizeof(name), "%s of %s%s", title,
	         kg_ingest__the(ing, org), ing->ents[org].name);
	return hold_office(ing, m, si, rule, st, name, title, org);
}

/* The country person p holds an office of ("Bolivian President Luis
 * Arce"), by the latest such title in the text, or -1. */
static long country_of(struct kg_ingest *ing, long p)
{
	size_t i = ing->nfacts;

	while (i-- > 0) {
		const kg_doc_fact *f = &ing->facts[i];
		long off, j;

		if (f->pred != KG_P_HOLDS_OFFICE || f->negated ||
		    f->object == KG_NO_ENTITY ||
		    kg_ingest__root(ing, (long)f->subject) !=
		            kg_ingest__root(ing, p))
			continue;
		off = kg_ingest__root(ing, (long)f->object);
		j = ing->ents[off].juris;
		if (j >= 0 &&
		    ing->ents[kg_ingest__root(ing, j)].type == KG_T_GPE)
			return kg_ingest__root(ing, j);
	}
	return -1;
}

static int chunk_word(const struct kg_ingest *ing, size_t c, const char *w)
{
	return ing->chunks[c].kind == CH_WORD &&
	       !strcmp(ing->chunks[c].norm, w);
}

/* "of", "a member of", "director of" */
static int ends_in_of(const char *w)
{
	size_t n = strlen(w);

	return !strcmp(w, "of") || (n > 3 && !strcmp(w + n - 3, " of"));
}

/* Copy m into *out without the organisations and places of slot S that
 * stand after "of" in the match ("a member of the Political Bureau");
 * returns whether any went. */
static int drop_of_objects(const struct kg_ingest *ing,
                           const struct kg_match *m,
                           struct kg_match *out)
{
	size_t i, c, n = 0;
	int dropped = 0;

	*out = *m;
	for (i = 0; i < m->n[KG_SLOT_S]; i++) {
		long id = m->ids[KG_SLOT_S][i];
		int of = 0;

		for (c = m->c0; c < m->c1 && c < ing->nchunks; c++) {
			size_t b = c;

			if (ing->chunks[c].kind != CH_ENT ||
			    ing->chunks[c].ent != id ||
			    ing->chunks[c].type == KG_T_PERSON)
				continue;
			/* "of the General Office of ...": a title between;
			 * "a member of the Politburo" */
			while (b > 0 && (ing->chunks[b - 1].kind == CH_TITLE ||
			                 chunk_word(ing, b - 1, "the")))
				b--;
			of |= b > 0 && ing->chunks[b - 1].kind == CH_WORD &&
			      ends_in_of(ing->chunks[b - 1].norm);
		}
		if (of)
			dropped = 1;
		else
			out->ids[KG_SLOT_S][n++] = id;
	}
	out->n[KG_SLOT_S] = n;
	return dropped;
}

static int apply(struct kg_ingest *ing,
                 const struct rule *r,
                 const struct kg_match *m,
                 size_t si)
{
	struct kg_match own;
	int neg, st = status_of(ing, m, &neg);
	long ev;
	size_t i;

	if (r->pred == KG_P_ATTENDED && remote(ing, m))
		return KG_OK;
	if (r->pred == KG_P_ATTENDED && m->n[KG_SLOT_S] > 0) {
		/* "Cai Qi, a member of the Political Bureau ..., and Wang
		 * Yi ... attended": not the bodies named in the appositions */
		int k = drop_of_objects(ing, m, &own);

		if (k)
			m = &own;
	}
	if ((r->action == A_GATHER || r->action == A_ATTEND) && wished(ing, m))
		return KG_OK;
	if (r->action == A_ATTEND && honoured(ing, m))
		return KG_OK; /* "X was remembered at a state funeral" */

	switch (r->action) {
	case A_PAIR:
		if (r->pred == KG_P_MEMBER_OF && aspires(ing, m))
			return KG_OK; /* "Ukraine's goal of joining NATO" */
		if (r->pred == KG_P_INVOKES &&
		    (object_before(ing, m->c0) ||
		     ((r->flags & R_NEAREST) && actor_nearer(ing, m))))
			return KG_OK; /* "open to both Moscow and Kyiv,
			                 invoked": not who invoked */
		if (r->pred == KG_P_HOLDS_OFFICE)
			st = title_status(ing, m,
			                  st); /* "X, a former minister" */
		/* "chose not to invoke Article 222 of the TFEU": the article
		 * is part of the treaty all the same */
		if (r->pred == KG_P_PART_OF)
			st = KG_S_CURRENT, neg = 0;
		return act_pairs(ing, m, KG_SLOT_S, KG_SLOT_O, r->pred, si,
		                 r->id, st, neg);
	case A_MEET:
		return act_meet(ing, m, si, r->id, st, neg);
	case A_GATHER:
		/* two or three brought together met; a summit of more is
		 * attendance, its pairs not told */
		for (i = 0; !neg && i < m->n[KG_SLOT_E]; i++) {
			size_t n = m->n[KG_SLOT_S], step = n > 3 ? 1 : n, j;

			for (j = 0; j < n; j += step)
				if (kg_ingest__took_part(
				            ing, m->ids[KG_SLOT_E][i],
				            m->ids[KG_SLOT_S] + j, step, si,
				            r->id, st, neg))
					return KG_ENOMEM;
		}
		return KG_OK;
	case A_ATTEND:
		if (r->pattern[0] == 'S' && after_of(ing, m->c0))
			return KG_OK; /* "stood in for the King at a ..." */
		for (i = 0; !neg && i < m->n[KG_SLOT_E]; i++) {
			size_t j;

			for (j = 0; j < m->n[KG_SLOT_S]; j++)
				if (ing->ents[m->ids[KG_SLOT_S][j]].type ==
				    KG_T_PERSON)
					kg_ingest__add_part(
					        ing, m->ids[KG_SLOT_E][i],
					        m->ids[KG_SLOT_S][j]);
		}
		return act_pairs(ing, m, KG_SLOT_S, KG_SLOT_E, KG_P_ATTENDED,
		                 si, r->id, st, neg);
	case A_VISIT:
		return act_visit(ing, m, si, r->id, st, neg);
	case A_LOCATE:
		if (inside_clause(ing, m, EVENT_APPOSITION) ||
		    ((r->flags & R_GATHERING) && m->n[KG_SLOT_E] &&
		     !kg_ingest__gathering(&ing->ents[m->ids[KG_SLOT_E][0]])))
			return KG_OK; /* not "the war in Sudan" at a palace */
		return act_locate(ing, m, si, r->id,
		                  m->n[KG_SLOT_E] ? m->ids[KG_SLOT_E][0]
		                                  : m->ids[KG_SLOT_S][0]);
	case A_DATE:
		if (kg_ingest__date_blocked(ing, m->c0, m->c1))
			return KG_OK; /* "a state visit called off in March" */
		for (i = 0; i < m->n[KG_SLOT_D]; i++)
			if (!ends_at(ing, m, m->ids[KG_SLOT_D][i]) &&
			    kg_ingest__fact(
			            ing, m->ids[KG_SLOT_E][0], KG_P_OCCURRED_ON,
			            -1, ing->dates[m->ids[KG_SLOT_D][i]].text,
			            si, r->id, KG_S_CURRENT, 0))
				return KG_ENOMEM;
		return KG_OK;
	case A_ALIAS:
		return act_alias(ing, m);
	case A_AS_WELL:
		return neg ? KG_OK : act_as_well(ing, m, si, r->id, st);
	case A_HERE:
		for (i = 0; i < m->n[KG_SLOT_O] && i < 3; i++)
			ing->here[i] = m->ids[KG_SLOT_O][i];
		ing->nhere = i;
		return KG_OK;
	case A_HERE_AT:
		if (neg || !ing->nhere ||
		    !kg_ingest__gathering(&ing->ents[m->ids[KG_SLOT_E][0]]))
			return KG_OK;
		return kg_ingest__place_chain(ing, m->ids[KG_SLOT_E][0],
		                              ing->here, ing->nhere, si, r->id);
	case A_ATTEND_CTX:
		/* only when the sentence names no event of its own; a denial
		 * counts only inside the match ("did not attend and sent X
		 * in his place": X attended) */
		if (after_of(ing, m->c0) || event_follows(ing, m) ||
		    met_object(ing, m->c0))
			return KG_OK; /* "ministers of the Quad gathered" */

		neg = denied(ing, m);
		/* the sentence's own gathering ("At an evening reception he
		 * greeted guests including X"), else the one the text is
		 * about */
		ev = current_event(ing);
		if (ev >= 0 && !kg_ingest__gathering(&ing->ents[ev]))
			ev = -1;
		/* "... at the G7 summit in June. Starmer confirmed that he
		 * will attend": a bare "attend" means the gathering named
		 * just before */
		if (ev < 0 && si > 0 && !strcmp(r->id, "attend.bare"))
			ev = event_of_sentence(ing, si - 1, st == KG_S_PLANNED);
		ev = ev >= 0 ? kg_ingest__root(ing, ev) : topic_event(ing);
		if (neg || ev < 0)
			return KG_OK;
		/* "X, who came to represent the Queen, is in the front row
		 * beside Y": not the Queen, but Y */
		for (i = 0;
		     !inside_clause(ing, m, WHO_CLAUSE) && i < m->n[KG_SLOT_S];
		     i++)
			if (fact(ing, m->ids[KG_SLOT_S][i], KG_P_ATTENDED, ev,
			         si, r->id, st, 0))
				return KG_ENOMEM;
		for (i = 0; i < m->n[KG_SLOT_O]; i++)
			if (fact(ing, m->ids[KG_SLOT_O][i], KG_P_ATTENDED, ev,
			         si, r->id, st, 0))
				return KG_ENOMEM;
		return KG_OK;
	case A_GROUP:
		return neg ? KG_OK : act_group(ing, m, si, r->id);
	case A_PARTY:
		/* "Graham, a Republican from South Carolina"; "Prime
		 * Minister Petteri Orpo (NCP)": a short name after someone
		 * who holds an office, not "Hindustan Aeronautics (HAL)" */
		if (!strstr(ing->ents[m->ids[KG_SLOT_O][0]].name, "Party") &&
		    !(strlen(ing->ents[m->ids[KG_SLOT_O][0]].name) <= 6 &&
		      holds_any(ing, m->ids[KG_SLOT_S][0])))
			return KG_OK;
		return act_pairs(ing, m, KG_SLOT_S, KG_SLOT_O, r->pred, si,
		                 r->id, st, neg);
	case A_TITLES:
		return neg ? KG_OK : act_titles(ing, m, si, r->id);
	case A_PLURAL:
		return act_plural(ing, m, si, r->id, st, neg);
	case A_HEADS:
		return neg ? KG_OK : act_heads(ing, m, si, r->id, st);
	case A_MEMBERS: {
		struct kg_match with = *m;

		with.ids[KG_SLOT_O][0] = kg_ingest__org_by_head(ing, "bloc");
		with.n[KG_SLOT_O] = 1;
		return with.ids[KG_SLOT_O][0] < 0
		               ? KG_OK
		               : act_pairs(ing, &with, KG_SLOT_S, KG_SLOT_O,
		                           r->pred, si, r->id, st, neg);
	}
	case A_COUNTRY: /* "Arce, whose country became a member of" */
		for (i = 0; i < m->n[KG_SLOT_S]; i++) {
			long c = country_of(ing, m->ids[KG_SLOT_S][i]);

			for (size_t j = 0; c >= 0 && j < m->n[KG_SLOT_O]; j++)
				if (fact(ing, c, r->pred, m->ids[KG_SLOT_O][j],
				         si, r->id, st, neg))
					return KG_ENOMEM;
		}
		return KG_OK;
	case A_SWORN:
		return neg ? KG_OK : act_sworn(ing, m, si, r->id, st);
	case A_SIGN:
		return neg ? KG_OK : act_sign(ing, m, si, r->id, st);
	case A_INVOKE:
		ev = sentence_event(ing, NULL);
		if (ev < 0)
			ev = topic_event(ing);
		for (i = 0; ev >= 0 && i < m->n[KG_SLOT_O]; i++)
			if (!invoked_here(ing, m->ids[KG_SLOT_O][i], si) &&
			    fact(ing, ev, KG_P_INVOKES, m->ids[KG_SLOT_O][i],
			         si, r->id, st, neg))
				return KG_ENOMEM;
		return KG_OK;
	}
	return KG_OK;
}

/* Words before a colon that announce who took part. */
static const char *const list_cues[] = {
	"participants", "attendees", "attending",  "delegations", "guests",
	"present",      "table",     "attendance", "lineup",      NULL
};

/* "Taking part in the leaders' meeting were:" and then one item a line,
 * "- Edi Rama, Prime Minister of Albania": the first person of each item
 * attended. */
static int list_items(struct kg_ingest *ing, size_t si)
{
	const struct sent *s = &ing->sents[si];
	const struct tok *last = &ing->toks[s->t1 - 1];
	size_t c;
	int cue = 0;
	long ev = -1;

	if (s->item && ing->list_event >= 0) {
		/* "* UNITED STATES - Vice President Kamala Harris and national
		 * security adviser Jake Sullivan": the persons it names, unless
		 * denied */
		for (c = 0; c < ing->nchunks; c++) {
			if (ing->chunks[c].kind == CH_WORD &&
			    (ing->chunks[c].wflags & KG_W_NEGATION))
				break;
			if (ing->chunks[c].kind == CH_ENT &&
			    ing->chunks[c].type == KG_T_PERSON &&
			    fact(ing, ing->chunks[c].ent, KG_P_ATTENDED,
			         ing->list_event, si, "attend.list-item",
			         KG_S_CURRENT, 0))
				return KG_ENOMEM;
		}
		return KG_OK;
	}
	/* a sentence on the line of an item ("... Jake Sullivan. President
	 * Joe Biden is not attending") does not end the list */
	if (ing->list_event >= 0 &&
	    !(ing->toks[s->t0].flags & (TF_NL | TF_PARA)))
		return KG_OK;
	ing->list_event = -1;
	if (last->kind != TK_PUNCT || ing->in->text[last->start] != ':')
		return KG_OK;
	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_WORD && (ch->wflags & KG_W_ATTEND))
			cue = 1;
		else if (ch->kind == CH_WORD &&
		         kg_ingest__in_list(ch->norm, list_cues))
			cue = 1;
		else if (ch->kind == CH_ENT && ch->type == KG_T_EVENT)
			ev = ch->ent;
	}
	if (cue)
		ing->list_event = ev >= 0 ? ev : topic_event(ing);
	return KG_OK;
}

/* The rules that may match a sentence with mask s, as bits in cand. */
static void candidates(const struct kg_rules *rs,
                       const struct kg_sentence_mask *s,
                       uint64_t *cand)
{
	size_t nw = RULE_WORDS(rs->n), w, k;

	memcpy(cand, rs->always, nw * sizeof(*cand));
	for (w = 0; w < KG_MASK_WORDS; w++)
		for (uint64_t m = s->words[w]; m; m &= m - 1) {
			const uint64_t *r =
			        &rs->by_bit[(w * 64 +
			                     (size_t)__builtin_ctzll(m)) *
			                    nw];

			for (k = 0; k < nw; k++)
				cand[k] |= r[k];
		}
}

#ifndef NDEBUG
/* The filters only skip what cannot match: in a debug build (the
 * sanitizer run of the whole suite) every rule they skip is matched
 * anyway, at every chunk, and must fail. */
static void check_filters(const struct kg_ingest *ing,
                          const struct kg_rules *rs,
                          const struct kg_sentence_mask *mask,
                          const uint64_t *cand,
                          uint64_t any)
{
	struct kg_match m;
	size_t i, c;

	for (i = 0; i < rs->n; i++) {
		int skipped = !((cand[i / 64] >> (i % 64)) & 1) ||
		              !(any & rs->start[i]) ||
		              !kg_pattern_possible(rs->compiled[i], mask);

		for (c = 0; c < ing->nchunks; c++)
			if (skipped || !(ing->bits[c] & rs->start[i]))
				assert(!kg_pattern_match(rs->compiled[i], ing,
				                         c, &m));
	}
}
#endif

/* Where a sentence's own words start after a timeline's or a live blog's
 * stamp: "17 June 2018 - At a ceremony in Psarades, ...", "14:50 — On the
 * margins, ..." (the chunk after the dash; 0 when there is no stamp). */
static size_t own_start(const struct kg_ingest *ing)
{
	size_t c;

	for (c = 0; c < ing->nchunks && c < 6; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_PUNCT && c > 0 &&
		    (!strcmp(ch->norm, "-") || !strcmp(ch->norm, "\u2014") ||
		     !strcmp(ch->norm, "\u2013")))
			return c + 1;
		if (ch->kind != CH_DATE && ch->kind != CH_PUNCT &&
		    !(ch->kind == CH_WORD && ch->norm[0] >= '0' &&
		      ch->norm[0] <= '9'))
			return 0;
	}
	return 0;
}

/* Rule i at every chunk of the sentence where it may start. */
static int run_rule(struct kg_ingest *ing,
                    const struct kg_rules *rs,
                    size_t i,
                    size_t si,
                    size_t start)
{
	struct kg_match m;
	size_t c;
	int rc;

	for (c = 0; c < ing->nchunks; c++) {
		if ((rs->rules[i].flags & R_AT_START) && c > 0 && c != start) {
			if (c > start)
				break;
			continue;
		}
		if ((ing->bits[c] & rs->start[i]) &&
		    kg_pattern_match(rs->compiled[i], ing, c, &m) &&
		    (rc = apply(ing, &rs->rules[i], &m, si)) != KG_OK)
			return rc;
	}
	return KG_OK;
}

int kg_ingest__rules(struct kg_ingest *ing,
                     const struct kg_rules *rs,
                     size_t si)
{
	struct kg_sentence_mask mask;
	uint64_t any, cand[RULE_WORDS(RULES_MAX)];
	size_t i, w, start;
	int rc;

	if (ing->nchunks > ing->capbits) {
		uint64_t *b = realloc(ing->bits, ing->nchunks * sizeof(*b));

		if (b == NULL)
			return KG_ENOMEM;
		ing->bits = b;
		ing->capbits = ing->nchunks;
	}
	any = kg_pattern_mask(ing, &mask, ing->bits);
	candidates(rs, &mask, cand);
#ifndef NDEBUG
	check_filters(ing, rs, &mask, cand, any);
#endif
	start = own_start(ing);
	for (w = 0; w < RULE_WORDS(rs->n); w++)
		for (uint64_t set = cand[w]; set; set &= set - 1) {
			i = w * 64 + (size_t)__builtin_ctzll(set);
			if (!(any & rs->start[i]) ||
			    !kg_pattern_possible(rs->compiled[i], &mask))
				continue; /* an element it needs is not here */
			if ((rc = run_rule(ing, rs, i, si, start)) != KG_OK)
				return rc;
		}
	return list_items(ing, si);
}
