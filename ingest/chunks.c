/* ingest/chunks.c - last pass over a sentence: what is left of the
 * capitalised runs is decided (person, place, nothing), and the spans
 * become the chunks that the rules match
 *
 * An unknown run of two or more capitalised words is a person's name
 * unless a head noun typed it ("Basa Air Base") or it follows "at"/"in"
 * ("held at Bharat Mandapam").  A single unknown capitalised word is a name
 * only when the document already knows it (a surname), when a title or
 * honorific stands before it, or when it is an acronym.  In a headline
 * only known names count.
 */
#include <string.h>

#include "ingest_int.h"

/* "Mrs Trump": the person of that surname the text named last.  "Mr
 * Dahal" after "his daughter, Ganga Dahal": the one of them who holds an
 * office, named most (a man's title says no more than that). */
static long
latest_person(struct kg_ingest *ing, const char *key, const char *honorific)
{
	static const char *const men[] = { "mr",    "sir",      "herr",
		                           "senor", "monsieur", NULL };
	long best = -1, office = -1;
	size_t i;

	for (i = 0; i < ing->nents; i++) {
		const struct ent *en = &ing->ents[i];

		if (en->type != KG_T_PERSON || en->merged >= 0 ||
		    !en->surname || strcmp(en->surname, key) != 0)
			continue;
		if (best < 0 || en->last_seen > ing->ents[best].last_seen)
			best = (long)i;
		if (en->in_office &&
		    (office < 0 || en->nment > ing->ents[office].nment))
			office = (long)i;
	}
	if (office >= 0 && kg_ingest__in_list(honorific, men))
		best = office;
	return best >= 0 ? best : kg_ingest__find_person(ing, key);
}

static int quote_span(const struct kg_ingest *ing, size_t k)
{
	const struct tok *t;

	if (k >= ing->nspans || ing->spans[k].kind != SP_TOK)
		return 0;
	t = &ing->toks[ing->spans[k].t0];
	return t->kind == TK_PUNCT &&
	       (ing->in->text[t->start] == '\'' ||
	        ing->in->text[t->start] == '"' ||
	        !strncmp(ing->in->text + t->start, "\u2018", 3) ||
	        !strncmp(ing->in->text + t->start, "\u2019", 3) ||
	        !strncmp(ing->in->text + t->start, "\u201c", 3) ||
	        !strncmp(ing->in->text + t->start, "\u201d", 3));
}

/* The person whose nickname span k is: one quoted word right after the
 * person's name, or -1. */
static long nickname_of(const struct kg_ingest *ing, size_t k)
{
	const struct span *p;

	if (k < 2 || ing->spans[k].t1 != ing->spans[k].t0 + 1 ||
	    !quote_span(ing, k - 1) || !quote_span(ing, k + 1))
		return -1;
	p = &ing->spans[k - 2];
	return p->kind == SP_ENT && p->type == KG_T_PERSON ? p->ent : -1;
}

/* Plural nouns for groups, never the last word of a name. */
static const char *const group_nouns[] = {
	"leaders", "ministers", "states",   "nations", "affairs",   "forces",
	"members", "countries", "partners", "allies",  "officials", "heads",
	"people",  "delegates", "envoys",   NULL
};

/* Does a word end like an abstract noun, which no name does: "Strategic
 * Partnership", "Climate Cooperation", "Digital Development"? */
static int abstract_noun(const char *w)
{
	static const char *const ends[] = { "tion", "sion", "ship", "ism",
		                            "ity",  "ment", "ness", NULL };
	size_t n = strlen(w), i, k;

	if (n < 8)
		return 0;
	for (i = 0; ends[i]; i++) {
		k = strlen(ends[i]);
		if (!strcmp(w + n - k, ends[i]))
			return 1;
	}
	return 0;
}

/* Is a word of the run an office title, singular or plural? */
static int has_title_word(const struct kg_ingest *ing, const struct span *sp)
{
	size_t i;

	for (i = sp->t0; i < sp->t1; i++) {
		const char *w = ing->toks[i].norm;
		const kg_lex_entry *e;
		size_t n = strlen(w), m, k;
		char sing[64];

		if (n < 3 || n >= sizeof(sing))
			continue;
		memcpy(sing, w, n + 1);
		if (sing[n - 1] == 's')
			sing[n - 1] = '\0';
		m = kg_lexicon_lookup_str(ing->lx, sing, &e);
		for (k = 0; k < m; k++)
			if (e[k].kind == KG_LEX_TITLE)
				return 1;
	}
	return 0;
}

/* The type an untyped capitalised run at span k gets, or -1 to drop it. */
/* After a place in a list, does span k go on like a list of places (the
 * end, a mark, "and", "in", "on") rather than with a verb? */
