/* Dates, ages and the identifiers: the NIP of a PNS (birth date, CPNS start,
 * sex, sequence), the NI of a PPPK, and the NIK of the population register. */
#ifndef NETRAL_IDENT_H
#define NETRAL_IDENT_H

#include "netral/util/msg.h"

struct date {
	int y, m, d;
};

#define DATE_ISO_LEN 11 /* "YYYY-MM-DD" and its NUL */

/* An NIP in its official spaced form, "19680609 199503 1 003", and a NIK
 * as "330215 120685 0001" (area, birth date, sequence): text that a
 * spreadsheet keeps as typed, where 18 or 16 bare digits become a number
 * rounded to 15.  Other text is copied.  out holds at least 32 bytes. */
void nip_spaced(const char *digits, char out[32]);
void nik_spaced(const char *digits, char out[32]);

/* 1 when s is what a spreadsheet shows of a long number in a cell not
 * formatted as text ("1.96806E+17", "3,30215E+015"): the last digits are
 * gone.  spreadsheet_error says so in e and returns -1. */
int spreadsheet_number(const char *s);
int spreadsheet_error(const char *s, struct err *e);

/* "2024-7" and "2024-0007" both name case 2024-0007; -1 if not a number. */
int nomor_normalise(const char *in, char out[32]);

/* 1 when y-m-d is a real calendar day in the years the tool accepts. */
int date_valid(int y, int m, int d);
int days_in_month(int y, int m);

/* Accepts YYYY-MM-DD, DD-MM-YYYY and DD/MM/YYYY (day and month may have one
 * digit, as spreadsheets print them).  0 on success, -1 with e set. */
int date_parse(const char *s, struct date *out, struct err *e);
/* Strict ISO only, for data the tool wrote itself (rules, database). */
int date_parse_iso(const char *s, struct date *out);
void date_format(const struct date *dt, char buf[DATE_ISO_LEN]);
int date_cmp(const struct date *a, const struct date *b);
/* Days since 1970-01-01, for differences between dates. */
long date_days(const struct date *dt);
void date_from_days(long days, struct date *out);
/* Today, or NETRAL_TODAY when set (reports and tests fix the day). */
int date_today(struct date *out, struct err *e);

/* Completed years on day `on`; a 29 February birthday counts from 1 March
 * in common years.  -1 when `on` is before the birth. */
int age_on(const struct date *birth, const struct date *on);
/* The KASN age groups: "<=30", "31-40", "41-50", ">=51", "tidak_diketahui". */
const char *age_band(int age);

enum nip_kind { NIP_PNS, NIP_PPPK };

struct nip_info {
	char digits[19];     /* the 18 digits, spaces removed */
	enum nip_kind kind;
	struct date birth;
	int sex;             /* 1 male, 2 female */
	int start_year;      /* CPNS start or PPPK appointment */
	int start_month;     /* 0 for PPPK */
};

/* Parses a NIP PNS or NI PPPK; spaces are allowed between digits. */
int nip_parse(const char *s, struct nip_info *out, struct err *e);

struct nik_info {
	char digits[17];
	struct date birth;
	int sex;
};

/* `ref` (the incident date, or NULL for today) picks the century that gives
 * a working age. */
int nik_parse(const char *s, const struct date *ref, struct nik_info *out,
	      struct err *e);

#endif
