/* A case (kasus): its fields as the import format names them, their checks,
 * the values derived from them, and its rows in the database. */
#ifndef NETRAL_KASUS_H
#define NETRAL_KASUS_H

#include "netral/db/db.h"
#include "netral/rules/rules.h"
#include "netral/util/strbuf.h"

/* In the order of the import format (netral-import(5)). */
enum field {
	F_NO_LAPORAN, F_NAMA, F_NIP, F_NIK, F_JENIS_PEGAWAI, F_KATEGORI_JABATAN,
	F_JABATAN, F_INSTANSI, F_UNIT_KERJA, F_TANGGAL_LAHIR, F_TANGGAL_KEJADIAN,
	F_TANGGAL_LAPORAN, F_PEMILIHAN, F_BENTUK, F_URAIAN, F_SUMBER, F_STATUS,
	F_CLTN, F_PASANGAN_CALON,
	/* the workflow: the recommendation and the sanction the PPK imposed */
	F_REKOMENDASI_NOMOR, F_REKOMENDASI_TANGGAL, F_REKOMENDASI_DARI,
	F_REKOMENDASI_SANKSI, F_SANKSI, F_SK_NOMOR, F_SK_TANGGAL, F_BLOKIR_SIASN,
	/* personal data of someone else: shown only when asked for */
	F_KONTAK_PELAPOR,
	F_COUNT
};

#define FF_REQUIRED 1u
#define FF_MULTILINE 2u
#define FF_BOOL 4u      /* 1/0, ya/tidak, true/false; an option without value is 1 */
#define FF_PRIVATE 8u   /* hidden from list and show unless --kontak */

struct field_def {
	const char *name;
	unsigned maxlen;   /* bytes, as typed */
	unsigned flags;
};

extern const struct field_def field_defs[F_COUNT];

/* Slot size for a normalised value: a date may grow (1/2/2024). */
#define KASUS_SLOTS_SIZE 8192

struct kasus {
	char *v[F_COUNT];        /* normalised text; NULL when empty */
	char slots[KASUS_SLOTS_SIZE];
	int check_today;         /* refuse incident and report dates after today */
	int no_reason;           /* classify without the reason in words */
	/* parsed */
	struct date lahir, kejadian, laporan, rek_tanggal, sk_tanggal;
	int has_lahir, has_laporan;
	int cltn, pasangan, blokir;
	/* derived by kasus_finish */
	struct date lahir_efektif;
	int has_lahir_efektif;
	int sex;                 /* 0 unknown, 1 male, 2 female */
	int usia;                /* -1 unknown */
	const char *kelompok_usia, *kelompok_jabatan, *periode;
	struct klasifikasi k;
};

void kasus_init(struct kasus *k);
/* A deep copy: the values point into the copy's own slots. */
void kasus_copy(struct kasus *dst, const struct kasus *src);

/* Sets a field from text a user typed or a CSV cell; checks and normalises
 * it.  The message in e does not name the field (callers prefix it). */
int kasus_set(struct kasus *k, enum field f, const char *raw,
	      const struct rules *r, struct err *e);

/* After all fields: required ones, cross-field checks, derived values and
 * the classification.  -1 with e and *bad set; warnings appended to w as
 * "field: text" lines. */
int kasus_finish(struct kasus *k, const struct rules *r, enum field *bad,
		 struct err *e, struct strbuf *w);

/* The idempotency key: no_laporan and the person, or the row's content. */
void kasus_key(const struct kasus *k, struct strbuf *out);

/* The fingerprint of the row kasus_insert stores for k (see audit.h). */
void kasus_audit_fingerprint(const struct kasus *k, char hex[65]);

/* The person, for duplicate messages: NIP, else NIK, else the name. */
const char *kasus_person(const struct kasus *k);

struct provenance {
	long long impor_id;   /* the import run */
	long baris;           /* the line where the record starts */
};

/* Inserts within the caller's transaction; nomor receives the case number
 * and id the row id.  When kunci is already taken nothing is stored and
 * *id is 0: the caller decides whether that is a duplicate or an update. */
int kasus_insert(struct db *d, const struct kasus *k,
		 const struct provenance *p, const char *kunci,
		 char nomor[32], long long *id);

/* Loads a case by number (or NULL: by id) and re-derives it.  NX_NOTFOUND
 * when there is no such case. */
int kasus_load(struct db *d, const char *nomor, struct kasus *k,
	       long long *id);

/* Writes the current values of a loaded-then-changed case. */
int kasus_update(struct db *d, long long id, const struct kasus *k);

/* The normal form of a value of field f, checked as kasus_set checks it:
 * for options that select on a field (--from, --bentuk...).  -1 with e set. */
int field_normalise(const struct rules *r, enum field f, const char *raw,
		    char *out, size_t cap, struct err *e);

/* Field lookup by name ("tanggal_lahir") or option name ("tanggal-lahir"). */
int field_by_name(const char *name);

const char *bool_text(int v);

/* "2024-7" and "2024-0007" both name case 2024-0007; -1 if not a number. */
int nomor_normalise(const char *in, char out[32]);

/* A field as stored: the contest even when inferred, flags as 1/0. */
const char *kasus_value(const struct kasus *k, enum field f);

#endif
