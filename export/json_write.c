/* export/json_write.c - JSON streamed out with cJSON 1.7's layout
 *
 * Exports of 300,000 facts used to build a cJSON tree per element and print
 * it; most of the time went to allocating, measuring and copying strings
 * that are written once.  The writer here prints the same bytes directly:
 * pretty output puts each object member on its own line, indented by one tab
 * per open object or array, as "key":<TAB>value, with ",\n" between
 * members; array elements are separated by ", " on one line.  Strings
 * escape '"', '\\' and the control bytes (\b \f \n \r \t by name, the others
 * as \u00xx); other bytes, UTF-8 included, are copied.
 */
#include <assert.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_int.h"

void kg_export__jw_init(struct kg_jsonw *w, FILE *f, int pretty)
{
	w->f = f;
	w->pretty = pretty;
	w->depth = 0;
	w->empty[0] = 1;
}

static void put_string(FILE *f, const char *s)
{
	const char *run = s;

	putc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		const char *esc;

		if (c >= 32 && c != '"' && c != '\\')
			continue;
		fwrite(run, 1, (size_t)(s - run), f);
		run = s + 1;
		switch (c) {
		case '"':
			esc = "\\\"";
			break;
		case '\\':
			esc = "\\\\";
			break;
		case '\b':
			esc = "\\b";
			break;
		case '\f':
			esc = "\\f";
			break;
		case '\n':
			esc = "\\n";
			break;
		case '\r':
			esc = "\\r";
			break;
		case '\t':
			esc = "\\t";
			break;
		default:
			esc = NULL;
			fprintf(f, "\\u%04x", c);
		}
		if (esc != NULL)
			fputs(esc, f);
	}
	fwrite(run, 1, (size_t)(s - run), f);
	putc('"', f);
}

static void indent(struct kg_jsonw *w, int n)
{
	while (n-- > 0)
		putc('\t', w->f);
}

/* What goes before a value: the separator from the previous member or
 * element, then, in an object, the indented key. */
static void before(struct kg_jsonw *w, const char *key)
{
	int first = w->empty[w->depth];

	w->empty[w->depth] = 0;
	if (key == NULL) {
		if (!first)
			fputs(w->pretty ? ", " : ",", w->f);
		return;
	}
	if (!first)
		putc(',', w->f);
	if (w->pretty) {
		putc('\n', w->f);
		indent(w, w->depth);
	}
	put_string(w->f, key);
	fputs(w->pretty ? ":\t" : ":", w->f);
}

void kg_export__jw_open(struct kg_jsonw *w, const char *key, char bracket)
{
	assert(bracket == '{' || bracket == '[');
	assert(w->depth + 1 < KG_JSONW_MAX_DEPTH);
	if (w->depth > 0)
		before(w, key);
	putc(bracket, w->f);
	w->empty[++w->depth] = 1;
}

void kg_export__jw_close(struct kg_jsonw *w, char bracket)
{
	assert(w->depth > 0);
	if (bracket == '}' && w->pretty) {
		/* cJSON opens an object with "{\n" even when it is empty */
		putc('\n', w->f);
		indent(w, w->depth - 1);
	}
	putc(bracket, w->f);
	w->depth--;
}

void kg_export__jw_str(struct kg_jsonw *w, const char *key, const char *s)
{
	before(w, key);
	if (s == NULL)
		fputs("null", w->f);
	else
		put_string(w->f, s);
}

/* As cJSON's print_number for the double v: integers that fit an int as
 * "%d", others with 15 significant digits, or 17 when 15 do not read back
 * as the same double. */
void kg_export__jw_num(struct kg_jsonw *w, const char *key, int64_t v)
{
	double d = (double)v;
	char buf[32];

	before(w, key);
	if (d > INT_MIN && d < INT_MAX) {
		fprintf(w->f, "%d", (int)v);
		return;
	}
	snprintf(buf, sizeof(buf), "%1.15g", d);
	if (strtod(buf, NULL) != d)
		snprintf(buf, sizeof(buf), "%1.17g", d);
	fputs(buf, w->f);
}

void kg_export__jw_bool(struct kg_jsonw *w, const char *key, int v)
{
	before(w, key);
	fputs(v ? "true" : "false", w->f);
}

int kg_export__json_done(FILE *f, const char *what, kg_err *err)
{
	if (fflush(f) != 0 || ferror(f))
		return kg_err_set(err, KG_EIO, "cannot write %s output", what);
	return KG_OK;
}