static int place_list_goes_on(const struct kg_ingest *ing, size_t k)
{
	const char *w;

	if (k >= ing->nspans || ing->spans[k].kind != SP_TOK ||
	    ing->toks[ing->spans[k].t0].kind == TK_PUNCT)
		return 1;
	w = ing->toks[ing->spans[k].t0].norm;
	return !strcmp(w, "and") || !strcmp(w, "in") || !strcmp(w, "on") ||
	       !strcmp(w, "near");
}

/* Does the chain of places that ends the chunks so far follow "in",
 * "at", "near"...: "at Bharat Mandapam, Pragati Maidan, New Delhi" (a list
 * of places), not "the presidents of Chile, Gabriel Boric" (a name)? */
static int after_place_word(const struct kg_ingest *ing)
{
	static const char *const preps[] = { "in",     "at", "near", "outside",
		                             "inside", "to", NULL };
	size_t c = ing->nchunks;

	while (c > 0) {
		const struct chunk *ch = &ing->chunks[c - 1];

		if (ch->kind == CH_ENT &&
		    (ch->type == KG_T_GPE || ch->type == KG_T_FACILITY ||
		     ch->type == KG_T_LOC))
			c--;
		else if (ch->kind == CH_PUNCT && !strcmp(ch->norm, ","))
			c--;
		else
			break;
	}
	return c > 0 && ing->chunks[c - 1].kind == CH_WORD &&
	       kg_ingest__in_list(ing->chunks[c - 1].norm, preps);
}

static int tok_mark(const struct kg_ingest *ing, size_t k, const char *set)
{
	const struct span *sp = &ing->spans[k];

	return k < ing->nspans && sp->kind == SP_TOK &&
	       ing->toks[sp->t0].kind == TK_PUNCT &&
	       strstr(set, ing->toks[sp->t0].norm) != NULL;
}

/* "KISUMU, Kenya, March 3 (AFP) -", "AL KHOR, Qatar (AP) —": an unknown
 * capitalised run that opens the sentence before a comma, a known country
 * or state and the rest of a dateline is the dateline's city. */
static int
dateline_city(const struct kg_ingest *ing, size_t k, const struct sent *s)
{
	const struct span *sp = &ing->spans[k];

	if (sp->t0 != s->t0 || k + 3 >= ing->nspans ||
	    !tok_mark(ing, k + 1, ",") || ing->spans[k + 2].kind != SP_NAME ||
	    ing->spans[k + 2].lex->type != KG_T_GPE ||
	    !tok_mark(ing, k + 3, ", ( - \u2014 \u2013"))
		return 0;
	for (size_t t = sp->t0; t < sp->t1; t++)
		if (!(ing->toks[t].flags & TF_ALLCAPS))
			return 0;
	return 1;
}

/* Is the name at tokens [t0, ...) told as a place: "the city of X"? */
static int
after_place_noun(const struct kg_ingest *ing, size_t t0, const struct sent *s)
{
	return t0 >= s->t0 + 2 && !strcmp(ing->toks[t0 - 1].norm, "of") &&
	       kg_ingest__is_place_noun(ing->toks[t0 - 2].norm);
}

/* Is the run at tokens [t0, t1) a word of a minister's portfolio: after
 * "of" or "for" and a title word, or in a list of them ("Minister of
 * Industry, Trade and Investment", "Minister of State for Foreign Trade";
 * not "Minister of Foreign Affairs, Sergey Lavrov")? */
static int portfolio_word(const struct kg_ingest *ing,
                          size_t t0,
                          size_t t1,
                          const struct sent *s)
{
	static const char *const heads[] = {
		"minister",     "ministry", "secretary", "department",
		"commissioner", "state",    NULL
	};
	static const char *const portfolios[] = {
		"trade",       "investment", "industry",
		"finance",     "economy",    "planning",
		"development", "commerce",   "energy",
		"agriculture", "health",     "education",
		"transport",   "tourism",    "culture",
		"justice",     "defence",    "defense",
		"interior",    "labour",     "labor",
		"environment", "fisheries",  "cooperation",
		"integration", "affairs",    "security",
		"mines",       "housing",    "communications",
		"technology",  "innovation", "youth",
		"sports",      "science",    "infrastructure",
		NULL
	};
	const char *prev = t0 > s->t0 ? ing->toks[t0 - 1].norm : "";
	size_t t = t0;

	if (!kg_ingest__in_list(ing->toks[t1 - 1].norm, portfolios))
		return 0;

	/* after a comma, only an item the list goes on from */
	if (t0 > s->t0 && ing->in->text[ing->toks[t0 - 1].start] == ',' &&
	    !(t1 < s->t1 && !strcmp(ing->toks[t1].norm, "and")))
		return 0;
	if (strcmp(prev, "of") && strcmp(prev, "for") && strcmp(prev, "and") &&
	    !(t0 > s->t0 && ing->in->text[ing->toks[t0 - 1].start] == ','))
		return 0;
	while (t > s->t0 + 1) {
		const struct tok *p = &ing->toks[t - 1];

		if (!strcmp(p->norm, "of") || !strcmp(p->norm, "for"))
			return kg_ingest__in_list(ing->toks[t - 2].norm, heads);
		if (!(p->flags & TF_CAP) && strcmp(p->norm, "and") &&
		    ing->in->text[p->start] != ',')
			return 0;
		t--;
	}
	return 0;
}

