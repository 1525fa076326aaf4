/* The rules tables column by column: the one list that the headers of a
 * rules folder's CSV files, the check of each cell, the structs of
 * rules.h, the SQL of the database's copy (store.c), rules_free and the
 * listing of 'netral rules' read, as kasus/column.h is for cases.
 * tests/unit/test_catalog.c holds it to the schema and the shipped files.
 *
 * X(T, field, csv, sql, type, flags, dflt, limit, check):
 *   field  the struct's member, and the heading of a terminal table
 *   csv    the column of the rules file, NULL for what no file holds
 *   sql    the column of the database's table, NULL for what is not stored
 *   type   what the member holds and how it is stored (RULES_SLOT_*)
 *   flags  RC_*
 *   dflt   what a file without the column (an older folder) gives, NULL
 *          where the header must have it
 *   limit  bytes a value may have, 0 for no limit of its own
 *   check  checks a cell, and reads it into the member (rows.h)
 * T is the struct, passed through so that one list serves every use.
 *
 * Adding a column: one X line here (and its check, when none of rows.h
 * fits), the column in data/schema.sql and a migration. */
#ifndef NETRAL_RULES_CATALOG_H
#define NETRAL_RULES_CATALOG_H

#include <stddef.h>

#include "netral/util/ident.h"

/* The longest codes and names the rules hold: what a case's fields can
 * store whole (kasus/column.h), so nothing is cut. */
#define RULES_CODE_MAX 32
#define RULES_PEMILIHAN_MAX 64
#define RULES_NAME_MAX 200
#define RULES_LETTER_MAX (64 * 1024)

/* How often a prevention duty recurs (jadwal.csv): each week from the
 * first Monday on or after mulai, once by batas, as often as a unit likes
 * (counted, never late), or once in each stage the contest's days mark
 * (its parties' and candidates' designation, campaign, quiet days, voting). */
enum irama { IRAMA_MINGGUAN, IRAMA_SEKALI, IRAMA_BEBAS, IRAMA_TAHAPAN };
#define IRAMA_NAMES { "mingguan", "sekali", "bebas", "tahapan" }

#define RULES_COLS_MAX 24   /* columns of a table (catalog.c asserts it) */

#define RC_KEY 0x01u   /* of the row's key: no two rows share it, and an
			* upserted table's conflict target */
#define RC_SHOW 0x02u  /* listed by 'netral rules', at a terminal too */
#define RC_DATA 0x04u  /* listed in CSV and JSON only: too wide for a terminal */
#define RC_ORIGIN 0x08u /* whose row: 0 a user's, which rules_store never
			 * writes over (RT_USER_ROWS) */

/* What a member holds, by the type named in a column's X. */
#define RULES_SLOT_TEXT(f) char *f;          /* stored as it is */
#define RULES_SLOT_DATE(f) struct date f;    /* ISO; '' and zero when unset */
#define RULES_SLOT_INT(f) int f;             /* 0 or 1 in files */
#define RULES_SLOT_LINE(f) long f;           /* the file's line */
#define RULES_SLOT_ORDER(f)                  /* stored: the row's place */
#define RULES_SLOT_NONE(f)                   /* a file's only: checked, then dropped */
#define RULES_SLOT_DERIVED(f) int f;         /* computed, never stored */
/* names stored and listed (catalog.c) */
#define RULES_SLOT_FLAG(f) int f;            /* ya, tidak, * (FLAG_ANY) */
#define RULES_SLOT_TAHAP(f) int f;           /* enum tahap */
#define RULES_SLOT_SASARAN(f) int f;         /* calon 0, partai 1, * FLAG_ANY */
#define RULES_SLOT_IRAMA(f) int f;           /* enum irama */
#define RULES_SLOT_ORIGIN(f) int f;          /* 1 shipped (bawaan), 0 a user's */
#define RULES_SLOT(T, field, csv, sql, type, flags, dflt, limit, check) RULES_SLOT_##type(field)

/* A value of a closed list (employee types, recommending bodies, position
 * groups, classification tiers) with its other spellings and properties. */
