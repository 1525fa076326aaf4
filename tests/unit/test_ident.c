/* Dates, ages, NIP, NI PPPK and NIK: tables of inputs and expected results. */
#include <stdlib.h>

#include "netral/rules/label.h"
#include "netral/rules/load.h"
#include "netral/util/ident.h"
#include "tap.h"

static void dates(void)
{
	static const struct { const char *in, *iso, *err; } t[] = {
		{ "2024-02-29", "2024-02-29", NULL },
		{ "29-02-2024", "2024-02-29", NULL },
		{ "29/02/2024", "2024-02-29", NULL },
		{ "1/2/2024", "2024-02-01", NULL },
		{ "01-12-1999", "1999-12-01", NULL },
		{ "2023-02-29", NULL, "February 2023 has 28 days" },
		{ "2024-02-30", NULL, "February 2024 has 29 days" },
		{ "31/04/2024", NULL, "April 2024 has 30 days" },
		{ "2024-13-01", NULL, "month 13" },
		{ "2024-00-10", NULL, "month 0" },
		{ "2024-01-00", NULL, "day 0" },
		{ "1899-12-31", NULL, "year 1899" },
		{ "1900-02-29", NULL, "February 1900 has 28 days" },
		{ "2000-02-29", "2000-02-29", NULL },
		{ "24-02-10", NULL, "has a two-digit year" },
		{ "10/08/24", NULL, "has a two-digit year" },
		{ "1.96806E+17", NULL, "is not a date" },
		{ "2024/02/10", NULL, "is not a date" },
		{ "2024-2-10", NULL, "is not a date" },
		{ "10.02.2024", NULL, "is not a date" },
		{ "2024-02-10x", NULL, "is not a date" },
		{ "10-02/2024", NULL, "is not a date" },
		{ "", NULL, "empty date" },
		{ "45292", NULL, "is not a date" },
	};

	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct date d;
		struct err e = { "", -1 };
		char iso[DATE_ISO_LEN];
		int rc = date_parse(t[i].in, &d, &e);

		if (t[i].iso) {
			ok(rc == 0, "date '%s' parses", t[i].in);
			date_format(&d, iso);
			is_str(iso, t[i].iso, "date '%s' is %s", t[i].in, t[i].iso);
		} else {
			ok(rc < 0, "date '%s' is refused", t[i].in);
			has_str(e.msg, t[i].err, "date '%s' message says why", t[i].in);
		}
	}
	{
		struct date d;

		ok(date_parse_iso("2024-02-29", &d) == 0, "strict ISO accepts 2024-02-29");
		ok(date_parse_iso("29-02-2024", &d) < 0, "strict ISO refuses DD-MM-YYYY");
	}
}

static void ages(void)
{
	static const struct { const char *birth, *on; int age; const char *band; } t[] = {
		{ "1993-08-10", "2024-08-09", 30, "<=30" },
		{ "1993-08-10", "2024-08-10", 31, "31-40" },  /* turns 31 that day */
		{ "1983-08-10", "2024-08-09", 40, "31-40" },
		{ "1983-08-10", "2024-08-10", 41, "41-50" },
		{ "1973-08-10", "2024-08-10", 51, ">=51" },
		{ "1973-08-11", "2024-08-10", 50, "41-50" },
		{ "2000-02-29", "2031-02-28", 30, "<=30" },    /* 29 February: from 1 March */
		{ "2000-02-29", "2031-03-01", 31, "31-40" },
		{ "2000-02-29", "2032-02-29", 32, "31-40" },
		{ "2024-01-02", "2024-01-01", -1, "tidak_diketahui" },
	};

	struct rules r;

	/* the groups are the built-in rules' label.csv */
	if (rules_load_builtin(&r))
		abort();
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct date b, o;

		date_parse_iso(t[i].birth, &b);
		date_parse_iso(t[i].on, &o);
		is_int(age_on(&b, &o), t[i].age, "born %s, age on %s", t[i].birth, t[i].on);
		is_str(rules_age_band(&r, age_on(&b, &o)), t[i].band, "band of age %d", t[i].age);
	}
	is_str(rules_sex(&r, 1), "laki-laki", "a NIP's 1 is the first sex of label.csv");
	is_str(rules_sex(&r, 2), "perempuan", "a NIP's 2 the second");
	ok(rules_sex(&r, 0) == NULL && rules_sex(&r, 3) == NULL, "no other");
	rules_free(&r);
	{
		struct date a, b;

		date_parse_iso("2024-03-01", &a);
		date_parse_iso("2024-02-28", &b);
		is_int(date_days(&a) - date_days(&b), 2, "2024-02-28 to 2024-03-01 is 2 days");
		date_parse_iso("1970-01-01", &a);
		is_int(date_days(&a), 0, "day 0 is 1970-01-01");
	}
}

