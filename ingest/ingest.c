/* ingest/ingest.c - kg_ingest: one document in, one kg_doc out
 *
 * Runs the passes of ingest_int.h sentence by sentence, then copies the
 * entities, mentions and facts into the kg_doc arrays, folding entities
 * that a rule found to be one ("X (NATO)", "also known as").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

#define KG_RULES_VERSION "rules-4"
static int index_held(struct kg_ingest *ing, long subj, long obj);

int kg_ingest_new(kg_ingest **out, const kg_lexicon *lx, kg_err *err)
{
	kg_ingest *ing;
	int rc;

	*out = NULL;
	ing = calloc(1, sizeof(*ing));
	if (ing == NULL)
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	ing->lx = lx;
	if ((rc = kg_ingest__rules_new(&ing->rules, err)) != KG_OK) {
		free(ing);
		return rc;
	}
	if (kg_ingest__words_new(&ing->words) != KG_OK) {
		kg_ingest_free(ing);
		return kg_err_set(err, KG_ENOMEM, "out of memory");
	}
	*out = ing;
	return KG_OK;
}

void kg_ingest_free(kg_ingest *ing)
{
	if (ing == NULL)
		return;
	kg_ingest__rules_free(ing->rules);
	kg_ingest__words_free(ing->words);
	kg_ingest__arena_free(&ing->arena);
	free(ing->toks);
	free(ing->sents);
	free(ing->spans);
	free(ing->chunks);
	free(ing->bits);
	free(ing->ents);
	free(ing->titles);
	free(ing->dates);
	free(ing->ments);
	free(ing->facts);
	free(ing->osents);
	free(ing->oents);
	free(ing);
}

int kg_ingest_parse_date(char out[11], const char *s)
{
	int y, m, d;

	if (s == NULL || strlen(s) < 10)
		return KG_EINVALID;
	if (!(s[0] >= '0' && s[0] <= '9') || s[4] != '-' || s[7] != '-')
		return KG_EINVALID;
	if (s[10] != '\0' && s[10] != 'T' && s[10] != ' ')
		return KG_EINVALID;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31 ||
	    strspn(s, "0123456789") != 4 || strspn(s + 5, "0123456789") != 2 ||
	    strspn(s + 8, "0123456789") != 2)
		return KG_EINVALID;
	memcpy(out, s, 10);
	out[10] = '\0';
	return KG_OK;
}

long kg_ingest__root(const struct kg_ingest *ing, long e)
{
	while (e >= 0 && ing->ents[e].merged >= 0)
		e = ing->ents[e].merged;
	return e;
}

/* Facts of the document are kept once: a hash of fact indexes (open
 * addressing, in the arena), so a long document is not quadratic. */
static size_t fact_hash(const kg_doc_fact *f)
{
	size_t h = f->subject * 31u + (size_t)f->pred;
	const char *s;

	h = h * 1000003u + f->object;
	h = h * 31u + (size_t)f->status * 2u + (size_t)f->negated;
	for (s = f->literal; s && *s; s++)
		h = h * 31u + (unsigned char)*s;
	return h;
}

static int same(const kg_doc_fact *a, const kg_doc_fact *b)
{
	return a->subject == b->subject && a->pred == b->pred &&
	       a->object == b->object && a->status == b->status &&
	       a->negated == b->negated &&
	       (a->object != KG_NO_ENTITY ||
	        strcmp(a->literal, b->literal) == 0);
}

/* Is f already a fact of the document? */
static int fact_seen(const struct kg_ingest *ing, const kg_doc_fact *f)
{
	size_t mask = ing->fhcap - 1, i;

	if (ing->fhcap == 0)
		return 0;
	for (i = fact_hash(f) & mask; ing->fhash[i]; i = (i + 1) & mask)
		if (same(&ing->facts[ing->fhash[i] - 1], f))
			return 1;
	return 0;
}

