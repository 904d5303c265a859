/* ingest/events.c - event mentions and which event each one means
 *
 * An event mention is an event noun with the words before it that name it
 * ("the 2023 Vilnius summit", "Zelensky's visit to the White House", "the
 * Trump-Putin discussions", "a hurried summit").  Names in it give facts at
 * once: persons attended (and met, when two or more), a single place gives
 * located_in, a year gives occurred_on.  A mention with its own names is
 * matched to an earlier event by name or place; a bare one ("the summit",
 * "the talks") means the latest event of the same kind.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

static const char *const adjectives[] = {
	"founding",   "final",        "opening",
	"closing",    "special",      "regular",
	"ordinary",   "landmark",     "trilateral",
	"bilateral",  "multilateral", "historic",
	"upcoming",   "forthcoming",  "scheduled",
	"planned",    "hurried",      "annual",
	"informal",   "emergency",    "extraordinary",
	"official",   "state",        "in",
	"person",     "virtual",      "high",
	"level",      "leaders",      "leader",
	"foreign",    "ministerial",  "defense",
	"defence",    "security",     "peace",
	"inaugural",  "joint",        "first",
	"second",     "third",        "fourth",
	"fifth",      "sixth",        "seventh",
	"eighth",     "ninth",        "tenth",
	"eleventh",   "twelfth",      "stand",
	"alone",      "full",         "scale",
	"two",        "three",        "day",
	"formal",     "final",        "previous",
	"heads",      "trade",        "nuclear",
	"economic",   "presidential", "regional",
	"landmark",   "leaders",      "summit",
	"working",    "private",      "closed",
	"door",       "press",        "news",
	"signing",    "handover",     "presidency",
	"ceremonial", "week",         "long",
	"rare",       "surprise",     "regular",
	"ordinary",   "special",      NULL
};

/* Nouns and words of manner before an event noun: "the party conference",
 * "a brief bilateral meeting", "an hour-long meeting". */
static const char *const noun_modifiers[] = {
	"party",      "cabinet",      "council",
	"board",      "climate",      "donor",
	"crisis",     "opening",      "closing",
	"campaign",   "government",   "ministers",
	"bloc",       "brief",        "short",
	"lengthy",    "hour",         "minute",
	"cordial",    "productive",   "frank",
	"candid",     "constructive", "wide",
	"ranging",    "separate",     "impromptu",
	"quick",      "secret",       "extended",
	"delegation", "fruitful",     "tense",
	"welcome",    "grand",        "farewell",
	"gala",       "evening",      "morning",
	"afternoon",  "private",      "informal",
	"official",   "emergency",    "side",
	"parallel",   "follow",       "up",
	"expanded",   "restricted",   "enlarged",
	"plenary",    "direct",       "indirect",
	"technical",  "preparatory",  "fresh",
	"further",    "wider",        "broader",
	"marathon",   "exploratory",  NULL
};

/* Words of a length: "the 35-minute meeting". */
static const char *const durations[] = { "minute", "minutes", "hour",
	                                 "hours",  "day",     "days",
	                                 "week",   "weeks",   NULL };

static const char *const status_adj[] = { "upcoming", "forthcoming",
	                                  "scheduled", "planned", NULL };

/* "a possible Biden-Xi summit": planned, and not what the article is
 * about (as if background) */
static const char *const hedge_adj[] = { "possible", "potential", "proposed",
	                                 "mooted", NULL };

static const char *const determiners[] = { "the",     "a",     "an",    "this",
	                                   "that",    "these", "those", "their",
	                                   "its",     "his",   "her",   "our",
	                                   "another", "last",  "next",  NULL };

static const char *const verb_before[] = {
	"to",     "will", "would",  "could",   "can",   "did",  "may",
	"might",  "must", "before", "after",   "while", "by",   "not",
	"during", "of",   "for",    "without", "also",  "then", NULL
};

static const char *const meet_nouns[] = {
	"summit",         "summits",     "meeting",    "meetings",
	"talks",          "discussions", "discussion", "conference",
	"negotiations",   "session",     "gathering",  "ministerial",
	"consultations",  "dialogue",    "forum",      "assembly",
	"summit meeting", "encounter",   NULL
};

static const char *const rite_nouns[] = { "inauguration", "funeral",
	                                  "coronation", NULL };

static const char *const visit_nouns[] = { "visit",   "visits", "trip",
	                                   "tour",    "travel", "state visit",
	                                   "journey", NULL };

/* Does a word end like an adjective ("biennial", "diplomatic",
 * "extraordinary", "decisive")? */
int kg_ingest__adjective_like(const char *w)
{
	static const char *const ends[] = { "al",  "ic",  "ive",
		                            "ous", "ary", NULL };
	size_t n = strlen(w), i, k;

	for (i = 0; ends[i]; i++) {
		k = strlen(ends[i]);
		if (n > k + 2 && !strcmp(w + n - k, ends[i]))
			return 1;
	}
	return 0;
}

/* The coreference class of an event noun. */
static const char *noun_class(const char *canon)
{
	if (kg_ingest__in_list(canon, meet_nouns))
		return "meeting";
	if (kg_ingest__in_list(canon, visit_nouns))
		return "visit";
	return canon;
}

struct emention {
	size_t lo, hi; /* spans [lo, hi) */
	long persons[8];
	size_t npersons;
	long places[4];
	size_t nplaces;
	int paired; /* places joined by a dash: parties, not a venue */
	int year;
	int named; /* has names, a year, or a capitalised noun */
	int definite, indefinite;
	int planned;
	int background; /* "last week's summit", "the previous summit" */
	int next;       /* "the next summit": another event, to come */
	int previous;   /* "the previous summit": another event, past */
	const char *cls;
	const char *head; /* the noun as the lexicon has it: "talks" */
	int with;         /* "talks with X" follows */
	long with_person; /* X, if a person known so far, else -1 */
};

static int word_span(const struct span *sp)
{
	return sp->kind == SP_TOK || sp->kind == SP_WORDS;
}

static void set_person(struct kg_ingest *ing, size_t k)
{
	ing->spans[k].kind = SP_ENT;
	ing->spans[k].ent = kg_ingest__span_entity(ing, k, 0);
	ing->spans[k].type = KG_T_PERSON;
}

static void add_person(struct emention *m, long e)
{
	if (e < 0)
		return;
	size_t i;

	for (i = 0; i < m->npersons; i++)
		if (m->persons[i] == e)
			return;
	if (m->npersons < 8)
		m->persons[m->npersons++] = e;
}

/* A capitalised modifier: known persons (also "Trump-Putin" split at the
 * dash), or a place or organisation name. */
