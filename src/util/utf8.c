/* UTF-8: validation of input, and display width for tables; and ASCII
 * case comparison (ascii.h). */
#include <string.h>

#include "netral/util/ascii.h"
#include "netral/util/utf8.h"

long utf8_invalid_at(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned c = p[i];
		size_t k;
		unsigned min;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			k = 1;
			min = 0x80;
		} else if (c >= 0xe0 && c <= 0xef) {
			k = 2;
			min = 0x800;
		} else if (c >= 0xf0 && c <= 0xf4) {
			k = 3;
			min = 0x10000;
		} else {
			return (long)i;
		}
		{
			unsigned cp = c & (0x3f >> k);

			for (size_t j = 1; j <= k; j++) {
				if (i + j >= n || (p[i + j] & 0xc0) != 0x80)
					return (long)i;
				cp = cp << 6 | (p[i + j] & 0x3f);
			}
			if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
				return (long)i;
		}
		i += k + 1;
	}
	return -1;
}

size_t utf8_width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			w++;
	return w;
}

size_t ascii_decimal(char *out, size_t cap, long long v, int width)
{
	char tmp[24];
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	size_t n = 0, len;

	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	/* as printf: the width counts the sign */
	while ((int)n < width - (v < 0) && n < sizeof tmp - 1)
		tmp[n++] = '0';
	if (v < 0)
		tmp[n++] = '-';
	len = n < cap ? n : cap - 1;
	for (size_t i = 0; i < len; i++)
		out[i] = tmp[n - 1 - i];
	out[len] = '\0';
	return len;
}

int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int x = ascii_tolower((unsigned char)*a), y = ascii_tolower((unsigned char)*b);

		if (x != y || !x)
			return x - y;
	}
}

int ascii_ncasecmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		int x = ascii_tolower((unsigned char)*a), y = ascii_tolower((unsigned char)*b);

		if (x != y || !x)
			return x - y;
	}
	return 0;
}

unsigned long utf8_next(const char *s, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s;

	*len = 1;
	if (p[0] < 0x80)
		return p[0];
	if (utf8_invalid_at(s, strnlen(s, 4)) == 0)
		return UTF8_BAD;
	if (p[0] < 0xe0) {
		*len = 2;
		return (p[0] & 0x1fUL) << 6 | (p[1] & 0x3f);
	}
	if (p[0] < 0xf0) {
		*len = 3;
		return (p[0] & 0x0fUL) << 12 | (p[1] & 0x3fUL) << 6 | (p[2] & 0x3f);
	}
	*len = 4;
	return (p[0] & 0x07UL) << 18 | (p[1] & 0x3fUL) << 12 | (p[2] & 0x3fUL) << 6 | (p[3] & 0x3f);
}

int utf8_unsafe(unsigned long cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ||
	       cp == 0x061c ||                       /* Arabic letter mark */
	       (cp >= 0x200b && cp <= 0x200f) ||     /* zero-width, LRM, RLM */
	       (cp >= 0x2028 && cp <= 0x202e) ||     /* separators, embeddings */
	       (cp >= 0x2060 && cp <= 0x2064) ||     /* word joiner, invisible operators */
	       (cp >= 0x2066 && cp <= 0x2069) ||     /* isolates */
	       cp == 0xfeff;                         /* byte order mark */
}

int utf8_blank(unsigned long cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xa0 ||
	       (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}
