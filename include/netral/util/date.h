/* Days of the calendar, as every record and report counts them: a day
 * parsed with real checks (the forms people and spreadsheets write), in
 * ISO form, compared, counted in days, and the age a birth date gives. */
#ifndef NETRAL_UTIL_DATE_H
#define NETRAL_UTIL_DATE_H

#include <stddef.h>

#include "netral/util/msg.h"

struct date {
	int y, m, d;
};

#define DATE_ISO_LEN 11 /* "YYYY-MM-DD" and its NUL */

/* Wide enough for anyone's birth date and any election the tool tracks;
 * narrow enough to catch two-digit years and typos like 20244. */
#define YEAR_MIN 1900
#define YEAR_MAX 2099

/* 1 when y-m-d is a real calendar day in the years the tool accepts. */
int date_valid(int y, int m, int d);
int days_in_month(int y, int m);
/* Why y-m-d is not a date, in words, for a message, into buf. */
void date_problem(int y, int m, int d, char *buf, size_t n);

/* Accepts YYYY-MM-DD, DD-MM-YYYY and DD/MM/YYYY (day and month may have one
 * digit, as spreadsheets print them).  0 on success, -1 with e set. */
int date_parse(const char *s, struct date *out, struct err *e);
/* 1 when s is written N/N/YYYY or N-N-YYYY (or with a two-digit year),
 * with its first two numbers, whichever is the day: which order a file
 * writes is told by the values over 12. */
int date_parts(const char *s, int *first, int *second);
/* Strict ISO only, for data the tool wrote itself (rules, database). */
int date_parse_iso(const char *s, struct date *out);
void date_format(const struct date *dt, char buf[DATE_ISO_LEN]);
/* "7 December 2026", in the messages' language: a day said to people. */
void date_words(const struct date *d, char *buf, size_t n);
int date_cmp(const struct date *a, const struct date *b);
/* Days since 1970-01-01, for differences between dates. */
long date_days(const struct date *dt);
void date_from_days(long days, struct date *out);
/* Today, or NETRAL_TODAY when set (reports and tests fix the day). */
int date_today(struct date *out, struct err *e);

/* Completed years on day `on`; a 29 February birthday counts from 1 March
 * in common years.  -1 when `on` is before the birth. */
int age_on(const struct date *birth, const struct date *on);

#endif