/* Index facts[n], which is filled in; grows the table past half full. */
static int fact_insert(struct kg_ingest *ing, size_t n)
{
	size_t i, j, mask;

	if (2 * (n + 1) > ing->fhcap) {
		size_t cap = ing->fhcap ? ing->fhcap * 2 : 256;
		size_t *t = kg_ingest__alloc(&ing->arena, cap * sizeof(*t));

		if (t == NULL)
			return KG_ENOMEM;
		mask = cap - 1;
		for (i = 0; i < n; i++) {
			for (j = fact_hash(&ing->facts[i]) & mask; t[j];
			     j = (j + 1) & mask)
				;
			t[j] = i + 1;
		}
		ing->fhash = t;
		ing->fhcap = cap;
	}
	mask = ing->fhcap - 1;
	for (j = fact_hash(&ing->facts[n]) & mask; ing->fhash[j];
	     j = (j + 1) & mask)
		;
	ing->fhash[j] = n + 1;
	return KG_OK;
}

/* An event dated months before the article ("the 54th conference, held
 * in December 2017") is told as past: a later bare "the conference" is not
 * it, nor is it what the article is about. */
static void mark_past(struct kg_ingest *ing, long ev, const char *lit)
{
	int y, m = 0;

	if (!ing->anchor_y || !ing->anchor_m ||
	    sscanf(lit, "%4d-%2d", &y, &m) < 1 || y < 1000)
		return;
	if ((ing->anchor_y - y) * 12 + (ing->anchor_m - (m ? m : 12)) > 2)
		ing->ents[ev].background = 1;
}

int kg_ingest__remote(const struct kg_ingest *ing, long ev)
{
	const char *noun = ev >= 0 ? ing->ents[ev].noun : NULL;

	return noun && (!strcmp(noun, "phone call") ||
	                !strcmp(noun, "videoconference"));
}

int kg_ingest__fact(struct kg_ingest *ing,
                    long subj,
                    kg_pred p,
                    long obj,
                    const char *lit,
                    size_t si,
                    const char *rule,
                    int status,
                    int negated)
{
	kg_doc_fact *f;

	subj = kg_ingest__root(ing, subj);
	obj = kg_ingest__root(ing, obj);
	if (subj < 0 || (obj < 0 && lit == NULL) || subj == obj)
		return KG_OK;
	if (p == KG_P_ATTENDED && obj >= 0 &&
	    (kg_ingest__remote(ing, obj) ||
	     !kg_ingest__gathering(&ing->ents[obj])))
		return KG_OK; /* no one attends a phone call, nor a war */
	{
		kg_doc_fact probe;

		memset(&probe, 0, sizeof(probe));
		probe.subject = (size_t)subj;
		probe.pred = p;
		probe.object = obj < 0 ? KG_NO_ENTITY : (size_t)obj;
		probe.literal = obj < 0 ? lit : NULL;
		probe.status = (kg_status)status;
		probe.negated = negated;
		if (fact_seen(ing, &probe))
			return KG_OK;
	}
	if (p == KG_P_OCCURRED_ON && lit && !negated)
		mark_past(ing, subj, lit);
	/* what later passes ask of an entity, kept so that none scans
	 * the facts */
	if (p == KG_P_HOLDS_OFFICE)
		ing->ents[subj].in_office = 1;
	if (p == KG_P_LOCATED_IN && obj >= 0 &&
	    ing->ents[obj].type == KG_T_FACILITY)
		ing->ents[subj].venue = 1;
	if (ing->nfacts >= KG_MAX_FACTS_PER_DOC) {
		ing->doc.facts_capped = 1; /* the caller warns */
		return KG_OK;
	}
	if (KG_GROW(ing->facts, ing->nfacts, ing->capfacts))
		return KG_ENOMEM;
	f = &ing->facts[ing->nfacts++];
	memset(f, 0, sizeof(*f));
	f->subject = (size_t)subj;
	f->pred = p;
	f->object = obj < 0 ? KG_NO_ENTITY : (size_t)obj;
	f->literal = obj < 0 ? lit : NULL;
	f->sentence = si;
	f->start = ing->sents[si].start;
	f->end = ing->sents[si].end;
	f->rule = rule;
	f->status = (kg_status)status;
	f->negated = negated;
	if (fact_insert(ing, ing->nfacts - 1))
		return KG_ENOMEM;
	if (p == KG_P_HOLDS_OFFICE && index_held(ing, subj, obj))
		return KG_ENOMEM;
	if (p == KG_P_OCCURRED_ON)
		ing->ents[subj].dated = 1;
	/* holding an office states whose office it is */
	if (p == KG_P_HOLDS_OFFICE && ing->ents[obj].juris >= 0)
		return kg_ingest__fact(ing, obj, KG_P_OFFICE_OF,
		                       ing->ents[obj].juris, NULL, si,
		                       "title.juris", KG_S_CURRENT, 0);
	return KG_OK;
}