#define RULES_KOSAKATA(X, T) \
	X(T, daftar, "daftar", "daftar", TEXT, 0, NULL, 0, ck_daftar) \
	X(T, kode, "kode", "kode", TEXT, 0, NULL, RULES_CODE_MAX, ck_word) \
	/* other spellings, '|'-separated */ \
	X(T, ejaan, "ejaan", "ejaan", TEXT, 0, NULL, 0, ck_text) \
	/* properties, space-separated: asn, nip_pns... */ \
	X(T, sifat, "sifat", "sifat", TEXT, 0, NULL, 0, ck_text) \
	X(T, uraian, "uraian", "uraian", TEXT, 0, NULL, 0, ck_text) \
	X(T, line, NULL, "baris", LINE, 0, NULL, 0, NULL)

/* A text a legal basis names by {kunci} that depends on the act's day
 * (undang.csv): the statute on ASN in force, UU 5/2014 before 31 October
 * 2023 and UU 20/2023 from then on. */
#define RULES_UNDANG(X, T) \
	X(T, kunci, "kunci", "kunci", TEXT, RC_KEY | RC_SHOW, NULL, RULES_CODE_MAX, ck_snake) \
	X(T, berlaku, "berlaku", "berlaku", DATE, RC_KEY | RC_SHOW, NULL, 0, ck_date) \
	X(T, teks, "teks", "teks", TEXT, RC_SHOW, NULL, 0, ck_plain) \
	X(T, sumber, "sumber", "sumber", TEXT, RC_SHOW, NULL, 0, ck_need) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

#define RULES_BENTUK(X, T) \
	X(T, kode, "kode", "kode", TEXT, RC_KEY, NULL, RULES_CODE_MAX, ck_code) \
	X(T, uraian, "uraian", "uraian", TEXT, 0, NULL, 0, ck_need) \
	/* the act concerns a spouse who is a candidate */ \
	X(T, pasangan, "pasangan", "pasangan", INT, 0, NULL, 0, ck_bool) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

/* A row of the SKB matrix; sasaran came with schema 12: a folder without
 * it has rows for any target. */
#define RULES_MATRIKS(X, T) \
	X(T, ruleset, "ruleset", "ruleset", TEXT, RC_KEY | RC_DATA, NULL, 0, ck_need) \
	X(T, berlaku, "berlaku", "berlaku", DATE, RC_DATA, NULL, 0, ck_date) \
	X(T, bentuk, "bentuk", "bentuk", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_bentuk) \
	X(T, tahap, "tahap", "tahap", TAHAP, RC_KEY | RC_SHOW, NULL, 0, ck_enum) \
	/* whom the act favoured: a party's stage runs from its designation as \
	 * a participant (classify.c) */ \
	X(T, sasaran, "sasaran", "sasaran", SASARAN, RC_KEY | RC_SHOW, "*", 0, ck_sasaran) \
	X(T, cltn, "cltn", "cltn", FLAG, RC_KEY | RC_SHOW, NULL, 0, ck_enum) \
	X(T, pasangan, "pasangan_calon", "pasangan_calon", FLAG, RC_KEY | RC_SHOW, NULL, 0, ck_enum) \
	/* the row of BKN Kanreg III's tables ("KE-2", "DS-5", "PTDH-1"), or "" */ \
	X(T, kode, "kode", "kode", TEXT, RC_SHOW, NULL, 0, ck_bkn_code) \
	X(T, jenis, "jenis", "jenis", TEXT, RC_SHOW, NULL, 0, ck_matrix_jenis) \
	X(T, dasar_hukum, "dasar_hukum", "dasar_hukum", TEXT, RC_DATA, NULL, 0, ck_basis) \
	/* why, for satgas and tidak_melanggar rows */ \
	X(T, catatan, "catatan", "catatan", TEXT, RC_DATA, NULL, 0, ck_text) \
	/* its row in BKN Kanreg III's tables ("disiplin 4"), or "" */ \
	X(T, baris_bkn, "baris_bkn", "baris_bkn", TEXT, RC_SHOW, NULL, 0, ck_text) \
	X(T, line, NULL, "baris", LINE, 0, NULL, 0, NULL) \
	/* set by rules_index */ \
	X(T, ruleset_idx, NULL, NULL, DERIVED, 0, NULL, 0, NULL) \
	X(T, bentuk_idx, NULL, NULL, DERIVED, 0, NULL, 0, NULL)

