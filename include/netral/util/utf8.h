/* UTF-8 text: what input may hold, and how wide it shows. */
#ifndef NETRAL_UTIL_UTF8_H
#define NETRAL_UTIL_UTF8_H

#include <stddef.h>

/* The offset of the first byte that is not valid UTF-8, or -1. */
long utf8_invalid_at(const char *s, size_t n);
/* Display width of UTF-8 text (code points; the tool prints no wide CJK). */
size_t utf8_width(const char *s);

/* Text for matching, in any letter case and spelling (fold.c): Unicode's
 * case folding (ß is ss, a final sigma is σ), compatibility forms as their
 * letters (the ligature ﬁ is fi), composed and decomposed text alike, and
 * the diacritics of Latin, Greek and Cyrillic letters dropped (é is e; a
 * letter with a stroke, ø or ł, is a letter of its own).  The n bytes at
 * s, folded, appended to sb.  Folding may lengthen. */
struct strbuf;
void utf8_fold_append(struct strbuf *sb, const char *s, size_t n);
/* The same of a string, into out: at most n - 1 bytes, cut at a whole
 * character, and a NUL; returns the length written. */
size_t utf8_fold(const char *s, char *out, size_t n);

/* The code point at s, its bytes into *len; UTF8_BAD (len 1) for a byte
 * that does not begin valid UTF-8.  s is not empty. */
#define UTF8_BAD 0xffffffffUL
unsigned long utf8_next(const char *s, size_t *len);

/* A code point that acts on a terminal or hides in text: C0 and C1
 * controls, DEL, the bidirectional controls, zero-width spaces and
 * joiners, the word joiner, a byte order mark.  No text field holds one. */
int utf8_unsafe(unsigned long cp);

/* A blank a name may be typed with: a space, a tab, a line break, a
 * no-break, thin or ideographic space... */
int utf8_blank(unsigned long cp);

#endif
