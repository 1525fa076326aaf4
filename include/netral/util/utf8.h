/* UTF-8 text: what input may hold, and how wide it shows. */
#ifndef NETRAL_UTIL_UTF8_H
#define NETRAL_UTIL_UTF8_H

#include <stddef.h>

/* The offset of the first byte that is not valid UTF-8, or -1. */
long utf8_invalid_at(const char *s, size_t n);
/* The offset of the first control character (tab and line breaks
 * included), or -1: names and codes hold none. */
long control_at(const char *s);
/* Display width of UTF-8 text (code points; the tool prints no wide CJK). */
size_t utf8_width(const char *s);

/* Text for searching: ASCII letters in lower case, the accented Latin
 * letters (U+00C0 to U+017F) as their base letter in lower case, every
 * other byte as it is.  Writes at most n - 1 bytes and a NUL (folding never
 * lengthens); returns the length written. */
size_t utf8_fold(const char *s, char *out, size_t n);

#endif