/* Verbs of going somewhere, before "to" and a place. */
static const char *const motion_verbs[] = {
	"driven", "went",  "flew",     "travelled", "traveled",  "headed",
	"moved",  "taken", "returned", "drove",     "walked",    "go",
	"goes",   "going", "came",     "come",      "proceeded", NULL
};

/* Ties before a person's name after a comma: "his wife, Michal". */
static const char *const kin_nouns[] = { "wife",    "husband", "widow",
	                                 "widower", "son",     "daughter",
	                                 "brother", "sister",  "spouse",
	                                 "partner", NULL };

/* The last word of a company's name: "Siemens AG", "Apple Inc." */
static const char *const company_suffixes[] = { "ag",  "gmbh", "inc", "ltd",
	                                        "plc", "corp", "llc", "sa",
	                                        "spa", "nv",   "bv",  "ab",
	                                        "asa", "oyj",  "kk",  NULL };

static int
decide(struct kg_ingest *ing, size_t k, const struct sent *s, long *known)
{
	const struct span *sp = &ing->spans[k];
	const struct tok *t = &ing->toks[sp->t0];
	size_t ntok = sp->t1 - sp->t0;
	const char *prev = k > 0 && (ing->spans[k - 1].kind == SP_TOK ||
	                             ing->spans[k - 1].kind == SP_WORDS)
	                           ? kg_ingest__norm0(ing, k - 1)
	                           : "";
	int comma = k > 0 && ing->spans[k - 1].kind == SP_TOK &&
	            ing->in->text[ing->toks[ing->spans[k - 1].t0].start] == ',';
	char key[256];

	kg_norm(key, sizeof(key), ing->in->text + t->start,
	        ing->toks[sp->t1 - 1].end - t->start);
	*known = (k > 0 && ing->spans[k - 1].kind == SP_WORDS &&
	          (ing->spans[k - 1].wflags & KG_W_HONORIFIC))
	                 ? latest_person(ing, key, prev)
	                 : kg_ingest__find_person(ing, key);
	if (*known >= 0)
		return KG_T_PERSON;
	if (s->headline)
		return -1;
	if (dateline_city(ing, k, s))
		return KG_T_GPE;
	if (k > 0 && ing->spans[k - 1].kind == SP_WORDS &&
	    (ing->spans[k - 1].wflags & KG_W_HONORIFIC))
		return KG_T_PERSON;
	if (!strcmp(prev, "the") && k >= 2 && sp->t0 > s->t0 + 1 &&
	    (ing->spans[k - 2].kind == SP_TOK ||
	     ing->spans[k - 2].kind == SP_WORDS) &&
	    !strcmp(kg_ingest__norm0(ing, k - 2), "at") && ntok >= 2)
		return KG_T_FACILITY; /* "at the Arc de Triomphe" */
	if (!strcmp(prev, "the"))
		return -1; /* "the Royal Collection" is no person */
	if (!strcmp(prev, "at") && sp->t0 > s->t0)
		return KG_T_FACILITY;
	if (!strcmp(prev, "in") && sp->t0 > s->t0)
		return KG_T_GPE;
	if (after_place_noun(ing, sp->t0, s))
		return KG_T_GPE;
	if (portfolio_word(ing, sp->t0, sp->t1, s))
		return -1; /* "Minister of Industry, Trade and Investment" */
	/* "were driven to Qasr Al Shati", "flew to Quito": a place; a name
	 * of several words is a building's */
	if (!strcmp(prev, "to") && sp->t0 >= s->t0 + 2 &&
	    kg_ingest__in_list(ing->toks[sp->t0 - 2].norm, motion_verbs))
		return ntok >= 2 ? KG_T_FACILITY : KG_T_GPE;
	/* "his wife, Michal,": a person named by a tie */
	if (ntok == 1 && sp->t0 >= s->t0 + 2 &&
	    ing->in->text[ing->toks[sp->t0 - 1].start] == ',' &&
	    kg_ingest__in_list(ing->toks[sp->t0 - 2].norm, kin_nouns))
		return KG_T_PERSON;
	if (comma && ing->nchunks >= 2 &&
	    ing->chunks[ing->nchunks - 2].kind == CH_ENT &&
	    (ing->chunks[ing->nchunks - 2].type == KG_T_FACILITY ||
	     ing->chunks[ing->nchunks - 2].type == KG_T_GPE) &&
	    place_list_goes_on(ing, k + 1) && after_place_word(ing))
		/* "X, Y, New Delhi", but not "In New York, Antonio Guterres
		 * warned" */
		return (int)ing->chunks[ing->nchunks - 2].type;
	/* "Kaja Kallas (Reform)": a name in brackets after a person's is
	 * the party (not "(R-Calif.)", a party letter and a state) */
	if (ing->nchunks >= 2 && sp->t0 > s->t0 &&
	    ing->chunks[ing->nchunks - 1].kind == CH_PUNCT &&
	    !strcmp(ing->chunks[ing->nchunks - 1].norm, "(") &&
	    ing->chunks[ing->nchunks - 2].kind == CH_ENT &&
	    ing->chunks[ing->nchunks - 2].type == KG_T_PERSON &&
	    sp->t1 < s->t1 && ing->in->text[ing->toks[sp->t1].start] == ')' &&
	    strlen(t->norm) > 1)
		return KG_T_ORG;
	/* "Robert Bosch GmbH", "Mercedes-Benz Group AG": a company */
	if (ntok >= 2 &&
	    kg_ingest__in_list(ing->toks[sp->t1 - 1].norm, company_suffixes))
		return KG_T_ORG;
	/* "Mercedes-Benz chief executive Ola Kallenius", "Tesla CEO Elon
	 * Musk": a name before a lower-case or acronym title and its holder
	 * is the holder's organisation (not "First Deputy Prime Minister") */
	if (k + 2 < ing->nspans &&
	    (ing->spans[k + 1].kind == SP_TITLE ||
	     ing->spans[k + 1].kind == SP_OFFICE) &&
	    (!(ing->toks[ing->spans[k + 1].t0].flags & TF_CAP) ||
	     (ing->toks[ing->spans[k + 1].t0].flags & TF_ALLCAPS)) &&
	    (ing->spans[k + 2].kind == SP_CAP ||
	     ing->spans[k + 2].kind == SP_ENT) &&
	    sp->t0 > s->t0)
		return KG_T_ORG;
	if (ntok == 1) {
		if (sp->hint == 1)
			return KG_T_PERSON;
		/* "Charles, Prince of Wales," */
		if (k + 2 < ing->nspans && ing->spans[k + 1].kind == SP_TOK &&
		    ing->in->text[ing->toks[ing->spans[k + 1].t0].start] ==
		            ',' &&
		    (ing->spans[k + 2].kind == SP_OFFICE ||
		     ing->spans[k + 2].kind == SP_TITLE ||
		     (ing->spans[k + 2].kind == SP_WORDS &&
		      (ing->spans[k + 2].wflags & KG_W_HONORIFIC))))
			return KG_T_PERSON; /* "Charles, Prince of Wales," */
		if ((t->flags & TF_ALLCAPS) && strlen(t->norm) >= 3)
			return KG_T_ORG;
		return -1;
	}
	if (has_title_word(ing, sp) ||
	    abstract_noun(ing->toks[sp->t1 - 1].norm) ||
	    kg_ingest__in_list(ing->toks[sp->t1 - 1].norm, group_nouns) ||
	    (sp->t1 < s->t1 &&
	     kg_ingest__in_list(ing->toks[sp->t1].norm, group_nouns)))
		return -1; /* "Foreign Ministers", "Strategic Partnership",
		              "West African leaders" */
	/* a run that starts the sentence with a common word is no name */
	if (sp->t0 == s->t0 && t->wflags)
		return -1;
	return KG_T_PERSON;
}