/* Facts that read too much: a vote is cast, not attended ("X will stand
 * at the next election" says nothing about a gathering), a leader is an
 * office only of a country or a party ("market leader Best Buy"), and a
 * head only of an organisation ("the head of the Presidential Office", not
 * "UK head of marketing"). */
static int overread(const struct kg_ingest *ing, const kg_doc_fact *f)
{
	static const char *const votes[] = { "election", "referendum", NULL };
	const struct ent *o;

	if (f->object == KG_NO_ENTITY)
		return 0;
	o = &ing->ents[kg_ingest__root(ing, (long)f->object)];
	if (f->pred == KG_P_ATTENDED)
		return o->noun != NULL && kg_ingest__in_list(o->noun, votes);
	if (f->pred == KG_P_OFFICE_OF) /* the office is the subject */
		o = &ing->ents[kg_ingest__root(ing, (long)f->subject)];
	else if (f->pred != KG_P_HOLDS_OFFICE)
		return 0;
	if (o->title == NULL)
		return 0;
	if (!strcmp(o->title, "Leader"))
		return o->juris < 0;
	return !strcmp(o->title, "Head") &&
	       (o->juris < 0 || ing->ents[o->juris].type != KG_T_ORG);
}
/* Does person p hold, by another fact, an office with the same title and
 * a jurisdiction?  Then "President Biden" adds nothing to "US President
 * Joe Biden" and the bare "President" fact is dropped. */
static int subsumed(const struct kg_ingest *ing, const kg_doc_fact *f)
{
	const struct ent *o;
	char key[160];
	long other;

	if (f->pred != KG_P_HOLDS_OFFICE || f->object == KG_NO_ENTITY)
		return 0;
	o = &ing->ents[f->object];
	if (o->juris >= 0 || !o->title)
		return 0;
	snprintf(key, sizeof(key), "%zu:%s", f->subject, o->title);
	other = kg_ingest__lookup(ing, KG_NS_HELD_JURIS, key);
	return other >= 0 && (size_t)other != f->object;
}

/* Index a new holds_office fact under every leading part of the office's
 * title ("Secretary", "Secretary of", "Secretary of State"), so that a
 * later bare title finds the office the person already holds. */
static int index_held(struct kg_ingest *ing, long subj, long obj)
{
	const char *t = ing->ents[obj].title;
	char key[160];
	size_t i;
	int rc = KG_OK;

	for (i = 0; t && rc == KG_OK; i++) {
		if (t[i] != ' ' && t[i] != '\0')
			continue;
		snprintf(key, sizeof(key), "%ld:%.*s", subj, (int)i, t);
		rc = kg_ingest__index(ing, KG_NS_HELD, key, obj);
		if (rc == KG_OK && ing->ents[obj].juris >= 0)
			rc = kg_ingest__index(ing, KG_NS_HELD_JURIS, key, obj);
		if (t[i] == '\0')
			break;
	}
	return rc;
}

