/* Dates with real calendar checks, ages, and the NIP/NI PPPK/NIK formats. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "netral/util/ascii.h"
#include "netral/util/ident.h"

/* Wide enough for anyone's birth date and any election the tool tracks;
 * narrow enough to catch two-digit years and typos like 20244. */
#define YEAR_MIN 1900
#define YEAR_MAX 2099

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

/* Why y-m-d is not a date, in words, for a message. */
static void date_problem(int y, int m, int d, char *buf, size_t n)
{
	static const char *const month[] = { N_("January"), N_("February"),
		N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
		N_("August"), N_("September"), N_("October"), N_("November"),
		N_("December") };

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

const char *age_band(int age)
{
	if (age < 0)
		return "tidak_diketahui";
	if (age <= 30)
		return "<=30";
	if (age <= 40)
		return "31-40";
	if (age <= 50)
		return "41-50";
	return ">=51";
}

/* Copies the digits of s, dropping spaces; -1 with e set on anything else. */
int spreadsheet_error(const char *s, struct err *e)
{
	err_set(e, _("'%s': a spreadsheet turned the number into a rounded one and lost its last digits; format the column as Text and type it again"),
		s);
	return -1;
}

int spreadsheet_number(const char *s)
{
	const char *p = s;

	if (!ascii_isdigit((unsigned char)*p))
		return 0;
	while (ascii_isdigit((unsigned char)*p) || *p == '.' || *p == ',')
		p++;
	if (*p != 'E' && *p != 'e')
		return 0;
	p += p[1] == '+' ? 2 : 1;
	if (!ascii_isdigit((unsigned char)*p))
		return 0;
	while (ascii_isdigit((unsigned char)*p))
		p++;
	return *p == '\0';
}

static int strip_digits(const char *s, char *out, size_t cap, const char *what,
			struct err *e)
{
	size_t n = 0;
	int pos = 0;

	if (spreadsheet_number(s))
		return spreadsheet_error(s, e);

	for (const char *p = s; *p; p++) {
		if (*p == ' ')
			continue;
		pos++;
		if (!ascii_isdigit((unsigned char)*p)) {
			if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
				err_set(e, _("'%s' has a character that is not a digit at position %d"),
					s, pos);
			else
				err_set(e, _("'%s' has a non-digit '%c' at position %d"),
					s, *p, pos);
			return -1;
		}
		if (n + 1 < cap)
			out[n] = *p;
		n++;
	}
	if (n + 1 != cap) {
		err_set(e, _("'%s' has %zu digits, %s has %zu"), s, n, _(what),
			cap - 1);
		return -1;
	}
	out[n] = '\0';
	return 0;
}

static int num(const char *s, int len)
{
	int v = 0;

	for (int i = 0; i < len; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

int nip_parse(const char *s, struct nip_info *out, struct err *e)
{
	struct nip_info n;
	const char *d = n.digits;
	char why[64];
	int y, m, day, seq;

	memset(&n, 0, sizeof n);
	if (strip_digits(s, n.digits, sizeof n.digits, N_("a NIP"), e) < 0)
		return -1;
	y = num(d, 4);
	m = num(d + 4, 2);
	day = num(d + 6, 2);
	if (!date_valid(y, m, day)) {
		date_problem(y, m, day, why, sizeof why);
		err_set(e, _("'%s' has no valid birth date (%s)"), s, why);
		return -1;
	}
	n.birth.y = y;
	n.birth.m = m;
	n.birth.d = day;
	n.start_year = num(d + 8, 4);
	/* a PNS month never starts with 2, so a 2 there marks an NI PPPK */
	if (d[12] == '2') {
		n.kind = NIP_PPPK;
		n.start_month = 0;
	} else {
		n.kind = NIP_PNS;
		n.start_month = num(d + 12, 2);
		if (n.start_month < 1 || n.start_month > 12) {
			err_set(e, _("'%s' has no valid CPNS start (month %02d)"),
				s, n.start_month);
			return -1;
		}
	}
	if (n.start_year < y + 15 || n.start_year > YEAR_MAX) {
		err_set(e, n.kind == NIP_PNS ?
			_("'%s' has no valid CPNS start (year %d for a birth in %d)") :
			_("'%s' has no valid appointment year (%d for a birth in %d)"),
			s, n.start_year, y);
		return -1;
	}
	n.sex = d[14] - '0';
	if (n.sex != 1 && n.sex != 2) {
		err_set(e, _("'%s' has sex digit '%c' (1 male, 2 female)"), s,
			d[14]);
		return -1;
	}
	seq = num(d + 15, 3);
	if (seq == 0) {
		err_set(e, _("'%s' has sequence 000 (001-999)"), s);
		return -1;
	}
	*out = n;
	return 0;
}

int nik_parse(const char *s, const struct date *ref, struct nik_info *out,
	      struct err *e)
{
	struct nik_info n;
	struct date today, cand;
	const char *d = n.digits;
	char why[64];
	int dd, mm, yy, found = 0;

	memset(&n, 0, sizeof n);
	if (strip_digits(s, n.digits, sizeof n.digits, N_("a NIK"), e) < 0)
		return -1;
	if (num(d, 2) < 11) {
		err_set(e, _("'%s' has no valid province code (%.2s)"), s, d);
		return -1;
	}
	dd = num(d + 6, 2);
	mm = num(d + 8, 2);
	yy = num(d + 10, 2);
	n.sex = 1;
	if (dd > 40) {
		dd -= 40;
		n.sex = 2;
	}
	if (!date_valid(2000, mm, dd) || (mm == 2 && dd == 29 && yy % 4 != 0)) {
		if (mm < 1 || mm > 12)
			snprintf(why, sizeof why, _("month %d"), mm);
		else
			snprintf(why, sizeof why, _("day %d of month %d"), dd, mm);
		err_set(e, _("'%s' has no valid birth date (%s)"), s, why);
		return -1;
	}
	if (num(d + 12, 4) == 0) {
		err_set(e, _("'%s' has sequence 0000"), s);
		return -1;
	}
	if (!ref) {
		if (date_today(&today, e) < 0)
			return -1;
		ref = &today;
	}
	/* the century that puts the person in working age on the reference day */
	for (int century = 1900; century <= 2000; century += 100) {
		int age;

		cand.y = century + yy;
		cand.m = mm;
		cand.d = dd;
		if (!date_valid(cand.y, mm, dd))
			continue;
		age = age_on(&cand, ref);
		if (age >= 15 && age <= 80) {
			n.birth = cand;
			found = 1;
		}
	}
	if (!found) {
		err_set(e, _("'%s' has a birth year (%02d) that gives no working age"),
			s, yy);
		return -1;
	}
	*out = n;
	return 0;
}

int nomor_normalise(const char *in, char out[32])
{
	int year, seq, n;

	if (sscanf(in, "%4d-%9d%n", &year, &seq, &n) != 2 || in[n] != '\0' ||
	    year < 1000 || seq < 1 || strspn(in, "0123456789-") != strlen(in))
		return -1;
	snprintf(out, 32, "%04d-%04d", year, seq);
	return 0;
}

static void grouped(const char *d, const int *widths, size_t n, size_t len, char out[32])
{
	size_t at = 0, m = 0;

	if (strlen(d) != len || strspn(d, "0123456789") != len) {
		snprintf(out, 32, "%s", d);
		return;
	}
	for (size_t g = 0; g < n; g++) {
		if (g)
			out[m++] = ' ';
		for (int i = 0; i < widths[g]; i++)
			out[m++] = d[at++];
	}
	out[m] = '\0';
}

void nip_spaced(const char *digits, char out[32])
{
	static const int w[] = { 8, 6, 1, 3 };

	grouped(digits, w, 4, 18, out);
}

void nik_spaced(const char *digits, char out[32])
{
	static const int w[] = { 6, 6, 4 };

	grouped(digits, w, 3, 16, out);
}
