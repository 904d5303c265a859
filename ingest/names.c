/* ingest/names.c - titles and offices, then the leftover capitalised runs
 *
 * A title phrase is [status] [jurisdiction] TITLE [of/for X] followed by
 * its holder: "former US President Trump", "German Chancellor Friedrich
 * Merz", "the Chancellor of Germany, Friedrich Merz", "Prime Minister Keir
 * Starmer of the United Kingdom", "EU High Representative for Foreign
 * Affairs and Security Policy and European Commission Vice President Josep
 * Borrell".  The OFFICE is named with its jurisdiction ("Chancellor of
 * Germany") so that two countries' chancellors stay two nodes.
 */
#include <stdio.h>
#include <string.h>

#include "ingest_int.h"

/* Words that end a portfolio: "for Western Hemisphere Affairs". */
static const char *const portfolio_words[] = {
	"affairs",        "policy",      "environment",
	"resources",      "defense",     "defence",
	"security",       "development", "trade",
	"justice",        "health",      "energy",
	"finance",        "economy",     "education",
	"interior",       "commerce",    "agriculture",
	"transport",      "labour",      "labor",
	"culture",        "industry",    "tourism",
	"technology",     "science",     "relations",
	"communications", "planning",    "intelligence",
	"operations",     "staff",       "ukraine",
	"europe",         "asia",        "africa",
	"cooperation",    "integration", "services",
	"foreign",        "home",        NULL
};

static int tok_is(const struct kg_ingest *ing, size_t k, const char *w)
{
	return k < ing->nspans &&
	       (ing->spans[k].kind == SP_TOK ||
	        ing->spans[k].kind == SP_WORDS) &&
	       strcmp(kg_ingest__norm0(ing, k), w) == 0;
}

static int punct_is(const struct kg_ingest *ing, size_t k, char c)
{
	return k < ing->nspans && ing->spans[k].kind == SP_TOK &&
	       ing->toks[ing->spans[k].t0].kind == TK_PUNCT &&
	       ing->in->text[ing->toks[ing->spans[k].t0].start] == c;
}

static int is_juris_span(const struct span *sp)
{
	if (sp->kind == SP_NAME)
		return sp->lex->type == KG_T_GPE || sp->lex->type == KG_T_ORG;
	if (sp->kind == SP_CAP && sp->typed)
		return sp->type == KG_T_GPE || sp->type == KG_T_ORG;
	return sp->kind == SP_DEMONYM;
}

/* The entity a name-like span stands for (created on first use). */
long kg_ingest__span_entity(struct kg_ingest *ing, size_t k, size_t si)
{
	struct span *sp = &ing->spans[k];
	const char *text = ing->in->text + ing->toks[sp->t0].start;
	size_t n = ing->toks[sp->t1 - 1].end - ing->toks[sp->t0].start;
	long e = -1;

	switch (sp->kind) {
	case SP_NAME:
		e = kg_ingest__entity(ing, sp->lex->type, sp->lex->canon,
		                      strlen(sp->lex->canon));
		if (e >= 0 && kg_ingest__alias(ing, e, text, n))
			return -1;
		break;
	case SP_DEMONYM:
		e = kg_ingest__entity(ing, KG_T_GPE, sp->lex->parent,
		                      strlen(sp->lex->parent));
		/* the demonym is a name of the place too: "German" */
		if (e >= 0 && kg_ingest__alias(ing, e, text, n))
			return -1;
		return e; /* not a mention of the place */
	case SP_CAP:
		e = kg_ingest__entity(ing, sp->typed ? sp->type : KG_T_PERSON,
		                      text, n);
		break;
	case SP_ENT:
	case SP_OFFICE:
		return sp->ent;
	default:
		return -1;
	}
	if (e >= 0 && kg_ingest__mention(ing, e, si, sp->t0, sp->t1))
		return -1;
	return e;
}

/* Turn span k into an entity span for e. */
static void set_ent(struct kg_ingest *ing, size_t k, long e, kg_type t)
{
	ing->spans[k].kind = SP_ENT;
	ing->spans[k].ent = e;
	ing->spans[k].type = t;
}

/* Split a capitalised run after its last portfolio word: "Environment
 * Alexander Kozlov" -> "Environment" | "Alexander Kozlov".  Returns the
 * token index where the rest begins (sp->t1 when all is portfolio). */
static size_t portfolio_split(const struct kg_ingest *ing,
                              const struct span *sp)
{
	size_t i, cut = sp->t0;

	for (i = sp->t0; i < sp->t1; i++)
		if (kg_ingest__in_list(ing->toks[i].norm, portfolio_words))
			cut = i + 1;
	return cut == sp->t0 ? sp->t0 : cut;
}

