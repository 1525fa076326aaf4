/* The stored columns of a case, in the order of the kasus table: the one
 * list that SQL column lists, CSV headers, the import's known and ignored
 * columns, the audit fingerprint, list/show output and completion read.
 * tests/unit/test_column.c holds it to PRAGMA table_info(kasus). */
#ifndef NETRAL_KASUS_COLUMN_H
#define NETRAL_KASUS_COLUMN_H

/* What a column holds. */
#define KIND_REPORTED 1    /* as reported: an import column, an add option */
#define KIND_WORKFLOW 2    /* the follow-up: also an import column and option */
#define KIND_DERIVED 3     /* computed from the fields and the rules */
#define KIND_BOOK 4        /* bookkeeping: number, key, provenance, times */

#define CF_REQUIRED 0x01u  /* a case cannot be recorded without it */
#define CF_MULTILINE 0x02u /* may hold line breaks and tabs */
#define CF_BOOL 0x04u      /* 1/0, ya/tidak, true/false; an option without value is 1 */
#define CF_PRIVATE 0x08u   /* someone else's personal data: shown only when asked */
#define CF_INTEGER 0x10u   /* stored as an INTEGER */
#define CF_UNLISTED 0x20u  /* derived, but not a column of 'list' output */
#define CF_DATE 0x40u      /* a day: YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY in, ISO stored */
#define CF_DIGITS 0x80u    /* digits, not a number: a leading 0 and all 18 count */
#define CF_CODED 0x100u    /* derived, of few values: stored as its code in kamus (db/kamus.h) */

/*
 * X(ID, name, kind, flags, maxlen, audit): audit is the column's place in
 * the fingerprint of the event log (0: not followed).  Stored fingerprints
 * depend on those places: never renumber them, and a column added later
 * takes 0 (its changes are events like any other's, and the state digest
 * of kasus_state covers it).
 */