/* Fill ing->doc from the working tables. */
static int build_doc(struct kg_ingest *ing)
{
	size_t i, n = 0, nf = 0;
	long *map;

	free(ing->osents);
	free(ing->oents);
	ing->osents = malloc((ing->nsents + 1) * sizeof(*ing->osents));
	ing->oents = malloc((ing->nents + 1) * sizeof(*ing->oents));
	map = kg_ingest__alloc(&ing->arena, (ing->nents + 1) * sizeof(*map));
	if (!ing->osents || !ing->oents || !map)
		return KG_ENOMEM;
	for (i = 0; i < ing->nsents; i++) {
		ing->osents[i].start = ing->sents[i].start;
		ing->osents[i].end = ing->sents[i].end;
	}
	for (i = 0; i < ing->nents; i++) {
		const struct ent *e = &ing->ents[i];

		if (e->merged >= 0)
			continue;
		map[i] = (long)n;
		ing->oents[n].type = e->type;
		ing->oents[n].name = e->name;
		ing->oents[n].aliases = e->aliases;
		ing->oents[n].naliases = e->naliases;
		n++;
	}
	for (i = 0; i < ing->nents; i++)
		if (ing->ents[i].merged >= 0)
			map[i] = map[kg_ingest__root(ing, (long)i)];
	for (i = 0; i < ing->nments; i++)
		ing->ments[i].entity = (size_t)map[ing->ments[i].entity];
	for (i = 0; i < ing->nfacts; i++)
		ing->facts[i].negated |= subsumed(ing, &ing->facts[i]) ? 2 : 0;
	/* remap to the folded entities and keep each fact once (the hash
	 * is built again over the compacted array) */
	ing->fhash = NULL;
	ing->fhcap = 0;
	for (i = 0; i < ing->nfacts; i++) {
		kg_doc_fact f = ing->facts[i];

		if ((f.negated & 2) || overread(ing, &f))
			continue;
		f.subject = (size_t)map[f.subject];
		if (f.object != KG_NO_ENTITY)
			f.object = (size_t)map[f.object];
		if (f.subject == f.object || fact_seen(ing, &f))
			continue;
		/* a rule may read "Moscow was represented by" as attendance:
		 * only what DESIGN.md's table allows is kept */
		if (!kg_pred_fits(f.pred, ing->oents[f.subject].type,
		                  f.object == KG_NO_ENTITY
		                          ? KG_T_DATE
		                          : ing->oents[f.object].type))
			continue;
		ing->facts[nf] = f;
		if (fact_insert(ing, nf))
			return KG_ENOMEM;
		nf++;
	}
	ing->nfacts = nf;
	ing->doc.sentences = ing->osents;
	ing->doc.nsentences = ing->nsents;
	ing->doc.entities = ing->oents;
	ing->doc.nentities = n;
	ing->doc.mentions = ing->ments;
	ing->doc.nmentions = ing->nments;
	ing->doc.facts = ing->facts;
	ing->doc.nfacts = ing->nfacts;
	return KG_OK;
}

/* A wire dateline, "BRUSSELS, March 4 (Reuters) -", dates the story when
 * nothing else does: its day anchors "on Thursday" and "today".  Returns
 * 1 when sentence se begins with one. */
static int dateline_in(struct kg_ingest *ing, const struct sent *se)
{
	size_t i = se->t0, n = 0;
	struct date_val dv;

	int caps;

	while (i < se->t1 && (ing->toks[i].flags & TF_ALLCAPS) &&
	       ing->toks[i].kind == TK_WORD)
		i++, n++;
	/* "Lisbon, 22 Apr 2023 (Lusa) -": a city in capitalised words, then
	 * a whole date */
	caps = n > 0;
	while (!caps && n < 3 && i < se->t1 && (ing->toks[i].flags & TF_CAP) &&
	       ing->toks[i].kind == TK_WORD)
		i++, n++;
	if (n == 0 || i + 1 >= se->t1 ||
	    ing->in->text[ing->toks[i].start] != ',')
		return 0;
	/* "APIA, Samoa, Oct 25": one more place before the date */
	if (i + 3 < se->t1 && (ing->toks[i + 1].flags & TF_CAP) &&
	    !(ing->toks[i + 1].wflags & KG_W_MONTH) &&
	    ing->in->text[ing->toks[i + 2].start] == ',')
		i += 2;
	if (!kg_ingest__date_at(ing, se, i + 1, &dv) || !dv.m || !dv.d ||
	    (!caps && !dv.y))
		return 0;
	ing->anchor_y = dv.y;
	ing->anchor_m = dv.m;
	ing->anchor_d = dv.d;
	/* no year: weekdays count from the lede's (dates.c).  Guessing the
	 * year from the years the text names was tried and was wrong more
	 * often than right */
	return 1;
}