/* Split span k at token cut into two spans (both SP_CAP, untyped). */
static int split_span(struct kg_ingest *ing, size_t k, size_t cut)
{
	struct span copy = ing->spans[k];

	if (KG_GROW(ing->spans, ing->nspans, ing->capspans))
		return KG_ENOMEM;
	memmove(&ing->spans[k + 1], &ing->spans[k],
	        (ing->nspans - k) * sizeof(copy));
	ing->nspans++;
	ing->spans[k].t1 = cut;
	ing->spans[k + 1] = copy;
	ing->spans[k + 1].t0 = cut;
	return KG_OK;
}

struct phrase {
	size_t lo, hi;     /* spans [lo, hi) */
	long juris;        /* entity or -1 */
	int status;        /* kg_status */
	const char *title; /* canonical title */
	size_t pt0, pt1;   /* portfolio tokens, pt0 == pt1 when none */
	int pre;           /* the portfolio comes first: "Foreign Affairs
	                      Secretary" */
	size_t st0, st1;   /* the title as written, with the jurisdiction
	                      before it: "German Chancellor" */
	size_t tt0;        /* where the title word itself starts */
	size_t jt0, jt1;   /* the jurisdiction as written, if a name */
};

/* Remember how the jurisdiction was written, when it is a name (not a
 * demonym): "St Vincent" gives the office the alias "Prime Minister of St
 * Vincent". */
static void juris_text(const struct kg_ingest *ing, struct phrase *ph, size_t k)
{
	if (ing->spans[k].kind == SP_DEMONYM)
		return;
	ph->jt0 = ing->spans[k].t0;
	ph->jt1 = ing->spans[k].t1;
}

/* Words between a jurisdiction and its title that change neither. */
static const char *const title_adjectives[] = {
	"new",  "newly",   "elected", "current",  "longest", "serving",
	"long", "veteran", "first",   "youngest", "oldest",  NULL
};

/* Is span k a word (not a name, title or date)? */
static int word_at(const struct kg_ingest *ing, size_t k)
{
	return ing->spans[k].kind == SP_TOK || ing->spans[k].kind == SP_WORDS;
}

/* The span where a backward search from span j goes on when a closed
 * relative clause lies before j: "Iran, which joined the SCO a year ago,
 * is represented by its acting president" (Iran's, not the SCO's). */
static size_t skip_relative(const struct kg_ingest *ing, size_t j)
{
	size_t w, close = 0;

	for (w = j; w-- > 1;) {
		if (punct_is(ing, w, ',') && !close)
			close = w;
		if ((tok_is(ing, w, "which") || tok_is(ing, w, "who")) &&
		    punct_is(ing, w - 1, ',') && close > w)
			return w - 1;
		if (punct_is(ing, w, '.') || punct_is(ing, w, ';'))
			break;
	}
	return j;
}

/* "its first lady", "the country's vice president": the jurisdiction is
 * the nearest country (or, for "its", organisation) named earlier in the
 * sentence, also as the jurisdiction of a title ("Ukraine's first lady,
 * ..., alongside X, the country's prime minister"); for "his" and "her",
 * only that of a title.  m is the span after the pronoun; returns that
 * entity, or -1. */
