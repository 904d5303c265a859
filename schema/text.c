/* schema/text.c - name normalisation and UTF-8 validation
 *
 * kg_norm is the one definition of "the same name" used by the lexicon, the
 * extractor and the store, so that "U.S.", "US" and "u.s" meet.
 */
#include <stdint.h>

#include "kgraph/schema.h"

/* Length of a UTF-8 punctuation sequence at s that separates words (dashes,
 * quotes, no-break space, ellipsis), 0 if none.  *drop is set when it is an
 * apostrophe, which is removed rather than turned into a space. */
static size_t utf8_punct(const unsigned char *s, size_t n, int *drop)
{
	*drop = 0;
	if (n >= 2 && s[0] == 0xC2 &&
	    (s[1] == 0xA0 || s[1] == 0xAB || s[1] == 0xBB))
		return 2;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x80 &&
	    s[2] <= 0xBF) {
		*drop = (s[2] == 0x98 || s[2] == 0x99); /* left/right quote */
		return 3;
	}
	return 0;
}

size_t kg_norm(char *out, size_t cap, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, len = 0;
	int space = 0;

	if (cap == 0)
		return 0;
	while (i < n) {
		unsigned char c = p[i];
		size_t k;
		int drop;

		if (c == 0xC3 && i + 1 < n && p[i + 1] >= 0x80 &&
		    p[i + 1] <= 0x9E && p[i + 1] != 0x97) {
			/* Latin-1 capitals lower-cased too: "TROMSØ" is
			 * "tromsø" */
			if (space && len + 1 < cap)
				out[len++] = ' ';
			space = 0;
			if (len + 2 < cap) {
				out[len++] = (char)0xC3;
				out[len++] = (char)(p[i + 1] + 0x20);
			}
			i += 2;
			continue;
		}
		if (c >= 0x80) {
			k = utf8_punct(p + i, n - i, &drop);
			if (k) {
				i += k;
				if (!drop)
					space = len > 0;
				continue;
			}
		} else if (c == '.' || c == '\'') {
			i++;
			continue;
		} else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		             (c >= '0' && c <= '9'))) {
			i++;
			space = len > 0;
			continue;
		}
		if (space && len + 1 < cap)
			out[len++] = ' ';
		space = 0;
		if (len + 1 < cap)
			out[len++] =
			        (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
		i++;
	}
	out[len] = '\0';
	return len;
}

int kg_utf8_valid(const char *s, size_t n, size_t *bad_offset)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned char c = p[i];
		size_t k, j;
		uint32_t cp;

		if (c == 0)
			goto bad;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			k = 1;
			cp = c & 0x1Fu;
		} else if (c >= 0xE0 && c <= 0xEF) {
			k = 2;
			cp = c & 0x0Fu;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3;
			cp = c & 0x07u;
		} else {
			goto bad;
		}
		for (j = 1; j <= k; j++) {
			if (i + j >= n || (p[i + j] & 0xC0) != 0x80)
				goto bad;
			cp = (cp << 6) | (p[i + j] & 0x3Fu);
		}
		/* overlong, surrogate or out of range */
		if ((k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
			goto bad;
		i += k + 1;
	}
	return 1;
bad:
	if (bad_offset)
		*bad_offset = i;
	return 0;
}