#define KASUS_COLUMNS(X) \
	X(ID, id, BOOK, CF_INTEGER, 0, 0) \
	X(NOMOR, nomor, BOOK, 0, 32, 0) \
	X(NO_LAPORAN, no_laporan, REPORTED, 0, 100, 1) \
	X(NAMA, nama, REPORTED, CF_REQUIRED, 200, 2) \
	X(NIP, nip, REPORTED, CF_DIGITS, 40, 3) \
	X(NIK, nik, REPORTED, CF_DIGITS, 40, 4) \
	X(JENIS_PEGAWAI, jenis_pegawai, REPORTED, CF_REQUIRED, 64, 5) \
	X(KATEGORI_JABATAN, kategori_jabatan, REPORTED, 0, 100, 6) \
	X(JABATAN, jabatan, REPORTED, 0, 200, 7) \
	X(INSTANSI, instansi, REPORTED, CF_REQUIRED, 200, 8) \
	X(UNIT_KERJA, unit_kerja, REPORTED, 0, 200, 9) \
	X(TANGGAL_LAHIR, tanggal_lahir, REPORTED, CF_DATE, 32, 10) \
	X(TANGGAL_KEJADIAN, tanggal_kejadian, REPORTED, CF_REQUIRED | CF_DATE, 32, 11) \
	X(TANGGAL_LAPORAN, tanggal_laporan, REPORTED, CF_DATE, 32, 12) \
	X(PEMILIHAN, pemilihan, REPORTED, 0, 64, 13) \
	X(BENTUK, bentuk, REPORTED, CF_REQUIRED, 64, 15) \
	X(URAIAN, uraian, REPORTED, CF_MULTILINE, 4000, 16) \
	X(SUMBER, sumber, REPORTED, 0, 200, 17) \
	X(STATUS, status, REPORTED, 0, 32, 18) \
	X(CLTN, cltn, REPORTED, CF_BOOL | CF_INTEGER, 16, 19) \
	X(PASANGAN_CALON, pasangan_calon, REPORTED, CF_BOOL | CF_INTEGER, 16, 20) \
	X(PEMILIHAN_DISIMPULKAN, pemilihan_disimpulkan, DERIVED, CF_INTEGER | CF_UNLISTED, 0, 14) \
	X(USIA, usia, DERIVED, CF_INTEGER, 0, 0) \
	X(KELOMPOK_USIA, kelompok_usia, DERIVED, CF_CODED, 0, 0) \
	X(KELOMPOK_JABATAN, kelompok_jabatan, DERIVED, CF_CODED, 0, 0) \
	X(PERIODE, periode, DERIVED, CF_CODED, 0, 21) \
	X(TAHAP, tahap, DERIVED, CF_CODED, 0, 22) \
	X(JENIS, jenis, DERIVED, CF_CODED, 0, 23) \
	X(KODE, kode, DERIVED, CF_CODED, 0, 24) \
	X(RULESET, ruleset, DERIVED, CF_UNLISTED | CF_CODED, 0, 25) \
	X(BERKAS_BARIS, berkas_baris, BOOK, CF_INTEGER, 0, 0) \
	X(KUNCI, kunci, BOOK, 0, 0, 0) \
	X(DIBUAT, dibuat, BOOK, 0, 0, 0) \
	X(DIUBAH, diubah, BOOK, 0, 0, 0) \
	X(REKOMENDASI_NOMOR, rekomendasi_nomor, WORKFLOW, 0, 100, 26) \
	X(REKOMENDASI_TANGGAL, rekomendasi_tanggal, WORKFLOW, CF_DATE, 32, 27) \
	X(REKOMENDASI_DARI, rekomendasi_dari, WORKFLOW, 0, 16, 28) \
	X(REKOMENDASI_SANKSI, rekomendasi_sanksi, WORKFLOW, 0, 64, 29) \
	X(SANKSI, sanksi, WORKFLOW, 0, 64, 30) \
	X(SK_NOMOR, sk_nomor, WORKFLOW, 0, 100, 31) \
	X(SK_TANGGAL, sk_tanggal, WORKFLOW, CF_DATE, 32, 32) \
	X(BLOKIR_SIASN, blokir_siasn, WORKFLOW, CF_BOOL | CF_INTEGER, 16, 33) \
	X(IMPOR_ID, impor_id, BOOK, CF_INTEGER, 0, 0) \
	X(KONTAK_PELAPOR, kontak_pelapor, REPORTED, CF_PRIVATE | CF_DIGITS, 200, 34) \
	X(SASARAN, sasaran, REPORTED, 0, 32, 0) \
	X(PUTUSAN_JENIS, putusan_jenis, WORKFLOW, 0, 32, 0) \
	X(PUTUSAN_NOMOR, putusan_nomor, WORKFLOW, 0, 100, 0) \
	X(PUTUSAN_TANGGAL, putusan_tanggal, WORKFLOW, CF_DATE, 32, 0) \
	X(PUTUSAN_CATATAN, putusan_catatan, WORKFLOW, CF_MULTILINE, 1000, 0) \
	X(JENIS_KELAMIN, jenis_kelamin, DERIVED, CF_CODED, 0, 0) \
	X(SPK_NOMOR, spk_nomor, REPORTED, 0, 100, 0) \
	X(KEADAAN_IMPOR, keadaan_impor, BOOK, 0, 0, 0) \
	X(BATAL_ALASAN, batal_alasan, WORKFLOW, CF_MULTILINE, 1000, 0) \
	X(GABUNG_KE, gabung_ke, WORKFLOW, 0, 32, 0) \
	X(ASAL, asal, REPORTED, 0, 200, 0) \
	X(ASAL_NOMOR, asal_nomor, REPORTED, 0, 32, 0) \
	X(INDIKASI, indikasi, REPORTED, 0, 200, 0) \
	X(DIHITUNG_ASAL, dihitung_asal, REPORTED, 0, 1, 0)

#define COLUMN_ENUM_(id, name, kind, flags, maxlen, audit) COL_##id,
enum column { KASUS_COLUMNS(COLUMN_ENUM_) COL_COUNT };

/* The fields: the reported and workflow columns, in the same order, which
 * is the order of the import format (netral-import(5)). */
#define FIELD_ENUM_REPORTED(id) F_##id,
#define FIELD_ENUM_WORKFLOW(id) F_##id,
#define FIELD_ENUM_DERIVED(id)
#define FIELD_ENUM_BOOK(id)
#define FIELD_ENUM_(id, name, kind, flags, maxlen, audit) FIELD_ENUM_##kind(id)
enum field { KASUS_COLUMNS(FIELD_ENUM_) F_COUNT };

struct column_def {
	const char *name;
	int kind;
	unsigned flags;
	unsigned maxlen;   /* bytes, as typed; 0 for what netral computes */
	int audit;         /* place in the fingerprint, 1-based; 0 if not followed */
	int field;         /* its enum field, or -1 */
};

extern const struct column_def kasus_columns[COL_COUNT];

/* The column of field f, and the field of column c (or -1). */
int field_column(enum field f);
#define field_def(f) (&kasus_columns[field_column(f)])
/* By name, "tanggal_lahir"; for fields also the option spelling
 * "tanggal-lahir".  -1 when unknown. */
int column_by_name(const char *name);
int field_by_name(const char *name);

/* The columns in the fingerprint, in its order, into out; their count. */
int column_audit_order(int out[COL_COUNT]);

/* A derived column shown by 'list' and accepted back (and ignored) by
 * 'import'. */
int column_listed(int c);

#endif
