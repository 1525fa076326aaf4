/* The KASN-style summaries: the funnel reported -> proven -> followed up,
 * and tables of counts by period, age band, position, category, agency,
 * classification, imposed sanction, employee type, sex, origin, the
 * indications recorded (a case with two counts in both groups) and the
 * code of the row of BKN Kanreg III's tables that classified the case.  The groups of
 * a fixed table are in the order of the rules (label.csv for period, age
 * and sex); the others by count, then by name.  No names, NIPs or contacts ever
 * enter them: only the grouping columns are read. */
#ifndef NETRAL_REKAP_REKAP_H
#define NETRAL_REKAP_REKAP_H

#include "netral/db/db.h"
#include "netral/rules/rules.h"

enum dim {
	D_PERIODE, D_USIA, D_JABATAN, D_KATEGORI, D_INSTANSI, D_JENIS, D_SANKSI,
	D_PEGAWAI, D_KELAMIN, D_ASAL, D_INDIKASI, D_KODE, D_COUNT
};

extern const char *const dim_names[D_COUNT];
int dim_parse(const char *s);
/* "periode, usia, ...", for messages */
const char *dim_list(void);

struct selection {
	const char *pemilihan[32];
	int npemilihan;
	const char *from, *to;       /* incident dates, ISO */
	const char *instansi;
	const char *jenis_pegawai;
	int ppnpn;                   /* count PPNPN too (they are not ASN) */
	int basis_all;               /* tables over all cases, not the proven */
	int batal;                   /* count the void cases too (dihitung 0) */
};

struct group {
	char *kelompok;              /* for a cross table: "a\x1fb" */
	long long n;
	size_t rank[2];              /* a pair's places in its two dimensions */
};

struct rtable {
	struct group *g;
	size_t n, cap;
	int fixed;                   /* every group listed, in a set order */
	/* hash index into g */
	size_t *slot;
	size_t nslot;
};

struct rekap {
	long long dilaporkan, terbukti, ditindaklanjuti;
	long long base;              /* what the tables count: terbukti or all */
	struct rtable t[D_COUNT];
	int by[2], nby;              /* a cross table of by[0] x by[1] */
	struct rtable cross;
};

/* Counts the selection in one pass over the cases.  Returns a status. */
int rekap_compute(struct db *d, const struct rules *r, const struct selection *sel,
		  const int *by, int nby, struct rekap *out);
void rekap_free(struct rekap *r);
/* Whether the summaries show the table dim: the origins (asal) only where
 * the cases came from more than one agency's file (a roll-up), the
 * indications only where a case counted carries one. */
int rekap_shown(const struct rekap *r, int dim);
/* The count of one cell of the cross table: group a of the first
 * dimension, b of the second. */
long long rekap_cross_n(const struct rekap *r, const char *a, const char *b);

/* Percent of base in tenths, rounded half up from the exact value:
 * 562 of 1596 is 352 (35.2%), not 351. */
long long tenths(long long n, long long base);

#endif
