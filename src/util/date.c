/* Days of the calendar: parsed with real checks, written, counted, and
 * the age they give (date.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "netral/util/ascii.h"
#include "netral/util/date.h"


static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m)
{
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && leap(y) ? 29 : dim[m - 1];
}

int date_valid(int y, int m, int d)
{
	return y >= YEAR_MIN && y <= YEAR_MAX && m >= 1 && m <= 12 && d >= 1 &&
	       d <= days_in_month(y, m);
}

static const char *const month[] = { N_("January"), N_("February"),
	N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
	N_("August"), N_("September"), N_("October"), N_("November"),
	N_("December") };

void date_words(const struct date *d, char *buf, size_t n)
{
	snprintf(buf, n, "%d %s %d", d->d, _(month[d->m - 1]), d->y);
}

void date_problem(int y, int m, int d, char *buf, size_t n)
{
	if (y < YEAR_MIN || y > YEAR_MAX)
		snprintf(buf, n, _("year %d"), y);
	else if (m < 1 || m > 12)
		snprintf(buf, n, _("month %d"), m);
	else if (d < 1)
		snprintf(buf, n, _("day %d"), d);
	else
		snprintf(buf, n, _("%s %d has %d days"), _(month[m - 1]), y,
			 days_in_month(y, m));
}

/* Reads 1..max digits; returns the count read, 0 when none. */
static int digits(const char *s, int max, int *val)
{
	int n = 0, v = 0;

	while (n < max && ascii_isdigit((unsigned char)s[n]))
		v = v * 10 + (s[n++] - '0');
	*val = v;
	return n;
}

int date_parse_iso(const char *s, struct date *out)
{
	int y, m, d;

	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    digits(s, 4, &y) != 4 || digits(s + 5, 2, &m) != 2 ||
	    digits(s + 8, 2, &d) != 2 || !date_valid(y, m, d))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

int date_parse(const char *s, struct date *out, struct err *e)
{
	int y, m, d, n1, n2 = 0, n3;
	char why[64];
	char sep = 0;

	if (!s || !*s) {
		err_set(e, _("empty date"));
		return -1;
	}
	n1 = digits(s, 4, &y);
	if (n1 == 4 && s[4] == '-') {
		/* YYYY-MM-DD */
		n2 = digits(s + 5, 3, &m);
		if (n2 != 2 || s[7] != '-' || digits(s + 8, 3, &d) != 2 ||
		    s[10] != '\0')
			goto format;
	} else if (n1 == 1 || n1 == 2) {
		/* DD-MM-YYYY or DD/MM/YYYY */
		d = y;
		sep = s[n1];
		if (sep != '-' && sep != '/')
			goto format;
		n2 = digits(s + n1 + 1, 3, &m);
		if (n2 < 1 || n2 > 2 || s[n1 + 1 + n2] != sep)
			goto format;
		n3 = digits(s + n1 + n2 + 2, 5, &y);
		if (n3 != 4 || s[n1 + n2 + 2 + n3] != '\0')
			goto format;
	} else {
		goto format;
	}
	if (!date_valid(y, m, d)) {
		date_problem(y, m, d, why, sizeof why);
		err_set(e, _("'%s' is not a valid date (%s)"), s, why);
		return -1;
	}
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
format:
	if ((n1 == 1 || n1 == 2) && (sep == '-' || sep == '/') && n2 >= 1 && n2 <= 2 &&
	    s[n1 + 1 + n2] == sep && digits(s + n1 + n2 + 2, 5, &y) == 2 && !s[n1 + n2 + 4])
		/* 10/08/24: a spreadsheet's short date; which century is a guess */
		err_set(e, _("'%s' has a two-digit year, as a spreadsheet shortens it: write the year in full (DD/MM/YYYY), or format the column as Text"),
			s);
	else
		err_set(e, _("'%s' is not a date (use YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)"), s);
	return -1;
}

int date_parts(const char *s, int *first, int *second)
{
	int n1, n2, n3, y;
	char sep;

	n1 = digits(s, 3, first);
	if (n1 < 1 || n1 > 2 || (s[n1] != '-' && s[n1] != '/'))
		return 0;
	sep = s[n1];
	n2 = digits(s + n1 + 1, 3, second);
	if (n2 < 1 || n2 > 2 || s[n1 + 1 + n2] != sep)
		return 0;
	/* a two-digit year too: a short date says its order as well */
	n3 = digits(s + n1 + n2 + 2, 5, &y);
	return (n3 == 2 || n3 == 4) && s[n1 + n2 + 2 + n3] == '\0';
}

void date_format(const struct date *dt, char buf[DATE_ISO_LEN])
{
	/* by hand: it runs several times for every imported row */
	unsigned y = (unsigned)dt->y % 10000u, m = (unsigned)dt->m % 100u,
		 d = (unsigned)dt->d % 100u;

	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d / 10);
	buf[9] = (char)('0' + d % 10);
	buf[10] = '\0';
}

int date_cmp(const struct date *a, const struct date *b)
{
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	if (a->d != b->d)
		return a->d < b->d ? -1 : 1;
	return 0;
}

long date_days(const struct date *dt)
{
	/* days from civil, after Howard Hinnant's public-domain algorithm */
	long y = dt->y - (dt->m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (dt->m + 9) % 12;
	long doy = (153 * mp + 2) / 5 + dt->d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void date_from_days(long z, struct date *out)
{
	/* civil from days, the inverse of date_days */
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	out->d = (int)(doy - (153 * mp + 2) / 5 + 1);
	out->m = (int)(mp < 10 ? mp + 3 : mp - 9);
	out->y = (int)(yoe + era * 400 + (out->m <= 2));
}

int date_today(struct date *out, struct err *e)
{
	const char *fixed = getenv("NETRAL_TODAY");
	time_t now;
	struct tm tm;

	if (fixed && *fixed) {
		if (date_parse_iso(fixed, out) < 0) {
			err_set(e, _("NETRAL_TODAY: '%s' is not a date in YYYY-MM-DD form"),
				fixed);
			return -1;
		}
		return 0;
	}
	now = time(NULL);
	if (!localtime_r(&now, &tm)) {
		err_set(e, _("cannot read the system clock"));
		return -1;
	}
	out->y = tm.tm_year + 1900;
	out->m = tm.tm_mon + 1;
	out->d = tm.tm_mday;
	return 0;
}

int age_on(const struct date *birth, const struct date *on)
{
	int age;

	if (date_cmp(on, birth) < 0)
		return -1;
	age = on->y - birth->y;
	if (on->m < birth->m || (on->m == birth->m && on->d < birth->d))
		age--;
	return age;
}