static int add_chunk(struct kg_ingest *ing, const struct span *sp, int kind)
{
	struct chunk *c;

	if (KG_GROW(ing->chunks, ing->nchunks, ing->capchunks))
		return KG_ENOMEM;
	c = &ing->chunks[ing->nchunks++];
	memset(c, 0, sizeof(*c));
	c->t0 = sp->t0;
	c->t1 = sp->t1;
	c->kind = kind;
	c->ent = c->holder = c->date = c->title = -1;
	c->norm = ing->toks[sp->t0].norm;
	c->wflags = sp->wflags;
	return KG_OK;
}

/* Norm of a multi-token span: "took part in". */
static const char *span_norm(struct kg_ingest *ing, const struct span *sp)
{
	char buf[256];
	const char *text = ing->in->text + ing->toks[sp->t0].start;
	size_t n = kg_norm(buf, sizeof(buf), text,
	                   ing->toks[sp->t1 - 1].end - ing->toks[sp->t0].start);

	return kg_ingest__strndup(&ing->arena, buf, n);
}

/* News agencies, named in datelines and credits: never "the bloc". */
static const char *const wire_services[] = { "Reuters",
	                                     "Associated Press",
	                                     "AP",
	                                     "AFP",
	                                     "Agence France-Presse",
	                                     "dpa",
	                                     "Xinhua",
	                                     "TASS",
	                                     "Kyodo",
	                                     "Yonhap",
	                                     "ANSA",
	                                     "EFE",
	                                     "Anadolu Agency",
	                                     "PTI",
	                                     "ANI",
	                                     "Bernama",
	                                     "Bloomberg",
	                                     "Interfax",
	                                     "RIA Novosti",
	                                     NULL };