static void
modifier(struct kg_ingest *ing, size_t k, size_t si, struct emention *m)
{
	struct span *sp = &ing->spans[k];
	long e;

	if (sp->kind == SP_ENT && sp->type == KG_T_PERSON) {
		add_person(m, sp->ent);
	} else if (sp->kind == SP_NAME && (sp->lex->type == KG_T_GPE ||
	                                   sp->lex->type == KG_T_FACILITY)) {
		/* a region in the name is its scope, not its venue: "East
		 * Asia Summit", "Africa Climate Summit" */
		e = kg_ingest__span_entity(ing, k, si);
		if (e >= 0 && m->nplaces < 4)
			m->places[m->nplaces++] = e;
	} else if (sp->kind == SP_NAME && sp->lex->type == KG_T_ORG) {
		/* "the 34th Arab League summit" names the league too: "the
		 * league's secretary-general" later is its */
		if (kg_ingest__span_entity(ing, k, si) < 0)
			return;
	} else if (sp->kind == SP_CAP && !sp->typed) {
		/* known persons, one per dash-separated part */
		size_t a = sp->t0, b;

		while (a < sp->t1) {
			char key[256];
			size_t n;

			for (b = a;
			     b < sp->t1 && !(ing->toks[b].flags & TF_JOIN);)
				b++;
			n = kg_norm(key, sizeof(key),
			            ing->in->text + ing->toks[a].start,
			            ing->toks[b - 1].end - ing->toks[a].start);
			(void)n;
			e = kg_ingest__find_person(ing, key);
			if (e >= 0) {
				add_person(m, e);
				kg_ingest__mention(ing, e, si, a, b);
			}
			a = b + 1;
		}
	}
	m->named = 1;
}

/* "The talks between Mitsotakis and Erdogan": two or more persons the
 * text named before, from span j, go to m (the talks those two held, if
 * any); 0 when there are fewer, and m is left as it was. */
static int between_known(struct kg_ingest *ing, size_t j, struct emention *m)
{
	struct emention with = *m;

	with.npersons = 0;
	for (; j < ing->nspans; j++) {
		const struct span *sp = &ing->spans[j];
		long e = -1;

		if (sp->kind == SP_ENT && sp->type == KG_T_PERSON) {
			e = sp->ent;
		} else if (sp->kind == SP_CAP && !sp->typed) {
			char key[256];

			kg_norm(key, sizeof(key),
			        ing->in->text + ing->toks[sp->t0].start,
			        ing->toks[sp->t1 - 1].end -
			                ing->toks[sp->t0].start);
			e = kg_ingest__find_person(ing, key);
		} else if (word_span(sp) &&
		           (!strcmp(kg_ingest__norm0(ing, j), "and") ||
		            !strcmp(kg_ingest__norm0(ing, j), ","))) {
			continue;
		}
		if (e < 0)
			break;
		add_person(&with, e);
	}
	if (with.npersons < 2)
		return 0;
	*m = with;
	m->named = 1;
	return 1;
}

/* Walk left from the noun at k over the words that name the event. */
static void
left_words(struct kg_ingest *ing, size_t k, size_t si, struct emention *m)
{
	size_t j = k;

	while (j > 0) {
		struct span *sp = &ing->spans[j - 1];
		const struct tok *t = &ing->toks[sp->t0];

		if (sp->kind == SP_NAME || sp->kind == SP_DEMONYM ||
		    sp->kind == SP_CAP ||
		    (sp->kind == SP_ENT && sp->type == KG_T_PERSON)) {
			modifier(ing, j - 1, si, m);
		} else if (sp->kind == SP_TOK && (t->flags & TF_JOIN)) {
			/* "Russia-United States summit", "China-Arab States
			 * Summit": the names are parties, not the venue */
			if (j >= 2 && (ing->spans[j - 2].kind == SP_NAME ||
			               ing->spans[j - 2].kind == SP_CAP ||
			               ing->spans[j - 2].kind == SP_ENT))
				m->paired = 1;
		} else if (sp->kind == SP_TOK && (t->flags & TF_POSS) &&
		           j >= 2 && ing->spans[j - 2].kind == SP_CAP &&
		           !ing->spans[j - 2].typed &&
		           !(ing->sents[si].headline)) {
			/* "Zelensky's visit": an unknown name owning an event
			 * is the person who made it */
			ing->spans[j - 2].typed = 1;
			ing->spans[j - 2].type = KG_T_PERSON;
			add_person(m, kg_ingest__span_entity(ing, j - 2, si));
			set_person(ing, j - 2);
			j--;
		} else if (sp->kind == SP_TOK && (t->flags & TF_POSS)) {
			/* "Zelensky's visit"; but "Friday's meeting" is a
			 * definite reference, like "the meeting" */
			if (j < 2 || !(ing->spans[j - 2].kind == SP_CAP ||
			               ing->spans[j - 2].kind == SP_NAME ||
			               ing->spans[j - 2].kind == SP_ENT)) {
				m->definite = 1;
				/* "last week's summit": told as past */
				if ((j >= 3 &&
				     (!strcmp(kg_ingest__norm0(ing, j - 3),
				              "last") ||
				      !strcmp(kg_ingest__norm0(ing, j - 3),
				              "previous"))) ||
				    /* "last year's gathering": one date */
				    (ing->spans[j - 2].kind == SP_DATE &&
				     (!strcmp(kg_ingest__norm0(ing, j - 2),
				              "last") ||
				      !strcmp(kg_ingest__norm0(ing, j - 2),
				              "previous"))))
					m->background = 1;
				break;
			}
			/* "Russia's invasion": the owner acts, it is no venue
			 */
			if (ing->spans[j - 2].kind == SP_NAME)
				m->paired = 1;
		} else if (sp->kind == SP_TOK &&
		           ing->in->text[t->start] == '\'' && j >= 2 &&
		           !strcmp(ing->toks[ing->spans[j - 2].t1 - 1].norm,
		                   "leaders")) {
			/* "the leaders' session" */
		} else if (sp->kind == SP_TOK && t->kind == TK_NUM) {
			/* "The 35-minute meeting", "a two-day summit": a
			 * length, no name */
			if (!(j + 1 < k &&
			      (ing->toks[ing->spans[j].t0].flags & TF_JOIN) &&
			      kg_ingest__in_list(kg_ingest__norm0(ing, j + 1),
			                         durations))) {
				if (t->end - t->start == 4 &&
				    !(t->flags & TF_ORD))
					m->year =
					        (int)strtol(t->norm, NULL, 10);
				m->named = 1;
			}
		} else if ((sp->kind == SP_DATE) && ing->dates[sp->date].y &&
		           !ing->dates[sp->date].m) {
			m->year = ing->dates[sp->date].y;
			m->named = 1;
		} else if ((sp->kind == SP_TOK || sp->kind == SP_WORDS ||
		            sp->kind == SP_ENOUN) &&
		           (kg_ingest__in_list(t->norm, adjectives) ||
		            kg_ingest__in_list(t->norm, noun_modifiers) ||
		            kg_ingest__in_list(t->norm, hedge_adj))) {
			if (kg_ingest__in_list(t->norm, status_adj))
				m->planned = 1;
			if (kg_ingest__in_list(t->norm, hedge_adj))
				m->planned = m->background = 1;
			if (!strcmp(t->norm, "previous"))
				m->background = m->previous = 1;
		} else if (word_span(sp) &&
		           (!strcmp(t->norm, "of") ||
		            !strcmp(t->norm, "and")) &&
		           j >= 2 && m->named &&
		           (ing->spans[j - 2].kind == SP_CAP ||
		            ing->spans[j - 2].kind == SP_NAME)) {
			/* "Commonwealth Heads of Government Meeting" */
		} else if (word_span(sp) && t->kind == TK_WORD && j >= 2 &&
		           (ing->toks[ing->spans[j - 2].t0].flags & TF_JOIN)) {
			/* "a three-way summit", "a two-day visit" */
		} else if (word_span(sp) && t->kind == TK_WORD && j < k &&
		           (ing->toks[ing->spans[j].t0].flags & TF_JOIN)) {
			/* the first word of "a face-to-face meeting" */
		} else if (sp->kind == SP_TOK &&
		           ing->in->text[t->start] == ')' && j >= 4 &&
		           ing->in->text[ing->toks[ing->spans[j - 3].t0]
		                                 .start] == '(' &&
		           (ing->spans[j - 2].kind == SP_NAME ||
		            ing->spans[j - 2].kind == SP_CAP) &&
		           (ing->spans[j - 4].kind == SP_NAME ||
		            ing->spans[j - 4].kind == SP_CAP)) {
			/* "the Asia-Pacific Economic Cooperation (APEC)
			 * summit": the short name in brackets is an aside */
			j -= 2;
		} else if (j == k && j >= 2 && word_span(sp) &&
		           t->kind == TK_WORD && !(t->flags & TF_CAP) &&
		           !kg_ingest__in_list(t->norm, verb_before) &&
		           !kg_ingest__in_list(t->norm, determiners) &&
		           kg_ingest__adjective_like(t->norm) &&
		           word_span(&ing->spans[j - 2]) &&
		           kg_ingest__in_list(kg_ingest__norm0(ing, j - 2),
		                              determiners)) {
			/* one word we do not know between a determiner and
			 * the noun is an adjective: "their biennial summit" */
		} else {
			if ((sp->kind == SP_TOK || sp->kind == SP_WORDS) &&
			    !strcmp(t->norm, "next")) {
				m->next = m->planned = 1;
				j--;
				continue;
			}
			if ((sp->kind == SP_TOK || sp->kind == SP_WORDS) &&
			    kg_ingest__in_list(t->norm, determiners)) {
				m->definite = strcmp(t->norm, "a") &&
				              strcmp(t->norm, "an");
				m->indefinite = !m->definite;
			}
			/* "held no bilateral meeting": not the story's
			 * meeting, nor the one "the session" means later */
			if ((sp->kind == SP_TOK || sp->kind == SP_WORDS) &&
			    !strcmp(t->norm, "no"))
				m->indefinite = m->background = 1;
			break;
		}
		j--;
	}
	m->lo = j;
}

