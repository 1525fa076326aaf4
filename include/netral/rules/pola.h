/* An agency's letter numbers and letters' settings (pengaturan.csv).
 * The numbering pattern, nomor_surat_pola, is text with {urut} (the
 * letter's sequence in its year), {kode} (the classification code of
 * the agency's archive, nomor_surat_kode), {bulan} (the month in Roman
 * numerals, as agenda numbers write it) and {tahun} (the year):
 * B/{urut}/{kode}/{bulan}/{tahun} numbers the first letter of October
 * 2024 B/1/800.1.6.2/X/2024. */
#ifndef NETRAL_RULES_POLA_H
#define NETRAL_RULES_POLA_H

#include <stddef.h>

#include "netral/rules/rules.h"
#include "netral/util/date.h"

/* Longest letter number, given or made. */
#define POLA_NOMOR_MAX 128

/* 0 when pola holds {urut} and no other {word} than the four, else -1
 * with why into buf. */
int pola_check(const char *pola, char *buf, size_t n);
/* The number of the letter urut of day d, into out (POLA_NOMOR_MAX + 1):
 * 0, or -1 when it would be longer. */
int pola_format(const char *pola, const char *kode, long long urut, const struct date *d,
		char *out);
/* A setting of the letters as text: "" when the rules in force have none. */
const char *pola_setting(const struct rules *r, const char *kunci);

#endif