/* A sanction of a tier for an employee type; instansi: from the agency's
 * sanksi_instansi.csv. */
#define RULES_SANKSI(X, T) \
	X(T, ruleset, "ruleset", "ruleset", TEXT, RC_KEY, NULL, 0, ck_ruleset) \
	X(T, berlaku, "berlaku", "berlaku", DATE, 0, NULL, 0, ck_date) \
	X(T, jenis_pegawai, "jenis_pegawai", "jenis_pegawai", TEXT, RC_KEY, NULL, 0, ck_employee) \
	X(T, jenis, "jenis", "jenis", TEXT, RC_KEY, NULL, 0, ck_sanction_tier) \
	X(T, kode, "kode", "kode", TEXT, RC_KEY, NULL, RULES_CODE_MAX, ck_code) \
	X(T, uraian, "uraian", "uraian", TEXT, 0, NULL, 0, ck_need) \
	X(T, dasar_hukum, "dasar_hukum", "dasar_hukum", TEXT, 0, NULL, 0, ck_basis) \
	X(T, line, NULL, "baris", LINE, 0, NULL, 0, NULL) \
	X(T, instansi, NULL, NULL, DERIVED, 0, NULL, 0, NULL)

/* What a tier of the matrix is for an employee type (tingkat.csv): the
 * tier recorded (a PPNPN's contract ends where an ASN is dismissed) and
 * its own legal basis. */
#define RULES_TINGKAT(X, T) \
	X(T, ruleset, "ruleset", "ruleset", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_need) \
	X(T, jenis_pegawai, "jenis_pegawai", "jenis_pegawai", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_employee) \
	X(T, jenis, "jenis", "jenis", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_tingkat_jenis) \
	X(T, tingkat, "tingkat", "tingkat", TEXT, RC_SHOW, NULL, 0, ck_tier) \
	X(T, dasar_hukum, "dasar_hukum", "dasar_hukum", TEXT, RC_SHOW, NULL, 0, ck_basis) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

/* A contest.  sumber in a file says where its days come from; in the
 * database whose row it is: the rules' (bawaan) or a user's.  sebutan is
 * the event as the law and the letters name it ("Pemilihan Umum Tahun
 * 2024" for both votes of the Pemilu 2024), a permit's letter; it came
 * with schema 12: a folder without it names a contest by nama.
 * tahapan_mulai and penetapan_partai are unset when unknown or, for the
 * latter, when no parties take part (a Pilkada). */
#define RULES_PEMILIHAN(X, T) \
	X(T, kode, "kode", "kode", TEXT, RC_KEY, NULL, 0, ck_text) \
	X(T, nama, "nama", "nama", TEXT, 0, NULL, 0, ck_need) \
	X(T, tahapan_mulai, "tahapan_mulai", "tahapan_mulai", DATE, 0, NULL, 0, ck_date_opt) \
	X(T, penetapan_partai, "penetapan_partai", "penetapan_partai", DATE, 0, NULL, 0, ck_date_opt) \
	X(T, penetapan, "penetapan", "penetapan", DATE, 0, NULL, 0, ck_date) \
	X(T, kampanye_mulai, "kampanye_mulai", "kampanye_mulai", DATE, 0, NULL, 0, ck_date) \
	X(T, kampanye_selesai, "kampanye_selesai", "kampanye_selesai", DATE, 0, NULL, 0, ck_date) \
	X(T, pemungutan, "pemungutan", "pemungutan", DATE, 0, NULL, 0, ck_date) \
	X(T, sumber, "sumber", NULL, NONE, 0, NULL, 0, ck_need) \
	X(T, sebutan, "sebutan", "sebutan", TEXT, 0, "", 0, ck_text) \
	X(T, bawaan, NULL, "sumber", ORIGIN, RC_ORIGIN, NULL, 0, NULL) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