static int place_span(const struct span *sp)
{
	if (sp->kind == SP_NAME)
		return sp->lex->type == KG_T_GPE || sp->lex->type == KG_T_LOC ||
		       sp->lex->type == KG_T_FACILITY;
	return sp->kind == SP_CAP && sp->typed &&
	       (sp->type == KG_T_GPE || sp->type == KG_T_LOC ||
	        sp->type == KG_T_FACILITY);
}

/* "meeting in 2019 in Osaka", "a summit in Anchorage, Alaska": a place or
 * a year right after the noun tells which event it is. */
static void where_when(struct kg_ingest *ing, size_t si, struct emention *m)
{
	size_t j = m->hi, rounds;

	for (rounds = 0; rounds < 2 && j + 1 < ing->nspans; rounds++) {
		const struct span *nx = &ing->spans[j + 1];

		/* "a state visit to France" is in France */
		int to = !strcmp(kg_ingest__norm0(ing, j), "to") && m->cls &&
		         strstr(m->cls, "visit") != NULL;

		if (!word_span(&ing->spans[j]) ||
		    (strcmp(kg_ingest__norm0(ing, j), "in") &&
		     strcmp(kg_ingest__norm0(ing, j), "at") && !to))
			break;
		if (nx->kind == SP_DATE && ing->dates[nx->date].y &&
		    !ing->dates[nx->date].m) {
			m->year = ing->dates[nx->date].y;
		} else if (place_span(nx) && m->nplaces < 4) {
			long e = kg_ingest__span_entity(ing, j + 1, si);

			if (e < 0)
				break;
			m->places[m->nplaces++] = e;
			/* "in Anchorage, Alaska" */
			while (j + 3 < ing->nspans && m->nplaces < 4 &&
			       ing->spans[j + 2].kind == SP_TOK &&
			       ing->in->text[ing->toks[ing->spans[j + 2].t0]
			                             .start] == ',' &&
			       place_span(&ing->spans[j + 3]) &&
			       (e = kg_ingest__span_entity(ing, j + 3, si)) >=
			               0) {
				m->places[m->nplaces++] = e;
				j += 2;
			}
			/* "in Samoa's capital Apia" */
			if (j + 4 < ing->nspans && m->nplaces < 4 &&
			    (ing->toks[ing->spans[j + 2].t0].flags & TF_POSS) &&
			    word_span(&ing->spans[j + 3]) &&
			    (!strcmp(kg_ingest__norm0(ing, j + 3), "capital") ||
			     !strcmp(kg_ingest__norm0(ing, j + 3), "city")) &&
			    place_span(&ing->spans[j + 4]) &&
			    (e = kg_ingest__span_entity(ing, j + 4, si)) >= 0) {
				m->places[m->nplaces++] = e;
				j += 3;
			}
		} else {
			break;
		}
		m->named = 1;
		j += 2;
		m->hi = j;
	}
}

static int org_span(const struct span *sp)
{
	if (sp->kind == SP_NAME)
		return sp->lex->type == KG_T_ORG;
	return sp->kind == SP_CAP && sp->typed && sp->type == KG_T_ORG;
}

/* The end of a formal name's run of capitalised words joined by "of",
 * "the" and "and" from span p: "Conference of Heads of Government of the
 * Caribbean Community"; p when span p is not capitalised. */
static size_t formal_of(const struct kg_ingest *ing, size_t p)
{
	size_t q = p, end = p;

	while (q < ing->nspans) {
		const struct span *sp = &ing->spans[q];

		if (sp->kind != SP_DATE && sp->kind != SP_ENT &&
		    (ing->toks[sp->t0].flags & TF_CAP) &&
		    ing->toks[sp->t0].kind == TK_WORD) {
			end = ++q;
		} else if (word_span(sp) && q > p &&
		           (!strcmp(kg_ingest__norm0(ing, q), "of") ||
		            !strcmp(kg_ingest__norm0(ing, q), "the") ||
		            !strcmp(kg_ingest__norm0(ing, q), "and"))) {
			q++;
		} else {
			break;
		}
	}
	return end;
}

/* Words after the noun that belong to the name: "of the Americas" after a
 * capitalised noun, "to the White House" after a visit. */
