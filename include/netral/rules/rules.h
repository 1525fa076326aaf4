/* The rules as data (the CSV files of data/rules): SKB matrix, sanctions,
 * contests, position categories, statuses, vocabularies and settings, and
 * the look-ups every other module asks them. */
#ifndef NETRAL_RULES_RULES_H
#define NETRAL_RULES_RULES_H

#include "netral/rules/catalog.h"
#include "netral/util/alloc.h"
#include "netral/util/ident.h"

/* TAHAP_ANY: either stage of a contest; TAHAP_ALWAYS: at any time, with or
 * without a contest (party membership). */
enum tahap { TAHAP_UNKNOWN = -1, TAHAP_BAKAL = 0, TAHAP_CALON = 1, TAHAP_ANY = 2, TAHAP_ALWAYS = 3 };
#define FLAG_ANY (-1)

/* The rows of each rules table, their members from the columns of
 * catalog.h (RULES_SLOT): a column added there is a member here. */
struct bentuk { RULES_BENTUK(RULES_SLOT, ) };
struct kosakata { RULES_KOSAKATA(RULES_SLOT, ) };
struct undang { RULES_UNDANG(RULES_SLOT, ) };
struct matrix_row { RULES_MATRIKS(RULES_SLOT, ) };
struct sanksi { RULES_SANKSI(RULES_SLOT, ) };
struct tingkat { RULES_TINGKAT(RULES_SLOT, ) };
struct pemilihan { RULES_PEMILIHAN(RULES_SLOT, ) };
struct jabatan { RULES_JABATAN(RULES_SLOT, ) };
struct status { RULES_STATUS(RULES_SLOT, ) };
struct transisi { RULES_TRANSISI(RULES_SLOT, ) };
struct pengaturan { RULES_PENGATURAN(RULES_SLOT, ) };
struct label { RULES_LABEL(RULES_SLOT, ) };
struct jadwal { RULES_JADWAL(RULES_SLOT, ) };
struct kewajiban { RULES_KEWAJIBAN(RULES_SLOT, ) };

struct recorded {
	char *field;
	size_t status;        /* index into status */
};

struct ruleset {
	char *kode;           /* shares the string of its first matrix row */
	struct date berlaku;
};

#define RULES_ARRAY_(id, tag, member, cols) ARRAY(struct tag) member;
#define RULES_TEXT_(member, file, name, max) char *member;
struct rules {
	RULES_TABLES(RULES_ARRAY_)
	ARRAY(struct ruleset) rulesets;   /* derived: by date, earliest first */
	/* derived: the fields the statuses record (mencatat), by name, each
	 * with the first status that does: a look-up per field of every row */
	ARRAY(struct recorded) recorded;
	char hash[65];        /* of the CSV text, to notice a changed rule set */
	RULES_TEXTS(RULES_TEXT_)
};

/* The lists of kosakata.csv. */
#define VOCAB_JENIS_PEGAWAI "jenis_pegawai"
#define VOCAB_REKOMENDASI_DARI "rekomendasi_dari"
#define VOCAB_KELOMPOK_JABATAN "kelompok_jabatan"
#define VOCAB_JENIS "jenis"
/* other headings of an import column: kode is the column, ejaan the headings */
#define VOCAB_KOLOM_IMPOR "kolom_impor"
/* whom the act favoured: calon (the default) or partai */
#define VOCAB_SASARAN "sasaran"
/* what the circulars ask supervisors to record beside an act (SE Sekda
 * Batang D.5): abuse of authority, use of budget, of facilities... */
#define VOCAB_INDIKASI "indikasi"
/* the prevention activities a unit reports; sifat per_orang: counted by
 * the people who took part (the pact's signatories) */
#define VOCAB_KEGIATAN "kegiatan"
/* the election committees an ASN may serve on with a permit */
#define VOCAB_PERAN_IZIN "peran_izin"
/* the reports an agency sends up (pelaporan), and to whom: uraian is the
 * addressee as a letter names it */
#define VOCAB_JENIS_LAPORAN "jenis_laporan"
#define VOCAB_PENERIMA_LAPORAN "penerima_laporan"

const struct bentuk *rules_bentuk(const struct rules *r, const char *kode);
/* A contest's code as typed, in any letter case: its contest, or NULL
 * with e set (the valid codes, and how to add one).  The one reading of a
 * contest's code, for every record. */
