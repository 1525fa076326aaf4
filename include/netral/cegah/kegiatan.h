/* What a unit reports doing to prevent violations (kosakata kegiatan):
 * a pledge read at the morning assembly, the integrity pact signed, the
 * internal team formed, a socialisation, the vulnerable points of the
 * stages identified; and who signed the pact, so that its coverage is
 * counted per person. */
#ifndef NETRAL_CEGAH_KEGIATAN_H
#define NETRAL_CEGAH_KEGIATAN_H

#include "netral/cegah/unit.h"
#include "netral/db/db.h"
#include "netral/io/csvimport.h"
#include "netral/rules/rules.h"

enum kegiatan_field { KEG_UNIT, KEG_JENIS, KEG_TANGGAL, KEG_PESERTA, KEG_PEMILIHAN,
	KEG_CATATAN, KEG_DOKUMEN, KEG_NF };
/* The columns of 'kegiatan import' and 'kegiatan list', in field order. */
extern const char *const kegiatan_cols[KEG_NF + 1];

struct kegiatan {
	long long id, unit_id;
	char unit[UNIT_NAMA_MAX + 1];
	char jenis[RULES_CODE_MAX + 1], tanggal[DATE_ISO_LEN];
	char pemilihan[RULES_PEMILIHAN_MAX + 1];   /* "": every contest its day is in */
	long peserta;                              /* -1: not given */
	char catatan[1001], dokumen[1001];
};

/* The fields as typed into k (the unit's name as typed; kegiatan_add finds
 * it).  A day after today is refused.  -1 with e set, e->field the field. */
int kegiatan_parse(const struct rules *r, const struct date *today, const char *const v[KEG_NF],
		   struct kegiatan *k, struct err *e);
/* Records it for the unit k->unit_id, unless the unit reported the same
 * kind on the same day for the same contest (*outcome IMPORT_SAME).  Logged,
 * with from (an import's FILE:LINE) when given.
 * Within the caller's transaction; returns an exit status. */
int kegiatan_add(struct db *d, const char *op, struct kegiatan *k, const char *from, int *outcome);
/* Every activity, by unit name then day; unit_id 0 for all. */
int kegiatan_each(struct db *d, long long unit_id,
		  int (*fn)(void *ctx, const struct kegiatan *k), void *ctx);

/* A signatory of the integrity pact. */
enum pakta_field { PAKTA_NAMA, PAKTA_NIP, PAKTA_UNIT, PAKTA_TANGGAL, PAKTA_PEMILIHAN, PAKTA_NF };
extern const char *const pakta_cols[PAKTA_NF + 1];

struct pakta {
	long long id, unit_id;
	char nama[UNIT_NAMA_MAX + 1], nip[19], unit[UNIT_NAMA_MAX + 1];
	char tanggal[DATE_ISO_LEN], pemilihan[RULES_PEMILIHAN_MAX + 1];
};

int pakta_parse(const struct rules *r, const struct date *today, const char *const v[PAKTA_NF],
		struct pakta *p, struct err *e);
/* Records the signature, once per person and contest: the same person
 * again in the same unit is *outcome IMPORT_SAME; in another unit it is
 * refused (-1 with e set).  Logged.  Otherwise an exit status. */
int pakta_add(struct db *d, const char *op, struct pakta *p, const char *from, int *outcome,
	      struct err *e);
/* Every signatory, by unit name then day; unit_id 0 for all. */
int pakta_each(struct db *d, long long unit_id, int (*fn)(void *ctx, const struct pakta *p),
	       void *ctx);

/* A contest code as typed, in its stored form, into out.  -1 with e set. */
int cegah_pemilihan(const struct rules *r, const char *s, char out[RULES_PEMILIHAN_MAX + 1],
		    struct err *e);

#endif