/* "the council" after "the UN Security Council", "the league" after "the
 * Arab League", "the Fund" after the IMF, "the alliance" after NATO (the
 * North Atlantic Alliance): the organisation named last whose name ends in
 * that word; "the bloc", "the grouping", "the group" (the G7 is the
 * Group of Seven) and "the association": the organisation named most.  -1 when
 * none. */
long kg_ingest__org_by_head(const struct kg_ingest *ing, const char *head)
{
	static const char *const heads[] = {
		"council",     "league",    "fund",         "forum",
		"association", "union",     "alliance",     "assembly",
		"commission",  "community", "organisation", "organization",
		"bloc",        "grouping",  "group",        NULL
	};
	int any = !strcmp(head, "bloc") || !strcmp(head, "grouping") ||
	          !strcmp(head, "association") || !strcmp(head, "group");
	long best = -1;
	size_t i, j, hn = strlen(head);

	if (!kg_ingest__in_list(head, heads))
		return -1;
	for (i = 0; i < ing->nents; i++) {
		const struct ent *en = &ing->ents[i];
		int hit = any;

		if (en->type != KG_T_ORG || en->merged >= 0 || !en->nment ||
		    kg_ingest__in_list(en->name, wire_services))
			continue;
		/* "the alliance" in the news is NATO, whose names do not
		 * end in it ("North Atlantic Alliance" is not in the text) */
		if (!strcmp(head, "alliance") && !strcmp(en->name, "NATO"))
			hit = 1;
		for (j = 0; !hit && j <= en->naliases; j++) {
			char key[256];
			const char *nm = j ? en->aliases[j - 1] : en->name;
			size_t n = kg_norm(key, sizeof(key), nm, strlen(nm));

			hit = n > hn && key[n - hn - 1] == ' ' &&
			      !strcmp(key + n - hn, head);
		}
		if (hit && (best < 0 ||
		            (any ? en->nment > ing->ents[best].nment
		                 : en->last_seen > ing->ents[best].last_seen)))
			best = (long)i;
	}
	return best;
}

/* "the Quad, the grouping it forms with ...": is span k (the "the") in
 * apposition to an organisation?  Then the noun describes it, words the
 * membership rules read. */
static int after_org_comma(const struct kg_ingest *ing, size_t k)
{
	const struct span *p;

	if (k < 2 || ing->toks[ing->spans[k - 1].t0].kind != TK_PUNCT ||
	    ing->in->text[ing->toks[ing->spans[k - 1].t0].start] != ',')
		return 0;
	p = &ing->spans[k - 2];
	return (p->kind == SP_NAME && p->lex->type == KG_T_ORG) ||
	       (p->kind == SP_CAP && p->typed && p->type == KG_T_ORG);
}

/* Does "members" (or "member states") come at span k, maybe after a
 * number ("the bloc's 31 members")? */
static int members_after(const struct kg_ingest *ing, size_t k)
{
	/* "the bloc's 31 members", "the organisation's tenth full member" */
	for (size_t end = k + 3; k < end && k < ing->nspans; k++) {
		const struct tok *t = &ing->toks[ing->spans[k].t0];

		if (!strncmp(kg_ingest__norm0(ing, k), "member", 6))
			return 1;
		if (t->kind != TK_NUM &&
		    !(t->kind == TK_WORD && !(t->flags & TF_CAP)))
			return 0;
	}
	return 0;
}

/* "during which President Joe Biden hosted him": someone other than the
 * person named just before, the sentence's first person or else the one
 * before it; -1 when both are that person. */
static long object_pronoun(const struct kg_ingest *ing, long cur)
{
	long near = -1;
	size_t c;

	for (c = ing->nchunks; c-- > 0;)
		if (ing->chunks[c].kind == CH_ENT &&
		    ing->chunks[c].type == KG_T_PERSON) {
			near = kg_ingest__root(ing, ing->chunks[c].ent);
			break;
		}
	if (cur >= 0 && kg_ingest__root(ing, cur) != near)
		return cur;
	if (ing->last_person >= 0 &&
	    kg_ingest__root(ing, ing->last_person) != near)
		return ing->last_person;
	return -1;
}

/* The spans of a count before span k ("27 - nation" in "the 27-nation
 * bloc", "five - member"): 3, or 0 when there is none. */
static size_t count_before(const struct kg_ingest *ing, size_t k)
{
	static const char *const counted[] = { "nation",  "member", "country",
		                               "state",   "strong", "party",
		                               "partner", NULL };
	static const char *const numbers[] = { "two",    "three",  "four",
		                               "five",   "six",    "seven",
		                               "eight",  "nine",   "ten",
		                               "eleven", "twelve", "fifteen",
		                               "twenty", NULL };

	if (k < 4 || ing->spans[k - 1].kind != SP_TOK ||
	    ing->spans[k - 2].kind != SP_TOK ||
	    !kg_ingest__in_list(kg_ingest__norm0(ing, k - 1), counted) ||
	    ing->in->text[ing->toks[ing->spans[k - 2].t0].start] != '-')
		return 0;
	if (ing->toks[ing->spans[k - 3].t0].kind == TK_NUM ||
	    kg_ingest__in_list(kg_ingest__norm0(ing, k - 3), numbers))
		return 3;
	return 0;
}

