/* ingest/tag.c - first pass over a sentence: lexicon phrases, dates and
 * runs of capitalised words, then names built around head nouns
 *
 * The result is ing->spans, one per phrase or leftover token, in order.
 * Lexicon lookups are the hot path: every token position probes phrases of
 * up to kg_lexicon_max_words words, longest first.
 */
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

/* Head nouns that make a capitalised run a name of a given type.  A suffix
 * head ends the run ("Aachen City Hall"), a prefix head starts it ("Camp
 * David", "Treaty of Aachen"). */
struct head {
	const char *word;
	kg_type type;
	int prefix;
};

static const struct head heads[] = { { "ministry", KG_T_ORG, 1 },
	                             { "department", KG_T_ORG, 1 },
	                             { "party", KG_T_ORG, 0 },
	                             { "council", KG_T_ORG, 0 },
	                             { "commission", KG_T_ORG, 0 },
	                             { "committee", KG_T_ORG, 0 },
	                             { "agency", KG_T_ORG, 0 },
	                             { "organization", KG_T_ORG, 0 },
	                             { "organisation", KG_T_ORG, 0 },
	                             { "union", KG_T_ORG, 0 },
	                             { "court", KG_T_ORG, 0 },
	                             { "parliament", KG_T_ORG, 0 },
	                             { "office", KG_T_ORG, 1 },
	                             { "bank", KG_T_ORG, 0 },
	                             { "fund", KG_T_ORG, 0 },
	                             { "forces", KG_T_ORG, 0 },
	                             { "army", KG_T_ORG, 0 },
	                             { "navy", KG_T_ORG, 0 },
	                             { "group", KG_T_ORG, 0 },
	                             { "association", KG_T_ORG, 0 },
	                             { "institute", KG_T_ORG, 0 },
	                             { "university", KG_T_ORG, 0 },
	                             { "administration", KG_T_ORG, 0 },
	                             { "government", KG_T_ORG, 0 },
	                             { "cabinet", KG_T_ORG, 0 },
	                             { "corporation", KG_T_ORG, 0 },
	                             { "foundation", KG_T_ORG, 0 },
	                             { "alliance", KG_T_ORG, 0 },
	                             { "daily", KG_T_ORG, 0 },
	                             { "times", KG_T_ORG, 0 },
	                             { "secretariat", KG_T_ORG, 0 },
	                             { "coalition", KG_T_ORG, 0 },
	                             { "company", KG_T_ORG, 0 },
	                             { "ministries", KG_T_ORG, 0 },
	                             { "service", KG_T_ORG, 0 },
	                             { "authority", KG_T_ORG, 0 },
	                             { "assembly", KG_T_ORG, 0 },
	                             { "senate", KG_T_ORG, 0 },
	                             { "federation", KG_T_ORG, 0 },
	                             { "network", KG_T_ORG, 0 },
	                             { "guard", KG_T_ORG, 0 },
	                             { "police", KG_T_ORG, 0 },
	                             { "base", KG_T_FACILITY, 0 },
	                             { "hall", KG_T_FACILITY, 0 },
	                             { "palace", KG_T_FACILITY, 0 },
	                             { "cosmodrome", KG_T_FACILITY, 0 },
	                             { "airport", KG_T_FACILITY, 0 },
	                             { "centre", KG_T_FACILITY, 0 },
	                             { "center", KG_T_FACILITY, 0 },
	                             { "stadium", KG_T_FACILITY, 0 },
	                             { "hotel", KG_T_FACILITY, 0 },
	                             { "castle", KG_T_FACILITY, 0 },
	                             { "building", KG_T_FACILITY, 0 },
	                             { "square", KG_T_FACILITY, 0 },
	                             { "embassy", KG_T_FACILITY, 0 },
	                             { "house", KG_T_FACILITY, 0 },
	                             { "camp", KG_T_FACILITY, 1 },
	                             { "museum", KG_T_FACILITY, 1 },
	                             { "fort", KG_T_FACILITY, 1 },
	                             { "lawn", KG_T_FACILITY, 0 },
	                             { "garden", KG_T_FACILITY, 0 },
	                             { "gardens", KG_T_FACILITY, 0 },
	                             { "cathedral", KG_T_FACILITY, 0 },
	                             { "basilica", KG_T_FACILITY, 0 },
	                             { "abbey", KG_T_FACILITY, 0 },
	                             { "mosque", KG_T_FACILITY, 0 },
	                             { "villa", KG_T_FACILITY, 0 },
	                             { "resort", KG_T_FACILITY, 0 },
	                             { "room", KG_T_FACILITY, 0 },
	                             { "pavilion", KG_T_FACILITY, 0 },
	                             { "arena", KG_T_FACILITY, 0 },
	                             { "prefecture", KG_T_GPE, 0 },
	                             { "province", KG_T_GPE, 0 },
	                             { "krai", KG_T_GPE, 0 },
	                             { "oblast", KG_T_GPE, 0 },
	                             { "county", KG_T_GPE, 0 },
	                             { "city", KG_T_GPE, 0 },
	                             { "region", KG_T_GPE, 0 },
	                             { "district", KG_T_GPE, 0 },
	                             { "territory", KG_T_GPE, 0 },
	                             { "governorate", KG_T_GPE, 0 },
	                             { "sea", KG_T_LOC, 0 },
	                             { "ocean", KG_T_LOC, 0 },
	                             { "gulf", KG_T_LOC, 0 },
	                             { "strait", KG_T_LOC, 0 },
	                             { "peninsula", KG_T_LOC, 0 },
	                             { "mountains", KG_T_LOC, 0 },
	                             { "river", KG_T_LOC, 0 },
	                             { "island", KG_T_LOC, 0 },
	                             { "islands", KG_T_LOC, 0 },
	                             { "lake", KG_T_LOC, 1 },
	                             { "mount", KG_T_LOC, 1 },
	                             { "treaty", KG_T_TREATY, 1 },
	                             { "agreement", KG_T_TREATY, 0 },
	                             { "accord", KG_T_TREATY, 0 },
	                             { "accords", KG_T_TREATY, 0 },
	                             { "convention", KG_T_TREATY, 0 },
	                             { "pact", KG_T_TREATY, 0 },
	                             { "charter", KG_T_TREATY, 0 },
	                             { "protocol", KG_T_TREATY, 0 },
	                             { "memorandum", KG_T_TREATY, 0 },
	                             { "act", KG_T_TREATY, 0 },
	                             { "day", KG_T_EVENT, 0 },
	                             { "games", KG_T_EVENT, 0 },
	                             { "olympics", KG_T_EVENT, 0 },
	                             { "war", KG_T_EVENT, 0 },
	                             { "cup", KG_T_EVENT, 0 },
	                             { "championship", KG_T_EVENT, 0 },
	                             { "championships", KG_T_EVENT, 0 },
	                             { "tournament", KG_T_EVENT, 0 },
	                             { "united", KG_T_ORG, 0 },
	                             { "club", KG_T_ORG, 0 },
	                             { NULL, KG_T_ORG, 0 } };