static void nips(void)
{
	static const struct {
		const char *in, *err;
		int kind, sex;
		const char *birth;
	} t[] = {
		{ "19680609 199503 1 003", NULL, NIP_PNS, 1, "1968-06-09" },
		{ "196806091995031003", NULL, NIP_PNS, 1, "1968-06-09" },
		{ "198512302010122001", NULL, NIP_PNS, 2, "1985-12-30" },
		{ "199001152022211005", NULL, NIP_PPPK, 1, "1990-01-15" },
		{ "1990 0115 2022 2 1 2 005", NULL, NIP_PPPK, 2, "1990-01-15" },
		{ "19680609199503100", "has 17 digits, a NIP has 18", 0, 0, NULL },
		{ "1968060919950310031", "has 19 digits, a NIP has 18", 0, 0, NULL },
		{ "19680609-199503-1-003", "non-digit '-' at position 9", 0, 0, NULL },
		{ "19851301 201012 2 001", "no valid birth date (month 13)", 0, 0, NULL },
		{ "19850230 201012 2 001", "February 1985 has 28 days", 0, 0, NULL },
		{ "19680609 199513 1 003", "no valid CPNS start (month 13)", 0, 0, NULL },
		{ "19680609 199500 1 003", "no valid CPNS start (month 00)", 0, 0, NULL },
		{ "19680609 199503 3 003", "sex digit '3'", 0, 0, NULL },
		{ "19680609 199503 1 000", "sequence 000", 0, 0, NULL },
		{ "19680609 197003 1 003", "no valid CPNS start (year 1970", 0, 0, NULL },
		{ "19680609 198203 1 003", "no valid CPNS start (year 1982", 0, 0, NULL },  /* at 14 */
		{ "19680609 198303 1 003", NULL, NIP_PNS, 1, "1968-06-09" },                /* at 15 */
		{ "19900115 200421 1 005", "no valid appointment year (2004", 0, 0, NULL },
		{ "19900115 200521 1 005", NULL, NIP_PPPK, 1, "1990-01-15" },
		{ "", "has 0 digits", 0, 0, NULL },
		{ "1968E+", "non-digit 'E' at position 5", 0, 0, NULL },   /* not a rounded number */
		{ "1.96806E+17", "a spreadsheet turned the number into a rounded one", 0, 0, NULL },
	};

	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct nip_info n;
		struct err e = { "", -1 };
		char iso[DATE_ISO_LEN];
		int rc = nip_parse(t[i].in, &n, &e);

		if (!t[i].err) {
			ok(rc == 0, "NIP '%s' is valid", t[i].in);
			is_int(n.kind, t[i].kind, "NIP '%s' kind", t[i].in);
			is_int(n.sex, t[i].sex, "NIP '%s' sex", t[i].in);
			date_format(&n.birth, iso);
			is_str(iso, t[i].birth, "NIP '%s' birth date", t[i].in);
		} else {
			ok(rc < 0, "NIP '%s' is refused", t[i].in);
			has_str(e.msg, t[i].err, "NIP '%s' message", t[i].in);
		}
	}
}