/* Does "the" come before span k, maybe with a count between: "the
 * bloc", "the 27-nation bloc", "the five-member grouping"? */
static int the_before(const struct kg_ingest *ing, size_t k)
{
	k -= count_before(ing, k);
	return k > 0 && !strcmp(kg_ingest__norm0(ing, k - 1), "the");
}

/* "he", "she", "the Secretary", "it was held": who or what is meant, or
 * -1.  cur is the first person named earlier in this sentence. */
static long anaphor(struct kg_ingest *ing, size_t k, long cur)
{
	const struct span *sp = &ing->spans[k];
	const char *w = kg_ingest__norm0(ing, k), *t;
	size_t i, n;

	if (sp->kind != SP_TOK && sp->kind != SP_WORDS && sp->kind != SP_TITLE)
		return -1;
	if ((w[0] == 'h' || w[0] == 's') &&
	    (!strcmp(w, "he") || !strcmp(w, "she")))
		return cur >= 0 ? cur : ing->last_person;
	if (w[0] == 'h' && !strcmp(w, "him"))
		return object_pronoun(ing, cur);
	if (k > 0 && sp->kind == SP_TOK && the_before(ing, k) &&
	    !(ing->toks[sp->t0].flags & TF_CAP) &&
	    (k + 1 >= ing->nspans ||
	     (strcmp(kg_ingest__norm0(ing, k + 1), "of") &&
	      (!(ing->toks[ing->spans[k + 1].t0].flags & TF_POSS) ||
	       members_after(ing, k + 2)))) &&
	    !after_org_comma(ing, k - 1))
		return kg_ingest__org_by_head(ing,
		                              w); /* not "the bloc's summit",
		                          but "the bloc's 31 members" */
	if (!strcmp(w, "it") && k + 2 < ing->nspans &&
	    (!strcmp(kg_ingest__norm0(ing, k + 1), "took") ||
	     ((!strcmp(kg_ingest__norm0(ing, k + 1), "was") ||
	       !strcmp(kg_ingest__norm0(ing, k + 1), "is")) &&
	      (!strcmp(kg_ingest__norm0(ing, k + 2), "held") ||
	       !strcmp(kg_ingest__norm0(ing, k + 2), "hosted") ||
	       !strcmp(kg_ingest__norm0(ing, k + 2), "attended")))))
		return ing->last_event;
	if (sp->kind == SP_TITLE && k > 0 &&
	    !strcmp(kg_ingest__norm0(ing, k - 1), "the") &&
	    (k + 1 >= ing->nspans ||
	     strcmp(kg_ingest__norm0(ing, k + 1), "of")) &&
	    (k + 1 >= ing->nspans || ing->spans[k + 1].kind != SP_CAP)) {
		/* the latest person holding an office with this title */
		n = strlen(sp->lex->canon);
		for (i = ing->nfacts; i-- > 0;) {
			const kg_doc_fact *f = &ing->facts[i];

			if (f->pred != KG_P_HOLDS_OFFICE)
				continue;
			t = ing->ents[f->object].title;
			if (t && !strncmp(t, sp->lex->canon, n) &&
			    (t[n] == '\0' || t[n] == ' '))
				return (long)f->subject;
		}
	}
	return -1;
}

/* A known person named again, maybe another way: a mention, and the name
 * ("Zelenskyy" of Volodymyr Zelenskyy) is one of its aliases. */
static int
known_name(struct kg_ingest *ing, long e, size_t si, const struct span *sp)
{
	const char *s = ing->in->text + ing->toks[sp->t0].start;
	size_t n = ing->toks[sp->t1 - 1].end - ing->toks[sp->t0].start;

	if (kg_ingest__mention(ing, e, si, sp->t0, sp->t1))
		return KG_ENOMEM;
	return kg_ingest__alias(ing, e, s, n);
}

/* Is the title at span k (after "the") in apposition to the name before
 * it: "Rishi Sunak, the British prime minister"? */
static int apposed(const struct kg_ingest *ing, size_t k)
{
	const struct span *p;

	if (k < 3 ||
	    ing->in->text[ing->toks[ing->spans[k - 2].t0].start] != ',')
		return 0;
	p = &ing->spans[k - 3];
	/* not "Before heading to the Maximos Mansion, the Turkish president
	 * was received": a place has no title */
	return (p->kind == SP_CAP && (!p->typed || p->type == KG_T_PERSON)) ||
	       (p->kind == SP_ENT && p->type == KG_T_PERSON);
}

/* The latest person said to hold office o: "the Turkish president" after
 * "Turkish President Recep Tayyip Erdogan". */
