/* Permits for ASN serving on an election committee (PPK, PPS, KPPS): the
 * written permit of SE Sekda Batang, Lampiran I.  Serving is allowed;
 * partiality while serving is not, so a case against a permit holder
 * names the permit. */
#ifndef NETRAL_CEGAH_IZIN_H
#define NETRAL_CEGAH_IZIN_H

#include "netral/db/db.h"
#include "netral/rules/rules.h"
#include "netral/util/msg.h"

/* The fields, in the order of the table and of 'izin add's options. */
#define IZIN_FIELDS(X) \
	X(NAMA, nama, "nama", 1) \
	X(NIP, nip, "nip", 1) \
	X(PANGKAT, pangkat, "pangkat", 0) \
	X(JABATAN, jabatan, "jabatan", 0) \
	X(UNIT, unit_kerja, "unit", 0) \
	X(PERAN, peran, "peran", 1) \
	X(SK, sk_penunjukan, "sk-penunjukan", 1) \
	X(PEMBERI_NAMA, pemberi_nama, "pemberi-nama", 1) \
	X(PEMBERI_NIP, pemberi_nip, "pemberi-nip", 1) \
	X(PEMBERI_PANGKAT, pemberi_pangkat, "pemberi-pangkat", 0) \
	X(PEMBERI_JABATAN, pemberi_jabatan, "pemberi-jabatan", 1) \
	X(PEMBERI_UNIT, pemberi_unit, "pemberi-unit", 0) \
	X(TEMPAT, tempat, "tempat", 0) \
	X(TANGGAL, tanggal, "tanggal", 1) \
	X(PEMILIHAN, pemilihan, "pemilihan", 0)

#define IZIN_ENUM_(id, col, opt, req) IZ_##id,
enum izin_field { IZIN_FIELDS(IZIN_ENUM_) IZ_NF };

struct izin_field_def {
	const char *col, *opt;
	int required;
};
extern const struct izin_field_def izin_fields[IZ_NF];

#define IZIN_VALUE_MAX 200

struct izin {
	long long id;
	char nomor[32];            /* IZ-YEAR-SEQUENCE */
	char v[IZ_NF][IZIN_VALUE_MAX + 1];
};

/* The fields as typed into iz, in their stored forms (NIPs as 18 digits,
 * the committee's code, the day in ISO, the contest inferred from the day
 * when none is given and the day says).  -1 with e set, e->field the field. */
int izin_parse(const struct rules *r, const char *const v[IZ_NF], struct izin *iz, struct err *e);
/* Records it under the next number of its year, into iz->nomor.  Logged.
 * Within the caller's transaction; returns an exit status. */
int izin_add(struct db *d, const char *op, struct izin *iz);
/* The permit already given to the same NIP for the same committee and
 * event (izin_sebutan: either vote of the Pemilu 2024), into nomor: 0,
 * NX_NOTFOUND (not reported), or a status. */
int izin_same(struct db *d, const struct rules *r, const struct izin *iz, char nomor[32]);
/* The event a permit's contest belongs to, as the law and the letter name
 * it (pemilihan.csv, sebutan); the code itself when unknown. */
const char *izin_sebutan(const struct rules *r, const char *pemilihan);
/* By number (any letter case): 0, NX_NOTFOUND (not reported), or a status. */
int izin_get(struct db *d, const char *nomor, struct izin *out);
/* Every permit, newest number last; or those of one NIP whose contest
 * votes on the day pemilihan does (one committee serves every ballot of
 * that day), when nip is given (r is read only then). */
int izin_each(struct db *d, const struct rules *r, const char *nip, const char *pemilihan,
	      int (*fn)(void *ctx, const struct izin *iz), void *ctx);
/* The permits of a case's person for its contest (izin_each), as
 * "IZ-2024-0001 KPPS PILKADA2024 2024-10-01", "; " between them, into
 * out ("" for none).  Returns an exit status. */
int izin_mention(struct db *d, const struct rules *r, const char *nip, const char *pemilihan,
		 char *out, size_t n);

#endif
