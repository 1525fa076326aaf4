/* Choosing cases: the filters of 'list' (and of the commands that take
 * its output), their order and their number. */
#ifndef NETRAL_KASUS_SELECT_H
#define NETRAL_KASUS_SELECT_H

#include "netral/db/db.h"
#include "netral/kasus/column.h"

/* The filters that name a value; several values of one mean any of them. */
enum kasus_key { KF_PEMILIHAN, KF_INSTANSI, KF_JENIS, KF_BENTUK, KF_STATUS,
	KF_JENIS_PEGAWAI, KF_INDIKASI, KF_COUNT };

/* The agencies the cases name, each once, in order: a walk from one name
 * to the next through the index on instansi, a look-up per agency rather
 * than a read of every case. */
#define KASUS_AGENCIES_SQL "(WITH RECURSIVE a(nama) AS (SELECT min(instansi) FROM kasus " \
	"UNION ALL SELECT (SELECT min(instansi) FROM kasus WHERE instansi > a.nama) FROM a " \
	"WHERE a.nama IS NOT NULL) SELECT nama FROM a WHERE nama IS NOT NULL)"

#define KASUS_FILTER_MAX 32
#define KASUS_SORT_MAX 8

struct kasus_filter {
	/* codes in their normal form; an instansi matches whole words of the
	 * name, folded (utf8_fold): "kesehatan" is in "Dinas Kesehatan",
	 * "Kabupaten 7" is not in "Kabupaten 70" */
	const char *v[KF_COUNT][KASUS_FILTER_MAX];
	int n[KF_COUNT];
	const char *from, *to;  /* the incident date, inclusive */
	/* 1: the void cases too (a status not counted, status.csv dihitung 0),
	 * which are left out unless asked for or named by a status filter */
	int batal;
	/* folded text, matched anywhere within one value: cari in the name,
	 * NIP, NIK, agency, unit, description or report number; nama in the
	 * name; nip (digits) in the NIP or the NIK */
	const char *cari, *nama, *nip;
	int sort[KASUS_SORT_MAX], desc[KASUS_SORT_MAX], nsort; /* columns */
	long limit;             /* 0: every case */
	int lintas;             /* only acts two origins reported (a roll-up) */
	const char *asal;       /* the cases of this origin (its official name) */
	int pertukaran;         /* an exchange file: dihitung_asal as counted here */
};

/* A column 'list --sort' may order by: a name of the catalogue, '-' first
 * for descending.  The column, or -1. */
int kasus_sort_column(const char *name, int *desc);

/* Each selected case in the filter's order (the case number last, or
 * alone): v[c] is column c as text (NULL for SQL NULL).  A non-zero return
 * of fn stops and is returned. */
int kasus_select(struct db *d, const struct kasus_filter *f,
		 int (*fn)(void *ctx, const char *const *v), void *ctx);

/* Whether any case came from another agency's file (a roll-up): *yes.
 * Returns a status. */
int kasus_rolled_up(struct db *d, int *yes);

/* Every agency named by a case, in order, each once: fn gets its name. */
int kasus_agencies(struct db *d, int (*fn)(void *ctx, const char *name), void *ctx);

/* The agency of the agency's own case recorded last, or "": guided entry's
 * default.  Returns 0, or an exit status reported. */
int kasus_last_instansi(struct db *d, char *out, size_t cap);

#endif
