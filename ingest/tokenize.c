/* ingest/tokenize.c - tokens with byte offsets, and sentence boundaries
 *
 * One pass over the bytes.  Words keep internal periods ("U.S.", "a.m.")
 * and take a final period when they are a known abbreviation ("Gen.",
 * "Jan.", "Mr.") or an initial ("J."); hyphens and dashes are tokens of
 * their own so that "Trump-Putin" gives two names.  Sentences end at . ! ?
 * before a capital, a digit or a quote, at a blank line, and at a line
 * break after a short line (a headline).
 */
#include <string.h>

#include "ingest_int.h"

/* Abbreviations whose final period is part of the word (normalised). */
static const char *const abbrevs[] = {
	"mr",   "mrs",  "ms",  "dr",  "gen",    "sen",    "rep",  "gov",
	"lt",   "col",  "adm", "st",  "jr",     "sr",     "no",   "jan",
	"feb",  "mar",  "apr", "jun", "jul",    "aug",    "sep",  "sept",
	"oct",  "nov",  "dec", "inc", "ltd",    "co",     "corp", "vs",
	"prof", "capt", "sgt", "maj", "brig",   "cmdr",   "pres", "ft",
	"mt",   "gov",  "rev", "hon", "messrs", "approx", "est",  "dept",
	"univ", "fig",  "vol", "op",  "pp",     "rt",     NULL
};

static int is_abbrev(const char *norm)
{
	/* tested at every word before a period: the list's index (tag.c)
	 * rules out most words without a scan of the 55 */
	return kg_ingest__in_list(norm, abbrevs);
}

/* Length of the UTF-8 sequence at p (1 for ASCII or a stray byte). */
static size_t u8len(const unsigned char *p, size_t left)
{
	size_t k = 1;

	if (p[0] >= 0xF0)
		k = 4;
	else if (p[0] >= 0xE0)
		k = 3;
	else if (p[0] >= 0xC0)
		k = 2;
	return k <= left ? k : left;
}

/* Is the multibyte character at p punctuation (dashes, quotes, spaces)? */
static int u8punct(const unsigned char *p, size_t k)
{
	if (k == 2 && p[0] == 0xC2)
		return p[1] < 0xC0 && p[1] != 0xAA && p[1] != 0xB5 &&
		       p[1] != 0xBA;
	if (k == 3 && p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x81))
		return 1;
	if (k == 3 && p[0] == 0xE3 && p[1] == 0x80)
		return 1;
	return 0;
}

/* Upper-case test for the first letter of a word (ASCII, Latin-1,
 * Latin Extended-A even code points, Cyrillic and Greek capitals). */