/* More of the same, kept apart so that each table stays one aligned
 * block: venues of ceremonies and visits, and declarations. */
static const struct head more_heads[] = {
	{ "mansion", KG_T_FACILITY, 0 },    { "residence", KG_T_FACILITY, 0 },
	{ "cemetery", KG_T_FACILITY, 0 },   { "church", KG_T_FACILITY, 0 },
	{ "chapel", KG_T_FACILITY, 0 },     { "temple", KG_T_FACILITY, 0 },
	{ "auditorium", KG_T_FACILITY, 0 }, { "theatre", KG_T_FACILITY, 0 },
	{ "theater", KG_T_FACILITY, 0 },    { "monastery", KG_T_FACILITY, 0 },
	{ "declaration", KG_T_TREATY, 0 },  { NULL, KG_T_ORG, 0 }
};

/* First words of venues' names in other languages: "Palacio de
 * Congresos", "Palais des Nations", "Palazzo Chigi". */
static const char *const venue_heads[] = { "palacio", "palais", "palazzo",
	                                   NULL };

/* Last words of company names: "China Aviation Oil", "SK Telecom". */
static const char *const company_heads[] = {
	"airlines",   "airways",    "motors",   "oil",    "petroleum",
	"holdings",   "industries", "telecom",  "plc",    "inc",
	"ltd",        "corp",       "exchange", "league", "cinema",
	"statistics", NULL
};

/* Nouns that make the event noun before them a kind of building: "the
 * convention centre" (but "the summit venue" and "the conference hall"
 * still name the gathering held there). */
static const char *const venue_kinds[] = { "convention", "congress",
	                                   "exhibition", NULL };
static const char *const venue_nouns[] = { "centre", "center",  "hall",
	                                   "venue",  "site",    "hotel",
	                                   "room",   "grounds", NULL };

/* The end of lower-case venue words after a capitalised name at token
 * j: "Conmebol convention center", "LATU exhibition centre", "Europa
 * building"; j when there are none. */
static size_t venue_after(const struct kg_ingest *ing, size_t j, size_t end)
{
	static const char *const lower_venues[] = { "centre",   "center",
		                                    "building", "stadium",
		                                    "arena",    "complex",
		                                    "hotel",    NULL };
	size_t k = j;

	if (k < end && kg_ingest__in_list(ing->toks[k].norm, venue_kinds))
		k++;
	if (k < end && !(ing->toks[k].flags & TF_CAP) &&
	    kg_ingest__in_list(ing->toks[k].norm, lower_venues))
		return k + 1;
	return j;
}

/* Facility words that type a name wherever they stand in it. */
static const char *const fac_inner[] = { "base",   "hotel", "palace", "centre",
	                                 "center", "hall",  NULL };

/* Name particles written in lower case inside a name: "von der Leyen". */
static const char *const particles[] = { "von", "der",  "van", "de",  "da",
	                                 "di",  "del",  "dos", "du",  "la",
	                                 "le",  "al",   "bin", "ibn", "el",
	                                 "ben", "bint", "ter", "den", "do",
	                                 "das", NULL };

/* kg_ingest__in_list is called ~10 times a token, with some 80 lists of
 * 3 to 50 words, and mostly answers no.  Each thread keeps, per list, a
 * 256-bit set of its words' first two bytes, keyed by the list's address
 * (the lists are static arrays that never change): a word whose first two
 * bytes no word of the list has is out at the cost of a few instructions,
 * where a scan of the list cost ~5 a word.  (A hash of the whole word
 * rules out more, but costs more than scanning a short list.) */
#define LIST_SETS 256 /* direct-mapped: a clash only means a rebuild */
struct list_set {
	const char *const *list; /* NULL: unused */
	uint64_t bits[4];
};
static _Thread_local struct list_set list_sets[LIST_SETS];

/* The bit of w's first two bytes (the NUL when shorter). */
static unsigned pair_bit(const char *w)
{
	const unsigned char *u = (const unsigned char *)w;
	unsigned k = u[0] ? u[0] | (unsigned)u[1] << 8 : 0;

	return (k * 0x9e3779b1u) >> 24;
}

static const struct list_set *list_set_of(const char *const *list)
{
	/* Fibonacci hashing of the address: its top 8 bits */
	size_t k = (size_t)(((uint64_t)(uintptr_t)list * 0x9e3779b97f4a7c15u) >>
	                    56);
	struct list_set *ls = &list_sets[k];
	size_t i;

	if (ls->list == list)
		return ls;
	ls->list = list;
	memset(ls->bits, 0, sizeof(ls->bits));
	for (i = 0; list[i]; i++) {
		unsigned b = pair_bit(list[i]);

		ls->bits[b / 64] |= 1ull << (b % 64);
	}
	return ls;
}