static void dateline(struct kg_ingest *ing)
{
	/* after a headline, a standfirst or a byline: one of the first
	 * sentences ("YEREVAN, NOVEMBER 23, ARMENPRESS.") */
	for (size_t s = 0; s < ing->nsents && s < 5; s++)
		if (dateline_in(ing, &ing->sents[s]))
			return;
}

/* A token a date line may hold beside its date: a lead word, a weekday,
 * a number or mark of a time ("14:02"), "am"/"pm", a zone ("GMT"), a
 * capitalised word of a dateline before it ("Madrid (AFP) - Published on:
 * 29/06/2022 - 14:02"). */
static int date_line_tok(const struct tok *t)
{
	/* "Posted Mon 6 Nov 2023 at 9:47pm", "last updated 16:05 Baghdad
	 * time" */
	static const char *const lead[] = {
		"published", "updated", "last", "posted", "on",
		"am",        "pm",      "date", "at",     "mon",
		"tue",       "wed",     "thu",  "fri",    "sat",
		"sun",       "dpa",     "min",  "mins",   "read",
		"minute",    "minutes", "time", "local",  NULL
	};
	size_t n = strlen(t->norm);

	return t->kind != TK_WORD || (t->wflags & KG_W_WEEKDAY) ||
	       (t->flags & (TF_ALLCAPS | TF_CAP)) ||
	       kg_ingest__in_list(t->norm, lead) ||
	       (n > 2 && t->norm[0] >= '0' && t->norm[0] <= '9' &&
	        (!strcmp(t->norm + n - 2, "am") ||
	         !strcmp(t->norm + n - 2, "pm")));
}

/* A line near the top that is only a date ("Saturday 26 April 2025",
 * "Published 3 June 2024, 14:02 BST", "Updated 5:12 PM GMT, December 3,
 * 2024", "Published on 20/09/2023 - 19:45 By ..."), as features, agencies
 * and broadcasters print it, dates the story when nothing else does. */
static void date_line(struct kg_ingest *ing)
{
	size_t s;

	for (s = 0; s < ing->nsents && s < 5; s++) {
		const struct sent *se = &ing->sents[s];
		const struct tok *t = ing->toks;
		size_t i, k, n = 0, end = se->t1, from = se->t0;
		struct date_val dv;

		/* a byline before the date ends at a bar ("By Jane Doe |
		 * June 4, 2024"); one after it ends the line */
		if (from < end && !strcmp(t[from].norm, "by")) {
			for (k = from + 1; k < end && k < from + 8; k++)
				if ((t[k].kind == TK_PUNCT &&
				     strchr("|\xc2-",
				            ing->in->text[t[k].start])) ||
				    kg_ingest__date_at(ing, se, k, &dv))
					break;
			/* "By Hoang Vu   June 20, 2024 | 06:15 pm": a date
			 * before any bar; the name's capitalised words go
			 * before it (date_line_tok lets them by) */
			from = k < end && k < from + 8 && t[k].kind == TK_PUNCT
			               ? k + 1
			               : from + 1;
		}
		/* a byline ends the line, unless a bar closes it ("Analysis
		 * | By X | Buenos Aires, July 4, 2025") */
		for (k = from; k < end; k++)
			if (!strcmp(t[k].norm, "by")) {
				size_t b = k + 1;

				while (b < end &&
				       !(t[b].kind == TK_PUNCT &&
				         ing->in->text[t[b].start] == '|'))
					b++;
				if (b == end)
					end = k;
				else
					k = b;
			}
		for (i = from; i < end; i++) {
			if ((n = kg_ingest__date_at(ing, se, i, &dv)) != 0 &&
			    dv.y && dv.m && dv.d)
				break;
			if (!date_line_tok(&t[i]))
				break;
		}
		if (i >= end || n == 0 || !dv.y || !dv.m || !dv.d)
			continue;
		for (k = i + n; k < end && date_line_tok(&t[k]); k++)
			;
		if (k == end) {
			ing->anchor_y = dv.y;
			ing->anchor_m = dv.m;
			ing->anchor_d = dv.d;
			return;
		}
	}
}

