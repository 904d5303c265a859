/* schema/text.c - name normalisation and UTF-8 validation
 *
 * kg_norm is the one definition of "the same name" used by the lexicon, the
 * extractor and the store, so that "U.S.", "US" and "u.s" meet.
 */
#include <stdint.h>
#include <string.h>

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

/* An ASCII letter or digit as kg_norm writes it (letters lower-cased), 0 for
 * every other byte. */
static const unsigned char alnum_norm[256] = {
	['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
	['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
	['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e',
	['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j',
	['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o',
	['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't',
	['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y',
	['z'] = 'z', ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd',
	['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i',
	['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
	['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's',
	['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x',
	['Y'] = 'y', ['Z'] = 'z'
};

/* kg_norm when out has room for all of s (n < cap): the output is never
 * longer than the input, so no byte needs a bounds check, and a run of
 * letters and digits is copied by a loop of its own.  Names and tokens
 * almost always fit; the output is the same byte for byte. */
static size_t norm_fits(char *out, const unsigned char *p, size_t n)
{
	const unsigned char *end = p + n;
	char *o = out;
	int space = 0, drop;

	while (p < end) {
		unsigned char c = *p, m = alnum_norm[c];
		size_t k;

		if (m) {
			if (space)
				*o++ = ' ';
			space = 0;
			for (;;) {
				*o++ = (char)m;
				if (++p == end)
					break;
				m = alnum_norm[*p];
				if (m == 0)
					break;
			}
			continue;
		}
		if (c == '.' || c == '\'') {
			p++;
			continue;
		}
		if (c < 0x80) {
			p++;
			space = o > out;
			continue;
		}
		if (c == 0xC3 && end - p > 1 && p[1] >= 0x80 && p[1] <= 0x9E &&
		    p[1] != 0x97) {
			/* Latin-1 capitals lower-cased too */
			if (space)
				*o++ = ' ';
			space = 0;
			*o++ = (char)0xC3;
			*o++ = (char)(p[1] + 0x20);
			p += 2;
			continue;
		}
		k = utf8_punct(p, (size_t)(end - p), &drop);
		if (k) {
			p += k;
			if (!drop)
				space = o > out;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = 0;
		*o++ = (char)c;
		p++;
	}
	*o = '\0';
	return (size_t)(o - out);
}

size_t kg_norm(char *out, size_t cap, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, len = 0;
	int space = 0;

	if (cap == 0)
		return 0;
	if (n < cap)
		return norm_fits(out, p, n);
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

#define ASCII7 0x7f7f7f7f7f7f7f7full /* the low 7 bits of 8 bytes */
#define HIGH 0x8080808080808080ull   /* their high bits */

int kg_utf8_valid(const char *s, size_t n, size_t *bad_offset)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned char c;
		size_t k, j;
		uint32_t cp;

		/* text is mostly ASCII: 8 bytes at a time while none has the
		 * high bit set or is NUL */
		while (n - i >= 8) {
			uint64_t x;

			memcpy(&x, p + i, 8);
			/* no carry crosses a byte once no high bit is set */
			if ((x & HIGH) != 0 || ((x + ASCII7) & HIGH) != HIGH)
				break;
			i += 8;
		}
		if (i == n)
			break;
		c = p[i];
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