/* A position title in its normal form (jabatan_normalise), its category
 * and group. */
#define RULES_JABATAN(X, T) \
	X(T, ejaan, "ejaan", "ejaan", TEXT, RC_KEY, NULL, 0, ck_spelling) \
	X(T, kategori, "kategori", "kategori", TEXT, 0, NULL, RULES_CODE_MAX, ck_code) \
	X(T, kelompok, "kelompok", "kelompok", TEXT, 0, NULL, 0, ck_position_group) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

/* A status of the workflow, stored in the file's order (urutan); dihitung
 * came with version 0.2: a folder without it counts every status. */
#define RULES_STATUS(X, T) \
	X(T, kode, "kode", "kode", TEXT, RC_KEY, NULL, RULES_CODE_MAX, ck_snake) \
	X(T, uraian, "uraian", "uraian", TEXT, 0, NULL, 0, ck_need) \
	X(T, terbukti, "terbukti", "terbukti", INT, 0, NULL, 0, ck_bool) \
	X(T, ditindaklanjuti, "ditindaklanjuti", "ditindaklanjuti", INT, 0, NULL, 0, ck_bool) \
	/* the status of a new case */ \
	X(T, awal, "awal", "awal", INT, 0, NULL, 0, ck_bool) \
	/* the fields a move here records, space-separated; those it must have */ \
	X(T, mencatat, "mencatat", "mencatat", TEXT, 0, NULL, 0, ck_fields) \
	X(T, wajib, "wajib", "wajib", TEXT, 0, NULL, 0, ck_fields) \
	/* 0: a void case, out of every count and list */ \
	X(T, dihitung, "dihitung", "dihitung", INT, 0, "1", 0, ck_bool) \
	X(T, urutan, NULL, "urutan", ORDER, 0, NULL, 0, NULL) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

/* buka came with version 15: 1 for the reopening of a case closed by
 * mistake, which only 'netral reopen' takes, with its reason; a folder
 * without the column reopens nothing. */
#define RULES_TRANSISI(X, T) \
	X(T, dari, "dari", "dari", TEXT, RC_KEY, NULL, 0, ck_status) \
	X(T, ke, "ke", "ke", TEXT, RC_KEY, NULL, 0, ck_status) \
	X(T, keterangan, "keterangan", "keterangan", TEXT, 0, NULL, 0, ck_text) \
	X(T, buka, "buka", "buka", INT, 0, "0", 0, ck_bool) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

#define RULES_PENGATURAN(X, T) \
	X(T, kunci, "kunci", "kunci", TEXT, RC_KEY, NULL, 0, ck_setting) \
	X(T, nilai, "nilai", "nilai", TEXT, 0, NULL, 0, ck_text) \
	X(T, keterangan, "keterangan", "keterangan", TEXT, 0, NULL, 0, ck_text) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

/* The name a group of a summary table is published under (label.csv):
 * id in Indonesian, en in English. */
#define RULES_LABEL(X, T) \
	X(T, tabel, "tabel", "tabel", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_need) \
	X(T, kelompok, "kelompok", "kelompok", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_need) \
	X(T, id, "id", "id", TEXT, RC_SHOW, NULL, 0, ck_need) \
	X(T, en, "en", "en", TEXT, RC_SHOW, NULL, 0, ck_need) \
	X(T, sumber, "sumber", "sumber", TEXT, 0, NULL, 0, ck_text) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

/* A prevention duty's schedule in a contest (jadwal.csv).  selesai and
 * batas are unset when not given: the duty runs until the end of the
 * contest's stages, and a once duty is due by then.  instansi: the
 * agency's own circular (jadwal_instansi.csv). */
#define RULES_JADWAL(X, T) \
	X(T, pemilihan, "pemilihan", "pemilihan", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_contest) \
	X(T, kegiatan, "kegiatan", "kegiatan", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_activity) \
	RULES_IRAMA(X, T)