static long juris_back(struct kg_ingest *ing, size_t m, size_t si)
{
	static const char *const countries[] = { "country", "nation", "kingdom",
		                                 "republic", NULL };
	static const char *const bodies[] = { "bloc",         "league",
		                              "alliance",     "union",
		                              "organisation", "organization",
		                              "group",        NULL };
	int want = -1;  /* the type wanted, or -1 for GPE or ORG */
	int person = 0; /* "his", "her": a title holder's jurisdiction */
	const char *head = NULL; /* "league" of "the league's" */
	size_t j;

	if (m >= 2 &&
	    (word_at(ing, m - 1) || ing->spans[m - 1].kind == SP_CAP) &&
	    kg_ingest__in_list(kg_ingest__norm0(ing, m - 1),
	                       title_adjectives) &&
	    word_at(ing, m - 2) && !strcmp(kg_ingest__norm0(ing, m - 2), "its"))
		m--; /* "its First Vice President" */
	if (m >= 1 && word_at(ing, m - 1) &&
	    !strcmp(kg_ingest__norm0(ing, m - 1), "its"))
		j = m - 1;
	else if (m >= 1 && word_at(ing, m - 1) &&
	         (!strcmp(kg_ingest__norm0(ing, m - 1), "his") ||
	          !strcmp(kg_ingest__norm0(ing, m - 1), "her")) &&
	         !(ing->toks[ing->spans[m - 1].t0].flags & TF_CAP)) {
		/* "President X ... sent his foreign minister, Y": the
		 * president's country (not "His Excellency President X") */
		person = 1;
		j = m - 1;
	} else if (m >= 3 &&
	           (ing->toks[ing->spans[m - 1].t0].flags & TF_POSS) &&
	           tok_is(ing, m - 3, "the") &&
	           (kg_ingest__in_list(kg_ingest__norm0(ing, m - 2),
	                               countries) ||
	            kg_ingest__in_list(kg_ingest__norm0(ing, m - 2), bodies))) {
		want = kg_ingest__in_list(kg_ingest__norm0(ing, m - 2),
		                          countries)
		               ? KG_T_GPE
		               : KG_T_ORG;
		head = kg_ingest__norm0(ing, m - 2);
		j = m - 3;
	} else
		return -1;
	j = skip_relative(ing, j);
	while (j-- > 0) {
		const struct span *sp = &ing->spans[j];

		if (!person && is_juris_span(sp) && sp->kind != SP_DEMONYM &&
		    (want < 0 || (int)(sp->kind == SP_NAME ? sp->lex->type
		                                           : sp->type) == want))
			return kg_ingest__span_entity(ing, j, si);
		if (sp->kind == SP_OFFICE && sp->ent >= 0 &&
		    ing->ents[sp->ent].juris >= 0 &&
		    (want < 0 ||
		     ing->ents[ing->ents[sp->ent].juris].type == (kg_type)want))
			return ing->ents[sp->ent].juris;
	}
	/* "The Arab League met. ... the league's secretary-general": the
	 * organisation named in an earlier sentence */
	return want == KG_T_ORG ? kg_ingest__org_by_head(ing, head) : -1;
}

/* Do adjectives from span k leftwards end at a possessive "'s" (the
 * title's owner: "Japan's longest-serving prime minister")? */
static int owner_before(const struct kg_ingest *ing, size_t k)
{
	while (k > 0) {
		const struct span *sp = &ing->spans[k - 1];
		const struct tok *t = &ing->toks[sp->t0];

		if (sp->kind == SP_TOK && (t->flags & TF_POSS))
			return 1;
		if (sp->kind != SP_TOK ||
		    !((t->flags & TF_JOIN) ||
		      kg_ingest__in_list(t->norm, title_adjectives)))
			return 0;
		k--;
	}
	return 0;
}