static void niks(void)
{
	static const struct {
		const char *in, *ref, *err, *birth;
		int sex;
	} t[] = {
		{ "3302151206850001", "2024-08-10", NULL, "1985-06-12", 1 },
		{ "3302155206850002", "2024-08-10", NULL, "1985-06-12", 2 },  /* 52 = 12 + 40 */
		{ "3302150101030003", "2024-08-10", NULL, "2003-01-01", 1 },  /* 21, not 121 */
		{ "3302 1512 0685 0001", "2024-08-10", NULL, "1985-06-12", 1 },
		{ "330215120685000", "2024-08-10", "has 15 digits, a NIK has 16", NULL, 0 },
		{ "3302151213850001", "2024-08-10", "no valid birth date (month 13)", NULL, 0 },
		{ "3302153206850001", "2024-08-10", "no valid birth date (day 32", NULL, 0 },
		{ "3302157206850001", "2024-08-10", "no valid birth date (day 32", NULL, 0 },
		{ "3302152902010001", "2024-08-10", "no valid birth date", NULL, 0 },   /* 2001 not leap */
		{ "3302152902960001", "2024-08-10", NULL, "1996-02-29", 1 },  /* 1996 is */
		{ "3302156902960002", "2024-08-10", NULL, "1996-02-29", 2 },
		{ "3302154101850002", "2024-08-10", NULL, "1985-01-01", 2 },  /* 41: the 1st */
		{ "3302157101850002", "2024-08-10", NULL, "1985-01-31", 2 },  /* 71: the 31st */
		{ "3302154001850002", "2024-08-10", "no valid birth date (day 40 of month 1)", NULL, 0 },
		{ "3302157201850002", "2024-08-10", "no valid birth date (day 32 of month 1)", NULL, 0 },
		{ "3302157104850002", "2024-08-10", "no valid birth date (day 31 of month 4)", NULL, 0 },
		{ "3302151206850000", "2024-08-10", "sequence 0000", NULL, 0 },
		{ "0002151206850001", "2024-08-10", "province code", NULL, 0 },
		{ "1002151206850001", "2024-08-10", "no valid province code (10)", NULL, 0 },
		{ "1102151206850001", "2024-08-10", NULL, "1985-06-12", 1 },  /* Aceh, the first */
		{ "3302151201440001", "2024-08-10", NULL, "1944-01-12", 1 },  /* 80: still working age */
		{ "3302151201430001", "2024-08-10", "gives no working age", NULL, 0 },  /* 81 */
		{ "3302151108090001", "2024-08-10", "gives no working age", NULL, 0 },  /* 14 */
		{ "3302151008090001", "2024-08-10", NULL, "2009-08-10", 1 },  /* 15 that day */
		{ "3302151206150001", "2024-08-10", "gives no working age", NULL, 0 },  /* 2015 or 1915 */
		{ "33021512068A0001", "2024-08-10", "non-digit 'A'", NULL, 0 },
	};

	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct nik_info n;
		struct err e = { "", -1 };
		struct date ref;
		char iso[DATE_ISO_LEN];
		int rc;

		date_parse_iso(t[i].ref, &ref);
		rc = nik_parse(t[i].in, &ref, &n, &e);
		if (!t[i].err) {
			ok(rc == 0, "NIK '%s' is valid", t[i].in);
			date_format(&n.birth, iso);
			is_str(iso, t[i].birth, "NIK '%s' birth date", t[i].in);
			is_int(n.sex, t[i].sex, "NIK '%s' sex", t[i].in);
		} else {
			ok(rc < 0, "NIK '%s' is refused", t[i].in);
			has_str(e.msg, t[i].err, "NIK '%s' message", t[i].in);
		}
	}
}

/* Without a reference day a NIK's century is the one of working age today
 * (NETRAL_TODAY, 2026-01-01 here); a month out of range has no days. */
static void today(void)
{
	struct nik_info n;
	struct err e = { "", -1 };
	char iso[DATE_ISO_LEN];

	ok(nik_parse("3302151206850001", NULL, &n, &e) == 0, "a NIK without a reference day");
	date_format(&n.birth, iso);
	is_str(iso, "1985-06-12", "its century is today's working age");
	ok(nik_parse("3302151206110001", NULL, &n, &e) < 0, "2011 and 1911 give no working age in 2026");
	is_int(days_in_month(2024, 13), 0, "month 13 has no days");
	is_int(days_in_month(2024, 0), 0, "month 0 has no days");
	is_int(days_in_month(2024, 2), 29, "February 2024 has 29");
}

static void numbers(void)
{
	static const struct { const char *in, *out; } t[] = {
		{ "2024-0001", "2024-0001" },
		{ "2024-1", "2024-0001" },
		{ "2024-12345", "2024-12345" },
		{ "1000-1", "1000-0001" },
		{ "999-1", NULL },      /* a year has four digits */
		{ "2024-0", NULL },
		{ "2024-", NULL },
		{ "2024-1x", NULL },
		{ "2024-+1", NULL },
		{ "20241", NULL },
		{ "", NULL },
	};

	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		char out[32];
		int rc = nomor_normalise(t[i].in, out);

		if (t[i].out)
			is_str(rc == 0 ? out : "(refused)", t[i].out, "case number '%s'", t[i].in);
		else
			ok(rc < 0, "case number '%s' is refused", t[i].in);
	}
}

int main(void)
{
	setenv("NETRAL_TODAY", "2026-01-01", 1);
	dates();
	ages();
	nips();
	niks();
	numbers();
	today();
	return tap_done();
}
