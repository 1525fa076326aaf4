/* The rules as data: SKB matrix, sanction catalogue, contests, position
 * categories and statuses; loading, checking and classification. */
#ifndef NETRAL_RULES_H
#define NETRAL_RULES_H

#include <sqlite3.h>

#include "netral/util/ident.h"

enum tahap { TAHAP_UNKNOWN = -1, TAHAP_BAKAL = 0, TAHAP_CALON = 1, TAHAP_ANY = 2 };
#define FLAG_ANY (-1)

struct bentuk {
	char *kode, *uraian;
	long line;
};

struct matrix_row {
	char *ruleset;
	struct date berlaku;
	char *bentuk;
	int tahap;            /* TAHAP_BAKAL, TAHAP_CALON or TAHAP_ANY */
	int cltn, pasangan;   /* 0, 1 or FLAG_ANY */
	char *kode;           /* "KE-2", or "" where the matrix has no number */
	char *jenis;
	char *dasar_hukum;
	char *catatan;        /* why, for satgas and tidak_melanggar rows */
	long line;
	int ruleset_idx, bentuk_idx;  /* set by rules_index */
};

struct ruleset {
	char *kode;           /* shares the string of its first matrix row */
	struct date berlaku;
};

struct sanksi {
	char *ruleset;
	struct date berlaku;
	char *jenis_pegawai, *jenis, *kode, *uraian, *dasar_hukum;
	long line;
};

struct pemilihan {
	char *kode, *nama;
	struct date penetapan, kampanye_mulai, kampanye_selesai, pemungutan;
	int bawaan;           /* shipped with the rules, not added by a user */
	long line;
};

struct jabatan {
	char *ejaan;          /* normalised spelling */
	char *kategori, *kelompok;
	long line;
};

struct status {
	char *kode, *uraian;
	int terbukti, ditindaklanjuti;
	long line;
};

struct transisi {
	char *dari, *ke, *keterangan;
	long line;
};

struct pengaturan {
	char *kunci, *nilai, *keterangan;
	long line;
};

#define ARRAY(T) struct { T *v; size_t n, cap; }

struct rules {
	ARRAY(struct bentuk) bentuk;
	ARRAY(struct matrix_row) matrix;
	ARRAY(struct sanksi) sanksi;
	ARRAY(struct pemilihan) pemilihan;
	ARRAY(struct jabatan) jabatan;
	ARRAY(struct status) status;
	ARRAY(struct transisi) transisi;
	ARRAY(struct pengaturan) pengaturan;
	ARRAY(struct ruleset) rulesets;   /* derived: by date, earliest first */
	char hash[65];        /* of the CSV text, to notice a changed rule set */
};

/* Where the CSV text comes from: a folder, or the copy built into netral. */
int rules_load_dir(struct rules *r, const char *dir);
int rules_load_builtin(struct rules *r);
/* The hash rules_load_builtin would give, without parsing. */
void rules_builtin_hash(char out[65]);
/* Both print each problem as FILE:LINE: problem on stderr and return
 * NX_DATA when there was any, NX_IO when a file cannot be read. */
void rules_free(struct rules *r);

/* Derives the ruleset list and the matrix rows' indexes; the loaders call
 * it, and so must anyone who edits a struct rules. */
void rules_index(struct rules *r);

/* Database copy of the rules (the truth at run time: users add contests). */
int rules_store(const struct rules *r, sqlite3 *db, const char *source);
int rules_load_db(struct rules *r, sqlite3 *db);

const struct bentuk *rules_bentuk(const struct rules *r, const char *kode);
const struct pemilihan *rules_pemilihan(const struct rules *r, const char *kode);
const struct status *rules_status(const struct rules *r, const char *kode);
const struct jabatan *rules_jabatan(const struct rules *r, const char *spelling);
/* 1 when the workflow allows moving from one status to the other. */
int rules_transition_ok(const struct rules *r, const char *dari, const char *ke);
/* "a, b" of the statuses reachable from dari, for messages; caller frees. */
char *rules_list_next(const struct rules *r, const char *dari);
/* A setting of pengaturan.csv as a number, or def when absent. */
long rules_setting(const struct rules *r, const char *kunci, long def);
const struct pengaturan *rules_pengaturan(const struct rules *r, const char *kunci);

const struct sanksi *rules_sanksi(const struct rules *r, const char *ruleset,
				  const char *jenis_pegawai, const char *kode);
/* 1 when kode is among the sanctions of tier jenis for the employee type. */
int rules_sanksi_in_tier(const struct rules *r, const char *jenis_pegawai,
			 const char *jenis, const char *kode);
/* "a, b, c" of the valid values, for messages; caller frees. */
char *rules_list_bentuk(const struct rules *r);
char *rules_list_pemilihan(const struct rules *r);
char *rules_list_status(const struct rules *r);
char *rules_list_kategori(const struct rules *r);

/* The campaign period of a day in a contest: sebelum_kampanye,
 * saat_kampanye or setelah_kampanye; tidak_diketahui without a contest. */
const char *periode_of(const struct pemilihan *p, const struct date *d);
const char *tahap_name(int tahap);
/* Lower case, and '-', '_', '.', '/' and runs of blanks as one space. */
void jabatan_normalise(const char *in, char *out, size_t cap);
/* The dates of a contest in order; -1 with e set. */
int pemilihan_check(const struct pemilihan *p, struct err *e);

#define JENIS_UNCLASSIFIED "belum_diklasifikasi"

struct klasifikasi_in {
	const char *bentuk;
	struct date tanggal;
	const char *pemilihan;      /* NULL: inferred from the date */
	const char *jenis_pegawai;  /* NULL: sanction options of every type */
	int cltn, pasangan;
	int no_reason;              /* skip the words: a bulk import stores none */
};

struct klasifikasi {
	const char *jenis;          /* a matrix result or JENIS_UNCLASSIFIED */
	const char *kode;           /* "" when none */
	int tahap;
	const struct pemilihan *pemilihan;
	int disimpulkan;            /* the contest was inferred */
	const struct matrix_row *row;
	char alasan[1024];
};

/* -1 with e set when the bentuk or contest is unknown. */
int classify(const struct rules *r, const struct klasifikasi_in *in,
	     struct klasifikasi *out, struct err *e);

/* The jenis values a matrix row may carry, and the sanction tiers. */
int jenis_valid(const char *s, int for_sanksi);
extern const char *const jenis_names[];

#endif