static long office_holder(const struct kg_ingest *ing, long o)
{
	size_t i;

	for (i = ing->nfacts; i-- > 0;)
		if (ing->facts[i].pred == KG_P_HOLDS_OFFICE &&
		    ing->facts[i].object == (size_t)o && !ing->facts[i].negated)
			return (long)ing->facts[i].subject;
	return -1;
}

/* "the Ukrainian leader", "the Russian premier": the latest person
 * holding a current office of that country (any office for its leader,
 * the prime minister's for its premier); else -1. */
/* "Chancellor Friedrich Merz ... the German leader": when no office of
 * the country was named, the one person who holds a head of state's or
 * government's title of no country, or -1 (none, or more than one). */
static long lone_leader(const struct kg_ingest *ing)
{
	static const char *const heads[] = { "President",  "Prime Minister",
		                             "Chancellor", "King",
		                             "Queen",      "Emir",
		                             NULL };
	long only = -1;

	for (size_t i = 0; i < ing->nfacts; i++) {
		const kg_doc_fact *f = &ing->facts[i];
		const struct ent *off;
		long who;

		if (f->pred != KG_P_HOLDS_OFFICE || f->negated ||
		    f->status == KG_S_FORMER || f->object == KG_NO_ENTITY)
			continue;
		off = &ing->ents[f->object];
		if (off->juris >= 0 || !off->title ||
		    !kg_ingest__in_list(off->title, heads))
			continue;
		who = kg_ingest__root(ing, (long)f->subject);
		if (only >= 0 && only != who)
			return -1;
		only = who;
	}
	return only;
}

static long leader_of(const struct kg_ingest *ing, long o)
{
	const struct ent *lead = &ing->ents[o];
	int premier;

	if (!lead->title || (strcmp(lead->title, "Leader") != 0 &&
	                     strcmp(lead->title, "Premier") != 0))
		return -1;
	premier = !strcmp(lead->title, "Premier");
	for (size_t i = ing->nfacts; i-- > 0;) {
		const kg_doc_fact *f = &ing->facts[i];
		const struct ent *off;

		if (f->pred != KG_P_HOLDS_OFFICE || f->negated ||
		    f->status == KG_S_FORMER || f->object == KG_NO_ENTITY ||
		    (long)f->object == o)
			continue;
		off = &ing->ents[f->object];
		if (off->juris == lead->juris &&
		    (!premier ||
		     (off->title && !strcmp(off->title, "Prime Minister"))))
			return (long)f->subject;
	}
	return premier ? -1 : lone_leader(ing);
}

/* The latest person holding an office whose title begins with title. */
static long holder_of(const struct kg_ingest *ing, const char *title)
{
	size_t i, n = strlen(title);
	long e = kg_ingest__lookup(ing, KG_NS_CALLED, title);

	if (e >= 0)
		return e; /* someone was called just that: "Secretary Blinken"
		           */
	long best = -1;

	/* the holder named most, the latest on a tie: "the president" of a
	 * profile of Tinubu is Tinubu, though Biden hosted him last */
	for (i = ing->nfacts; i-- > 0;) {
		const kg_doc_fact *f = &ing->facts[i];
		const char *t;
		long who;

		/* "the prime minister" is not one of "seven former prime
		 * ministers" */
		if (f->pred != KG_P_HOLDS_OFFICE || f->object == KG_NO_ENTITY ||
		    f->status == KG_S_FORMER)
			continue;
		t = ing->ents[f->object].title;
		if (!t || strncmp(t, title, n) || (t[n] != '\0' && t[n] != ' '))
			continue;
		who = kg_ingest__root(ing, (long)f->subject);
		if (best < 0 || ing->ents[who].nment > ing->ents[best].nment)
			best = who;
	}
	return best;
}