static void
left_part(struct kg_ingest *ing, size_t k, size_t si, struct phrase *ph)
{
	static const char *const ranks[] = { "deputy", "vice", "assistant",
		                             "associate", NULL };
	size_t m = k;

	ph->lo = k;
	ph->st0 = ing->spans[k].t0;
	while (m > 0) {
		const struct span *sp = &ing->spans[m - 1];
		const struct tok *t = &ing->toks[sp->t0];

		if ((sp->kind == SP_TOK || sp->kind == SP_WORDS) &&
		    (sp->wflags &
		     (KG_W_FORMER | KG_W_INCOMING | KG_W_ACTING))) {
			if (sp->wflags & KG_W_FORMER)
				ph->status = KG_S_FORMER;
			else if (sp->wflags & KG_W_INCOMING)
				ph->status = KG_S_PLANNED;
			m--;
		} else if (sp->kind == SP_TOK && (t->flags & TF_JOIN)) {
			m--;
		} else if (sp->kind == SP_TOK && ph->juris < 0 &&
		           kg_ingest__in_list(t->norm, title_adjectives) &&
		           owner_before(ing, m - 1)) {
			m--; /* "South Korea's new president", "Japan's
			        longest-serving prime minister" */
		} else if (ph->juris < 0 && m >= 4 &&
		           punct_is(ing, m - 1, ')') &&
		           punct_is(ing, m - 3, '(') &&
		           is_juris_span(&ing->spans[m - 4])) {
			/* "Republic of Korea (ROK) President" */
			ph->juris = kg_ingest__span_entity(ing, m - 4, si);
			juris_text(ing, ph, m - 4);
			ph->st0 = ing->spans[m - 4].t0;
			m -= 4;
		} else if (ph->juris < 0 && is_juris_span(sp)) {
			ph->juris = kg_ingest__span_entity(ing, m - 1, si);
			juris_text(ing, ph, m - 1);
			ph->st0 = sp->t0;
			m--;
		} else if (ph->juris < 0 && sp->kind == SP_TOK &&
		           (t->flags & TF_POSS) && m >= 2 &&
		           is_juris_span(&ing->spans[m - 2])) {
			ph->juris = kg_ingest__span_entity(ing, m - 2, si);
			juris_text(ing, ph, m - 2);
			m -= 2;
		} else if (ph->juris < 0 && ph->pt1 == ph->pt0 && m == k &&
		           (sp->kind == SP_CAP || sp->kind == SP_TOK) &&
		           !sp->typed && sp->t1 == sp->t0 + 1 &&
		           kg_ingest__in_list(t->norm, ranks)) {
			/* "Deputy Chief Cabinet Secretary Seiji Kihara",
			 * "Deputy Energy Minister X": a rank the lexicon does
			 * not list with the title is part of the office */
			ph->pt0 = sp->t0;
			ph->pt1 = sp->t1;
			ph->pre = 1;
			ph->st0 = sp->t0;
			m--;
		} else if (ph->juris < 0 && ph->pt1 == ph->pt0 && m == k &&
		           sp->kind == SP_CAP && !sp->typed &&
		           (portfolio_split(ing, sp) == sp->t1 ||
		            (sp->t1 == sp->t0 + 1 &&
		             !strcmp(t->norm, "executive")))) {
			/* "Foreign Affairs Secretary Enrique Manalo",
			 * "Executive Secretary Lucas Bersamin" */
			ph->pt0 = sp->t0;
			ph->pt1 = sp->t1;
			ph->pre = 1;
			ph->st0 = sp->t0;
			m--;
		} else if (ph->juris < 0 && sp->kind == SP_CAP && !sp->typed &&
		           sp->t1 == sp->t0 + 1 && (t->flags & TF_ALLCAPS) &&
		           strlen(t->norm) >= 2 && strlen(t->norm) <= 6) {
			/* "NDP Leader Jagmeet Singh": an acronym is an
			 * organisation */
			ing->spans[m - 1].typed = 1;
			ing->spans[m - 1].type = KG_T_ORG;
			ph->juris = kg_ingest__span_entity(ing, m - 1, si);
			juris_text(ing, ph, m - 1);
			ph->st0 = sp->t0;
			m--;
		} else if (ph->juris < 0 &&
		           (ph->juris = juris_back(ing, m, si)) >= 0) {
			break;
		} else {
			break;
		}
		ph->lo = m;
	}
}

/* "of [the] X" / "for [the] X" after a title; returns spans consumed. */
static size_t
right_part(struct kg_ingest *ing, size_t k, size_t si, struct phrase *ph)
{
	size_t j = k, used = 0;

	if (j + 1 < ing->nspans &&
	    (ing->toks[ing->spans[j].t0].flags & TF_JOIN) &&
	    strcmp(kg_ingest__norm0(ing, j + 1), "elect") == 0) {
		ph->status = KG_S_PLANNED;
		j += 2;
	}
	for (;;) {
		size_t p = j;
		int is_for;

		if (!tok_is(ing, p, "of") && !tok_is(ing, p, "for") &&
		    !(ph->pt1 > ph->pt0 && tok_is(ing, p, "and")))
			break;
		is_for = !tok_is(ing, p, "of");
		p++;
		/* "the president of its Council of Ministers" */
		if (tok_is(ing, p, "the") || tok_is(ing, p, "its") ||
		    tok_is(ing, p, "their"))
			p++;
		if (p >= ing->nspans)
			break;
		if (!is_for && ph->juris < 0 && is_juris_span(&ing->spans[p]) &&
		    ing->spans[p].kind != SP_DEMONYM) {
			/* "deputy chairman of Russia's Security Council" */
			if (p + 2 < ing->nspans &&
			    (ing->toks[ing->spans[p + 1].t0].flags & TF_POSS) &&
			    is_juris_span(&ing->spans[p + 2]) &&
			    ing->spans[p + 2].kind != SP_DEMONYM &&
			    (ing->spans[p + 2].kind == SP_NAME
			             ? ing->spans[p + 2].lex->type
			             : ing->spans[p + 2].type) == KG_T_ORG)
				p += 2;
			ph->juris = kg_ingest__span_entity(ing, p, si);
			juris_text(ing, ph, p);
			j = p + 1;
			continue;
		}
		if (ing->spans[p].kind == SP_DEMONYM && p + 1 < ing->nspans &&
		    ing->spans[p + 1].kind == SP_CAP &&
		    !ing->spans[p + 1].typed && ph->pt1 > ph->pt0)
			p++; /* "Foreign and European | Affairs Ian Borg" */
		if (ing->spans[p].kind == SP_CAP && !ing->spans[p].typed) {
			size_t cut = portfolio_split(ing, &ing->spans[p]);

			/* "the Archbishop of Canterbury", "the Mayor of
			 * Tromso": one unknown capitalised word after "of",
			 * no portfolio, is the office's place (two may be a
			 * company: "Samsung Electronics") */
			if (cut == ing->spans[p].t0 && !is_for &&
			    ph->juris < 0 &&
			    ing->spans[p].t1 - ing->spans[p].t0 == 1 &&
			    (p + 1 >= ing->nspans ||
			     ing->spans[p + 1].kind == SP_TOK)) {
				ing->spans[p].typed = 1;
				ing->spans[p].type = KG_T_GPE;
				ph->juris = kg_ingest__span_entity(ing, p, si);
				juris_text(ing, ph, p);
				j = p + 1;
				continue;
			}
			if (cut == ing->spans[p].t0)
				break;
			if (cut < ing->spans[p].t1 && split_span(ing, p, cut))
				break;
			if (ph->pt1 == ph->pt0)
				ph->pt0 = ing->spans[j].t0;
			ph->pt1 = ing->spans[p].t1;
			j = p + 1;
			continue;
		}
		if (is_for && ing->spans[p].kind == SP_NAME &&
		    ing->spans[p].lex->type == KG_T_GPE) {
			/* "special envoy for Ukraine" */
			if (ph->pt1 == ph->pt0)
				ph->pt0 = ing->spans[j].t0;
			ph->pt1 = ing->spans[p].t1;
			j = p + 1;
			continue;
		}
		break;
	}
	used = j - k;
	return used;
}