static void reset(struct kg_ingest *ing, const kg_doc_input *in)
{
	kg_ingest__arena_reset(&ing->arena);
	ing->in = in;
	ing->ntoks = ing->nsents = ing->nspans = ing->nchunks = 0;
	ing->nents = ing->ntitles = ing->ndates = ing->nments = ing->nfacts = 0;
	ing->hash = NULL;
	ing->capped = 0;
	/* about one bucket per 16 bytes of text, at least 1024 */
	for (ing->nbuckets = 1024;
	     ing->nbuckets < in->len / 16 && ing->nbuckets < ((size_t)1 << 22);)
		ing->nbuckets *= 2;
	ing->fhash = NULL;
	ing->fhcap = 0;
	ing->last_event = ing->last_person = ing->list_event = -1;
	ing->sec_date = ing->sec_place = -1;
	ing->dl_city = ing->dl_land = ing->dl_lede_city = -1;
	ing->dl_lede = 0;
	ing->nhere = 0;
	ing->anchor_y = ing->anchor_m = ing->anchor_d = 0;
	ing->anchor_wd = 0;
	memset(&ing->doc, 0, sizeof(ing->doc));
}

int kg_ingest_text(kg_ingest *ing,
                   const kg_doc_input *in,
                   const kg_doc **out,
                   kg_err *err)
{
	size_t bad, si;
	char date[11];
	int rc = KG_OK;

	*out = NULL;
	if (in->len > KG_MAX_DOC_BYTES)
		return kg_err_set(err, KG_ELIMIT,
		                  "document larger than %zu MiB",
		                  KG_MAX_DOC_BYTES >> 20);
	if (!kg_utf8_valid(in->text, in->len, &bad))
		return kg_err_set(err, KG_EINVALID, "invalid UTF-8 at byte %zu",
		                  bad);
	reset(ing, in);
	if (in->published &&
	    kg_ingest_parse_date(date, in->published) == KG_OK) {
		ing->anchor_y = atoi(date);
		ing->anchor_m = atoi(date + 5);
		ing->anchor_d = atoi(date + 8);
	}
	if ((rc = kg_ingest__tokenize(ing)) != KG_OK)
		goto fail;
	kg_ingest__mark_words(ing);
	if (!ing->anchor_y)
		date_line(ing);
	if (!ing->anchor_y)
		dateline(ing);
	for (si = 0; si < ing->nsents; si++) {
		ing->cur_sent = si;
		if ((rc = kg_ingest__spans(ing, &ing->sents[si])) != KG_OK ||
		    (rc = kg_ingest__titles(ing, si)) != KG_OK ||
		    (rc = kg_ingest__events(ing, si)) != KG_OK ||
		    (rc = kg_ingest__chunks(ing, si)) != KG_OK ||
		    (rc = kg_ingest__rules(ing, ing->rules, si)) != KG_OK ||
		    (rc = kg_ingest__setting(ing, si)) != KG_OK)
			goto fail;
		kg_ingest__dateline_place(ing, si);
	}
	if ((rc = kg_ingest__dateline_country(ing)) != KG_OK ||
	    (rc = kg_ingest__bare_articles(ing)) != KG_OK ||
	    (rc = build_doc(ing)) != KG_OK)
		goto fail;
	ing->doc.id = in->id;
	ing->doc.url = in->url;
	ing->doc.title = in->title;
	ing->doc.published = in->published;
	ing->doc.text = in->text;
	ing->doc.len = in->len;
	ing->doc.version = kg_ingest__printf(&ing->arena, "%s+%s",
	                                     kg_lexicon_version(ing->lx),
	                                     KG_RULES_VERSION);
	*out = &ing->doc;
	return KG_OK;
fail:
	if (ing->capped)
		return kg_err_set(err, KG_ELIMIT,
		                  "more than %d distinct names in one document",
		                  KG_MAX_NAMES);
	return kg_err_set(err, rc, "out of memory");
}