/* A duty's cadence, the same columns for prevention and reporting: how
 * often (irama), from when until when, by when, the circular that asks
 * it, and whether that circular is the agency's own. */
#define RULES_IRAMA(X, T) \
	X(T, irama, "irama", "irama", IRAMA, RC_SHOW, NULL, 0, ck_enum) \
	X(T, mulai, "mulai", "mulai", DATE, RC_SHOW, NULL, 0, ck_date) \
	X(T, selesai, "selesai", "selesai", DATE, RC_SHOW, NULL, 0, ck_date_opt) \
	X(T, batas, "batas", "batas", DATE, RC_SHOW, NULL, 0, ck_date_opt) \
	X(T, sumber, "sumber", "sumber", TEXT, RC_SHOW, NULL, 0, ck_need) \
	X(T, instansi, NULL, "instansi", INT, 0, NULL, 0, NULL) \
	X(T, line, NULL, NULL, LINE, 0, NULL, 0, NULL)

/* A duty to report up (kewajiban_lapor.csv): which report (kosakata
 * jenis_laporan) goes to whom (kosakata penerima_laporan) for a contest,
 * at the cadence of a prevention duty (irama, mulai, selesai, batas as in
 * jadwal.csv), with the circular that asks it.  instansi: the agency's own
 * circular (kewajiban_lapor_instansi.csv). */
#define RULES_KEWAJIBAN(X, T) \
	X(T, pemilihan, "pemilihan", "pemilihan", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_contest) \
	X(T, laporan, "laporan", "laporan", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_report) \
	X(T, kepada, "kepada", "kepada", TEXT, RC_KEY | RC_SHOW, NULL, 0, ck_recipient) \
	RULES_IRAMA(X, T)

/*
 * The tables, in the order their files are read and stored: each names
 * what it needs of those before it (the matrix names bentuk, sanctions
 * name rulesets, legal bases the texts of undang.csv, transitions
 * statuses).  X(ID, struct tag, member of struct rules, columns).
 */
#define RULES_TABLES(X) \
	X(BENTUK, bentuk, bentuk, RULES_BENTUK) \
	X(KOSAKATA, kosakata, kosakata, RULES_KOSAKATA) \
	X(UNDANG, undang, undang, RULES_UNDANG) \
	X(MATRIKS, matrix_row, matrix, RULES_MATRIKS) \
	X(SANKSI, sanksi, sanksi, RULES_SANKSI) \
	X(TINGKAT, tingkat, tingkat, RULES_TINGKAT) \
	X(PEMILIHAN, pemilihan, pemilihan, RULES_PEMILIHAN) \
	X(JABATAN, jabatan, jabatan, RULES_JABATAN) \
	X(STATUS, status, status, RULES_STATUS) \
	X(TRANSISI, transisi, transisi, RULES_TRANSISI) \
	X(PENGATURAN, pengaturan, pengaturan, RULES_PENGATURAN) \
	X(LABEL, label, label, RULES_LABEL) \
	X(JADWAL, jadwal, jadwal, RULES_JADWAL) \
	X(KEWAJIBAN, kewajiban, kewajiban, RULES_KEWAJIBAN)

/* The texts of a rules folder, each file stored whole as a row of the
 * table templat: X(member of struct rules, file, name in templat, the
 * most bytes it may have).  The permit's letter and a report's cover
 * letter: NULL in a database that has not stored one yet, the built-in
 * one then. */
#define RULES_TEXTS(X) \
	X(surat_izin, "surat_izin.txt", "surat_izin", RULES_LETTER_MAX) \
	X(surat_pengantar, "surat_pengantar.txt", "surat_pengantar", RULES_LETTER_MAX)

#define RULES_TABLE_ID_(id, tag, member, cols) RT_##id,
enum rules_table_id { RULES_TABLES(RULES_TABLE_ID_) RT_COUNT };