/* The OFFICE named by a phrase: "Chancellor of Germany", "Secretary of
 * State for Western Hemisphere Affairs of the United States". */
const char *kg_ingest__the(const struct kg_ingest *ing, long e)
{
	static const char *const the_words[] = {
		"united",        "republic",    "people",      "peoples",
		"democratic",    "netherlands", "philippines", "european",
		"czech",         "gambia",      "bahamas",     "central",
		"commonwealth",  "african",     "arab",        "workers",
		"international", "state",       "holy",        "organization",
		"association",   "department",  "ministry",    "office",
		"council",       "group",       NULL
	};
	const char *key = ing->ents[e].key, *sp = strchr(key, ' ');
	char first[64];

	snprintf(first, sizeof(first), "%.*s",
	         (int)(sp ? (size_t)(sp - key) : strlen(key)), key);
	return kg_ingest__in_list(first, the_words) &&
	                       strncmp(ing->ents[e].name, "the ", 4) != 0
	               ? "the "
	               : "";
}

static long
office_entity(struct kg_ingest *ing, const struct phrase *ph, size_t si)
{
	char buf[600];
	const char *jn = "", *pf = "", *the = "";
	long e;

	if (ph->pt1 > ph->pt0)
		pf = kg_ingest__span(ing, ph->pt0, ph->pt1);
	if (ph->juris >= 0) {
		jn = ing->ents[ph->juris].name;
		the = kg_ingest__the(ing, ph->juris);
	}
	if (ph->pre)
		snprintf(buf, sizeof(buf), "%s %s%s%s%s", pf, ph->title,
		         *jn ? " of " : "", the, jn);
	else
		snprintf(buf, sizeof(buf), "%s%s%s%s%s%s", ph->title,
		         *pf ? " " : "", pf, *jn ? " of " : "", the, jn);
	e = kg_ingest__entity(ing, KG_T_OFFICE, buf, strlen(buf));
	if (e < 0)
		return -1;
	ing->ents[e].title = ph->title;
	/* the words as written are a name of the office too: "German
	 * Chancellor", "British PM" */
	if (ph->st0 < ph->tt0 &&
	    kg_ingest__alias(ing, e, ing->in->text + ing->toks[ph->st0].start,
	                     ing->toks[ph->st1 - 1].end -
	                             ing->toks[ph->st0].start))
		return -1;
	if (ph->jt1 > ph->jt0 && ph->pt1 == ph->pt0) {
		const char *w = kg_ingest__span(ing, ph->jt0, ph->jt1);
		char a[256], b[256];

		kg_norm(a, sizeof(a), w, strlen(w));
		kg_norm(b, sizeof(b), jn, strlen(jn));
		if (strcmp(a, b) != 0) {
			snprintf(buf, sizeof(buf), "%s of %s", ph->title, w);
			if (kg_ingest__alias(ing, e, buf, strlen(buf)))
				return -1;
		}
	}
	/* office_of is stated once someone holds the office (ingest.c) */
	if (ph->juris >= 0)
		ing->ents[e].juris = ph->juris;
	/* "Premier" for the office "Prime Minister" */
	if (ph->st0 == ph->tt0 && ph->st1 > ph->st0) {
		const char *w = kg_ingest__span(ing, ph->tt0, ph->st1);
		char a[128], b[128];

		kg_norm(a, sizeof(a), w, strlen(w));
		kg_norm(b, sizeof(b), ph->title, strlen(ph->title));
		if (strcmp(a, b) != 0 && ph->juris < 0 && ph->pt1 == ph->pt0 &&
		    kg_ingest__alias(ing, e, w, strlen(w)))
			return -1;
		/* "chairperson of the African Union" for the office
		 * "Chairman of the African Union" */
		if (strcmp(a, b) != 0 && ph->juris >= 0 && ph->pt1 == ph->pt0) {
			snprintf(buf, sizeof(buf), "%s of %s%s", w, the, jn);
			if (kg_ingest__alias(ing, e, buf, strlen(buf)))
				return -1;
		}
	}
	if (kg_ingest__mention(ing, e, si, ph->st0, ph->st1))
		return -1;
	return e;
}

