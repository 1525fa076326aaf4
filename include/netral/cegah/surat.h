/* The agency's numbers of the letters netral makes: each given when its
 * letter is first made, or made then by the numbering pattern of the
 * settings (rules/pola.h) as the next of the letter's year, and none
 * shared by two letters, whatever the letter case.  Every kind of letter
 * shares the one sequence, as an agency's register of outgoing letters
 * does: a kind's table holds nomor_surat and urut_surat beside the
 * letter's day, and is named in surat.c. */
#ifndef NETRAL_CEGAH_SURAT_H
#define NETRAL_CEGAH_SURAT_H

#include "netral/db/db.h"
#include "netral/rules/pola.h"
#include "netral/rules/rules.h"

struct surat_nomor {
	char nomor[POLA_NOMOR_MAX + 1]; /* "" for none */
	long long urut;                 /* its sequence; 0 for a number given */
};

/* The record whose letter holds nomor, into owner ("IZ-2024-0001"): 0,
 * NX_NOTFOUND (not reported), or a status. */
int surat_owner(struct db *d, const char *nomor, char owner[32]);
/* The number for a new letter dated iso: given (refused, reported, when
 * another letter holds it or it is no text), else the pattern's next in
 * the year, stepping over numbers given by hand, else none ("").
 * Returns a status; nothing is written. */
int surat_next(struct db *d, const struct rules *r, const char *given, const char *iso,
	       struct surat_nomor *out);

#endif
