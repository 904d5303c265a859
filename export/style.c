/* export/style.c - the look of each entity type and the DOT text encoding
 *
 * The table is the legend of docs/export.md: change both together.  Colours
 * are pastels so that black labels stay readable on every fill.
 */
#include <stdlib.h>
#include <string.h>

#include "export_int.h"

static const struct kg_export_style type_styles[KG_T_COUNT] = {
	[KG_T_PERSON] = { "ellipse", "#ffe0b2" }, /* light orange */
	[KG_T_ORG] = { "box", "#bbdefb" },        /* light blue */
	[KG_T_GPE] = { "house", "#c8e6c9" },      /* light green */
	[KG_T_LOC] = { "hexagon", "#dcedc8" },    /* pale lime */
	[KG_T_FACILITY] = { "box3d", "#d7ccc8" }, /* light taupe */
	[KG_T_EVENT] = { "octagon", "#f8bbd0" },  /* light pink */
	[KG_T_OFFICE] = { "note", "#e1bee7" },    /* lavender */
	[KG_T_TREATY] = { "folder", "#fff9c4" },  /* light yellow */
	[KG_T_ARTICLE] = { "tab", "#ffecb3" },    /* light amber */
	[KG_T_DATE] = { "plaintext", "#eceff1" }, /* blue-grey mist */
};

static const struct kg_export_style unknown_style = { "box", "#e0e0e0" };

const struct kg_export_style *kg_export__style(kg_type t)
{
	if ((unsigned)t >= (unsigned)KG_T_COUNT)
		return &unknown_style;
	return &type_styles[t];
}

static int is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

size_t kg_export__utf8_seq(const unsigned char *s)
{
	unsigned char c = s[0];
	unsigned char lo = 0x80, hi = 0xBF;
	size_t n, i;

	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4;
	else
		return 0;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	if (s[1] < lo || s[1] > hi)
		return 0;
	/* s[1] is not NUL here, so reading on stays inside the string */
	for (i = 2; i < n; i++)
		if (!is_cont(s[i]))
			return 0;
	return n;
}

char *kg_export__dot_text(const char *text)
{
	const unsigned char *s = (const unsigned char *)(text ? text : "");
	size_t len = strlen((const char *)s);
	char *out, *p;

	/* each byte grows to at most 2, plus a final space and the NUL */
	out = malloc(2 * len + 2);
	if (out == NULL)
		return NULL;
	p = out;
	while (*s) {
		size_t n = *s >= 0x80 ? kg_export__utf8_seq(s) : 0;

		if (n > 0) {
			memcpy(p, s, n);
			p += n;
			s += n;
		} else if (*s == '\\') {
			*p++ = '\\';
			*p++ = '\\';
			s++;
		} else if (*s == '\r' || *s == '\n') {
			*p++ = '\\';
			*p++ = 'n';
			s += (s[0] == '\r' && s[1] == '\n') ? 2 : 1;
		} else if (*s < 0x20 || *s == 0x7F) {
			*p++ = ' ';
			s++;
		} else {
			/* printable ASCII, or a byte that is not valid UTF-8 */
			*p++ = *s < 0x80 ? (char)*s : '?';
			s++;
		}
	}
	if (p > out && p[-1] == '\\')
		*p++ = ' ';
	*p = '\0';
	return out;
}
