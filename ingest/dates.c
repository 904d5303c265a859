/* ingest/dates.c - date expressions, resolved against the article's date
 *
 * Absolute: "August 15th", "Aug. 15, 2025", "15 August 2025", "11-12 July
 * 2023" (a range gives its first day), "December 2022", "in 2019".
 * Relative to the published date (or --date): "today", "yesterday", "on
 * Friday", "last month", "next year", "in February".  The value is ISO 8601
 * as far as it is known ("2025-08-15", "2025-08", "2025", "--08-15" for a
 * day without a year) or the words themselves when nothing anchors them.
 */
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"

static const char *const month_names[13] = { "",          "January", "February",
	                                     "March",     "April",   "May",
	                                     "June",      "July",    "August",
	                                     "September", "October", "November",
	                                     "December" };

static int tok_month(const struct tok *t)
{
	if ((t->wflags & KG_W_MONTH) && (t->flags & TF_CAP) && t->wvalue >= 1 &&
	    t->wvalue <= 12)
		return t->wvalue;
	return 0;
}

/* Value of a number token ("15", "15th", "2025"); -1 when not one. */
static long tok_num(const struct tok *t)
{
	const char *s = t->norm;
	long v = 0;
	size_t i;

	if (t->kind != TK_NUM)
		return -1;
	for (i = 0; s[i] >= '0' && s[i] <= '9'; i++) {
		v = v * 10 + (s[i] - '0');
		if (v > 100000)
			return -1;
	}
	if (s[i] && strcmp(s + i, "th") && strcmp(s + i, "st") &&
	    strcmp(s + i, "nd") && strcmp(s + i, "rd"))
		return -1;
	return i ? v : -1;
}

static int is_day(long v)
{
	return v >= 1 && v <= 31;
}

static int is_year(const struct tok *t, long v)
{
	return v >= 1900 && v <= 2099 && !(t->flags & TF_ORD) &&
	       t->end - t->start == 4;
}

static int is_word(const struct tok *t, const char *w)
{
	return strcmp(t->norm, w) == 0;
}

/* Skip a day range "-17", "–12", "to 21", "and 25" after a day. */
static size_t skip_range(const struct kg_ingest *ing, size_t i, size_t end)
{
	const struct tok *t = ing->toks;

	if (i + 1 < end &&
	    ((t[i].flags & TF_DASH) || is_word(&t[i], "to") ||
	     is_word(&t[i], "and")) &&
	    is_day(tok_num(&t[i + 1])) &&
	    !is_year(&t[i + 1], tok_num(&t[i + 1])))
		return i + 2;
	return i;
}

static int is_mark_comma(const struct kg_ingest *ing, size_t i)
{
	const struct tok *t = &ing->toks[i];

	return t->kind == TK_PUNCT && ing->in->text[t->start] == ',';
}

