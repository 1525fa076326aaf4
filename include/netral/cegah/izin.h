/* Permits for ASN serving on an election committee (PPK, PPS, KPPS): the
 * written permit of SE Sekda Batang, Lampiran I.  Serving is allowed;
 * partiality while serving is not, so a case against a permit holder
 * names the permit. */
#ifndef NETRAL_CEGAH_IZIN_H
#define NETRAL_CEGAH_IZIN_H

#include "netral/cegah/record.h"
#include "netral/db/db.h"
#include "netral/rules/pola.h"
#include "netral/rules/rules.h"
#include "netral/util/msg.h"

/* The fields (cegah/record.h), in the order of 'izin add's options; the
 * number is netral's. */
#define IZIN_FIELDS(X) \
	X(NOMOR, nomor, "nomor", NULL, NOMOR, 0, NULL) \
	X(NAMA, nama, "nama", "nama", NAME, CEGAH_REQUIRED, NULL) \
	X(NIP, nip, "nip", "nip", NIP, CEGAH_REQUIRED, NULL) \
	X(PANGKAT, pangkat, "pangkat", "pangkat", NAME, 0, NULL) \
	X(JABATAN, jabatan, "jabatan", "jabatan", NAME, 0, NULL) \
	X(UNIT, unit_kerja, "unit_kerja", "unit", NAME, 0, NULL) \
	X(PERAN, peran, "peran", "peran", VOCAB, CEGAH_REQUIRED, VOCAB_PERAN_IZIN) \
	X(SK, sk_penunjukan, "sk_penunjukan", "sk-penunjukan", NAME, CEGAH_REQUIRED, NULL) \
	X(PEMBERI_NAMA, pemberi_nama, "pemberi_nama", "pemberi-nama", NAME, CEGAH_REQUIRED, NULL) \
	X(PEMBERI_NIP, pemberi_nip, "pemberi_nip", "pemberi-nip", NIP, CEGAH_REQUIRED, NULL) \
	X(PEMBERI_PANGKAT, pemberi_pangkat, "pemberi_pangkat", "pemberi-pangkat", NAME, 0, NULL) \
	X(PEMBERI_JABATAN, pemberi_jabatan, "pemberi_jabatan", "pemberi-jabatan", NAME, CEGAH_REQUIRED, NULL) \
	X(PEMBERI_UNIT, pemberi_unit, "pemberi_unit", "pemberi-unit", NAME, 0, NULL) \
	X(TEMPAT, tempat, "tempat", "tempat", NAME, 0, NULL) \
	X(TANGGAL, tanggal, "tanggal", "tanggal", DAY, CEGAH_REQUIRED, NULL) \
	X(PEMILIHAN, pemilihan, "pemilihan", "pemilihan", CONTEST, 0, NULL)

#define IZIN_ENUM_(id, ...) IZ_##id,
enum izin_field { IZIN_FIELDS(IZIN_ENUM_) IZ_NF };

struct izin {
	CEGAH_HEAD;
	IZIN_FIELDS(CEGAH_SLOT_)
};
extern const struct cegah_record izin_record;

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
/* The permits of one NIP whose contest votes on the day pemilihan does
 * (one committee serves every ballot of that day), oldest first; every
 * permit: cegah_each. */
int izin_of_day(struct db *d, const struct rules *r, const char *nip, const char *pemilihan,
		int (*fn)(void *ctx, const struct izin *iz), void *ctx);
/* The permits of a case's person for its contest (izin_of_day), as
 * "IZ-2024-0001 KPPS PILKADA2024 2024-10-01", "; " between them, into
 * out ("" for none).  Returns an exit status. */
int izin_mention(struct db *d, const struct rules *r, const char *nip, const char *pemilihan,
		 char *out, size_t n);
/* The agency's number of the permit's letter, "" before its first
 * letter was made numbered.  Returns a status. */
int izin_letter_held(struct db *d, const struct izin *iz, char out[POLA_NOMOR_MAX + 1]);
/* The number of the permit's letter (cegah/surat.h): the one it holds
 * (given, a different one is refused), else given or the pattern's next,
 * recorded with the permit (logged); "" when neither.  Writes only when
 * it records one, within the caller's transaction; returns a status,
 * reported. */
int izin_letter_number(struct db *d, const struct rules *r, const char *op, const struct izin *iz,
		       const char *given, char out[POLA_NOMOR_MAX + 1]);

#endif
