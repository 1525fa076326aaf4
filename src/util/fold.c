/* Text for matching: Unicode's case folding and normalisation, by GNU
 * libunistring, and the diacritics dropped (utf8.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <uninorm.h>
#include <unistr.h>

#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/strbuf.h"
#include "netral/util/utf8.h"

static int ascii_only(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= 0x80)
			return 0;
	return 1;
}

/* The accents of Latin, Greek and Cyrillic letters as decomposition leaves
 * them: the block of combining diacritical marks.  The marks of other
 * scripts (an Arabic vowel, a Devanagari sign) are part of their letters
 * and kept. */
static int diacritic(ucs4_t c)
{
	return c >= 0x300 && c <= 0x36f;
}

/* Drops the diacritics of decomposed text in place; the new length. */
static size_t undiacritic(uint8_t *s, size_t n)
{
	size_t m = 0;

	for (size_t i = 0; i < n;) {
		ucs4_t c;
		int k = u8_mbtouc(&c, s + i, n - i);

		if (!diacritic(c)) {
			memmove(s + m, s + i, (size_t)k);
			m += (size_t)k;
		}
		i += (size_t)k;
	}
	return m;
}

/* Folds the n bytes at s, of which some are not ASCII, onto sb. */
static void fold_unicode(struct strbuf *sb, const uint8_t *s, size_t n)
{
	uint8_t *d, *c;
	size_t m;

	/* folded and decomposed, compatibility forms as their letters (the
	 * ligature fi, a circled digit): the accents come apart to be dropped */
	d = xcheck(u8_casefold(s, n, NULL, UNINORM_NFKD, NULL, &m));
	m = undiacritic(d, m);
	/* composed again, so that text decomposed and composed alike is one
	 * key (a Hangul syllable, a kana with its voicing mark) */
	if (ascii_only(d, m)) {
		sb_putn(sb, (const char *)d, m);
	} else {
		c = xcheck(u8_normalize(UNINORM_NFC, d, m, NULL, &m));
		sb_putn(sb, (const char *)c, m);
		free(c);
	}
	free(d);
}

void utf8_fold_append(struct strbuf *sb, const char *s, size_t n)
{
	const uint8_t *in = (const uint8_t *)s;

	/* most text is ASCII, whose fold is its lower case: no library call
	 * and no allocation on the rows of an import */
	if (ascii_only(in, n)) {
		sb_grow(sb, n);
		for (size_t i = 0; i < n; i++)
			sb->buf[sb->len++] = (char)ascii_tolower(in[i]);
		sb->buf[sb->len] = '\0';
		return;
	}
	fold_unicode(sb, in, n);
}

size_t utf8_fold(const char *s, char *out, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	size_t m = 0, len = strlen(s);

	if (n == 0)
		return 0;
	if (ascii_only((const uint8_t *)s, len)) {
		for (; m < len && m + 1 < n; m++)
			out[m] = (char)ascii_tolower((unsigned char)s[m]);
		out[m] = '\0';
		return m;
	}
	fold_unicode(&sb, (const uint8_t *)s, len);
	m = sb.len;
	if (m >= n) {
		/* cut at a whole character */
		m = n - 1;
		while (m > 0 && ((unsigned char)sb.buf[m] & 0xc0) == 0x80)
			m--;
	}
	memcpy(out, sb_str(&sb), m);
	out[m] = '\0';
	sb_free(&sb);
	return m;
}