static int days_in(int y, int m)
{
	static const int dm[13] = { 0,  31, 28, 31, 30, 31, 30,
		                    31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : dm[m];
}

/* Move y-m-d by delta days (|delta| < 28). */
static void add_days(int *y, int *m, int *d, int delta)
{
	*d += delta;
	while (*d < 1) {
		if (--*m < 1)
			*m = 12, --*y;
		*d += days_in(*y, *m);
	}
	while (*d > days_in(*y, *m)) {
		*d -= days_in(*y, *m);
		if (++*m > 12)
			*m = 1, ++*y;
	}
}

/* Day of week, 1 = Monday .. 7 = Sunday (Sakamoto). */
static int weekday(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
	int w;

	if (m < 3)
		y--;
	w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; /* 0 = Sun */
	return w == 0 ? 7 : w;
}

static void render(struct kg_ingest *ing, struct date_val *dv)
{
	if (dv->y && dv->m && dv->d)
		dv->text = kg_ingest__printf(&ing->arena, "%04d-%02d-%02d",
		                             dv->y, dv->m, dv->d);
	else if (dv->y && dv->m)
		dv->text = kg_ingest__printf(&ing->arena, "%04d-%02d", dv->y,
		                             dv->m);
	else if (dv->m && dv->d)
		dv->text = kg_ingest__printf(&ing->arena, "--%02d-%02d", dv->m,
		                             dv->d);
	else if (dv->y)
		dv->text = kg_ingest__printf(&ing->arena, "%04d", dv->y);
	else if (dv->m)
		dv->text = month_names[dv->m];
}

/* Under a dateline with a day and month but no year, a weekday cannot be
 * computed.  Wire copy reports the dateline's day in its lede ("THE HAGUE,
 * June 25 - Leaders wrapped up a summit on Wednesday"), so the first
 * weekday of the first two sentences is taken to name the dateline's day,
 * and the same weekday later too.  Other weekdays stay unplaced: counting
 * back from the lede's placed "On Thursday" after a Wednesday dateline a
 * week early. */
static size_t yearless(struct kg_ingest *ing,
                       const struct sent *s,
                       size_t i,
                       struct date_val *dv)
{
	const struct tok *t = &ing->toks[i];
	int y = 2001, m = ing->anchor_m, d = ing->anchor_d; /* not leap */
	int delta;

	if (!m || !d)
		return 0;
	if (is_word(t, "today") || is_word(t, "yesterday") ||
	    is_word(t, "tomorrow"))
		delta = is_word(t, "today")       ? 0
		        : is_word(t, "yesterday") ? -1
		                                  : 1;
	else if ((t->wflags & KG_W_WEEKDAY) && (t->flags & TF_CAP) &&
	         t->wvalue) {
		if (!ing->anchor_wd && s < ing->sents + 2)
			ing->anchor_wd = t->wvalue;
		if (ing->anchor_wd != t->wvalue)
			return 0;
		delta = 0;
	} else
		return 0;
	add_days(&y, &m, &d, delta);
	dv->m = m, dv->d = d;
	return 1;
}

/* Does sentence s speak of what is to come: "will", "is expected to",
 * "leaves for", "flies on to"? */
static int told_as_future(const struct kg_ingest *ing, const struct sent *s)
{
	static const char *const words[] = { "will",    "expected", "scheduled",
		                             "due",     "leaves",   "plans",
		                             "planned", "upcoming", "flies",
		                             "travels", NULL };
	size_t i;

	for (i = s->t0; i < s->t1 && i < ing->ntoks; i++)
		if (ing->toks[i].kind == TK_WORD &&
		    kg_ingest__in_list(ing->toks[i].norm, words))
			return 1;
	return 0;
}

/* "today", "yesterday", "tomorrow", weekdays, "last/next month/year". */
static size_t relative_at(struct kg_ingest *ing,
                          const struct sent *s,
                          size_t i,
                          size_t end,
                          struct date_val *dv)
{
	const struct tok *t = &ing->toks[i];
	int y = ing->anchor_y, m = ing->anchor_m, d = ing->anchor_d;

	if (!y)
		return yearless(ing, s, i, dv);
	/* "this morning", "this evening": today; "last night": yesterday */
	if (i + 1 < end && is_word(t, "this") &&
	    (is_word(&t[1], "morning") || is_word(&t[1], "afternoon") ||
	     is_word(&t[1], "evening"))) {
		dv->y = y, dv->m = m, dv->d = d;
		return 2;
	}
	if (i + 1 < end && is_word(t, "last") && is_word(&t[1], "night")) {
		add_days(&y, &m, &d, -1);
		dv->y = y, dv->m = m, dv->d = d;
		return 2;
	}
	if (is_word(t, "today") || is_word(t, "yesterday") ||
	    is_word(t, "tomorrow") || is_word(t, "tonight")) {
		add_days(&y, &m, &d,
		         is_word(t, "today") || is_word(t, "tonight") ? 0
		         : is_word(t, "yesterday")                    ? -1
		                                                      : 1);
		dv->y = y, dv->m = m, dv->d = d;
		return 1;
	}
	if ((t->wflags & KG_W_WEEKDAY) && (t->flags & TF_CAP) && t->wvalue) {
		int back = (weekday(y, m, d) - t->wvalue + 7) % 7;

		/* "Trump leaves for South Korea on Wednesday" after a Tuesday
		 * dateline: the Wednesday to come */
		if (i > s->t0 && is_word(&t[-1], "last"))
			back = back ? back : 7;
		else if (back && ((i > s->t0 && is_word(&t[-1], "next")) ||
		                  told_as_future(ing, s)))
			back -= 7;
		add_days(&y, &m, &d, -back);
		dv->y = y, dv->m = m, dv->d = d;
		return 1;
	}
	if (i + 1 < end && (is_word(t, "last") || is_word(t, "next"))) {
		int step = is_word(t, "last") ? -1 : 1;

		if (is_word(&t[1], "month")) {
			m += step;
			if (m < 1)
				m = 12, y--;
			if (m > 12)
				m = 1, y++;
			dv->y = y, dv->m = m;
			return 2;
		}
		if (is_word(&t[1], "year")) {
			dv->y = y + step;
			return 2;
		}
	}
	return 0;
}

/* "20/09/2023", "04.04.2023": day first, as most of the world writes it,
 * unless the second number cannot be a month ("9/20/2023"); "2024-06-04"
 * (ISO 8601).  Returns the tokens used, 0 when none. */
static size_t
numeric_at(struct kg_ingest *ing, size_t i, size_t end, struct date_val *dv)
{
	const struct tok *t = &ing->toks[i];
	const char *text = ing->in->text;
	size_t len = t->end - t->start, used;
	long a, b, y;
	int iso = 0;

	if (t->kind != TK_NUM)
		return 0;
	if (len == 10 && text[t->start + 2] == '.' &&
	    text[t->start + 5] == '.') {
		char buf[11];

		memcpy(buf, text + t->start, 10);
		buf[10] = '\0';
		buf[2] = buf[5] = '\0';
		a = strtol(buf, NULL, 10);
		b = strtol(buf + 3, NULL, 10);
		y = strtol(buf + 6, NULL, 10);
		used = 1;
	} else if (i + 4 < end && text[t[1].start] == '/' &&
	           t[1].kind == TK_PUNCT && t[3].kind == TK_PUNCT &&
	           text[t[3].start] == '/' && is_year(&t[4], tok_num(&t[4]))) {
		a = tok_num(t);
		b = tok_num(&t[2]);
		y = tok_num(&t[4]);
		used = 5;
	} else if (i + 4 < end && is_year(t, tok_num(t)) &&
	           t[1].kind == TK_PUNCT && text[t[1].start] == '-' &&
	           t[2].kind == TK_NUM && t[3].kind == TK_PUNCT &&
	           text[t[3].start] == '-' && t[4].kind == TK_NUM &&
	           t[2].end - t[2].start == 2 && t[4].end - t[4].start == 2) {
		/* ISO 8601, "2024-06-04": year first, then month */
		y = tok_num(t);
		b = tok_num(&t[2]);
		a = tok_num(&t[4]);
		used = 5;
		iso = 1;
	} else {
		return 0;
	}
	if (b > 12 && a <= 12 && !iso) {
		long x = a;

		a = b, b = x;
	}
	if (y < 1900 || y > 2099 || b < 1 || b > 12 || !is_day(a))
		return 0;
	dv->y = (int)y, dv->m = (int)b, dv->d = (int)a;
	return used;
}

size_t kg_ingest__date_at(struct kg_ingest *ing,
                          const struct sent *s,
                          size_t i,
                          struct date_val *dv)
{
	const struct tok *t = ing->toks;
	size_t end = s->t1, j = i;
	long v;
	int mo;

	memset(dv, 0, sizeof(*dv));
	dv->t0 = i;
	if ((j = numeric_at(ing, i, end, dv)) != 0) {
		j += i;
	} else if ((mo = tok_month(&t[i])) != 0) {
		/* Month [day[-day]] [,] [year] */
		dv->m = mo;
		j = i + 1;
		if (j < end && is_day(v = tok_num(&t[j])) &&
		    !is_year(&t[j], v)) {
			dv->d = (int)v;
			j = skip_range(ing, j + 1, end);
		}
		if (j + 1 < end && is_mark_comma(ing, j) &&
		    is_year(&t[j + 1], tok_num(&t[j + 1])))
			j++;
		if (j < end && is_year(&t[j], v = tok_num(&t[j]))) {
			dv->y = (int)v;
			j++;
		}
	} else if (is_day(v = tok_num(&t[i])) && !is_year(&t[i], v)) {
		/* day [-day | to day] Month [year] */
		j = skip_range(ing, i + 1, end);
		if (j >= end || (mo = tok_month(&t[j])) == 0)
			return 0;
		dv->d = (int)v, dv->m = mo;
		j++;
		if (j < end && is_year(&t[j], v = tok_num(&t[j]))) {
			dv->y = (int)v;
			j++;
		}
	} else if (is_year(&t[i], v = tok_num(&t[i]))) {
		dv->y = (int)v;
		j = i + 1;
	} else if ((j = relative_at(ing, s, i, end, dv)) != 0) {
		j += i;
	} else {
		return 0;
	}
	if (dv->m && !dv->y && ing->anchor_y) {
		/* a month without a year: the latest one not after the
		 * article, unless the sentence speaks of the future */
		int future = told_as_future(ing, s);

		dv->y = ing->anchor_y;
		if (!dv->d && dv->m > ing->anchor_m && !future)
			dv->y--;
		/* "will host the next summit in March", told in July */
		if (!dv->d && dv->m < ing->anchor_m && future)
			dv->y++;
	}
	if (dv->d && dv->m && dv->d > days_in(dv->y ? dv->y : 2000, dv->m))
		return 0;
	dv->t1 = j;
	render(ing, dv);
	return dv->text ? j - i : 0;
}
