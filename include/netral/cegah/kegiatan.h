/* What a unit reports doing to prevent violations (kosakata kegiatan):
 * a pledge read at the morning assembly, the integrity pact signed, the
 * internal team formed, a socialisation, the vulnerable points of the
 * stages identified; and who signed the pact, so that its coverage is
 * counted per person. */
#ifndef NETRAL_CEGAH_KEGIATAN_H
#define NETRAL_CEGAH_KEGIATAN_H

#include "netral/cegah/record.h"
#include "netral/cegah/unit.h"
#include "netral/db/db.h"
#include "netral/io/csvimport.h"
#include "netral/rules/rules.h"

/* The fields (cegah/record.h): the unit is 'kegiatan add's argument. */
#define KEGIATAN_FIELDS(X) \
	X(UNIT, unit, "unit", NULL, UNIT, CEGAH_REQUIRED, NULL) \
	X(JENIS, jenis, "jenis", "jenis", VOCAB, CEGAH_REQUIRED, VOCAB_KEGIATAN) \
	X(TANGGAL, tanggal, "tanggal", "tanggal", PAST_DAY, CEGAH_REQUIRED, NULL) \
	X(PESERTA, peserta, "peserta", "peserta", COUNT, 0, NULL) \
	X(PEMILIHAN, pemilihan, "pemilihan", "pemilihan", CONTEST, 0, NULL) \
	X(CATATAN, catatan, "catatan", "catatan", NOTE, 0, NULL) \
	X(DOKUMEN, dokumen, "dokumen", "dokumen", LINE, 0, NULL)

#define KEGIATAN_ENUM_(id, ...) KEG_##id,
enum kegiatan_field { KEGIATAN_FIELDS(KEGIATAN_ENUM_) KEG_NF };

/* pemilihan "": every contest its day is in; peserta -1: not given */
struct kegiatan {
	CEGAH_HEAD;
	KEGIATAN_FIELDS(CEGAH_SLOT_)
};
extern const struct cegah_record kegiatan_record;

/* Records it for the unit k->unit_id, unless the unit reported the same
 * kind on the same day for the same contest (*outcome IMPORT_SAME).  Logged,
 * with from (an import's FILE:LINE) when given.
 * Within the caller's transaction; returns an exit status. */
int kegiatan_add(struct db *d, const char *op, struct kegiatan *k, const char *from, int *outcome);

/* The activity, not void, of k's unit, kind, day and contest (its key)
 * into out: 0, NX_NOTFOUND, or a status. */
int kegiatan_find(struct db *d, const struct kegiatan *k, struct kegiatan *out);
/* The same activity recorded already (kegiatan_find) with other values
 * than k gives: what differs into said, empty when nothing does; the one
 * rule of 'kegiatan add' and an import.  Returns a status. */
int kegiatan_differs(struct db *d, const struct kegiatan *k, struct strbuf *said);
/* Corrects the activity of k's key: the fields k gives (peserta, catatan,
 * dokumen) replace its own, each change said into said ("peserta: 30 →
 * 40"; nothing said: nothing changed).  Logged with the reason.  Within
 * the caller's transaction; NX_NOTFOUND (unsaid) or another status. */
int kegiatan_correct(struct db *d, const char *op, const struct kegiatan *k, const char *alasan,
		     struct strbuf *said);
/* Voids the activity of k's key, with the reason: out of every list and
 * count, its events kept; the same may be recorded again.  As above. */
int kegiatan_void(struct db *d, const char *op, const struct kegiatan *k, const char *alasan);

/* A signatory of the integrity pact: a PPNPN has no NIP. */
#define PAKTA_FIELDS(X) \
	X(NAMA, nama, "nama", NULL, NAME, CEGAH_REQUIRED, NULL) \
	X(NIP, nip, "nip", "nip", NIP, 0, NULL) \
	X(UNIT, unit, "unit", "unit", UNIT, CEGAH_REQUIRED, NULL) \
	X(TANGGAL, tanggal, "tanggal", "tanggal", PAST_DAY, CEGAH_REQUIRED, NULL) \
	X(PEMILIHAN, pemilihan, "pemilihan", "pemilihan", CONTEST, 0, NULL)

#define PAKTA_ENUM_(id, ...) PAKTA_##id,
enum pakta_field { PAKTA_FIELDS(PAKTA_ENUM_) PAKTA_NF };

struct pakta {
	CEGAH_HEAD;
	PAKTA_FIELDS(CEGAH_SLOT_)
};
extern const struct cegah_record pakta_record;

/* The key a signatory is counted once by: the NIP, else (a PPNPN) the
 * unit and the name folded (text_key). */
void pakta_key(const char *nip, long long unit_id, const char *nama, char *out, size_t n);

/* Records the signature, once per person and contest: the same person
 * again in the same unit is *outcome IMPORT_SAME; in another unit it is
 * refused (-1 with e set).  Logged.  Otherwise an exit status. */
int pakta_add(struct db *d, const char *op, struct pakta *p, const char *from, int *outcome,
	      struct err *e);

/* The live signatures of a person: by the NIP when nip is not "", else
 * by the name of a PPNPN (no NIP, name folded), of the contest pemilihan
 * ("" any).  The first into out, how many into *count.  Returns a
 * status. */
int pakta_find(struct db *d, const char *nip, const char *nama, const char *pemilihan,
	       struct pakta *out, int *count);
/* Corrects the signature old to now (its name, unit or day), said into
 * said as "col: a → b" (nothing said: nothing changed), logged with the
 * reason.  Within the caller's transaction; returns a status. */
int pakta_correct(struct db *d, const char *op, const struct pakta *old, const struct pakta *now,
		  const char *alasan, struct strbuf *said);

#endif