int kg_ingest__in_list(const char *w, const char *const *list)
{
	unsigned b = pair_bit(w);
	size_t i;

	if (!((list_set_of(list)->bits[b / 64] >> (b % 64)) & 1))
		return 0;
	/* the first byte settles most comparisons without a call */
	for (i = 0; list[i]; i++)
		if (list[i][0] == w[0] && strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}

/* The lists of struct tok .lists (kg_ingest__mark_words; the index is at
 * the end of this file). */
enum {
	WL_NEVER_FIRST,
	WL_DETS,
	WL_MODIFIERS,
	WL_HEADLINE_VERBS,
	WL_PARTICLES,
	WL_RELATIVE,
	WL_COUNT
};

static int tok_in(const struct tok *t, int list)
{
	return (t->lists >> list) & 1;
}

/* head_of a token's norm, from the index. */
static int tok_head(const struct tok *t, int *prefix)
{
	if (t->head >= 0 && prefix)
		*prefix = t->head_prefix;
	return t->head;
}

const char *kg_ingest__norm0(const struct kg_ingest *ing, size_t k)
{
	return ing->toks[ing->spans[k].t0].norm;
}

/* The entry of table for norm, or NULL. */
static const struct head *head_in(const struct head *table, const char *norm)
{
	for (; table->word; table++)
		if (table->word[0] == norm[0] && strcmp(norm, table->word) == 0)
			return table;
	return NULL;
}

/* The head type of a word, or -1; *prefix says which end it goes.  Each
 * token has it from the word index (tok_head). */
static int head_of(const char *norm, int *prefix)
{
	const struct head *h = head_in(heads, norm);

	if (h || (h = head_in(more_heads, norm))) {
		if (prefix)
			*prefix = h->prefix;
		return (int)h->type;
	}
	if (kg_ingest__in_list(norm, venue_heads)) {
		if (prefix)
			*prefix = 1;
		return KG_T_FACILITY;
	}
	if (!kg_ingest__in_list(norm, company_heads))
		return -1;
	if (prefix)
		*prefix = 0;
	return KG_T_ORG;
}

/* Words after which a title word is a verb: "will chair", "to head". */
static const char *const modals[] = { "will", "would", "to",   "shall",
	                              "can",  "may",   "must", "did",
	                              "does", "could", NULL };

static int push(struct kg_ingest *ing, size_t t0, size_t t1, int kind)
{
	struct span *sp;

	/* the array is reused across sentences: it rarely has to grow */
	if (ing->nspans == ing->capspans &&
	    KG_GROW(ing->spans, ing->nspans, ing->capspans))
		return KG_ENOMEM;
	sp = &ing->spans[ing->nspans++];
	memset(sp, 0, sizeof(*sp));
	sp->t0 = t0;
	sp->t1 = t1;
	sp->kind = kind;
	sp->ent = sp->date = sp->title = sp->holder = -1;
	return KG_OK;
}

static int is_word_tok(const struct tok *t)
{
	return t->kind == TK_WORD || t->kind == TK_NUM;
}

/* Rank of a lexicon entry among several for one phrase. */
static int rank(const kg_lex_entry *e)
{
	switch (e->kind) {
	case KG_LEX_NAME:
		return 5;
	case KG_LEX_TITLE:
		return 4;
	case KG_LEX_DEMONYM:
		return 3;
	case KG_LEX_EVENT_NOUN:
		return 2;
	default:
		return 1;
	}
}

/* May entry e stand for tokens [i, j) as written? */
static int acceptable(const struct kg_ingest *ing,
                      const kg_lex_entry *e,
                      size_t i,
                      size_t j,
                      size_t nwords)
{
	const struct tok *t = &ing->toks[i];

	(void)j;
	if (e->kind != KG_LEX_NAME && e->kind != KG_LEX_DEMONYM)
		return 1;
	if (!(t->flags & TF_CAP))
		return 0;
	/* "US" yes, "us" no; "Chad" yes; "G7" and "G20" yes; the demonym
	 * "Lao" yes */
	if (nwords == 1 && strlen(t->norm) <= 3 && e->kind != KG_LEX_DEMONYM &&
	    !(t->flags & (TF_ALLCAPS | TF_ABBR)) &&
	    strpbrk(t->norm, "0123456789") == NULL)
		return 0;
	return 1;
}

/* Add word to the phrase of c (t: its token, whose own lookup starts a
 * phrase for free), look it up and keep the entry if it beats *best (the
 * phrase ends at token end).  Returns whether a longer phrase may still
 * match.  (inline: it runs at most word tokens, and a call with eight
 * arguments cost about as much as its body) */
static inline int probe(const struct kg_ingest *ing,
                        kg_lex_cursor *c,
                        const struct tok *t,
                        const char *word,
                        size_t i,
                        size_t end,
                        size_t *best,
                        const kg_lex_entry **best_e)
{
	const kg_lex_entry *e;
	int more = 0;
	size_t m, k;

	if (c->n == 0 && word == t->norm) {
		*c = t->lex;
		m = kg_lexicon_found(c, &e, &more);
	} else {
		m = kg_lexicon_next(ing->lx, c, word, &e, &more);
	}
	for (k = 0; k < m; k++) {
		if (!acceptable(ing, &e[k], i, end, c->n))
			continue;
		if (end > *best ||
		    (end == *best && rank(&e[k]) > rank(*best_e))) {
			*best = end;
			*best_e = &e[k];
		}
	}
	return more;
}

/* Longest lexicon phrase starting at token i (within [i, end)); returns
 * its token end (0 when none) and the chosen entry in *out. */
size_t kg_ingest__lex_at(const struct kg_ingest *ing,
                         size_t i,
                         size_t end,
                         const kg_lex_entry **out)
{
	kg_lex_cursor cur = KG_LEX_CURSOR_INIT, before;
	char poss[64];
	int more;
	size_t maxw = kg_lexicon_max_words(ing->lx), j, n, best = 0;
	const kg_lex_entry *best_e = NULL;

	if (maxw > 16)
		maxw = 16;
	/* most words start no phrase: their own lookup found no key, and
	 * no possessive follows to make "peoples" of "people" */
	if (is_word_tok(&ing->toks[i]) &&
	    (i + 1 >= end || !(ing->toks[i + 1].flags & TF_POSS)) &&
	    kg_lexicon_found(&ing->toks[i].lex, &best_e, &more) == 0 && !more) {
		*out = NULL;
		return 0;
	}
	for (j = i; j < end && cur.n < maxw; j++) {
		const struct tok *t = &ing->toks[j];

		if (!is_word_tok(t)) {
			/* hyphens inside a phrase ("Secretary-General") and
			 * apostrophes ("Workers' Party") are transparent */
			if (cur.n && ((t->flags & TF_JOIN) ||
			              (ing->in->text[t->start] == '/' &&
			               !(t->flags & TF_SPACE)) ||
			              (ing->in->text[t->start] == '\'' &&
			               !(t->flags & TF_POSS))))
				continue;
			break;
		}
		before = cur;
		more = probe(ing, &cur, t, t->norm, i, j + 1, &best, &best_e);
		if (j + 1 < end && (ing->toks[j + 1].flags & TF_POSS) &&
		    (n = strlen(t->norm)) + 2 < sizeof(poss)) {
			/* "People's Republic of China": "peoples" */
			memcpy(poss, t->norm, n);
			poss[n] = 's';
			poss[n + 1] = '\0';
			cur = before;
			j++;
			more = probe(ing, &cur, t, poss, i, j + 1, &best,
			             &best_e);
		}
		if (!more)
			break; /* no phrase goes on from here */
	}
	*out = best_e;
	return best;
}

static int kind_of(const kg_lex_entry *e)
{
	switch (e->kind) {
	case KG_LEX_NAME:
		return SP_NAME;
	case KG_LEX_DEMONYM:
		return SP_DEMONYM;
	case KG_LEX_TITLE:
		return SP_TITLE;
	case KG_LEX_EVENT_NOUN:
		return SP_ENOUN;
	default:
		return SP_WORDS;
	}
}

static int capital(const struct tok *t)
{
	return t->kind == TK_WORD && (t->flags & (TF_CAP | TF_INITIAL));
}

/* Is a lexicon name, title, demonym or event noun starting at j? */
static int lex_blocks(const struct kg_ingest *ing, size_t j, size_t end)
{
	const kg_lex_entry *e;

	if (kg_ingest__lex_at(ing, j, end, &e) == 0)
		return 0;
	return e->kind != KG_LEX_WORD;
}

/* End of the run of capitalised words starting at i. */
/* Lower-case ends of compounds that are no part of a name: "Trump-backed
 * candidate", "Paris-based group". */
static const char *const compound_ends[] = {
	"based",  "led",        "backed",    "born",     "era",
	"style",  "owned",      "linked",    "run",      "made",
	"type",   "like",       "wide",      "level",    "funded",
	"allied", "controlled", "sponsored", "speaking", "brokered",
	"elect",  "related",    "appointed", "friendly", NULL
};

/* Verbs of headlines, never part of a name: "Modi Addresses Congress". */
static const char *const headline_verbs[] = {
	"addresses", "says", "calls", "urges", "warns", "holds", "arrives",
	"opens", "ends", "wins", "backs", "vows", "seeks", "pledges", "agrees",
	"heads", "leads", "joins", "rejects", "slams", "praises", "unveils",
	"announces", "chairs", "assures", "presses", "courts", "tells", "skips",
	"hails", "signs", "receives", "welcomes",
	/* after two subjects: "Abiy, Meloni Hold Talks" */
	"hold", "meet", "sign", "agree", "discuss", "pledge", "vow", "urge",
	"seek", "hail", "reject", "slam", "warn", NULL
};

/* Words that follow a name: "Lee Jae-myung at the ...", "... said". */
static const char *const name_followers[] = {
	"at",     "in",     "on",       "and",      "who",     "said",
	"says",   "was",    "is",       "has",      "had",     "will",
	"met",    "to",     "for",      "with",     "arrived", "told",
	"led",    "leads",  "attended", "spoke",    "held",    "visited",
	"signed", "called", "urged",    "also",     "would",   "could",
	"did",    "hosted", "received", "welcomed", "left",    NULL
};

/* Titles that are also surnames: "Mervyn King", "Angus King". */
static const char *const title_surnames[] = { "king", "pope", "marshal",
	                                      "cardinal", NULL };

/* Words that start a sentence or a phrase but no name: "The King said". */
static const char *const no_first_names[] = {
	"the", "a",   "an",  "when",  "as",  "if", "former", "late", "then",
	"but", "and", "new", "young", "old", "mr", "mrs",    "ms",   NULL
};

/* Does token j, a title or a one-word place, end the name begun at i as
 * its surname?  "Bank of England governor Mervyn King has warned",
 * "vice president Patricio Cartagena said": one or two unknown
 * capitalised words, then the surname and no capitalised word after it
 * ("King Charles" is a title and a name).  A place counts only after a
 * title (after_title), where a name is expected. */
static int surname_at(const struct kg_ingest *ing,
                      size_t i,
                      size_t j,
                      size_t end,
                      int after_title)
{
	const struct tok *t = ing->toks;
	const kg_lex_entry *e;

	if (j - i > 2 || kg_ingest__in_list(t[i].norm, no_first_names) ||
	    (j + 1 < end && (capital(&t[j + 1]) || (t[j + 1].flags & TF_JOIN))))
		return 0;
	if (kg_ingest__in_list(t[j].norm, title_surnames))
		return 1;
	if (kg_ingest__lex_at(ing, j, end, &e) != j + 1 ||
	    e->kind != KG_LEX_NAME ||
	    (e->type != KG_T_GPE && e->type != KG_T_LOC))
		return 0;
	if (!after_title) {
		/* "Lloyd Austin" again, once the text has named him */
		char key[256];

		kg_norm(key, sizeof(key), ing->in->text + t[i].start,
		        t[j].end - t[i].start);
		return kg_ingest__lookup(ing, KG_T_PERSON, key) >= 0;
	}
	return 1;
}

/* Regnal numbers that end a name: "Charles III". */
static const char *const regnal[] = { "ii", "iii", "iv", NULL };

static size_t
cap_run(const struct kg_ingest *ing, size_t i, size_t end, int after_title)
{
	const struct tok *t = ing->toks;
	const char *text = ing->in->text;
	size_t j = i + 1, last = i + 1;

	while (j < end) {
		/* "Xi Jinping Meets ...", "Modi Addresses Joint Meeting": a
		 * verb ends a name */
		if (capital(&t[j]) &&
		    ((t[j].wflags & (KG_W_MEET | KG_W_ATTEND | KG_W_HOST |
		                     KG_W_VISIT | KG_W_SIGN)) ||
		     tok_in(&t[j], WL_HEADLINE_VERBS)))
			break;
		if (capital(&t[j]) &&
		    ((t[last - 1].flags & TF_INITIAL) ||
		     !lex_blocks(ing, j, end) ||
		     (t[j].flags & TF_ALLCAPS && strlen(t[j].norm) <= 3 &&
		      kg_ingest__in_list(t[j].norm, regnal)))) {
			last = ++j;
		} else if (t[j].kind == TK_WORD &&
		           tok_in(&t[j], WL_PARTICLES)) {
			/* "von der Leyen", "de la Cruz" */
			size_t k = j;

			while (k < end && t[k].kind == TK_WORD &&
			       tok_in(&t[k], WL_PARTICLES))
				k++;
			if (k + 1 < end && (t[k].flags & TF_JOIN))
				k++; /* "al-Sisi" */
			if (k >= end || !capital(&t[k]))
				break;
			j = k;
		} else if ((t[j].flags & TF_JOIN) && j + 1 < end &&
		           capital(&t[j + 1])) {
			j++;
		} else if ((t[j].flags & TF_JOIN) && j + 1 < end &&
		           t[j + 1].kind == TK_WORD &&
		           !kg_ingest__in_list(t[j + 1].norm, compound_ends) &&
		           (j + 2 >= end || t[j + 2].kind == TK_PUNCT ||
		            capital(&t[j + 2]) ||
		            !strcmp(t[j + 2].norm, "of") ||
		            kg_ingest__in_list(t[j + 2].norm,
		                               name_followers))) {
			/* "Lee Jae-myung", "Moon Jae-in", not "Trump-backed" */
			last = j + 2;
			j += 2;
		} else if (capital(&t[j]) && last == j &&
		           surname_at(ing, i, j, end, after_title)) {
			last = ++j;
			break;
		} else if (text[t[j].start] == ',' && j + 1 < end &&
		           (strcmp(t[j + 1].norm, "jr") == 0 ||
		            strcmp(t[j + 1].norm, "sr") == 0)) {
			last = j + 2;
			j += 2;
		} else {
			break;
		}
	}
	return last;
}

/* Words before a bare year that make it a date: "in 2019". */
static int
year_context(const struct kg_ingest *ing, const struct sent *s, size_t i)
{
	static const char *const before[] = {
		"in",  "since",  "by",      "until", "from", "during",
		"of",  "before", "after",   "early", "late", "mid",
		"and", "or",     "between", "to",    NULL
	};
	const struct tok *t = ing->toks;

	if (i > s->t0 && !kg_ingest__in_list(t[i - 1].norm, before) &&
	    ing->in->text[t[i - 1].start] != ',')
		return 0;
	if (i + 1 < s->t1 && (capital(&t[i + 1]) || (t[i + 1].flags & TF_JOIN)))
		return 0;
	return 1;
}

/* Words that begin a relative date: "today", "last week". */
static const char *const relative[] = { "today",   "yesterday", "tomorrow",
	                                "tonight", "this",      "last",
	                                "next",    NULL };

static int date_start(const struct tok *t)
{
	return t->kind == TK_NUM || (t->wflags & (KG_W_MONTH | KG_W_WEEKDAY)) ||
	       tok_in(t, WL_RELATIVE);
}

static int
try_date(struct kg_ingest *ing, const struct sent *s, size_t i, size_t *next)
{
	struct date_val dv;
	size_t n = kg_ingest__date_at(ing, s, i, &dv);

	if (n == 0)
		return 0;
	if (dv.y && !dv.m && !dv.d && n == 1 && !year_context(ing, s, i))
		return 0;
	if (KG_GROW(ing->dates, ing->ndates, ing->capdates) ||
	    push(ing, i, i + n, SP_DATE))
		return -1;
	ing->dates[ing->ndates] = dv;
	ing->spans[ing->nspans - 1].date = (long)ing->ndates++;
	*next = i + n;
	return 1;
}

/* Does the token before i call for a noun ("the", "a", "'s")? */

/* Other words that stand between a determiner and an event noun. */
static const char *const modifiers[] = {
	"joint",       "working", "opening",  "closing",    "private",
	"emergency",   "press",   "expanded", "restricted", "enlarged",
	"plenary",     "direct",  "indirect", "technical",  "preparatory",
	"fresh",       "further", "wider",    "broader",    "marathon",
	"exploratory", NULL
};

/* Determiners before an event noun. */
static const char *const dets[] = { "the",  "a",     "an",    "his",
	                            "her",  "their", "its",   "this",
	                            "that", "our",   "whose", NULL };

static int noun_context(const struct kg_ingest *ing, size_t i)
{
	const struct tok *p = &ing->toks[i - 1];
	size_t k;

	if ((p->flags & TF_POSS) || tok_in(p, WL_DETS) ||
	    (p->kind == TK_WORD && (p->flags & TF_CAP)))
		return 1;
	/* "a bilateral meeting", "the opening ceremony", "a joint press
	 * conference": a determiner before adjectives ("first" and
	 * "seventh" are not: "his first visit" stays a verb's object) */
	for (k = i - 1; k > 0 && k + 6 > i; k--) {
		const struct tok *t = &ing->toks[k];

		/* "a four-way meeting", "a 35-minute meeting": the parts of
		 * a hyphenated compound */
		if ((t->flags & TF_JOIN) ||
		    ((t->kind == TK_WORD || t->kind == TK_NUM) &&
		     ((ing->toks[k - 1].flags & TF_JOIN) ||
		      (k + 1 < i && (ing->toks[k + 1].flags & TF_JOIN))))) {
			if (tok_in(&ing->toks[k - 1], WL_DETS))
				return 1;
			continue;
		}
		if (t->kind != TK_WORD || (t->flags & TF_CAP) ||
		    !(kg_ingest__adjective_like(t->norm) ||
		      tok_in(t, WL_MODIFIERS)))
			return 0;
		if (tok_in(&ing->toks[k - 1], WL_DETS) ||
		    (ing->toks[k - 1].flags & TF_POSS))
			return 1;
	}
	return 0;
}

/* The event noun entry of token i alone, if it has one. */
static int
noun_at(const struct kg_ingest *ing, size_t i, const kg_lex_entry **out)
{
	const kg_lex_entry *e;
	size_t n = kg_lexicon_found(&ing->toks[i].lex, &e, NULL), k;

	for (k = 0; k < n; k++)
		if (e[k].kind == KG_LEX_EVENT_NOUN) {
			*out = &e[k];
			return 1;
		}
	return 0;
}

/* "Victoria Villarruel", "Georgia Meloni": a one-word place name before an
 * unknown capitalised word that no head noun types is a first name. */
static int place_as_first_name(const struct kg_ingest *ing,
                               const kg_lex_entry *e,
                               size_t i,
                               size_t j,
                               size_t end)
{
	const struct tok *t = ing->toks;
	const kg_lex_entry *x;

	if (e->kind != KG_LEX_NAME || j != i + 1 || j >= end ||
	    (e->type != KG_T_GPE && e->type != KG_T_LOC) ||
	    (t[i].flags & TF_ALLCAPS) || !capital(&t[j]) ||
	    (t[j].flags & TF_ALLCAPS) || tok_head(&t[j], NULL) >= 0)
		return 0;
	return kg_ingest__lex_at(ing, j, end, &x) == 0 &&
	       (j + 1 >= end || !capital(&t[j + 1]) ||
	        kg_ingest__lex_at(ing, j + 1, end, &x) != 0);
}

/* Nouns for what a person does, not an office, singular and plural: a
 * run that begins with one is not a name ("Actor Tom Hanks", "Activist
 * Joshua Wong"), and a person after one is no office holder ("the actors
 * Hugh Grant and Charlotte Gainsbourg", "the Rolling Stones singer Mick
 * Jagger"). */
static const char *const roles[] = {
	"actor",         "actors",         "actress",       "singer",
	"singers",       "author",         "writer",        "novelist",
	"coach",         "manager",        "striker",       "footballer",
	"player",        "activist",       "campaigner",    "lawmaker",
	"dissident",     "journalist",     "analyst",       "economist",
	"historian",     "veteran",        "opposition",    "critic",
	"director",      "boss",           "rapper",        "comedian",
	"filmmaker",     "star",           "chef",          "designer",
	"musician",      "artist",         "businessman",   "businessmen",
	"businesswoman", "tycoon",         "tycoons",       "billionaire",
	"entrepreneur",  "philanthropist", "industrialist", "industrialists",
	"investor",      "legend",         "great",         NULL,
};

int kg_ingest__is_role(const char *w)
{
	return kg_ingest__in_list(w, roles);
}

/* Nouns for a settlement or a region before "of" and a name: "the
 * border city of Puerto Iguazu", "the province of Misiones". */
static const char *const place_nouns[] = {
	"city",     "town",   "village", "port",   "province", "region",
	"district", "county", "island",  "state",  "capital",  "municipality",
	"emirate",  "oblast", "canton",  "suburb", NULL
};

int kg_ingest__is_place_noun(const char *w)
{
	return kg_ingest__in_list(w, place_nouns);
}

/* Words capitalised at the start of a sentence or in a headline that
 * never begin a name: "Alongside Lula and Fernández were ...". */
static const char *const never_first[] = {
	"alongside",  "among",      "besides",   "despite",   "during",
	"after",      "before",     "although",  "though",    "meanwhile",
	"earlier",    "later",      "also",      "both",      "neither",
	"including",  "unlike",     "following", "since",     "while",
	"whereas",    "instead",    "however",   "moreover",  "furthermore",
	"elsewhere",  "afterwards", "according", "joining",   "accompanying",
	"flanked",    "there",      "this",      "these",     "those",
	"it",         "its",        "his",       "her",       "their",
	"our",        "we",         "they",      "he",        "she",
	"with",       "without",    "within",    "at",        "in",
	"on",         "for",        "from",      "by",        "of",
	"to",         "as",         "but",       "and",       "or",
	"if",         "when",       "where",     "which",     "who",
	"whose",      "what",       "why",       "how",       "all",
	"some",       "many",       "most",      "each",      "every",
	"such",       "only",       "even",      "once",      "into",
	"across",     "against",    "around",    "amid",      "until",
	"thus",       "indeed",     "now",       "perhaps",   "whether",
	"because",    "unless",     "than",      "about",     "between",
	"throughout", "upon",       "via",       "nor",       "yet",
	"factbox",    "update",     "exclusive", "explainer", "wrapup",
	"breaking",   "good",       "posted",    "published", "updated",
	"timeline",   "analysis",   "live",      "profile",   "opinion",
	"interview",  "preview",    "recap",     "editorial", "key",
	NULL
};

/* "Vice Premier He Lifeng": after a title, a capitalised "He" (a family
 * name) before another capitalised word begins a name, no pronoun. */
static int name_after_title(const struct kg_ingest *ing, size_t i, size_t end)
{
	const struct tok *n = &ing->toks[i + 1];

	return ing->nspans > 0 &&
	       ing->spans[ing->nspans - 1].kind == SP_TITLE && i + 1 < end &&
	       capital(n) && !(n->flags & TF_ALLCAPS) &&
	       tok_in(&ing->toks[i], WL_NEVER_FIRST) &&
	       !tok_in(n, WL_NEVER_FIRST);
}

/* Is token i a role word before a capitalised name?  It is no part of
 * the name, unless an honorific comes first ("Mr. Boss Mustapha"). */
static int role_before_name(const struct kg_ingest *ing, size_t i, size_t end)
{
	return i + 1 < end && capital(&ing->toks[i + 1]) &&
	       kg_ingest__is_role(ing->toks[i].norm) &&
	       !(ing->nspans > 0 &&
	         (ing->spans[ing->nspans - 1].wflags & KG_W_HONORIFIC));
}

/* Does a name written with a lower-case particle start at token i, after
 * an honorific or a title ("Ms von der Leyen", "Mr de Klerk")? */
static int particle_name(const struct kg_ingest *ing, size_t i, size_t end)
{
	const struct span *prev;
	size_t k = i;

	if (ing->nspans == 0)
		return 0;
	prev = &ing->spans[ing->nspans - 1];
	if (prev->kind != SP_TITLE && !(prev->wflags & KG_W_HONORIFIC))
		return 0;
	while (k < end && ing->toks[k].kind == TK_WORD &&
	       !(ing->toks[k].flags & TF_CAP) &&
	       tok_in(&ing->toks[k], WL_PARTICLES))
		k++;
	return k > i && k < end && capital(&ing->toks[k]);
}

/* "Mr Austin", "Ms Paris": a one-word place after an honorific is a
 * surname. */
static int place_after_honorific(const struct kg_ingest *ing,
                                 const kg_lex_entry *e,
                                 size_t i,
                                 size_t j)
{
	return j == i + 1 && e->kind == KG_LEX_NAME &&
	       (e->type == KG_T_GPE || e->type == KG_T_LOC) && ing->nspans &&
	       (ing->spans[ing->nspans - 1].wflags & KG_W_HONORIFIC) &&
	       !(ing->toks[i].flags & TF_ALLCAPS);
}

/* Pass 1: spans for lexicon phrases, dates, capitalised runs, tokens. */
static int first_pass(struct kg_ingest *ing, const struct sent *s)
{
	size_t i = s->t0;

	ing->nspans = 0;
	while (i < s->t1) {
		const struct tok *t = &ing->toks[i];
		const kg_lex_entry *e = NULL;
		size_t j;
		int r;

		if (date_start(t) && (r = try_date(ing, s, i, &j)) != 0) {
			if (r < 0)
				return KG_ENOMEM;
			i = j;
			continue;
		}
		if (is_word_tok(t) &&
		    !(capital(t) && name_after_title(ing, i, s->t1)) &&
		    (j = kg_ingest__lex_at(ing, i, s->t1, &e)) &&
		    !place_as_first_name(ing, e, i, j, s->t1) &&
		    !place_after_honorific(ing, e, i, j)) {
			if (e->kind == KG_LEX_WORD && i > s->t0 &&
			    noun_context(ing, i) && noun_at(ing, i, &e))
				j = i + 1; /* "Zelensky's visit to", not "visit
				              to" */
			/* "5:12 PM GMT" is a time, not a prime minister */
			int k = kind_of(e);

			if (k == SP_TITLE && j == i + 1 && i > s->t0 &&
			    ing->toks[i - 1].kind == TK_NUM &&
			    (!strcmp(t->norm, "pm") || !strcmp(t->norm, "am")))
				k = SP_WORDS;
			/* "Tokayev will chair the meeting": a verb */
			if (k == SP_TITLE && j == i + 1 && i > s->t0 &&
			    !capital(t) &&
			    kg_ingest__in_list(ing->toks[i - 1].norm, modals))
				k = SP_WORDS;
			/* "the convention centre", "the summit venue": a
			 * place, not an event */
			if (k == SP_ENOUN && j < s->t1 && !capital(t) &&
			    kg_ingest__in_list(t->norm, venue_kinds) &&
			    kg_ingest__in_list(ing->toks[j].norm, venue_nouns))
				k = SP_TOK;
			if (push(ing, i, j, k))
				return KG_ENOMEM;
			ing->spans[ing->nspans - 1].lex = e;
			ing->spans[ing->nspans - 1].wflags = e->flags;
			i = j;
			continue;
		}
		if (capital(t) && !(i == s->t0 && t->wflags) &&
		    !(s->headline && tok_in(t, WL_HEADLINE_VERBS)) &&
		    !role_before_name(ing, i, s->t1) &&
		    (!tok_in(t, WL_NEVER_FIRST) ||
		     name_after_title(ing, i, s->t1))) {
			size_t v;

			j = cap_run(ing, i, s->t1,
			            ing->nspans > 0 &&
			                    ing->spans[ing->nspans - 1].kind ==
			                            SP_TITLE);
			v = venue_after(ing, j, s->t1);
			if (push(ing, i, v, SP_CAP))
				return KG_ENOMEM;
			if (v > j) { /* "the Conmebol convention center" */
				ing->spans[ing->nspans - 1].typed = 1;
				ing->spans[ing->nspans - 1].type =
				        KG_T_FACILITY;
			}
			i = v;
			continue;
		}
		if (particle_name(ing, i, s->t1)) {
			/* "Ms von der Leyen", "President de Klerk" */
			j = cap_run(ing, i, s->t1, 1);
			if (push(ing, i, j, SP_CAP))
				return KG_ENOMEM;
			i = j;
			continue;
		}
		if (push(ing, i, i + 1, SP_TOK))
			return KG_ENOMEM;
		ing->spans[ing->nspans - 1].wflags = t->wflags;
		i++;
	}
	return KG_OK;
}

/* Replace spans [a, b] by one SP_CAP span of type t. */
static void merge(struct kg_ingest *ing, size_t a, size_t b, kg_type t)
{
	struct span *sp = &ing->spans[a];
	size_t k;

	for (k = a; k <= b; k++)
		if (ing->spans[k].kind == SP_NAME && !sp->mod) {
			sp->mod = ing->spans[k].lex;
			sp->mt0 = ing->spans[k].t0;
			sp->mt1 = ing->spans[k].t1;
		}
	sp->t1 = ing->spans[b].t1;
	sp->kind = SP_CAP;
	sp->typed = 1;
	sp->type = t;
	sp->lex = NULL;
	memmove(&ing->spans[a + 1], &ing->spans[b + 1],
	        (ing->nspans - b - 1) * sizeof(*sp));
	ing->nspans -= b - a;
}

static const char *first_norm(const struct kg_ingest *ing,
                              const struct span *sp)
{
	return ing->toks[sp->t0].norm;
}

static int cap_span(const struct kg_ingest *ing, const struct span *sp)
{
	return (sp->kind == SP_CAP || sp->kind == SP_NAME ||
	        sp->kind == SP_DEMONYM) &&
	       capital(&ing->toks[sp->t0]);
}

/* May span a be absorbed into the headed name after it? */
static int left_ok(const struct kg_ingest *ing, size_t a)
{
	const struct span *sp = &ing->spans[a];

	return (cap_span(ing, sp) && !(sp->kind == SP_CAP && sp->typed)) ||
	       (sp->kind == SP_ENOUN && capital(&ing->toks[sp->t0]));
}

/* The type a capitalised run gets from a head noun in it, or -1. */
static int head_type(const struct kg_ingest *ing, const struct span *sp)
{
	int prefix = 0, t;
	size_t i;

	t = tok_head(&ing->toks[sp->t1 - 1], &prefix);
	if (t >= 0 && (!prefix || sp->t1 - sp->t0 > 1))
		return t; /* "Albert Museum", "Kensington Treaty" */
	t = tok_head(&ing->toks[sp->t0], &prefix);
	if (t >= 0 && prefix && sp->t1 - sp->t0 > 1)
		return t;
	/* "Joint Base Elmendorf-Richardson", "Clarion Hotel The Edge" */
	for (i = sp->t0; i < sp->t1; i++)
		if (kg_ingest__in_list(ing->toks[i].norm, fac_inner))
			return KG_T_FACILITY;
	return -1;
}

/* "Article 5", "Article 42.7", "Article V" */
static int compose_article(struct kg_ingest *ing, size_t k)
{
	struct span *sp = &ing->spans[k];
	const struct tok *n;

	if (strcmp(first_norm(ing, sp), "article") != 0)
		return 0;
	/* "Article IV" is one capitalised run */
	if (sp->t1 - sp->t0 == 2 &&
	    strspn(ing->toks[sp->t0 + 1].norm, "ivxlc") ==
	            strlen(ing->toks[sp->t0 + 1].norm)) {
		sp->typed = 1;
		sp->type = KG_T_ARTICLE;
		return 1;
	}
	if (sp->t1 - sp->t0 != 1 || k + 1 >= ing->nspans)
		return 0;
	n = &ing->toks[ing->spans[k + 1].t0];
	if (n->kind != TK_NUM &&
	    !(n->flags & TF_ALLCAPS && strlen(n->norm) <= 4))
		return 0;
	merge(ing, k, k + 1, KG_T_ARTICLE);
	return 1;
}

/* Absorb "of/on/for [the] Name [and Name]" after a headed name. */
static void absorb_right(struct kg_ingest *ing, size_t k)
{
	for (;;) {
		size_t j = k + 1;
		const char *w;

		if (j >= ing->nspans)
			return;
		if (cap_span(ing, &ing->spans[j]) &&
		    !(ing->spans[j].kind == SP_CAP && ing->spans[j].typed) &&
		    ing->spans[k].t1 - ing->spans[k].t0 >= 3) {
			/* "Department of Asian and African | Affairs" */
			merge(ing, k, j, ing->spans[k].type);
			continue;
		}
		if (ing->spans[j].kind != SP_TOK &&
		    ing->spans[j].kind != SP_WORDS)
			return;
		w = first_norm(ing, &ing->spans[j]);
		if (strcmp(w, "of") && strcmp(w, "on") && strcmp(w, "for") &&
		    strcmp(w, "and"))
			return;
		if (!strcmp(w, "and") &&
		    ing->spans[k].t1 - ing->spans[k].t0 < 2)
			return;
		j++;
		if (j < ing->nspans &&
		    (ing->spans[j].kind == SP_TOK ||
		     ing->spans[j].kind == SP_WORDS) &&
		    strcmp(first_norm(ing, &ing->spans[j]), "the") == 0)
			j++;
		if (j >= ing->nspans || !cap_span(ing, &ing->spans[j]) ||
		    (ing->spans[j].kind == SP_CAP && ing->spans[j].typed))
			return;
		merge(ing, k, j, ing->spans[k].type);
	}
}

/* Pass 2: names built around head nouns, treaties, articles. */
static void compose(struct kg_ingest *ing)
{
	size_t k;
	int t;

	for (k = 0; k < ing->nspans; k++) {
		struct span *sp = &ing->spans[k];

		if (sp->kind == SP_CAP && compose_article(ing, k))
			continue;
		if (sp->kind == SP_TOK && k > 0 &&
		    cap_span(ing, &ing->spans[k - 1]) &&
		    tok_head(&ing->toks[sp->t0], NULL) == KG_T_TREATY &&
		    ing->spans[k - 1].kind != SP_DEMONYM) {
			/* "the NATO treaty" */
			merge(ing, k - 1, k, KG_T_TREATY);
			k--;
			continue;
		}
		if (sp->kind == SP_NAME && sp->t1 - sp->t0 == 1 && k > 0 &&
		    ing->spans[k - 1].kind == SP_CAP &&
		    !ing->spans[k - 1].typed &&
		    tok_head(&ing->toks[sp->t0], NULL) == KG_T_FACILITY) {
			/* "State House": a one-word name ("House") that is
			 * a facility's head noun after an unknown name */
			merge(ing, k - 1, k, KG_T_FACILITY);
			ing->spans[k - 1].mod = NULL;
			k--;
			continue;
		}
		if (sp->kind != SP_CAP || sp->typed)
			continue;
		if ((t = head_type(ing, sp)) < 0 && sp->t1 - sp->t0 == 1 &&
		    k + 2 < ing->nspans &&
		    !strcmp(first_norm(ing, &ing->spans[k + 1]), "of")) {
			/* "Museum of Modern Art", "Ministry of Defence" */
			int prefix = 0;

			t = tok_head(&ing->toks[sp->t0], &prefix);
			if (!prefix)
				t = -1;
		}
		if (t < 0)
			continue;
		sp->typed = 1;
		sp->type = (kg_type)t;
		/* left: "Aachen City Hall", "Russia-United States Treaty" */
		for (;;) {
			if (k > 0 && left_ok(ing, k - 1)) {
				merge(ing, k - 1, k, (kg_type)t);
				k--;
			} else if (k > 1 &&
			           (ing->toks[ing->spans[k - 1].t0].flags &
			            TF_JOIN) &&
			           left_ok(ing, k - 2)) {
				merge(ing, k - 2, k, (kg_type)t);
				k -= 2;
			} else if (t == KG_T_FACILITY && k > 1 &&
			           ing->spans[k].t1 - ing->spans[k].t0 >= 2 &&
			           (ing->spans[k - 1].kind == SP_TOK ||
			            ing->spans[k - 1].kind == SP_WORDS) &&
			           !strcmp(kg_ingest__norm0(ing, k - 1),
			                   "and") &&
			           left_ok(ing, k - 2)) {
				/* "the Expoforum Convention and Exhibition
				 * Centre" */
				merge(ing, k - 2, k, (kg_type)t);
				k -= 2;
			} else {
				break;
			}
		}
		absorb_right(ing, k);
	}
}

int kg_ingest__spans(struct kg_ingest *ing, const struct sent *s)
{
	int rc = first_pass(ing, s);

	if (rc == KG_OK)
		compose(ing);
	return rc;
}

/* ---- the word index ---- */

struct word_slot {
	const char *word; /* NULL: free */
	uint16_t lists;
	int8_t head;
	uint8_t head_prefix;
};

struct kg_words {
	struct word_slot *slots;
	size_t mask; /* slots - 1, a power of two at least twice the words */
};

static const char *const *const indexed[WL_COUNT] = {
	[WL_NEVER_FIRST] = never_first, [WL_DETS] = dets,
	[WL_MODIFIERS] = modifiers,     [WL_HEADLINE_VERBS] = headline_verbs,
	[WL_PARTICLES] = particles,     [WL_RELATIVE] = relative,
};

/* The words head_of knows. */
static const struct head *const head_tables[] = { heads, more_heads, NULL };
static const char *const *const head_lists[] = { venue_heads, company_heads,
	                                         NULL };

/* The slot of word w: its own, or the free one where it would go. */
static struct word_slot *word_slot(const struct kg_words *ws, const char *w)
{
	uint64_t h = 0xcbf29ce484222325u;
	size_t i;

	for (const char *p = w; *p; p++) {
		h ^= (unsigned char)*p;
		h *= 0x100000001b3u;
	}
	for (i = (size_t)h & ws->mask;
	     ws->slots[i].word != NULL && strcmp(ws->slots[i].word, w) != 0;
	     i = (i + 1) & ws->mask)
		;
	return &ws->slots[i];
}

static struct word_slot *add_word(struct kg_words *ws, const char *w)
{
	struct word_slot *s = word_slot(ws, w);

	if (s->word == NULL) {
		int prefix = 0;

		s->word = w;
		s->head = (int8_t)head_of(w, &prefix);
		s->head_prefix = (uint8_t)prefix;
	}
	return s;
}

int kg_ingest__words_new(struct kg_words **out)
{
	struct kg_words *ws = calloc(1, sizeof(*ws));
	size_t n = 0, cap = 16, i, k;

	*out = NULL;
	if (ws == NULL)
		return KG_ENOMEM;
	for (i = 0; i < WL_COUNT; i++)
		for (k = 0; indexed[i][k]; k++)
			n++;
	for (i = 0; head_tables[i]; i++)
		for (k = 0; head_tables[i][k].word; k++)
			n++;
	for (i = 0; head_lists[i]; i++)
		for (k = 0; head_lists[i][k]; k++)
			n++;
	while (cap < 2 * n)
		cap *= 2;
	if ((ws->slots = calloc(cap, sizeof(*ws->slots))) == NULL) {
		free(ws);
		return KG_ENOMEM;
	}
	ws->mask = cap - 1;
	for (i = 0; i < WL_COUNT; i++)
		for (k = 0; indexed[i][k]; k++)
			add_word(ws, indexed[i][k])->lists |=
			        (uint16_t)(1u << i);
	for (i = 0; head_tables[i]; i++)
		for (k = 0; head_tables[i][k].word; k++)
			add_word(ws, head_tables[i][k].word);
	for (i = 0; head_lists[i]; i++)
		for (k = 0; head_lists[i][k]; k++)
			add_word(ws, head_lists[i][k]);
	*out = ws;
	return KG_OK;
}

void kg_ingest__words_free(struct kg_words *ws)
{
	if (ws == NULL)
		return;
	free(ws->slots);
	free(ws);
}

void kg_ingest__mark_words(struct kg_ingest *ing)
{
	for (size_t i = 0; i < ing->ntoks; i++) {
		struct tok *t = &ing->toks[i];
		const struct word_slot *s = word_slot(ing->words, t->norm);

		t->lists = s->word ? s->lists : 0;
		t->head = s->word ? s->head : -1;
		t->head_prefix = s->word ? s->head_prefix : 0;
	}
}