static void
right_words(struct kg_ingest *ing, size_t k, size_t si, struct emention *m)
{
	size_t j = k + 1, p;
	int cap = (ing->toks[ing->spans[k].t0].flags & TF_CAP) != 0;

	m->hi = j;
	if (j >= ing->nspans || !word_span(&ing->spans[j]))
		return;
	if (!strcmp(kg_ingest__norm0(ing, j), "of")) {
		p = j + 1 +
		    (j + 1 < ing->nspans &&
		     !strcmp(kg_ingest__norm0(ing, j + 1), "the"));
		/* "the Summit of the Americas"; "the fifth meeting of the
		 * High-Level Cooperation Council", a body's own meeting */
		if (p < ing->nspans &&
		    (ing->spans[p].kind == SP_NAME ||
		     ing->spans[p].kind == SP_CAP ||
		     (cap && formal_of(ing, p) > p)) &&
		    (cap ||
		     /* not a known one ("the summit of the Quad"): the
		      * rules need it as a name of its own */
		     (ing->spans[p].kind == SP_CAP &&
		      (org_span(&ing->spans[p]) ||
		       /* "the founding summit of PROSUR" */
		       (!ing->spans[p].typed &&
		        ing->spans[p].t1 == ing->spans[p].t0 + 1 &&
		        (ing->toks[ing->spans[p].t0].flags & TF_ALLCAPS))) &&
		      (p + 1 >= ing->nspans || !word_span(&ing->spans[p + 1]) ||
		       ing->toks[ing->spans[p + 1].t0].kind == TK_PUNCT)))) {
			m->hi = cap && formal_of(ing, p) > p + 1
			                ? formal_of(ing, p)
			                : p + 1;
			m->named = 1;
		}
	} else if (!strcmp(kg_ingest__norm0(ing, j), "for") && cap) {
		/* "the Summit for a New Global Financing Pact", "the Summit
		 * for Democracy" */
		p = j + 1 +
		    (j + 1 < ing->nspans &&
		     (!strcmp(kg_ingest__norm0(ing, j + 1), "a") ||
		      !strcmp(kg_ingest__norm0(ing, j + 1), "the")));
		if (p < ing->nspans && (ing->spans[p].kind == SP_NAME ||
		                        ing->spans[p].kind == SP_CAP)) {
			m->hi = p + 1;
			m->named = 1;
		}
	} else if (!strcmp(kg_ingest__norm0(ing, j), "to") &&
	           !strcmp(m->cls, "visit")) {
		p = j + 1 +
		    (j + 1 < ing->nspans &&
		     !strcmp(kg_ingest__norm0(ing, j + 1), "the"));
		if (p < ing->nspans &&
		    (ing->spans[p].kind == SP_NAME ||
		     (ing->spans[p].kind == SP_CAP && ing->spans[p].typed))) {
			long e = kg_ingest__span_entity(ing, p, si);

			if (e >= 0 && m->nplaces < 4)
				m->places[m->nplaces++] = e;
			m->hi = p + 1;
			m->named = 1;
		}
	}
	where_when(ing, si, m);
}

/* "talks with Wang Yi": whom the event is with, if a person already
 * known (m->with_person), or someone new. */
static void with_whom(struct kg_ingest *ing, struct emention *m)
{
	const struct span *sp;
	char key[256];
	const char *name;

	m->with = 0;
	m->with_person = -1;
	if (m->hi + 1 >= ing->nspans || !word_span(&ing->spans[m->hi]) ||
	    strcmp(kg_ingest__norm0(ing, m->hi), "with") != 0)
		return;
	sp = &ing->spans[m->hi + 1];
	if (sp->kind == SP_OFFICE && sp->holder >= 0) {
		/* "talks with Chinese Foreign Minister Qin Gang" */
		m->with = 1;
		m->with_person = kg_ingest__root(ing, sp->holder);
	} else if (sp->kind == SP_ENT && sp->type == KG_T_PERSON) {
		m->with = 1;
		m->with_person = kg_ingest__root(ing, sp->ent);
	} else if (sp->kind == SP_CAP &&
	           (!sp->typed || sp->type == KG_T_PERSON)) {
		m->with = 1;
		name = kg_ingest__span(ing, sp->t0, sp->t1);
		kg_norm(key, sizeof(key), name, strlen(name));
		m->with_person = kg_ingest__find_person(ing, key);
	}
}

/* Did the person "with" names take part in ev, if ev has participants? */
static int with_fits(const struct ent *ev, const struct emention *m)
{
	size_t j;

	if (!m->with || !ev->nparts)
		return 1;
	for (j = 0; j < ev->nparts; j++)
		if (ev->parts[j] == m->with_person)
			return 1;
	return 0;
}

static int has_participants(const struct ent *ev, const struct emention *m)
{
	size_t i, j;

	for (i = 0; i < m->npersons; i++) {
		for (j = 0; j < ev->nparts; j++)
			if (ev->parts[j] == m->persons[i])
				break;
		if (j == ev->nparts)
			return 0;
	}
	return 1;
}

/* A meeting of two or three named people: "the Biden-Xi meeting". */
static int small_meeting(const struct ent *ev)
{
	return !strcmp(ev->noun, "meeting") && ev->nparts >= 2 &&
	       ev->nparts <= 3;
}

/* The words of event key s that name it, into out, with the one that ranks
 * it ("60th", "second") or dates it ("2025") in *rank, *year (NULL, 0 when
 * none), and the words of the place it is in ("the BRICS summit in Kazan")
 * in *where (NULL when none).  Returns the number of words kept. */
static size_t core_words(const char *s,
                         char *out,
                         size_t cap,
                         const char **rank,
                         size_t *rlen,
                         int *year,
                         const char **where)
{
	static const char *const set_aside[] = { "the",       "leaders",
		                                 "leader",    "annual",
		                                 "inaugural", "biennial",
		                                 NULL };
	static const char *const ordinals[] = {
		"first",    "second",  "third",  "fourth", "fifth",
		"sixth",    "seventh", "eighth", "ninth",  "tenth",
		"eleventh", "twelfth", NULL
	};
	static const char *const counts[] = { "one",  "two", "three", "four",
		                              "five", "six", "seven", "1",
		                              "2",    "3",   "4",     "5",
		                              NULL };
	size_t len = 0, nwords = 0;

	*rank = NULL, *rlen = 0, *year = 0, *where = NULL;
	out[0] = '\0';
	while (*s) {
		size_t n = strcspn(s, " "), d = strspn(s, "0123456789");
		char w[32];

		if (n < sizeof(w)) {
			memcpy(w, s, n);
			w[n] = '\0';
		} else {
			w[0] = '\0';
		}
		/* "the two-day G20 summit" is "the G20 summit" */
		int length = !strcmp(w, "day") || !strcmp(w, "days") ||
		             (kg_ingest__in_list(w, counts) &&
		              !strncmp(s + n, " day", 4));

		if (d == 4 && n == 4)
			*year = atoi(w);
		else if ((d && d + 2 == n) || kg_ingest__in_list(w, ordinals))
			*rank = s, *rlen = n;
		else if (nwords >= 2 && !*where &&
		         (!strcmp(w, "in") || !strcmp(w, "at")))
			*where = s + n + (s[n] == ' ');
		else if (!*where && !length &&
		         !kg_ingest__in_list(w, set_aside) &&
		         len + n + 2 < cap) {
			if (len)
				out[len++] = ' ';
			memcpy(out + len, s, n);
			out[len += n] = '\0';
			nwords++;
		}
		s += n;
		s += *s == ' ';
	}
	return nwords;
}

/* The length of place words w of core_words up to a year: "kazan" of
 * "kazan in 2024". */
static size_t where_len(const char *w)
{
	size_t n = strcspn(w, "0123456789");

	while (n && w[n - 1] == ' ')
		n--;
	if (n >= 3 && !strncmp(w + n - 3, " in", 3))
		n -= 3;
	return n;
}

/* Do both name a place, and another one? */
static int wheres_differ(const char *a, const char *b)
{
	size_t la, lb;

	if (!a || !b)
		return 0;
	la = where_len(a), lb = where_len(b);
	return la != lb || memcmp(a, b, la) != 0;
}

/* Do keys a and b rank their events differently ("the first summit", "the
 * second Russia-Africa Summit")? */
