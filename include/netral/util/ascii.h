/* Letter case and character classes of ASCII, whatever the locale: codes
 * and spellings are compared the same way in a Turkish locale (where the
 * C library upper-cases 'i' to a dotted capital) as anywhere else. */
#ifndef NETRAL_UTIL_ASCII_H
#define NETRAL_UTIL_ASCII_H

#include <stddef.h>

static inline int ascii_isdigit(int c) { return c >= '0' && c <= '9'; }
static inline int ascii_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int ascii_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline int ascii_isalpha(int c) { return ascii_isupper(c) || ascii_islower(c); }
static inline int ascii_isalnum(int c) { return ascii_isalpha(c) || ascii_isdigit(c); }
static inline int ascii_isspace(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
static inline int ascii_tolower(int c) { return ascii_isupper(c) ? c - 'A' + 'a' : c; }
static inline int ascii_toupper(int c) { return ascii_islower(c) ? c - 'a' + 'A' : c; }

/* v in decimal, at least width digits (zero-padded), NUL-terminated, into
 * out of cap bytes (cap >= 21 + 1 is always enough); returns the length.
 * What snprintf("%0*lld") writes, without its cost on every imported row. */
size_t ascii_decimal(char *out, size_t cap, long long v, int width);

int ascii_casecmp(const char *a, const char *b);
int ascii_ncasecmp(const char *a, const char *b, size_t n);

#endif
