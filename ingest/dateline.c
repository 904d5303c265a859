/* ingest/dateline.c - the city and country of a dateline
 *
 * "BANGKOK -- Kishida and Xi held talks on Thursday ...": an event of the
 * lede that no fact places is in the dateline's city (rule
 * "dateline.event"; not a trip, which goes elsewhere, nor an event to
 * come).
 *
 * Wire copy names its city and, for a city the reader may not place, the
 * country: "NAIROBI, Kenya, Sept. 4 (Reuters) -", "TEL AVIV, Israel (AP)
 * —".  The story's events in that city are then in that country too, as a
 * reader takes it: after every sentence, each event located in the
 * dateline's city is also located in its country (rule "dateline.place",
 * citing the sentence that placed the event).
 *
 * Tried and dropped: the fact "Nairobi located_in Kenya" itself (true, but
 * gold files leave it out or make it optional: three wrong for two right
 * on tests/corpus), and chaining every event through every place it is in
 * ("the summit at Filoli", "Filoli, in Woodside": two right and six wrong,
 * a wrong venue carried on to its town).
 */
#include <string.h>

#include "ingest_int.h"

/* A dateline stands in the first sentences, after a headline and byline. */
#define KG_DATELINE_SENTENCES 5

static int gpe_chunk(const struct kg_ingest *ing, size_t c)
{
	return c < ing->nchunks && ing->chunks[c].kind == CH_ENT &&
	       ing->chunks[c].type == KG_T_GPE;
}

static int mark_chunk(const struct kg_ingest *ing, size_t c, const char *set)
{
	return c < ing->nchunks && ing->chunks[c].kind == CH_PUNCT &&
	       strstr(set, ing->chunks[c].norm) != NULL;
}

void kg_ingest__dateline_place(struct kg_ingest *ing, size_t si)
{
	const struct chunk *ch = ing->chunks;

	if (si > KG_DATELINE_SENTENCES || ing->dl_lede_city >= 0 ||
	    ing->sents[si].headline || !gpe_chunk(ing, 0) ||
	    ch[0].t0 != ing->sents[si].t0 ||
	    !(mark_chunk(ing, 1, "( - \u2014 \u2013") ||
	      (mark_chunk(ing, 1, ",") &&
	       (gpe_chunk(ing, 2) ||
	        (ing->nchunks > 2 && ch[2].kind == CH_DATE)))))
		return; /* not "US, Chinese envoys hold talks" */
	for (size_t t = ch[0].t0; t < ch[0].t1; t++)
		if (!(ing->toks[t].flags & TF_ALLCAPS))
			return; /* a sentence, not a dateline */
	ing->dl_lede_city = ch[0].ent;
	ing->dl_lede = si;
	if (mark_chunk(ing, 1, ",") && gpe_chunk(ing, 2) &&
	    mark_chunk(ing, 3, ", ( - \u2014 \u2013")) {
		ing->dl_city = ch[0].ent;
		ing->dl_land = ch[2].ent;
	}
}

/* Is event ev placed by a fact, or told in the lede as to come? */
static int placed_or_planned(const struct kg_ingest *ing, long ev)
{
	for (size_t i = 0; i < ing->nfacts; i++) {
		const kg_doc_fact *f = &ing->facts[i];

		if (f->pred == KG_P_LOCATED_IN &&
		    kg_ingest__root(ing, (long)f->subject) == ev)
			return 1;
		if (f->sentence == ing->dl_lede && f->status != KG_S_CURRENT &&
		    f->object != KG_NO_ENTITY &&
		    kg_ingest__root(ing, (long)f->object) == ev)
			return 1;
	}
	return 0;
}

/* "BANGKOK -- Kishida and Xi held talks on Thursday ...": an event of the
 * lede that nothing places is in the dateline's city. */
static int lede_events(struct kg_ingest *ing)
{
	size_t i;

	for (i = 0; i < ing->nments; i++) {
		const kg_doc_mention *mt = &ing->ments[i];
		long ev = kg_ingest__root(ing, (long)mt->entity);
		const struct ent *e = &ing->ents[ev];

		if (mt->sentence != ing->dl_lede || e->type != KG_T_EVENT ||
		    e->background || !kg_ingest__gathering(e) ||
		    (e->noun && !strcmp(e->noun, "visit")) ||
		    placed_or_planned(ing, ev))
			continue;
		if (kg_ingest__fact(ing, ev, KG_P_LOCATED_IN,
		                    kg_ingest__root(ing, ing->dl_lede_city),
		                    NULL, ing->dl_lede, "dateline.event",
		                    KG_S_CURRENT, 0))
			return KG_ENOMEM;
	}
	return KG_OK;
}

int kg_ingest__dateline_country(struct kg_ingest *ing)
{
	size_t i, nf;
	long city, land;

	if (ing->dl_lede_city >= 0 && lede_events(ing))
		return KG_ENOMEM;
	if (ing->dl_city < 0)
		return KG_OK;
	nf = ing->nfacts;
	city = kg_ingest__root(ing, ing->dl_city);
	land = kg_ingest__root(ing, ing->dl_land);
	for (i = 0; i < nf; i++) {
		const kg_doc_fact *f = &ing->facts[i];
		long ev = kg_ingest__root(ing, (long)f->subject);

		if (f->pred != KG_P_LOCATED_IN || f->negated ||
		    f->status != KG_S_CURRENT || f->object == KG_NO_ENTITY ||
		    ing->ents[ev].type != KG_T_EVENT ||
		    kg_ingest__root(ing, (long)f->object) != city)
			continue;
		if (kg_ingest__fact(ing, ev, KG_P_LOCATED_IN, land, NULL,
		                    f->sentence, "dateline.place", KG_S_CURRENT,
		                    0))
			return KG_ENOMEM;
	}
	return KG_OK;
}
