/* ingest/setting.c - where and when, from the sentence around one event
 *
 * The rules place an event when its noun and the place stand close ("the
 * summit in Anchorage").  News often keeps them apart: "Leaders adopted a
 * declaration at the Nasrec centre on Saturday, the first G20 summit held
 * in Africa", "X and Y endorsed an accord at the White House on August 8,
 * with Z hosting them for a three-way summit".  After the rules, a sentence
 * that names exactly one event, not one told as past, places it at each
 * "at/in/inside/on" chain of places the sentence gives and dates it by the
 * sentence's one date -- each only when no rule placed or dated it yet.
 * Places in a relative clause about someone else ("who stayed in
 * Washington"), after a verb of residence or speech ("based in", "told
 * reporters in") and possessives ("in Russia's war") are not its setting.
 */
#include <string.h>

#include "patterns.h"

static int word_is(const struct kg_ingest *ing, size_t c, const char *w)
{
	return c < ing->nchunks &&
	       (ing->chunks[c].kind == CH_WORD ||
	        ing->chunks[c].kind == CH_PUNCT) &&
	       !strcmp(ing->chunks[c].norm, w);
}

/* Events that are not gatherings: no one meets at a war or a crisis, and
 * a phone call has no one place. */
static const char *const not_gathering[] = {
	"war",        "invasion",   "election",        "attack",
	"bombing",    "massacre",   "offensive",       "siege",
	"battle",     "pandemic",   "crisis",          "coup",
	"uprising",   "occupation", "annexation",      "assassination",
	"earthquake", "shooting",   "exercise",        "drills",
	"protest",    "phone call", "videoconference", NULL
};

/* A year in the event's own name ("the G20 summit in 2021") dates it. */
static int named_year(const char *name)
{
	for (; *name; name++)
		if ((name[0] == '1' || name[0] == '2') && name[1] >= '0' &&
		    name[1] <= '9' && name[2] >= '0' && name[2] <= '9' &&
		    name[3] >= '0' && name[3] <= '9')
			return 1;
	return 0;
}

int kg_ingest__gathering(const struct ent *e)
{
	return !e->noun || !kg_ingest__in_list(e->noun, not_gathering);
}

/* The one event chunk of the sentence, or -1 (none, or several). */
static long only_event(const struct kg_ingest *ing)
{
	long ev = -1;
	size_t c;

	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];
		long e;

		if (ch->kind != CH_ENT || ch->type != KG_T_EVENT)
			continue;
		e = kg_ingest__root(ing, ch->ent);
		/* "emergency talks on the crisis in Haiti": a crisis or a war
		 * is no second gathering */
		if (!kg_ingest__gathering(&ing->ents[e]))
			continue;
		if (ev >= 0 && e != ev)
			return -1;
		ev = e;
	}
	if (ev < 0 || ing->ents[ev].background)
		return -1;
	return ev;
}

static const char *const not_setting[] = {
	"stayed",      "remained", "based",    "born",
	"lives",       "live",     "living",   "headquartered",
	"returned",    "home",     "back",     "reporters",
	"journalists", "said",     "says",     "told",
	"exile",       "jailed",   "detained", "died",
	"killed",      "invested", "war",      "landed",
	"arrived",     "flew",     "down",     NULL
};

/* Does the place phrase at chunk c (after its preposition p) set the
 * scene for an event mentioned at chunk e? */
static int scene_at(const struct kg_ingest *ing, size_t e, size_t p)
{
	size_t c, lo = e < p ? e : p, hi = e < p ? p : e;

	if (p > 0 && ing->chunks[p - 1].kind == CH_WORD &&
	    kg_ingest__in_list(ing->chunks[p - 1].norm, not_setting))
		return 0;
	for (c = lo; c < hi; c++)
		if (word_is(ing, c, "who") || word_is(ing, c, "whose") ||
		    word_is(ing, c, ";") || word_is(ing, c, "from") ||
		    word_is(ing, c, "since"))
			return 0;
	return 1;
}

static size_t event_chunk(const struct kg_ingest *ing, long ev)
{
	size_t c;

	for (c = 0; c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_ENT &&
		    kg_ingest__root(ing, ing->chunks[c].ent) == ev)
			return c;
	return 0;
}

static int
place_chains(struct kg_ingest *ing, long ev, size_t si, int venue_only)
{
	size_t c, e = event_chunk(ing, ev);

	for (c = 0; c + 1 < ing->nchunks; c++) {
		long P[KG_SLOT_MAX];
		size_t n, k;

		if (!word_is(ing, c, "at") && !word_is(ing, c, "in") &&
		    !word_is(ing, c, "inside") && !word_is(ing, c, "on"))
			continue;
		k = kg_pattern_places(ing, c + 1, P, KG_SLOT_MAX, &n);
		/* "talks on Ukraine" is a topic; "on the South Lawn" a place */
		if (n == 0 || word_is(ing, k, "'s") || !scene_at(ing, e, c) ||
		    (venue_only && ing->ents[kg_ingest__root(ing, P[0])].type !=
		                           KG_T_FACILITY) ||
		    (word_is(ing, c, "on") &&
		     ing->ents[kg_ingest__root(ing, P[0])].type !=
		             KG_T_FACILITY))
			continue;
		if (kg_ingest__place_chain(ing, ev, P, n, si, "event.setting"))
			return KG_ENOMEM;
		c = k - 1;
	}
	return KG_OK;
}

