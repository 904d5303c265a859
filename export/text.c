/* export/text.c - text encoders for the XML, RDF and CSV writers
 *
 * Each format has its own rule for what must be escaped; they are all here
 * so the rules sit side by side (docs/export.md has the table).  Input is
 * UTF-8 as the store holds it; a byte that is not valid UTF-8 (which ingest
 * never stores) is dropped in XML and becomes U+FFFD elsewhere.
 */
#include <stdio.h>
#include <string.h>

#include "export_int.h"

/* The code point of the UTF-8 sequence of n bytes at s. */
static unsigned long code_point(const unsigned char *s, size_t n)
{
	unsigned long c = s[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
	size_t i;

	for (i = 1; i < n; i++)
		c = (c << 6) | (s[i] & 0x3F);
	return c;
}

int kg_export__xml(FILE *f, const char *text)
{
	const unsigned char *s = (const unsigned char *)(text ? text : "");

	while (*s) {
		size_t n = *s >= 0x80 ? kg_export__utf8_seq(s) : 1;
		const char *rep = NULL;

		switch (*s) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&apos;";
			break;
		case '\t':
			rep = "&#9;";
			break;
		case '\n':
			rep = "&#10;";
			break;
		case '\r':
			rep = "&#13;";
			break;
		default:
			break;
		}
		if (rep != NULL) {
			fputs(rep, f);
		} else if (n == 0) {
			n = 1; /* not UTF-8: dropped */
		} else if (n == 1 && *s < 0x20) {
			/* a C0 control: not allowed in XML 1.0, dropped */
		} else if (n == 3 && code_point(s, 3) >= 0xFFFE) {
			/* U+FFFE, U+FFFF: not XML characters, dropped */
		} else {
			fwrite(s, 1, n, f);
		}
		s += n;
	}
	return ferror(f) ? -1 : 0;
}

int kg_export__rdf_literal(FILE *f, const char *text)
{
	const unsigned char *s = (const unsigned char *)(text ? text : "");

	fputc('"', f);
	while (*s) {
		size_t n = *s >= 0x80 ? kg_export__utf8_seq(s) : 1;

		if (n == 0) {
			fputs("\\uFFFD", f);
			n = 1;
		} else if (*s == '"' || *s == '\\') {
			fputc('\\', f);
			fputc(*s, f);
		} else if (*s == '\n') {
			fputs("\\n", f);
		} else if (*s == '\r') {
			fputs("\\r", f);
		} else if (*s == '\t') {
			fputs("\\t", f);
		} else if (*s < 0x20 || *s == 0x7F) {
			fprintf(f, "\\u%04X", (unsigned)*s);
		} else {
			fwrite(s, 1, n, f);
		}
		s += n;
	}
	fputc('"', f);
	return ferror(f) ? -1 : 0;
}

static int iri_plain(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
	       c == '~' || c == ':';
}

int kg_export__iri(FILE *f, const char *base, const char *local)
{
	const unsigned char *s = (const unsigned char *)(local ? local : "");

	fputc('<', f);
	fputs(base, f);
	for (; *s; s++) {
		if (iri_plain(*s))
			fputc(*s, f);
		else
			fprintf(f, "%%%02X", (unsigned)*s);
	}
	fputc('>', f);
	return ferror(f) ? -1 : 0;
}

int kg_export__csv(FILE *f, const char *text)
{
	const char *s = text ? text : "";

	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
	return ferror(f) ? -1 : 0;
}
