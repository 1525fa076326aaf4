/* Minimal TAP producer for the unit tests; prove reads the output. */
#ifndef NETRAL_TAP_H
#define NETRAL_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

static int tap_ok(int cond, const char *fmt, ...) __attribute__((format(printf, 2, 3), unused));
static int tap_ok(int cond, const char *fmt, ...)
{
	va_list ap;

	printf("%sok %d - ", cond ? "" : "not ", ++tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!cond)
		tap_failed++;
	return cond;
}

#define ok(cond, ...) tap_ok(!!(cond), __VA_ARGS__)

#define is_str(got, want, ...) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		if (!tap_ok(g_ && w_ && strcmp(g_, w_) == 0, __VA_ARGS__)) \
			printf("#   got:      '%s'\n#   expected: '%s'\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
	} while (0)

#define has_str(got, part, ...) \
	do { \
		const char *g_ = (got), *p_ = (part); \
		if (!tap_ok(g_ && strstr(g_, p_) != NULL, __VA_ARGS__)) \
			printf("#   got:      '%s'\n#   expected to contain: '%s'\n", g_ ? g_ : "(null)", p_); \
	} while (0)

#define is_int(got, want, ...) \
	do { \
		long long g_ = (got), w_ = (want); \
		if (!tap_ok(g_ == w_, __VA_ARGS__)) \
			printf("#   got:      %lld\n#   expected: %lld\n", g_, w_); \
	} while (0)

static int tap_done(void) __attribute__((unused));
static int tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