static int ranks_differ(const char *a, const char *b)
{
	char ca[256], cb[256];
	const char *ra, *rb, *wa, *wb;
	size_t la, lb;
	int ya, yb;

	core_words(a, ca, sizeof(ca), &ra, &la, &ya, &wa);
	core_words(b, cb, sizeof(cb), &rb, &lb, &yb, &wb);
	return ra && rb && (la != lb || memcmp(ra, rb, la) != 0);
}

/* Does event ev, by its name or an alias, rank itself other than key? */
static int ev_ranks_differ(const struct ent *ev, const char *key)
{
	char k[256];

	if (ranks_differ(ev->key, key))
		return 1;
	for (size_t i = 0; i < ev->naliases; i++) {
		kg_norm(k, sizeof(k), ev->aliases[i], strlen(ev->aliases[i]));
		if (ranks_differ(k, key))
			return 1;
	}
	return 0;
}

/* A formal name, "X of Y": the long form of a short one ("the ASEAN-China
 * summit" is no long form of "the ASEAN summit"). */
static int formal(const char *core)
{
	return strstr(core, " of ") != NULL;
}

/* Are the words of a, but for "of", "the" and the like, all words of b,
 * and at least two ("the Francophonie summit" in "the Summit of the
 * International Organisation of La Francophonie", "the Commonwealth Heads
 * of Government Meeting" in "the Meeting of the Heads of Government of the
 * Commonwealth of Nations")? */
static int words_within(const char *a, const char *b)
{
	static const char *const glue[] = { "of",  "the", "la", "le", "de",
		                            "and", "for", "on", NULL };
	size_t n = 0;

	while (*a) {
		size_t k = strcspn(a, " ");
		char w[64];

		if (k < sizeof(w)) {
			memcpy(w, a, k);
			w[k] = '\0';
			if (!kg_ingest__in_list(w, glue)) {
				if (!kg_ingest__word_in(b, w, strlen(w)))
					return 0;
				n++;
			}
		}
		a += k;
		a += *a == ' ';
	}
	return n >= 2;
}

/* Are named keys a and b one event ("the 60th Munich Security Conference"
 * and "the Munich Security Conference", "the G20 Leaders' Summit" and "the
 * G20 Summit")?  The same words once ranks, years, "annual", a length and
 * a place are set aside, or a formal name that holds the other's words;
 * no two ranks, years or places that differ; a year only one of them
 * gives must be the story's ("the 2023 NATO summit" is not "the NATO
 * summit" of a 2025 story). */
static int same_core(const struct kg_ingest *ing, const char *a, const char *b)
{
	char ca[256], cb[256];
	const char *ra, *rb, *wa, *wb;
	size_t la, lb;
	int ya, yb;

	if (core_words(a, ca, sizeof(ca), &ra, &la, &ya, &wa) < 2 ||
	    core_words(b, cb, sizeof(cb), &rb, &lb, &yb, &wb) < 2 ||
	    (strcmp(ca, cb) != 0 && !(words_within(ca, cb) && formal(cb)) &&
	     !(words_within(cb, ca) && formal(ca))) ||
	    wheres_differ(wa, wb))
		return 0;
	if (ra && rb && (la != lb || memcmp(ra, rb, la) != 0))
		return 0;
	if (ya != yb && ((ya && yb) || (ya ? ya : yb) != ing->anchor_y))
		return 0;
	return 1;
}

/* "a parallel meeting of foreign ministers", "a side meeting on
 * Venezuela": a later bare "the leaders' meeting" means the main one. */
static int aside_meeting(const char *ev_key, const char *key)
{
	static const char *const asides[] = { "parallel", "side", NULL };

	for (size_t i = 0; asides[i]; i++)
		if (kg_ingest__word_in(ev_key, asides[i], strlen(asides[i])) &&
		    !kg_ingest__word_in(key, asides[i], strlen(asides[i])))
			return 1;
	return 0;
}

/* Is event ev in place p, by its place or a located_in fact ("the Alaska
 * summit" is the encounter held at a base in Anchorage, Alaska)?  p -1:
 * in any place by a fact ("a trip to Europe" does not name "the three-day
 * trip" that began in Chongqing). */
static int in_place(const struct kg_ingest *ing, long ev, long p)
{
	size_t i;

	if (p >= 0 && ing->ents[ev].place == p)
		return 1;
	for (i = 0; i < ing->nfacts; i++)
		if (ing->facts[i].subject == (size_t)ev &&
		    ing->facts[i].pred == KG_P_LOCATED_IN &&
		    (p < 0 || ing->facts[i].object == (size_t)p))
			return 1;
	return 0;
}

/* "The three-day meeting" after "the Africa Climate Summit": a definite
 * bare mention of a gathering noun, when no event of its own kind came
 * before, is the gathering the text spoke of last.  Returns it, or -1. */
static long gathering_of(const struct kg_ingest *ing,
                         const struct emention *m,
                         const char *key)
{
	static const char *const gatherings[] = { "summit",    "meeting",
		                                  "gathering", "conference",
		                                  "forum",     "ministerial",
		                                  "COP",       NULL };
	/* "the ceremony" after "was sworn in": the inauguration */
	static const char *const rites[] = { "inauguration",     "funeral",
		                             "coronation",       "signing",
		                             "signing ceremony", NULL };
	const char *const *kinds = gatherings;
	long best = -1;
	size_t i;

	if (m->named || !m->definite || m->background || !m->cls)
		return -1;
	if (!strcmp(m->cls, "ceremony"))
		kinds = rites;
	else if (!kg_ingest__in_list(m->cls, kinds))
		return -1;
	/* "the gathering" after "joined Kishida and Yoon for a three-way
	 * meeting" is the summit around it: a meeting of two or three is
	 * taken only when there is nothing bigger */
	for (int small = 0; small < 2 && best < 0; small++)
		for (i = 0; i < ing->nents; i++) {
			const struct ent *ev = &ing->ents[i];

			if (ev->type == KG_T_EVENT && ev->merged < 0 &&
			    (!ev->implicit || kinds == rites) &&
			    !ev->background && ev->noun &&
			    kg_ingest__in_list(ev->noun, kinds) &&
			    !ev_ranks_differ(ev, key) &&
			    (small || strcmp(m->cls, "meeting") == 0 ||
			     !small_meeting(ev)) &&
			    (best < 0 ||
			     ev->last_seen >= ing->ents[best].last_seen))
				best = (long)i;
		}
	return best;
}

/* Does the sentence name, after mention m, a day more than a week from
 * the story's ("Moldova hosts the European Political Community summit on
 * 1 June", in a story of 16 May)?  Its named event is not the one the story
 * is about: it names no bare one the story told of, and is no topic.  (A
 * dateline's date, before the mention, is the story's.) */
static int dated_elsewhere(const struct kg_ingest *ing,
                           const struct emention *m)
{
	/* days as 372 a year and 31 a month: near enough for a week */
	long anchor =
	        ing->anchor_y * 372L + ing->anchor_m * 31L + ing->anchor_d;

	if (!ing->anchor_m || !ing->anchor_d)
		return 0;
	for (size_t k = m->hi; k < ing->nspans; k++) {
		const struct date_val *d;
		long gap;

		if (ing->spans[k].kind != SP_DATE)
			continue;
		d = &ing->dates[ing->spans[k].date];
		gap = (d->y ? d->y : ing->anchor_y) * 372L + d->m * 31L + d->d -
		      anchor;
		if (d->m && d->d && (gap > 7 || gap < -7))
			return 1;
		/* "in Rome last month": another month of a known year */
		if (d->m && !d->d && d->y &&
		    (d->y != ing->anchor_y || d->m != ing->anchor_m))
			return 1;
	}
	return 0;
}