/* An office person e already holds whose title begins with title
 * ("Secretary" for "Secretary of State"), or -1: "President Biden" after
 * "US President Joe Biden" is the same office. */
static long held_office(const struct kg_ingest *ing, long e, const char *title)
{
	char key[160];

	snprintf(key, sizeof(key), "%ld:%s", e, title);
	return kg_ingest__lookup(ing, KG_NS_HELD, key);
}

/* Is span k the start of a holder's name? */
static int holder_at(const struct kg_ingest *ing, size_t k)
{
	const struct span *sp;

	if (k >= ing->nspans)
		return 0;
	sp = &ing->spans[k];
	return sp->kind == SP_CAP && !sp->typed;
}

/* The span of the holder's name after honorifics at span k ("Sheikh
 * Mohammed", "H.E. Dasho Tshering Tobgay"), or k when there is none. */
static size_t past_honorifics(const struct kg_ingest *ing, size_t k)
{
	size_t g = k;

	while (g < k + 3 && g + 1 < ing->nspans &&
	       ing->spans[g].kind == SP_WORDS &&
	       (ing->spans[g].wflags & KG_W_HONORIFIC))
		g++;
	return g > k && holder_at(ing, g) ? g : k;
}

/* Is span k an honorific before a holder's name ("Sheikh Mohammed")? */
static int honorific_holder(const struct kg_ingest *ing, size_t k)
{
	return past_honorifics(ing, k) > k;
}

/* Does the name at span k have its title before it ("Italy's Giorgia
 * Meloni", "US President Joe Biden")?  Then in "Italy's Giorgia Meloni,
 * the Chancellor of Germany, Friedrich Merz" the list is written title
 * first, and the title after the comma is the next name's. */
static int titled_before(const struct kg_ingest *ing, size_t k)
{
	const struct span *p;

	if (k == 0)
		return 0;
	p = &ing->spans[k - 1];
	return p->kind == SP_TITLE ||
	       (p->kind == SP_TOK && (ing->toks[p->t0].flags & TF_POSS));
}

/* Parse the title phrase at span k (an SP_TITLE); on return the phrase
 * spans are [ph->lo, ph->hi). */
static void
parse_phrase(struct kg_ingest *ing, size_t k, size_t si, struct phrase *ph)
{
	memset(ph, 0, sizeof(*ph));
	ph->juris = -1;
	ph->status = KG_S_CURRENT;
	ph->title = ing->spans[k].lex->canon;
	left_part(ing, k, si, ph);
	ph->st1 = ing->spans[k].t1;
	ph->tt0 = ing->spans[k].t0;
	ph->hi = k + 1 + right_part(ing, k + 1, si, ph);
}

/* The office a counterpart's title is taken from: the latest titled
 * holder named before span k in the sentence, else in the text. */
static long reference_office(const struct kg_ingest *ing, size_t k)
{
	size_t i;

	while (k-- > 0)
		if (ing->spans[k].kind == SP_OFFICE &&
		    ing->spans[k].holder >= 0)
			return ing->spans[k].ent;
	for (i = ing->nfacts; i-- > 0;)
		if (ing->facts[i].pred == KG_P_HOLDS_OFFICE)
			return (long)ing->facts[i].object;
	return -1;
}

/* "where his Brazilian counterpart, Luiz Inácio Lula da Silva, urged":
 * the holder of the same title in that country.  Only a title with at
 * most a jurisdiction carries over ("President", "Foreign Minister of
 * France"), not a portfolio. */