/* How a member is kept, stored and listed. */
enum rules_kind { RV_TEXT, RV_DATE, RV_INT, RV_LINE, RV_ORDER, RV_NONE, RV_ENUM };

/* The names of an enumerated member's values, from the value first on. */
struct rules_enum {
	const char *const *names;
	int n, first;
	int unknown;          /* what a name the database holds and no file
			       * gives reads as */
	const char *spelled;  /* the names for a message: "ya, tidak or *" */
};

struct loader;
struct rules_column;
/* Checks a cell of a rules file and reads it into the member (slot NULL
 * for a column not kept): 1, or 0 with the problem reported. */
typedef int (*rules_check_fn)(struct loader *l, long line, const struct rules_column *c,
			      const char *v, void *slot);

struct rules_column {
	const char *field, *csv, *sql;
	size_t off;           /* of the member in the row's struct */
	enum rules_kind kind;
	const struct rules_enum *en;
	unsigned flags;
	const char *dflt;
	unsigned limit;
	rules_check_fn check;
};

/* What the database's copy keeps of a table when new rules are stored. */
#define RT_KEEP_USED 0x01u  /* upserted by key; a row the new rules drop is
			     * deleted, which a case using it refuses */
#define RT_USER_ROWS 0x02u  /* upserted by key: only the rules' own rows
			     * (RC_ORIGIN) are written, and a user's stay */
#define RT_LATER 0x04u      /* added after version 0.1: rules stored before
			     * it take the built-in rows (rules_take_missing) */

/* What a row hook decided: keep the row, drop it (problem reported), or
 * it took the row itself (an agency's row in a shipped row's place). */
enum { ROW_KEEP, ROW_DROP, ROW_TAKEN };

struct rules_table {
	const char *name;          /* in the database */
	const char *file;          /* in a rules folder */
	const char *agency_file;   /* an agency's rows over the shipped ones, or NULL */
	size_t array;              /* offset of its ARRAY in struct rules */
	size_t size;               /* of a row */
	const struct rules_column *cols;
	size_t ncols;
	unsigned flags;
	const char *order;         /* the column list the rows are read back in */
	const char *what;          /* "cannot store ...", translated when shown */
	const char *drop;          /* RT_KEEP_USED: "... still used by cases" */
	const char *dup;           /* a duplicate key: format of (key, line), or
				    * NULL for "duplicate row" */
	/* what no cell says alone: cross-column rules, an agency's rows */
	int (*row)(struct loader *l, void *row, long line);
	/* what a row derives from its cells, read from a file or the database */
	void (*settle)(void *row);
};

extern const struct rules_table rules_tables[RT_COUNT];

struct rules_text {
	const char *file, *name;
	size_t off;                /* of its char * in struct rules */
	size_t max;
};

#define RULES_TEXT_COUNT_(member, file, name, max) +1
enum { RULES_NTEXTS = 0 RULES_TEXTS(RULES_TEXT_COUNT_) };
extern const struct rules_text rules_texts[RULES_NTEXTS];
#define RULES_TEXT_ID_(member, file, name, max) RX_##member,
enum rules_text_id { RULES_TEXTS(RULES_TEXT_ID_) };

/* The column named csv (or, failing that, by its member) of t, or NULL. */
const struct rules_column *rules_column(const struct rules_table *t, const char *name);
/* The value of column c of a row as text (for a date not set, NULL); buf
 * holds what is not in the row itself. */
#define RULES_CELL_MAX 32
const char *rules_cell(const struct rules_column *c, const void *row, char buf[RULES_CELL_MAX]);
/* The name of enumerated value v of c, NULL when it has none. */
const char *rules_enum_name(const struct rules_enum *en, int v);
/* The rows of t in r: how many, and where the first is (the others
 * t->size bytes apart). */
struct rules;
size_t rules_rows(const struct rules *r, const struct rules_table *t, const void **first);
#define RULES_ROW(t, first, i) ((const void *)((const char *)(first) + (i) * (t)->size))
/* The member of column c in row. */
#define RULES_MEMBER(c, row) ((void *)((char *)(row) + (c)->off))

#endif
