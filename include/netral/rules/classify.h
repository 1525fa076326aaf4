/* Classification of an act against the matrix: a pure function of the
 * rules and the act. */
#ifndef NETRAL_RULES_CLASSIFY_H
#define NETRAL_RULES_CLASSIFY_H

#include "netral/rules/rules.h"

/* The result when the data cannot decide: not a rule, its absence. */
#define JENIS_UNCLASSIFIED "belum_diklasifikasi"

struct klasifikasi_in {
	const char *bentuk;
	struct date tanggal;
	const char *pemilihan;      /* NULL: inferred from the date */
	const char *jenis_pegawai;  /* NULL: sanction options of every type */
	int cltn, pasangan;
	int partai;                 /* the act favoured a party (sasaran partai) */
	int no_reason;              /* skip the words: a bulk import stores none */
};

struct klasifikasi {
	const char *jenis;          /* a matrix result or JENIS_UNCLASSIFIED; on a
				     * case, the Satgas's decision when one is
				     * recorded (kasus/putusan.h) */
	const char *matriks;        /* then the matrix result; else NULL */
	const char *kode;           /* "" when none */
	/* for the employee type (tingkat.csv), else the matrix row's, as it
	 * reads on the act's day (rules_dasar); "" when none */
	char dasar_hukum[640];
	struct date tanggal;        /* the act's day */
	int tahap;
	/* the ruleset in force on the act's day, whose catalogue the
	 * sanctions come from; NULL before any (then row is NULL too) */
	const char *ruleset;
	const struct pemilihan *pemilihan;
	int disimpulkan;            /* the contest was inferred */
	const struct matrix_row *row;
	char alasan[1024];
};

/* The contests in progress on d (from the start of their stages to
 * pasca_pemungutan_hari days after voting): how many; *first the earliest
 * voting (then the earliest designated), *several set when they do not
 * all vote on the same day. */
size_t rules_running(const struct rules *r, const struct date *d,
		     const struct pemilihan **first, int *several);
/* The contests in progress on d into out, in the rules' order; how many. */
size_t rules_running_list(const struct rules *r, const struct date *d,
			  const struct pemilihan **out, size_t cap);
/* -1 with e set when the bentuk or contest is unknown. */
int classify(const struct rules *r, const struct klasifikasi_in *in,
	     struct klasifikasi *out, struct err *e);

#endif