static int counterparts(struct kg_ingest *ing, size_t si)
{
	size_t k, h, n;

	for (k = 2; k + 1 < ing->nspans; k++) {
		struct phrase ph;
		long office, holder, e;
		const char *name, *title;

		/* "his Danish counterpart", "his New Zealand counterpart" */
		if (!tok_is(ing, k, "counterpart") ||
		    !(ing->spans[k - 1].kind == SP_DEMONYM ||
		      (ing->spans[k - 1].kind == SP_NAME &&
		       ing->spans[k - 1].lex->type == KG_T_GPE)) ||
		    !(tok_is(ing, k - 2, "his") || tok_is(ing, k - 2, "her") ||
		      tok_is(ing, k - 2, "their")))
			continue;
		h = k + 1 + (punct_is(ing, k + 1, ',') ? 1u : 0u);
		/* or before: "Dmytro Kuleba, his Ukrainian counterpart" */
		if (!holder_at(ing, h) && k >= 4 && punct_is(ing, k - 3, ',') &&
		    (holder_at(ing, k - 4) ||
		     (ing->spans[k - 4].kind == SP_ENT &&
		      ing->spans[k - 4].type == KG_T_PERSON)))
			h = k - 4;
		if (!(holder_at(ing, h) || h == k - 4) ||
		    (office = reference_office(ing, h < k ? h : k)) < 0)
			continue;
		name = ing->ents[office].name;
		title = ing->ents[office].title;
		if (title == NULL || strncmp(name, title, n = strlen(title)) ||
		    (name[n] != '\0' && (ing->ents[office].juris < 0 ||
		                         strncmp(name + n, " of ", 4))))
			continue;
		memset(&ph, 0, sizeof(ph));
		ph.title = title;
		ph.status = KG_S_CURRENT;
		ph.juris = kg_ingest__span_entity(ing, k - 1, si);
		ph.st0 = ph.tt0 = ing->spans[k].t0;
		ph.st1 = ing->spans[k].t1;
		if (ph.juris < 0 || (e = office_entity(ing, &ph, si)) < 0 ||
		    (holder = kg_ingest__span_entity(ing, h, si)) < 0)
			continue;
		set_ent(ing, h, holder, KG_T_PERSON);
		if (kg_ingest__fact(ing, holder, KG_P_HOLDS_OFFICE, e, NULL, si,
		                    "title.counterpart", KG_S_CURRENT, 0))
			return KG_ENOMEM;
	}
	return KG_OK;
}

/* Pass 3: titles, their offices and holders.  Facts holds_office and
 * office_of come from here. */
/* "* UKRAINE - President Volodymyr Zelenskiy": the country an item of a
 * list begins with is the jurisdiction of its titles, or -1. */
static long item_juris(struct kg_ingest *ing, size_t si)
{
	const struct span *sp = ing->spans;

	if (!ing->sents[si].item || ing->nspans < 4 || !is_juris_span(&sp[1]) ||
	    sp[2].kind != SP_TOK || ing->toks[sp[2].t0].kind != TK_PUNCT ||
	    ing->in->text[ing->toks[sp[2].t0].start] == ',')
		return -1;
	return kg_ingest__span_entity(ing, 1, si);
}