const struct pemilihan *rules_contest(const struct rules *r, const char *s, struct err *e);
const struct pemilihan *rules_pemilihan(const struct rules *r, const char *kode);
const struct status *rules_status(const struct rules *r, const char *kode);
/* The status a new case gets. */
const char *rules_status_awal(const struct rules *r);
/* The status that records field (status.csv, mencatat), or NULL. */
const struct status *rules_recorder(const struct rules *r, const char *field);
/* 1 when field (a column name) is in the space-separated list. */
int rules_names(const char *list, const char *field);
/* What matrix tier jenis of ruleset is for employee type jp, or NULL: the
 * matrix row's tier and basis hold. */
const struct tingkat *rules_tingkat(const struct rules *r, const char *ruleset, const char *jp,
				    const char *jenis);
/* The schedule of duty kegiatan in contest pemilihan, or NULL. */
const struct jadwal *rules_jadwal(const struct rules *r, const char *pemilihan,
				  const char *kegiatan);
/* A contest with parties as participants (penetapan_partai) is a Pemilu
 * (UU 7/2017); one without, a Pemilihan of regional heads (UU 10/2016). */
int rules_pemilu(const struct pemilihan *p);
/* The days after voting still counted as a contest's stages: for a Pemilu
 * the setting pasca_pemungutan_hari (UU 7/2017), for a Pemilihan the
 * setting pasca_pemungutan_hari_pemilihan (the Pemilu's when absent). */
long rules_pasca(const struct rules *r, const struct pemilihan *p);
/* The last day of a contest's stages: its voting day and rules_pasca. */
void rules_akhir_tahapan(const struct rules *r, const struct pemilihan *p, struct date *out);

/* A legal basis as it reads for an act on day d: each {kunci} replaced by
 * the text of undang.csv in force that day (a note when none is), into
 * out; returns out. */
char *rules_dasar(const struct rules *r, const char *text, const struct date *d, char *out,
		  size_t cap);
/* 1 when kunci names a row of undang.csv. */
int rules_undang_known(const struct rules *r, const char *kunci, size_t n);

/* The label of group kelompok of summary table tabel, or NULL. */
const struct label *rules_label(const struct rules *r, const char *tabel, const char *kelompok);
const struct jabatan *rules_jabatan(const struct rules *r, const char *spelling);
/* 1 when the workflow allows moving from one status to the other; a
 * reopening (buka) only when reopen. */
int rules_transition_ok(const struct rules *r, const char *dari, const char *ke, int reopen);
/* "a, b" of the statuses reachable from dari, for messages; caller frees. */
char *rules_list_next(const struct rules *r, const char *dari);
/* A setting of pengaturan.csv as a number, or def when absent. */
long rules_setting(const struct rules *r, const char *kunci, long def);
const struct pengaturan *rules_pengaturan(const struct rules *r, const char *kunci);

/* The value of list daftar spelt s (its code or another spelling, in any
 * case), or NULL. */
const struct kosakata *rules_kosakata(const struct rules *r, const char *daftar,
				      const char *s);
/* The first value of list daftar ("" when empty): the employee type whose
 * sanctions are shown when a what-if names none. */
const char *rules_first(const struct rules *r, const char *daftar);
/* 1 when the value has the property (sifat). */
int rules_sifat(const struct kosakata *v, const char *sifat);
/* 1 when code is in list daftar and has the property (NULL: any). */
int rules_in(const struct rules *r, const char *daftar, const char *kode,
	     const char *sifat);

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
/* The codes of list daftar having the property (NULL: all). */
char *rules_list_kosakata(const struct rules *r, const char *daftar, const char *sifat);

/* A matrix row's cltn or pasangan_calon pattern (0, 1, FLAG_ANY) against v. */
int rules_flag_match(int pattern, int v);
/* A code of lower-case (or upper-case) letters, digits, '-' and '_'. */
int rules_code_ok(const char *s, int upper);
/* "a, b or c" of list daftar, last between the last two; caller frees. */
char *rules_list_words(const struct rules *r, const char *daftar, const char *last);

/* The dates of a contest in order; -1 with e set. */
int pemilihan_check(const struct pemilihan *p, struct err *e);

#endif