int kg_ingest__chunks(struct kg_ingest *ing, size_t si)
{
	const struct sent *s = &ing->sents[si];
	long first_person = -1, event_person = -1;
	size_t k;

	ing->nchunks = 0;
	for (k = 0; k < ing->nspans; k++) {
		struct span *sp = &ing->spans[k];
		const struct tok *t = &ing->toks[sp->t0];
		long e = -1, known;
		int ty;

		switch (sp->kind) {
		case SP_CAP:
			/* "the Fund", "the Alliance": the organisation named
			 * before whose name ends in the word */
			if ((!sp->typed || sp->type == KG_T_ORG) &&
			    sp->t1 == sp->t0 + 1 && k > 0 && !s->headline &&
			    !strcmp(kg_ingest__norm0(ing, k - 1), "the") &&
			    (e = kg_ingest__org_by_head(ing, t->norm)) >= 0)
				break;
			/* "Pushpa Kamal Dahal 'Prachanda'": a nickname in
			 * quotes after a person's name is that person */
			if (!sp->typed && (e = nickname_of(ing, k)) >= 0) {
				/* and "PM Prachanda" of a headline before */
				long was = kg_ingest__lookup(ing, KG_T_PERSON,
				                             t->norm);

				if ((was >= 0 &&
				     kg_ingest__merge(ing, e, was)) ||
				    kg_ingest__alias(ing, e,
				                     ing->in->text + t->start,
				                     t->end - t->start))
					return KG_ENOMEM;
				e = -1; /* no chunk: a list goes on after it */
				break;
			}
			if (!sp->typed) {
				ty = decide(ing, k, s, &known);
				if (ty < 0)
					break;
				if (known >= 0) {
					e = known;
					if (known_name(ing, e, si, sp))
						return KG_ENOMEM;
					break;
				}
				sp->typed = 1;
				sp->type = (kg_type)ty;
			}
			e = kg_ingest__span_entity(ing, k, si);
			if (e >= 0 && sp->mod && sp->type == KG_T_FACILITY) {
				/* "Aachen City Hall" is in Aachen */
				long p = kg_ingest__entity(
				        ing, sp->mod->type, sp->mod->canon,
				        strlen(sp->mod->canon));
				if (p >= 0 &&
				    kg_ingest__fact(ing, e, KG_P_LOCATED_IN, p,
				                    NULL, si, "name.place",
				                    KG_S_CURRENT, 0))
					return KG_ENOMEM;
			}
			break;
		case SP_NAME:
		case SP_ENT:
			e = kg_ingest__span_entity(ing, k, si);
			break;
		default:
			e = anaphor(ing, k,
			            first_person >= 0 ? first_person
			                              : event_person);
			break;
		}
		if (e >= 0) {
			size_t cnt = ing->ents[e].type == KG_T_ORG
			                     ? count_before(ing, k)
			                     : 0;

			/* "the 27-nation bloc": the count is part of it */
			if (cnt && ing->nchunks >= cnt &&
			    ing->chunks[ing->nchunks - cnt].t0 ==
			            ing->spans[k - cnt].t0)
				ing->nchunks -= cnt;
			if (add_chunk(ing, sp, CH_ENT))
				return KG_ENOMEM;
			ing->chunks[ing->nchunks - 1].ent = e;
			ing->chunks[ing->nchunks - 1].type = ing->ents[e].type;
			if (ing->ents[e].type == KG_T_PERSON &&
			    first_person < 0)
				first_person = e;
			/* "It was Putin's first visit ... when he attended":
			 * the person named in the event's name */
			if (ing->ents[e].type == KG_T_EVENT &&
			    event_person < 0 && ing->ents[e].nparts)
				event_person = ing->ents[e].parts[0];
			continue;
		}
		if (sp->kind == SP_OFFICE && sp->holder < 0 && k > 0 &&
		    !strcmp(kg_ingest__norm0(ing, k - 1), "the") &&
		    sp->ent >= 0 && !apposed(ing, k) &&
		    (ing->ents[sp->ent].juris < 0
		             ? (ing->ents[sp->ent].title &&
		                (e = holder_of(ing,
		                               ing->ents[sp->ent].title)) >= 0)
		             : ((e = office_holder(ing, sp->ent)) >= 0 ||
		                (e = leader_of(ing, sp->ent)) >= 0))) {
			/* "the Secretary will meet ...": the Secretary of
			 * State the text named */
			if (add_chunk(ing, sp, CH_ENT) ||
			    kg_ingest__mention(ing, e, si, sp->t0, sp->t1))
				return KG_ENOMEM;
			ing->chunks[ing->nchunks - 1].ent = e;
			ing->chunks[ing->nchunks - 1].type = KG_T_PERSON;
			if (first_person < 0)
				first_person = e;
			continue;
		}
		if (sp->kind == SP_OFFICE) {
			if (add_chunk(ing, sp, CH_TITLE))
				return KG_ENOMEM;
			ing->chunks[ing->nchunks - 1].ent = sp->ent;
			ing->chunks[ing->nchunks - 1].holder = sp->holder;
			ing->chunks[ing->nchunks - 1].title = sp->title;
			continue;
		}
		if (sp->kind == SP_DATE) {
			if (add_chunk(ing, sp, CH_DATE))
				return KG_ENOMEM;
			ing->chunks[ing->nchunks - 1].date = sp->date;
			continue;
		}
		if (add_chunk(ing, sp,
		              t->kind == TK_PUNCT ? CH_PUNCT : CH_WORD))
			return KG_ENOMEM;
		if (sp->t1 - sp->t0 > 1)
			ing->chunks[ing->nchunks - 1].norm = span_norm(ing, sp);
		else if (t->kind == TK_PUNCT)
			ing->chunks[ing->nchunks - 1].norm =
			        (t->flags & TF_POSS)
			                ? "'s"
			                : kg_ingest__span(ing, sp->t0, sp->t1);
	}
	/* a person named outright beats one a named event implies: "the
	 * visit of Nguyen Phu Trong ..., when he was received" */
	if (first_person < 0)
		first_person = event_person;
	if (first_person >= 0)
		ing->last_person = first_person;
	return KG_OK;
}