int kg_ingest__titles(struct kg_ingest *ing, size_t si)
{
	struct phrase chain[4];
	size_t k, n, i;
	long juris0 = item_juris(ing, si);

	for (k = 0; k < ing->nspans; k++) {
		long holder = -1, office[4];
		size_t h, b;
		const char *rule = "title.pre";

		if (ing->spans[k].kind != SP_TITLE)
			continue;
		n = 0;
		parse_phrase(ing, k, si, &chain[n++]);
		/* "Deputy Prime Minister and Minister of Foreign Affairs X" */
		/* "the King and Queen Camilla" are two people: a chain needs a
		 * jurisdiction or portfolio in its first title, or a next
		 * title of several words ("Tánaiste and Minister for Foreign
		 * Affairs Micheál Martin") */
		while (n < 4 && tok_is(ing, chain[n - 1].hi, "and") &&
		       chain[n - 1].hi + 1 < ing->nspans &&
		       (ing->spans[chain[n - 1].hi + 1].kind == SP_TITLE ||
		        (chain[n - 1].hi + 2 < ing->nspans &&
		         is_juris_span(&ing->spans[chain[n - 1].hi + 1]) &&
		         ing->spans[chain[n - 1].hi + 2].kind == SP_TITLE))) {
			size_t nk = chain[n - 1].hi + 1;

			if (ing->spans[nk].kind != SP_TITLE)
				nk++;
			parse_phrase(ing, nk, si, &chain[n]);
			chain[n].lo = chain[n - 1].hi + 1;
			if (chain[0].juris < 0 &&
			    chain[0].pt1 == chain[0].pt0 &&
			    chain[n].juris < 0 &&
			    chain[n].pt1 == chain[n].pt0 &&
			    ing->spans[nk].t1 - ing->spans[nk].t0 < 2)
				break;
			n++;
		}
		h = chain[n - 1].hi;
		/* but in "Xi Jinping, China's president, Narendra Modi, ..."
		 * and "Ursula von der Leyen, the president of the Commission,
		 * Charles Michel" the title after "Name," is that name's */
		b = chain[0].lo;
		if (b > 0 &&
		    (tok_is(ing, b - 1, "the") || tok_is(ing, b - 1, "a")))
			b--;
		if (punct_is(ing, h, ',') &&
		    (holder_at(ing, h + 1) || honorific_holder(ing, h + 1)) &&
		    /* "elected A as Deputy President, B as Chairperson" */
		    !(chain[0].lo > 0 && tok_is(ing, chain[0].lo - 1, "as")) &&
		    !(b >= 2 && punct_is(ing, b - 1, ',') &&
		      holder_at(ing, b - 2) && !titled_before(ing, b - 2)) &&
		    ((chain[0].lo > 0 && tok_is(ing, chain[0].lo - 1, "the")) ||
		     chain[0].juris >= 0)) {
			h++; /* "the Chancellor of Germany, Friedrich Merz" */
			rule = "title.comma";
		}
		/* "Prime Minister Sheikh Mohammed ...", "the Prime Minister
		 * of Bhutan, H.E. Dasho Tshering Tobgay" */
		h = past_honorifics(ing, h);
		if (holder_at(ing, h)) {
			holder = kg_ingest__span_entity(ing, h, si);
			if (holder >= 0)
				set_ent(ing, h, holder, KG_T_PERSON);
			/* "Prime Minister Keir Starmer of the United Kingdom"
			 */
			if (tok_is(ing, h + 1, "of")) {
				size_t p =
				        h + 2 +
				        (tok_is(ing, h + 2, "the") ? 1u : 0u);

				if (p < ing->nspans && chain[n - 1].juris < 0 &&
				    is_juris_span(&ing->spans[p]) &&
				    ing->spans[p].kind != SP_DEMONYM) {
					chain[n - 1].juris =
					        kg_ingest__span_entity(ing, p,
					                               si);
					juris_text(ing, &chain[n - 1], p);
					rule = "title.of-after";
				}
			}
		}
		for (i = 1; i < n; i++)
			if (chain[i].juris < 0 && chain[i].pt1 == chain[i].pt0)
				chain[i].juris = chain[0].juris;
		for (i = 0; i < n && juris0 >= 0; i++)
			if (chain[i].juris < 0 && chain[i].pt1 == chain[i].pt0)
				chain[i].juris = juris0;
		for (i = 0; i < n; i++) {
			office[i] = -1;
			/* "Secretary Blinken" is called just that; "US
			 * President Joe Biden" is the president of one country
			 */
			if (holder >= 0 && chain[i].juris < 0 &&
			    kg_ingest__index(ing, KG_NS_CALLED, chain[i].title,
			                     holder))
				return KG_ENOMEM;
			if (holder >= 0 && chain[i].juris < 0 &&
			    chain[i].pt1 == chain[i].pt0)
				office[i] = held_office(ing, holder,
				                        chain[i].title);
			if (office[i] < 0)
				office[i] = office_entity(ing, &chain[i], si);
			if (holder >= 0 && office[i] >= 0 &&
			    kg_ingest__fact(ing, holder, KG_P_HOLDS_OFFICE,
			                    office[i], NULL, si, rule,
			                    chain[i].status, 0))
				return KG_ENOMEM;
		}
		/* collapse each phrase into one SP_OFFICE span */
		for (i = n; i-- > 0;) {
			struct span *sp = &ing->spans[chain[i].lo];
			size_t drop = chain[i].hi - chain[i].lo - 1;

			sp->t1 = ing->spans[chain[i].hi - 1].t1;
			sp->kind = SP_OFFICE;
			sp->ent = office[i];
			sp->holder = holder;
			sp->title = (long)chain[i].status;
			memmove(sp + 1, sp + 1 + drop,
			        (ing->nspans - chain[i].hi) * sizeof(*sp));
			ing->nspans -= drop;
		}
		k = chain[0].lo;
	}
	return counterparts(ing, si);
}
