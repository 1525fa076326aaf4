/* The identifiers: the NIP of a PNS (birth date, CPNS start, sex,
 * sequence), the NI of a PPPK, the NIK of the population register, and a
 * case's number; and what a spreadsheet does to a long number. */
#ifndef NETRAL_IDENT_H
#define NETRAL_IDENT_H

#include "netral/util/date.h"
#include "netral/util/msg.h"

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