static int u8upper(const unsigned char *p, size_t k)
{
	if (k == 1)
		return p[0] >= 'A' && p[0] <= 'Z';
	if (k == 2 && p[0] == 0xC3)
		return p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97;
	if (k == 2 && (p[0] == 0xC4 || p[0] == 0xC5))
		return (p[1] & 1) == 0;
	if (k == 2 && p[0] == 0xD0)
		return p[1] >= 0x80 && p[1] <= 0xAF;
	if (k == 2 && p[0] == 0xCE)
		return p[1] >= 0x91 && p[1] <= 0xA9;
	return 0;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

static int is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

/* Is a word character at p (ASCII alnum or a non-punctuation multibyte)? */
static size_t word_char(const unsigned char *p, size_t left)
{
	size_t k;

	if (p[0] < 0x80)
		return is_alnum(p[0]) ? 1 : 0;
	k = u8len(p, left);
	return u8punct(p, k) ? 0 : k;
}

static int
add_tok(struct kg_ingest *ing, size_t s, size_t e, int kind, unsigned flags)
{
	struct tok *t;

	/* the array is reused across documents: it rarely has to grow */
	if (ing->ntoks == ing->captoks &&
	    KG_GROW(ing->toks, ing->ntoks, ing->captoks))
		return KG_ENOMEM;
	t = &ing->toks[ing->ntoks++];
	memset(t, 0, sizeof(*t));
	t->norm = ""; /* finish_tok gives words and numbers theirs */
	t->start = (uint32_t)s;
	t->end = (uint32_t)e;
	t->kind = (uint16_t)kind;
	t->flags = (uint16_t)flags;
	return KG_OK;
}

/* Length of an apostrophe at j that is inside a word (a letter before and
 * after, and not the possessive "'s"), else 0. */
static size_t
inner_apostrophe(const unsigned char *p, size_t n, size_t j, int letters)
{
	size_t k = 0;

	if (p[j] == '\'')
		k = 1;
	else if (j + 2 < n && p[j] == 0xE2 && p[j + 1] == 0x80 &&
	         p[j + 2] == 0x99)
		k = 3;
	if (!k || !letters || j + k >= n || !word_char(p + j + k, n - j - k) ||
	    p[j + k] <= '9')
		return 0;
	if ((p[j + k] == 's' || p[j + k] == 'S') &&
	    (j + k + 1 >= n || !word_char(p + j + k + 1, n - j - k - 1)))
		return 0; /* "Russia's" */
	if ((p[j + k] == 't' || p[j + k] == 'd' || p[j + k] == 'm') &&
	    (j + k + 1 >= n || !word_char(p + j + k + 1, n - j - k - 1)))
		return 0; /* "didn't", "I'd" */
	return k;
}

/* What an ASCII byte is inside a word; 0 for one that is no word
 * character. */
enum { C_DIGIT = 1, C_UPPER = 2, C_LOWER = 4 };
static const unsigned char ascii_class[256] = {
	['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT,
	['4'] = C_DIGIT, ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT,
	['8'] = C_DIGIT, ['9'] = C_DIGIT, ['A'] = C_UPPER, ['B'] = C_UPPER,
	['C'] = C_UPPER, ['D'] = C_UPPER, ['E'] = C_UPPER, ['F'] = C_UPPER,
	['G'] = C_UPPER, ['H'] = C_UPPER, ['I'] = C_UPPER, ['J'] = C_UPPER,
	['K'] = C_UPPER, ['L'] = C_UPPER, ['M'] = C_UPPER, ['N'] = C_UPPER,
	['O'] = C_UPPER, ['P'] = C_UPPER, ['Q'] = C_UPPER, ['R'] = C_UPPER,
	['S'] = C_UPPER, ['T'] = C_UPPER, ['U'] = C_UPPER, ['V'] = C_UPPER,
	['W'] = C_UPPER, ['X'] = C_UPPER, ['Y'] = C_UPPER, ['Z'] = C_UPPER,
	['a'] = C_LOWER, ['b'] = C_LOWER, ['c'] = C_LOWER, ['d'] = C_LOWER,
	['e'] = C_LOWER, ['f'] = C_LOWER, ['g'] = C_LOWER, ['h'] = C_LOWER,
	['i'] = C_LOWER, ['j'] = C_LOWER, ['k'] = C_LOWER, ['l'] = C_LOWER,
	['m'] = C_LOWER, ['n'] = C_LOWER, ['o'] = C_LOWER, ['p'] = C_LOWER,
	['q'] = C_LOWER, ['r'] = C_LOWER, ['s'] = C_LOWER, ['t'] = C_LOWER,
	['u'] = C_LOWER, ['v'] = C_LOWER, ['w'] = C_LOWER, ['x'] = C_LOWER,
	['y'] = C_LOWER, ['z'] = C_LOWER
};

/* Scan a word starting at i; returns its end and sets flags.  ASCII
 * letters and digits, most of the bytes, take the class table. */
static size_t
scan_word(const unsigned char *p, size_t n, size_t i, unsigned *flags)
{
	size_t j = i, k;
	unsigned upper = 0, seen = 0; /* capitals; the C_* classes met */
	int letters;

	while (j < n) {
		unsigned cls = ascii_class[p[j]];

		if (cls) {
			upper += (cls >> 1) & 1; /* C_UPPER */
			seen |= cls;
			j++;
			continue;
		}
		k = p[j] < 0x80 ? 0 : word_char(p + j, n - j);
		if (k) {
			if (u8upper(p + j, k)) {
				upper++;
				seen |= C_UPPER;
			} else {
				seen |= C_LOWER;
			}
			j += k;
			continue;
		}
		letters = (seen & (C_UPPER | C_LOWER)) != 0;
		/* internal period (U.S.) or apostrophe (O'Brien) */
		if (j + 1 < n && p[j] == '.' &&
		    word_char(p + j + 1, n - j - 1) && letters &&
		    p[j + 1] > '9')
			j++;
		else if ((k = inner_apostrophe(p, n, j, letters)) != 0)
			j += k; /* O'Brien, Nuku'alofa, Mata'afa */
		else
			break;
	}
	if (u8upper(p + i, u8len(p + i, n - i)))
		*flags |= TF_CAP;
	if (upper >= 2 && !(seen & C_LOWER))
		*flags |= TF_ALLCAPS;
	return j;
}

/* Normalise word or number token t and attach its single-word lexicon
 * classes. */
static int finish_tok(struct kg_ingest *ing, struct tok *t)
{
	const char *s = ing->in->text + t->start;
	size_t n = t->end - t->start, m, i, cap;
	const kg_lex_entry *e;
	char *norm;

	/* "H.E." is "His Excellency", not the pronoun its letters spell */
	if ((n == 4 && !memcmp(s, "H.E.", 4)) ||
	    (n == 3 && !memcmp(s, "H.E", 3))) {
		norm = kg_ingest__strndup(&ing->arena, "his excellency", 14);
		if (norm == NULL)
			return KG_ENOMEM;
	} else {
		/* normalised in place in the arena: kg_norm never lengthens,
		 * and a norm is cut at 255 bytes */
		cap = n < 255 ? n + 1 : 256;
		norm = kg_ingest__reserve(&ing->arena, cap);
		if (norm == NULL)
			return KG_ENOMEM;
		m = kg_norm(norm, cap, s, n);
		kg_ingest__commit(&ing->arena, m + 1);
	}
	t->norm = norm;
	m = kg_lexicon_next(ing->lx, &t->lex, norm, &e, NULL);
	for (i = 0; i < m; i++) {
		if (e[i].kind != KG_LEX_WORD)
			continue;
		t->wflags |= e[i].flags;
		if (e[i].month)
			t->wvalue = e[i].month;
	}
	return KG_OK;
}

static int tokenize_words(struct kg_ingest *ing)
{
	const unsigned char *p = (const unsigned char *)ing->in->text;
	size_t n = ing->in->len, i = 0;
	unsigned pending = 0;

	while (i < n) {
		unsigned flags = pending;
		size_t k, j;

		if (is_space(p[i])) {
			pending |= TF_SPACE;
			if (p[i] == '\n')
				pending |= (pending & TF_NL) ? TF_PARA : TF_NL;
			i++;
			continue;
		}
		k = u8len(p + i, n - i);
		if (word_char(p + i, n - i)) {
			int kind =
			        (p[i] >= '0' && p[i] <= '9') ? TK_NUM : TK_WORD;

			j = scan_word(p, n, i, &flags);
			if (kind == TK_NUM && (flags & TF_CAP) == 0) {
				/* "15th", "1,000", "3.5" */
				while (j + 1 < n &&
				       (p[j] == ',' || p[j] == '.') &&
				       p[j + 1] >= '0' && p[j + 1] <= '9')
					j = scan_word(p, n, j + 1, &flags);
				if (p[j - 1] > '9')
					flags |= TF_ORD;
			}
			/* normalised and looked up now, while the bytes and
			 * the token are in cache */
			if (add_tok(ing, i, j, kind, flags) ||
			    finish_tok(ing, &ing->toks[ing->ntoks - 1]))
				return KG_ENOMEM;
			i = j;
		} else if (p[i] == '\'' ||
		           (k == 3 && p[i] == 0xE2 && p[i + 1] == 0x80 &&
		            p[i + 2] == 0x99)) {
			/* possessive 's after a word */
			if (i + k < n && (p[i + k] == 's' || p[i + k] == 'S') &&
			    (i + k + 1 >= n ||
			     !word_char(p + i + k + 1, n - i - k - 1)) &&
			    ing->ntoks && !(flags & TF_SPACE)) {
				if (add_tok(ing, i, i + k + 1, TK_PUNCT,
				            flags | TF_POSS))
					return KG_ENOMEM;
				i += k + 1;
			} else {
				if (add_tok(ing, i, i + k, TK_PUNCT, flags))
					return KG_ENOMEM;
				i += k;
			}
		} else {
			unsigned f = flags;

			if (p[i] == '-' ||
			    (k == 3 && p[i] == 0xE2 && p[i + 1] == 0x80 &&
			     (p[i + 2] == 0x90 || p[i + 2] == 0x91 ||
			      p[i + 2] == 0x93)))
				f |= TF_DASH;
			if ((f & TF_DASH) && !(f & TF_SPACE) && i + k < n &&
			    !is_space(p[i + k]))
				f |= TF_JOIN;
			if (add_tok(ing, i, i + k, TK_PUNCT, f))
				return KG_ENOMEM;
			i += k;
		}
		pending = 0;
	}
	return KG_OK;
}

/* Give abbreviations and initials their final period ("Gen." "J." "U.S."),
 * compacting the token array in one pass. */
static void attach_periods(struct kg_ingest *ing)
{
	const char *text = ing->in->text;
	size_t r, w = 0;

	for (r = 0; r < ing->ntoks; r++) {
		struct tok *t = &ing->toks[r];

		if (w != r)
			ing->toks[w] = *t;
		w++;
		if (r + 1 < ing->ntoks && t->kind == TK_WORD) {
			struct tok *d = &ing->toks[r + 1],
			           *o = &ing->toks[w - 1];
			size_t len = t->end - t->start;
			int internal =
			        memchr(text + t->start, '.', len) != NULL;

			if (d->kind != TK_PUNCT || text[d->start] != '.' ||
			    (d->flags & TF_SPACE))
				continue;
			if (len == 1 && (t->flags & TF_CAP))
				o->flags |= TF_INITIAL;
			else if (!internal && !is_abbrev(t->norm))
				continue;
			o->end = d->end;
			o->flags |= TF_ABBR;
			r++; /* the period is now part of the word */
		}
	}
	ing->ntoks = w;
}

/* strchr(set, c) != NULL (so a NUL byte is in every set), inlined: the
 * sets are short constants, tested a few times per token. */
static inline int in_set(const char *set, char c)
{
	for (;; set++) {
		if (*set == c)
			return 1;
		if (*set == '\0')
			return 0;
	}
}

static int
is_mark(const struct kg_ingest *ing, const struct tok *t, const char *marks)
{
	return t->kind == TK_PUNCT && t->end - t->start == 1 &&
	       in_set(marks, ing->in->text[t->start]);
}

/* Does t mark an item of a list: "- Edi Rama, Prime Minister of
 * Albania", "• ...", "* ..."? */
static int list_mark(const struct kg_ingest *ing, const struct tok *t)
{
	const unsigned char *p =
	        (const unsigned char *)ing->in->text + t->start;

	return t->kind == TK_PUNCT &&
	       ((t->end - t->start == 1 && in_set("-*", (char)p[0])) ||
	        (t->end - t->start == 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	         (p[2] == 0xa2 || p[2] == 0x93))); /* bullet, en dash */
}

/* Is t a closing quote or bracket: " ' ) ] or a right curly quote? */
static int closing(const struct kg_ingest *ing, const struct tok *t)
{
	const unsigned char *p =
	        (const unsigned char *)ing->in->text + t->start;

	return is_mark(ing, t, "\"')]") ||
	       (t->kind == TK_PUNCT && t->end - t->start == 3 && p[0] == 0xe2 &&
	        p[1] == 0x80 && (p[2] == 0x9d || p[2] == 0x99));
}

/* Does a sentence end after token i? */
static int ends_after(const struct kg_ingest *ing, size_t i, size_t line0)
{
	const struct tok *t = &ing->toks[i], *nx;
	const char *text = ing->in->text;

	if (i + 1 >= ing->ntoks)
		return 1;
	nx = &ing->toks[i + 1];
	if (nx->flags & TF_PARA)
		return 1;
	/* (the flags are tested before the marks, which is cheaper) */
	if (!(nx->flags & TF_SPACE) &&
	    (is_mark(ing, nx, "\"')*]") || closing(ing, nx)))
		return 0; /* closing marks stay with this sentence */
	if (is_mark(ing, t, ".!?")) {
		if (nx->flags & TF_NL)
			return 1;
		return (nx->flags & TF_CAP) || nx->kind == TK_NUM ||
		       is_mark(ing, nx, "\"'(*") ||
		       (nx->kind == TK_PUNCT &&
		        (unsigned char)text[nx->start] >= 0x80);
	}
	/* "... the world." Lula replied: a stop inside closing marks */
	if (i > 0 && (nx->flags & TF_SPACE) &&
	    ((nx->flags & TF_CAP) || nx->kind == TK_NUM) && closing(ing, t) &&
	    is_mark(ing, &ing->toks[i - 1], ".!?"))
		return 1;
	if ((t->flags & TF_ABBR) && (nx->flags & TF_CAP) &&
	    memchr(text + t->start, '.', t->end - t->start - 1) != NULL &&
	    (nx->wflags & KG_W_NOT_NAME))
		return 1; /* "... in the U.S. The next day" */
	/* "shortly before 10 a.m. Bolivia became ...": a time ends the
	 * sentence unless a day or a zone follows ("10 a.m. Monday",
	 * "9 a.m. GMT", "8 p.m. Eastern") */
	if ((t->flags & TF_ABBR) && (nx->flags & TF_CAP) &&
	    (!strcmp(t->norm, "am") || !strcmp(t->norm, "pm")) &&
	    !(nx->wflags & (KG_W_MONTH | KG_W_WEEKDAY)) &&
	    !(nx->flags & TF_ALLCAPS) && strcmp(nx->norm, "eastern") &&
	    strcmp(nx->norm, "central") && strcmp(nx->norm, "pacific") &&
	    strcmp(nx->norm, "local"))
		return 1;
	if (nx->flags & TF_NL) {
		/* a line break: the end of a short line (a headline), or
		 * after a colon or a closing mark, or before a list item */
		if (is_mark(ing, t, ":*") || list_mark(ing, nx))
			return 1;
		if (t->end - line0 < 70 && t->kind != TK_PUNCT)
			return 1;
	}
	return 0;
}

/* Mostly capitalised words and no final stop: a headline or heading. */
static int is_headline(const struct kg_ingest *ing, const struct sent *s)
{
	size_t i, caps = 0, words = 0;

	for (i = s->t0; i < s->t1; i++) {
		const struct tok *t = &ing->toks[i];

		if (t->kind != TK_WORD || t->end - t->start < 4)
			continue;
		words++;
		caps += (t->flags & TF_CAP) != 0;
	}
	if (list_mark(ing, &ing->toks[s->t0]))
		return 0; /* an item of a list, not a heading */
	i = s->t1;
	while (i > s->t0 && is_mark(ing, &ing->toks[i - 1], "*\"')"))
		i--;
	if (i > s->t0 && (is_mark(ing, &ing->toks[i - 1], ".!?") ||
	                  !strcmp(ing->toks[i - 1].norm, "am") ||
	                  !strcmp(ing->toks[i - 1].norm, "pm")))
		return 0; /* "... before 10 a.m." ends with a stop too */
	return words >= 2 && caps * 10 >= words * 7;
}

static int split_sentences(struct kg_ingest *ing)
{
	size_t i, t0 = 0, line0 = 0;

	for (i = 0; i < ing->ntoks; i++) {
		struct sent *s;

		if (ing->toks[i].flags & TF_NL)
			line0 = ing->toks[i].start;
		if (!ends_after(ing, i, line0))
			continue;
		if (KG_GROW(ing->sents, ing->nsents, ing->capsents))
			return KG_ENOMEM;
		s = &ing->sents[ing->nsents++];
		s->t0 = t0;
		s->t1 = i + 1;
		s->start = ing->toks[t0].start;
		s->end = ing->toks[i].end;
		s->headline = is_headline(ing, s);
		s->item = list_mark(ing, &ing->toks[t0]);
		t0 = i + 1;
	}
	return KG_OK;
}

int kg_ingest__tokenize(struct kg_ingest *ing)
{
	int rc;

	ing->ntoks = ing->nsents = 0;
	if ((rc = tokenize_words(ing)) != KG_OK)
		return rc;
	attach_periods(ing);
	return split_sentences(ing);
}