/* Can named mention m be the name of bare event ev ("their biennial
 * summit" ... "the Commonwealth Heads of Government Meeting")?  Not one told
 * as past, and not "a meeting with Fiala" for "the EU summit" named next:
 * an event with participants takes only a name with its own noun. */
static int nameless(const struct ent *ev, const struct emention *m, size_t si)
{
	int same_noun =
	        !strcmp(ev->head ? ev->head : "", m->head ? m->head : "");

	/* nor "the talks, which began in Geneva" for "the G7 summit", nor
	 * "the talks ... were followed by the fifth meeting of the Council"
	 * for two nouns first met in one sentence */
	return ev->bare && !ev->background && !m->background &&
	       (same_noun || (ev->nparts == 0 && ev->place < 0 && !ev->dated &&
	                      !(ev->nment <= 1 && ev->last_sent == si)));
}

/* The earlier event this mention means, or -1 for a new one: the same
 * name, else the most recently mentioned event of the same kind that the
 * mention fits (a bare "the summit" fits any). */
static long find_event(struct kg_ingest *ing,
                       const struct emention *m,
                       const char *key,
                       size_t si)
{
	long best = -1;
	size_t i;
	int elsewhere = m->named && dated_elsewhere(ing, m);

	for (i = 0; i < ing->nents; i++) {
		const struct ent *ev = &ing->ents[i];
		int fits;

		if (ev->type != KG_T_EVENT || ev->merged >= 0)
			continue;
		if (strcmp(ev->key, key) == 0)
			return (long)i;
		if (m->named && !ev->bare && !elsewhere &&
		    !ev->background == !m->background &&
		    same_core(ing, ev->key, key))
			return (long)i;
		if (!ev->noun || strcmp(ev->noun, m->cls) != 0)
			continue;
		/* "bilateral talks" are not the summit around them, nor is
		 * "the BIMSTEC ministerial meeting" the bilateral talks */
		if (!strstr(key, "bilateral") !=
		            !strstr(ev->key, "bilateral") &&
		    (m->named || strstr(key, "bilateral")))
			continue;
		if (!m->named)
			/* "the meeting": not one told as past ("last week's
			 * summit") unless the mention is past too; "an
			 * inauguration Mass" after "Leo XIV's inauguration"
			 * is that one (a text has one of each rite) */
			fits = (!m->indefinite ||
			        kg_ingest__in_list(m->cls, rite_nouns)) &&
			       (!ev->background || m->background) &&
			       !(m->previous && !ev->background) &&
			       /* "met Oli" made no summit, and "held
			        * bilateral talks with" is other talks */
			       !(ev->implicit &&
			         (!m->definite ||
			          (m->head && !strcmp(m->head, "summit")))) &&
			       /* "talks with Wang Yi" are not the meeting
			        * with Xi */
			       with_fits(ev, m) && !ev_ranks_differ(ev, key) &&
			       !aside_meeting(ev->key, key) &&
			       /* nor is "the gathering" a three-way meeting
			        * (gathering_of finds the summit) */
			       !(m->head && !strcmp(m->head, "gathering") &&
			         small_meeting(ev));
		else if (m->nplaces == 1 && !m->paired && !m->year)
			fits = in_place(ing, (long)i, m->places[0]) ||
			       (ev->place < 0 && !in_place(ing, (long)i, -1) &&
			        !m->indefinite && !elsewhere &&
			        nameless(ev, m, si));
		else if (m->npersons)
			fits = !m->nplaces && !m->year &&
			       (ev->nparts == 0 || has_participants(ev, m));
		else
			/* "the Commonwealth Heads of Government Meeting" after
			 * "their biennial summit": the name of the event the
			 * text spoke of without one */
			fits = !m->nplaces && !m->year && !elsewhere &&
			       nameless(ev, m, si);
		/* a bare "the talks" prefers talks to a later meeting */
		if (fits && best >= 0 && !m->named && ev->head && m->head &&
		    ing->ents[best].head &&
		    (!strcmp(ev->head, m->head)) !=
		            (!strcmp(ing->ents[best].head, m->head))) {
			if (!strcmp(ev->head, m->head))
				best = (long)i;
			continue;
		}
		if (fits &&
		    (best < 0 || ev->last_seen >= ing->ents[best].last_seen))
			best = (long)i;
	}
	return best >= 0 ? best : gathering_of(ing, m, key);
}

void kg_ingest__add_part(struct kg_ingest *ing, long ev, long p)
{
	struct ent *e = &ing->ents[ev], *who = &ing->ents[p];
	size_t i;

	for (i = 0; i < e->nparts; i++)
		if (e->parts[i] == p)
			return;
	if (e->nparts < 8)
		e->parts[e->nparts++] = p;
	/* and the person's latest events, newest last */
	if (who->nevs == 8) {
		memmove(who->evs, who->evs + 1, 7 * sizeof(who->evs[0]));
		who->nevs--;
	}
	who->evs[who->nevs++] = ev;
}

/* Record that persons[] took part in event ev (attended, and met each
 * other).  Shared with the rules. */
int kg_ingest__took_part(struct kg_ingest *ing,
                         long ev,
                         const long *persons,
                         size_t n,
                         size_t si,
                         const char *rule,
                         int status,
                         int negated)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		if (ev >= 0) {
			kg_ingest__add_part(ing, ev, persons[i]);
			if (kg_ingest__fact(ing, persons[i], KG_P_ATTENDED, ev,
			                    NULL, si, rule, status, negated))
				return KG_ENOMEM;
		}
		for (j = i + 1; j < n; j++)
			if (ing->ents[persons[i]].type == KG_T_PERSON &&
			    ing->ents[persons[j]].type == KG_T_PERSON &&
			    persons[i] != persons[j] &&
			    kg_ingest__fact(ing, persons[i], KG_P_MET_WITH,
			                    persons[j], NULL, si, rule, status,
			                    negated))
				return KG_ENOMEM;
	}
	return KG_OK;
}

/* Are tokens [t0, t1) written without a lower-case letter? */
static int all_caps(const struct kg_ingest *ing, size_t t0, size_t t1)
{
	size_t start = ing->toks[t0].start;

	return kg_ingest__shouted(ing->in->text + start,
	                          ing->toks[t1 - 1].end - start);
}

/* "attending his first summit", "the group's first summit since Fico
 * returned", "the first GCC summit hosted by X": a rank that counts a
 * person's or a group's gatherings, or those since a day, is not the
 * event's own ("the first summit" of a series).  Takes the rank out of
 * key. */