int kg_ingest__date_blocked(const struct kg_ingest *ing, size_t c0, size_t c1)
{
	static const char *const not_own[] = {
		"cancelled", "canceled",   "postponed", "preceded",
		"followed",  "delayed",    "scrapped",  "off",
		"suspended", "called off", "put off",   NULL
	};
	size_t c;

	for (c = c0; c < c1 && c < ing->nchunks; c++)
		if (ing->chunks[c].kind == CH_WORD &&
		    kg_ingest__in_list(ing->chunks[c].norm, not_own))
			return 1;
	return 0;
}

int kg_ingest__end_date(const struct kg_ingest *ing, size_t c)
{
	return c > 0 &&
	       (word_is(ing, c - 1, "until") || word_is(ing, c - 1, "till") ||
	        word_is(ing, c - 1, "since"));
}

/* The chunk of word w that opens the clause chunk c stands in (no mark
 * or event between), or -1. */
static long
clause_opened_by(const struct kg_ingest *ing, size_t c, const char *w)
{
	while (c-- > 0) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_PUNCT ||
		    (ch->kind == CH_ENT && ch->type == KG_T_EVENT))
			return -1;
		if (ch->kind == CH_WORD && !strcmp(ch->norm, w))
			return (long)c;
	}
	return -1;
}

int kg_ingest__in_who_clause(const struct kg_ingest *ing, size_t c)
{
	long w = clause_opened_by(ing, c, "who");

	return w > 0 && word_is(ing, (size_t)w - 1, ",");
}

int kg_ingest__in_since_clause(const struct kg_ingest *ing, size_t c)
{
	return clause_opened_by(ing, c, "since") >= 0;
}

long kg_ingest__sentence_date(const struct kg_ingest *ing)
{
	long d = -1;
	size_t c;

	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind != CH_DATE || kg_ingest__end_date(ing, c) ||
		    kg_ingest__in_who_clause(ing, c) ||
		    kg_ingest__in_since_clause(ing, c))
			continue;
		if (d >= 0 &&
		    strcmp(ing->dates[ch->date].text, ing->dates[d].text))
			return -1;
		d = ch->date;
	}
	return d;
}

/* Is the sentence only a date, maybe with a weekday and a place after a
 * dash: "Sunday, Sept. 22.", "MONDAY, FEB. 17 — PARIS"?  A timeline's or a
 * roundup's section header: *date and *place get what it names. */
static int date_header(const struct kg_ingest *ing, long *date, long *place)
{
	size_t c;

	*date = *place = -1;
	for (c = 0; c < ing->nchunks; c++) {
		const struct chunk *ch = &ing->chunks[c];

		if (ch->kind == CH_DATE) {
			if (ing->dates[ch->date].d)
				*date = ch->date;
		} else if (ch->kind == CH_ENT && ch->type == KG_T_GPE &&
		           *date >= 0 && *place < 0) {
			*place = ch->ent;
		} else if (ch->kind != CH_PUNCT &&
		           !(ch->kind == CH_WORD &&
		             (ch->wflags & KG_W_WEEKDAY))) {
			return 0;
		}
	}
	/* the story's own date line ("Friday, February 21, 2025") heads
	 * no section */
	return *date >= 0 && !(ing->dates[*date].y == ing->anchor_y &&
	                       ing->dates[*date].m == ing->anchor_m &&
	                       ing->dates[*date].d == ing->anchor_d);
}

/* Is event ev placed in a town or country only, no venue yet ("the BRICS
 * summit in Kazan", then "which is taking place at the Kazan Expo")? */
static int no_venue(const struct kg_ingest *ing, long ev)
{
	long p = ing->ents[ev].place;

	return p < 0 || (ing->ents[kg_ingest__root(ing, p)].type == KG_T_GPE &&
	                 !ing->ents[ev].venue);
}

int kg_ingest__setting(struct kg_ingest *ing, size_t si)
{
	long ev, d, hd, hp;

	if (date_header(ing, &hd, &hp)) {
		ing->sec_date = hd;
		ing->sec_place = hp;
		ing->sec_sent = si;
		return KG_OK;
	}
	/* a section lasts to the end of the paragraph after its header */
	if ((ing->toks[ing->sents[si].t0].flags & TF_PARA) &&
	    ing->sec_sent + 1 != si)
		ing->sec_date = ing->sec_place = -1;
	if ((ev = only_event(ing)) < 0)
		return KG_OK;
	if (no_venue(ing, ev) &&
	    place_chains(ing, ev, si, ing->ents[ev].place >= 0))
		return KG_ENOMEM;
	if (ing->ents[ev].place < 0 && ing->sec_place >= 0 &&
	    kg_ingest__fact(ing, ev, KG_P_LOCATED_IN, ing->sec_place, NULL, si,
	                    "event.section", KG_S_CURRENT, 0))
		return KG_ENOMEM;
	if (ing->ents[ev].dated || named_year(ing->ents[ev].name) ||
	    kg_ingest__date_blocked(ing, 0, ing->nchunks))
		return KG_OK;
	if ((d = kg_ingest__sentence_date(ing)) >= 0)
		return ing->dates[d].d
		               ? kg_ingest__fact(ing, ev, KG_P_OCCURRED_ON, -1,
		                                 ing->dates[d].text, si,
		                                 "event.setting", KG_S_CURRENT,
		                                 0)
		               : KG_OK;
	if (ing->sec_date >= 0)
		return kg_ingest__fact(ing, ev, KG_P_OCCURRED_ON, -1,
		                       ing->dates[ing->sec_date].text, si,
		                       "event.section", KG_S_CURRENT, 0);
	return KG_OK;
}
