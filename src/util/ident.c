/* The identifiers: NIP, NI PPPK and NIK, a case's number, and what a
 * spreadsheet does to a long number in a cell (ident.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/ascii.h"
#include "netral/util/ident.h"

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

/* Copies the digits of s, dropping spaces; -1 with e set on anything else. */
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