static void
personal_rank(const struct kg_ingest *ing, size_t t0, size_t t1, char *key)
{
	static const char *const owners[] = { "his", "her", "their", "its",
		                              "my",  "our", NULL };
	static const char *const ranks[] = { "first ", "second ", "third ",
		                             NULL };
	/* "the first GCC summit hosted by X", "the first summit since
	 * 2014", "his first summit as president" */
	static const char *const counted_by[] = { "since",   "hosted",
		                                  "chaired", "attended",
		                                  "as",      "under",
		                                  "for",     NULL };
	const char *before = t0 ? ing->toks[t0 - 1].norm : "";
	const char *after = t1 < ing->ntoks ? ing->toks[t1].norm : "";
	size_t n;

	if (!kg_ingest__in_list(before, owners) &&
	    !(t0 && ing->toks[t0 - 1].flags & TF_POSS) &&
	    !kg_ingest__in_list(after, counted_by))
		return;
	for (const char *const *r = ranks; *r; r++) {
		char *at = strstr(key, *r);

		if (at && (at == key || at[-1] == ' ')) {
			n = strlen(*r);
			memmove(at, at + n, strlen(at + n) + 1);
			return;
		}
	}
}

/* Resolve mention m to an event and give the facts its names state. */
static long
resolve_event(struct kg_ingest *ing, struct emention *m, size_t k, size_t si)
{
	size_t t0 = ing->spans[m->lo].t0, t1 = ing->spans[m->hi - 1].t1, i;
	const char *name;
	char key[512];
	long ev;
	int st = m->planned ? KG_S_PLANNED : KG_S_CURRENT;

	/* a capitalised headline is no event's name: "Biden and Yoon
	 * Pledge Closer Defense Ties in First Meeting" is a meeting, and
	 * "VOW CLOSER TIES AT BORDER TALKS" is talks */
	if (ing->sents[si].headline &&
	    (t1 - t0 > 5 || (t1 - t0 > 2 && all_caps(ing, t0, t1)))) {
		t0 = ing->spans[k].t0;
		m->named = 0;
		m->npersons = m->nplaces = 0;
	}
	name = kg_ingest__span(ing, t0, t1);
	kg_norm(key, sizeof(key), name, strlen(name));
	if (!m->named)
		personal_rank(ing, t0, t1, key);
	if (!m->named && ing->sents[si].headline &&
	    all_caps(ing, t0, t1)) /* "TALKS": the noun as the body has it */
		name = kg_ingest__strndup(&ing->arena, key, strlen(key));
	/* "the next summit" is never the summit the text is about; kept out
	 * of later bare mentions and of the topic like a past one */
	ev = m->next ? -1 : find_event(ing, m, key, si);
	if (ev >= 0)
		ing->ents[ev].implicit = 0; /* the text now names it */
	if (ev < 0) {
		/* a bare "a summit" is a new event, whatever else is called
		 * "summit": no name to share */
		ev = m->named ? kg_ingest__entity(ing, KG_T_EVENT, name,
		                                  strlen(name))
		              : kg_ingest__new_entity(ing, KG_T_EVENT, name,
		                                      strlen(name));
		if (ev < 0)
			return -1;
		if (!ing->ents[ev].noun)
			ing->ents[ev].noun = m->cls;
		ing->ents[ev].bare = !m->named;
		ing->ents[ev].head = m->head;
		ing->ents[ev].background =
		        m->background || m->next ||
		        (m->named && dated_elsewhere(ing, m));
	} else if (m->named && ing->ents[ev].bare) {
		/* a better name than the bare noun it had */
		if (kg_ingest__rename(ing, ev, name, strlen(name), 0))
			return -1;
		ing->ents[ev].bare = 0;
	} else if (m->named && kg_ingest__alias(ing, ev, name, strlen(name))) {
		return -1;
	} else if (!m->named && m->head && ing->ents[ev].head &&
	           strcmp(m->head, ing->ents[ev].head) != 0 &&
	           kg_ingest__alias(ing, ev, m->head, strlen(m->head))) {
		/* "Tuesday's meeting ... The summit took place at": the
		 * meeting is also called a summit */
		return -1;
	}
	if (kg_ingest__mention(ing, ev, si, t0, t1))
		return -1;
	ing->last_event = ev;
	if (kg_ingest__took_part(ing, ev, m->persons, m->npersons, si,
	                         "event.names", st, 0))
		return -1;
	if (m->nplaces && !m->paired)
		for (i = 0; i < m->nplaces; i++) {
			if (ing->ents[ev].place < 0)
				ing->ents[ev].place = m->places[i];
			if (kg_ingest__fact(ing, ev, KG_P_LOCATED_IN,
			                    m->places[i], NULL, si,
			                    "event.names", KG_S_CURRENT, 0))
				return -1;
		}
	if (m->year) {
		char y[8];

		snprintf(y, sizeof(y), "%04d", m->year);
		if (kg_ingest__fact(ing, ev, KG_P_OCCURRED_ON, -1,
		                    kg_ingest__strndup(&ing->arena, y, 4), si,
		                    "event.year", KG_S_CURRENT, 0))
			return -1;
	}
	return ev;
}

/* Pass 4: event mentions become SP_ENT spans of their events. */
/* "an hour of talks", "two days of meetings", "a round of negotiations":
 * a bare noun after a measure is an event, not a generic use. */
static int quantity_of(const struct kg_ingest *ing, size_t k)
{
	static const char *const measures[] = { "hour",    "hours",  "day",
		                                "days",    "week",   "weeks",
		                                "minutes", "round",  "rounds",
		                                "month",   "months", "series",
		                                NULL };

	return k >= 2 && word_span(&ing->spans[k - 1]) &&
	       !strcmp(kg_ingest__norm0(ing, k - 1), "of") &&
	       word_span(&ing->spans[k - 2]) &&
	       kg_ingest__in_list(kg_ingest__norm0(ing, k - 2), measures);
}

static const char *const member_words[] = { "member", "members", "states",
	                                    "countries", NULL };

/* Is span k the "trip" of "made the trip", "make the journey"? */
static int made_the_trip(const struct kg_ingest *ing, size_t k)
{
	static const char *const make[] = { "made", "make", "makes", "making",
		                            NULL };
	const char *n = ing->spans[k].lex->canon;

	return (!strcmp(n, "trip") || !strcmp(n, "journey")) && k >= 2 &&
	       word_span(&ing->spans[k - 1]) &&
	       !strcmp(kg_ingest__norm0(ing, k - 1), "the") &&
	       word_span(&ing->spans[k - 2]) &&
	       kg_ingest__in_list(kg_ingest__norm0(ing, k - 2), make);
}

/* The organisation a bare mention of noun k after "members of" or a verb
 * of joining names ("both members of the 18-nation forum", "joined the
 * council"), or one counted by its members ("the 21-member forum"), or
 * -1. */
static long member_of_org(const struct kg_ingest *ing, size_t k)
{
	static const char *const counted[] = { "nation", "member", "country",
		                               "state", NULL };
	size_t b = k, n = 0; /* the count may be inside the mention */
	int number = 0, unit = 0;

	/* "the 18-nation forum" */
	while (b > 0 && n++ < 4 &&
	       (ing->spans[b - 1].kind == SP_TOK ||
	        ing->spans[b - 1].kind == SP_WORDS) &&
	       (ing->toks[ing->spans[b - 1].t0].kind == TK_NUM ||
	        kg_ingest__in_list(kg_ingest__norm0(ing, b - 1), counted) ||
	        ing->in->text[ing->toks[ing->spans[b - 1].t0].start] == '-')) {
		number |= ing->toks[ing->spans[b - 1].t0].kind == TK_NUM;
		unit |= kg_ingest__in_list(kg_ingest__norm0(ing, b - 1),
		                           counted);
		b--;
	}
	/* "The 21-member forum last met in Peru": a forum counted by its
	 * members is the organisation, whatever comes before */
	if (number && unit) {
		long org =
		        kg_ingest__org_by_head(ing, ing->spans[k].lex->canon);

		/* APEC's name does not end in "forum": the one named most */
		return org >= 0 ? org : kg_ingest__org_by_head(ing, "bloc");
	}
	if (b > 0 && word_span(&ing->spans[b - 1]) &&
	    !strcmp(kg_ingest__norm0(ing, b - 1), "the"))
		b--;
	if (b == 0 || !word_span(&ing->spans[b - 1]))
		return -1;
	if (!(ing->spans[b - 1].wflags & KG_W_JOIN) &&
	    !(b >= 2 && !strcmp(kg_ingest__norm0(ing, b - 1), "of") &&
	      word_span(&ing->spans[b - 2]) &&
	      kg_ingest__in_list(kg_ingest__norm0(ing, b - 2), member_words)))
		return -1;
	return kg_ingest__org_by_head(ing, ing->spans[k].lex->canon);
}

/* The span of a capitalised building word right after event noun k
 * ("Jubilee House", "Summit Hall"), or k. */
static size_t hall_after(const struct kg_ingest *ing, size_t k)
{
	static const char *const halls[] = { "house",  "hall",   "palace",
		                             "centre", "center", "stadium",
		                             "arena",  "square", "building",
		                             NULL };
	const struct span *nx;

	if (k + 1 >= ing->nspans)
		return k;
	nx = &ing->spans[k + 1];
	if (nx->t1 != nx->t0 + 1 || !(ing->toks[nx->t0].flags & TF_CAP) ||
	    !kg_ingest__in_list(ing->toks[nx->t0].norm, halls))
		return k;
	return k + 1;
}

/* Spans [lo, hi) become one, the first; returns it. */
static struct span *collapse(struct kg_ingest *ing, size_t lo, size_t hi)
{
	struct span *sp = &ing->spans[lo];

	sp->t1 = ing->spans[hi - 1].t1;
	memmove(sp + 1, &ing->spans[hi], (ing->nspans - hi) * sizeof(*sp));
	ing->nspans -= hi - lo - 1;
	return sp;
}

/* "The Forum's 18 members": a capitalised head alone after "the" is the
 * organisation named before whose name ends in it, or -1. */
static long
capital_org(const struct kg_ingest *ing, const struct emention *m, size_t k)
{
	size_t the = m->lo == k ? k - 1 : m->lo;

	if (m->named || k == 0 || (m->lo != k && m->lo + 1 != k) ||
	    !word_span(&ing->spans[the]) ||
	    strcmp(kg_ingest__norm0(ing, the), "the"))
		return -1;
	return kg_ingest__org_by_head(ing, ing->spans[k].lex->canon);
}

int kg_ingest__events(struct kg_ingest *ing, size_t si)
{
	size_t k;

	for (k = 0; k < ing->nspans; k++) {
		struct span *sp = &ing->spans[k];
		struct emention m;
		long ev, org;
		size_t hall;
		int denied;

		if (sp->kind != SP_ENOUN)
			continue;
		if (k + 1 < ing->nspans && ing->spans[k + 1].kind == SP_ENOUN)
			continue; /* "summit meeting": the second noun leads */
		if (!strcmp(sp->lex->canon, "plenary") && k + 1 < ing->nspans &&
		    word_span(&ing->spans[k + 1]) &&
		    (!strcmp(kg_ingest__norm0(ing, k + 1), "hall") ||
		     !strcmp(kg_ingest__norm0(ing, k + 1), "chamber"))) {
			/* "the plenary hall": a room */
			sp->kind = SP_WORDS;
			sp->wflags = 0;
			continue;
		}
		if (made_the_trip(ing, k)) {
			/* "was among the leaders who made the trip": to the
			 * event the text is about, no event of its own */
			sp->kind = SP_WORDS;
			sp->wflags = 0;
			continue;
		}
		memset(&m, 0, sizeof(m));
		m.cls = noun_class(sp->lex->canon);
		m.head = sp->lex->canon;
		left_words(ing, k, si, &m);
		if ((ing->toks[sp->t0].flags & TF_CAP) && m.lo < k)
			m.named = 1;
		/* "no meeting between Orban and Putin had been planned"
		 * names no meeting of theirs */
		denied = m.lo > 0 && word_span(&ing->spans[m.lo - 1]) &&
		         !strcmp(kg_ingest__norm0(ing, m.lo - 1), "no");
		if (k + 1 < ing->nspans && word_span(&ing->spans[k + 1]) &&
		    !strcmp(kg_ingest__norm0(ing, k + 1), "between") &&
		    (denied || !between_known(ing, k + 2, &m)))
			m.indefinite = 1; /* "Talks between A and B covered" */
		if (m.lo == k && !m.definite && !m.indefinite &&
		    !quantity_of(ing, k) &&
		    (!m.named ||
		     (k > 0 && word_span(&ing->spans[k - 1]) &&
		      kg_ingest__in_list(kg_ingest__norm0(ing, k - 1),
		                         verb_before)))) {
			/* a bare noun: a verb ("before meeting") or a generic
			 * use ("if negotiations fail") */
			sp->kind = SP_WORDS;
			sp->wflags = ing->toks[sp->t0].wflags;
			continue;
		}
		if ((ing->toks[sp->t0].flags & TF_CAP) &&
		    (hall = hall_after(ing, k)) > k) {
			/* "at the Jubilee House", "the Summit Hall": a
			 * building named after a gathering */
			sp = collapse(ing, k, hall + 1);
			sp->kind = SP_CAP;
			sp->typed = 1;
			sp->type = KG_T_FACILITY;
			continue;
		}
		if ((ing->toks[sp->t0].flags & TF_CAP) && m.lo < k &&
		    (!strcmp(sp->lex->canon, "forum") ||
		     !strcmp(sp->lex->canon, "expo")) &&
		    m.lo > 0 && word_span(&ing->spans[m.lo - 1]) &&
		    !strcmp(kg_ingest__norm0(ing, m.lo - 1), "the") &&
		    m.lo > 1 && word_span(&ing->spans[m.lo - 2]) &&
		    !strcmp(kg_ingest__norm0(ing, m.lo - 2), "at")) {
			/* "at the World Forum": a venue, not an event */
			sp = collapse(ing, m.lo, k + 1);
			sp->kind = SP_CAP;
			sp->typed = 1;
			sp->type = KG_T_FACILITY;
			k = m.lo;
			continue;
		}
		if ((!(ing->toks[sp->t0].flags & TF_CAP)
		             ? (org = member_of_org(ing, k))
		             : (org = capital_org(ing, &m, k))) >= 0) {
			/* "both members of the 18-nation forum": the
			 * organisation, not a meeting of it */
			sp = collapse(ing, m.lo, k + 1);
			sp->kind = SP_ENT;
			sp->type = KG_T_ORG;
			sp->ent = org;
			k = m.lo;
			continue;
		}
		right_words(ing, k, si, &m);
		with_whom(ing, &m);
		if ((ev = resolve_event(ing, &m, k, si)) < 0)
			return KG_ENOMEM;
		/* one entity span for the mention */
		sp = collapse(ing, m.lo, m.hi);
		sp->kind = SP_ENT;
		sp->type = KG_T_EVENT;
		sp->ent = ev;
		k = m.lo;
	}
	return KG_OK;
}
