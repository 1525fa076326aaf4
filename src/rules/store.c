/* The database's copy of the rules (store.h): one entry per table, its
 * SQL and how a row is bound or read, so that storing and loading walk
 * the same list. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/load.h"
#include "netral/rules/store.h"
#include "netral/rules/vocab.h"
#include "netral/util/msg.h"

static const char *flag_text(int f)
{
	return f == FLAG_ANY ? "*" : f ? "ya" : "tidak";
}

static int flag_of(const char *s)
{
	return strcmp(s, "*") == 0 ? FLAG_ANY : strcmp(s, "ya") == 0;
}

static void text(sqlite3_stmt *st, int i, const char *s)
{
	sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

static void day(sqlite3_stmt *st, int i, const struct date *d)
{
	char iso[DATE_ISO_LEN];

	date_format(d, iso);
	sqlite3_bind_text(st, i, iso, -1, SQLITE_TRANSIENT);
}

/* an unknown day is stored as '' */
static void day_opt(sqlite3_stmt *st, int i, const struct date *d)
{
	if (d->y)
		day(st, i, d);
	else
		sqlite3_bind_text(st, i, "", 0, SQLITE_STATIC);
}

static char *dup_col(sqlite3_stmt *st, int i)
{
	return xstrdup(col_text(st, i));
}

static void date_col(sqlite3_stmt *st, int i, struct date *d)
{
	if (date_parse_iso(col_text(st, i), d) < 0)
		memset(d, 0, sizeof *d);
}

/* Binding row i of a table for its INSERT; returns the code that must be
 * kept (a case may refer to it), or NULL.  Reading one row back. */
typedef const char *(*bind_fn)(sqlite3_stmt *st, const struct rules *r, size_t i);
typedef void (*read_fn)(sqlite3_stmt *st, struct rules *r);

static const char *bind_kosakata(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	const struct kosakata *k = &r->kosakata.v[i];

	text(st, 1, k->daftar);
	text(st, 2, k->kode);
	text(st, 3, k->ejaan);
	text(st, 4, k->sifat);
	text(st, 5, k->uraian);
	sqlite3_bind_int64(st, 6, k->line ? k->line : (sqlite3_int64)i);
	return NULL;
}

static void read_kosakata(sqlite3_stmt *st, struct rules *r)
{
	struct kosakata *k = ARRAY_PUSH(r->kosakata);

	k->daftar = dup_col(st, 0);
	k->kode = dup_col(st, 1);
	k->ejaan = dup_col(st, 2);
	k->sifat = dup_col(st, 3);
	k->uraian = dup_col(st, 4);
	k->line = sqlite3_column_int(st, 5);
}

static const char *bind_bentuk(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	const struct bentuk *b = &r->bentuk.v[i];

	text(st, 1, b->kode);
	text(st, 2, b->uraian);
	sqlite3_bind_int(st, 3, b->pasangan);
	return b->kode;
}

static void read_bentuk(sqlite3_stmt *st, struct rules *r)
{
	struct bentuk *b = ARRAY_PUSH(r->bentuk);

	b->kode = dup_col(st, 0);
	b->uraian = dup_col(st, 1);
	b->pasangan = sqlite3_column_int(st, 2);
}

static const char *bind_matrix(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	const struct matrix_row *m = &r->matrix.v[i];

	text(st, 1, m->ruleset);
	day(st, 2, &m->berlaku);
	text(st, 3, m->bentuk);
	text(st, 4, tahap_name(m->tahap));
	text(st, 5, flag_text(m->cltn));
	text(st, 6, flag_text(m->pasangan));
	text(st, 7, m->kode);
	text(st, 8, m->jenis);
	text(st, 9, m->dasar_hukum);
	text(st, 10, m->catatan);
	sqlite3_bind_int64(st, 11, m->line);
	text(st, 12, m->baris_bkn);
	return NULL;
}

static void read_matrix(sqlite3_stmt *st, struct rules *r)
{
	struct matrix_row *m = ARRAY_PUSH(r->matrix);
	const char *t = col_text(st, 3);

	m->ruleset = dup_col(st, 0);
	date_col(st, 1, &m->berlaku);
	m->bentuk = dup_col(st, 2);
	m->tahap = strcmp(t, "calon") == 0 ? TAHAP_CALON : strcmp(t, "*") == 0 ? TAHAP_ANY : TAHAP_BAKAL;
	m->cltn = flag_of(col_text(st, 4));
	m->pasangan = flag_of(col_text(st, 5));
	m->kode = dup_col(st, 6);
	m->jenis = dup_col(st, 7);
	m->dasar_hukum = dup_col(st, 8);
	m->catatan = dup_col(st, 9);
	m->line = sqlite3_column_int(st, 10);
	m->baris_bkn = dup_col(st, 11);
}

static const char *bind_sanksi(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	const struct sanksi *s = &r->sanksi.v[i];

	text(st, 1, s->ruleset);
	day(st, 2, &s->berlaku);
	text(st, 3, s->jenis_pegawai);
	text(st, 4, s->jenis);
	text(st, 5, s->kode);
	text(st, 6, s->uraian);
	text(st, 7, s->dasar_hukum);
	sqlite3_bind_int64(st, 8, s->line);
	return NULL;
}

static void read_sanksi(sqlite3_stmt *st, struct rules *r)
{
	struct sanksi *x = ARRAY_PUSH(r->sanksi);

	x->ruleset = dup_col(st, 0);
	date_col(st, 1, &x->berlaku);
	x->jenis_pegawai = dup_col(st, 2);
	x->jenis = dup_col(st, 3);
	x->kode = dup_col(st, 4);
	x->uraian = dup_col(st, 5);
	x->dasar_hukum = dup_col(st, 6);
	x->line = sqlite3_column_int(st, 7);
}

/* Contests added by users stay: only the built-in ones are written. */
static const char *bind_pemilihan(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	const struct pemilihan *p = &r->pemilihan.v[i];

	text(st, 1, p->kode);
	text(st, 2, p->nama);
	day(st, 3, &p->penetapan);
	day(st, 4, &p->kampanye_mulai);
	day(st, 5, &p->kampanye_selesai);
	day(st, 6, &p->pemungutan);
	day_opt(st, 7, &p->tahapan_mulai);
	day_opt(st, 8, &p->penetapan_partai);
	return NULL;
}

static void read_pemilihan(sqlite3_stmt *st, struct rules *r)
{
	struct pemilihan *p = ARRAY_PUSH(r->pemilihan);

	p->kode = dup_col(st, 0);
	p->nama = dup_col(st, 1);
	date_col(st, 2, &p->penetapan);
	date_col(st, 3, &p->kampanye_mulai);
	date_col(st, 4, &p->kampanye_selesai);
	date_col(st, 5, &p->pemungutan);
	p->bawaan = strcmp(col_text(st, 6), "bawaan") == 0;
	date_col(st, 7, &p->tahapan_mulai);
	date_col(st, 8, &p->penetapan_partai);
}

static const char *bind_jabatan(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	text(st, 1, r->jabatan.v[i].ejaan);
	text(st, 2, r->jabatan.v[i].kategori);
	text(st, 3, r->jabatan.v[i].kelompok);
	return NULL;
}

static void read_jabatan(sqlite3_stmt *st, struct rules *r)
{
	struct jabatan *j = ARRAY_PUSH(r->jabatan);

	j->ejaan = dup_col(st, 0);
	j->kategori = dup_col(st, 1);
	j->kelompok = dup_col(st, 2);
}

static const char *bind_status(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	const struct status *x = &r->status.v[i];

	text(st, 1, x->kode);
	text(st, 2, x->uraian);
	sqlite3_bind_int(st, 3, x->terbukti);
	sqlite3_bind_int(st, 4, x->ditindaklanjuti);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)i);
	sqlite3_bind_int(st, 6, x->awal);
	text(st, 7, x->mencatat);
	text(st, 8, x->wajib);
	sqlite3_bind_int(st, 9, x->dihitung);
	return x->kode;
}

static void read_status(sqlite3_stmt *st, struct rules *r)
{
	struct status *x = ARRAY_PUSH(r->status);

	x->kode = dup_col(st, 0);
	x->uraian = dup_col(st, 1);
	x->terbukti = sqlite3_column_int(st, 2);
	x->ditindaklanjuti = sqlite3_column_int(st, 3);
	x->awal = sqlite3_column_int(st, 4);
	x->mencatat = dup_col(st, 5);
	x->wajib = dup_col(st, 6);
	x->dihitung = sqlite3_column_int(st, 7);
}

static const char *bind_transisi(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	text(st, 1, r->transisi.v[i].dari);
	text(st, 2, r->transisi.v[i].ke);
	text(st, 3, r->transisi.v[i].keterangan);
	return NULL;
}

static void read_transisi(sqlite3_stmt *st, struct rules *r)
{
	struct transisi *t = ARRAY_PUSH(r->transisi);

	t->dari = dup_col(st, 0);
	t->ke = dup_col(st, 1);
	t->keterangan = dup_col(st, 2);
}

static const char *bind_pengaturan(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	text(st, 1, r->pengaturan.v[i].kunci);
	text(st, 2, r->pengaturan.v[i].nilai);
	text(st, 3, r->pengaturan.v[i].keterangan);
	return NULL;
}

static void read_pengaturan(sqlite3_stmt *st, struct rules *r)
{
	struct pengaturan *p = ARRAY_PUSH(r->pengaturan);

	p->kunci = dup_col(st, 0);
	p->nilai = dup_col(st, 1);
	p->keterangan = dup_col(st, 2);
}

static const char *bind_tingkat(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	const struct tingkat *t = &r->tingkat.v[i];

	text(st, 1, t->ruleset);
	text(st, 2, t->jenis_pegawai);
	text(st, 3, t->jenis);
	text(st, 4, t->tingkat);
	text(st, 5, t->dasar_hukum);
	return NULL;
}

static void read_tingkat(sqlite3_stmt *st, struct rules *r)
{
	struct tingkat *t = ARRAY_PUSH(r->tingkat);

	t->ruleset = dup_col(st, 0);
	t->jenis_pegawai = dup_col(st, 1);
	t->jenis = dup_col(st, 2);
	t->tingkat = dup_col(st, 3);
	t->dasar_hukum = dup_col(st, 4);
}

static const char *bind_jadwal(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	static const char *const irama[] = IRAMA_NAMES;
	const struct jadwal *j = &r->jadwal.v[i];

	text(st, 1, j->pemilihan);
	text(st, 2, j->kegiatan);
	text(st, 3, irama[j->irama]);
	day(st, 4, &j->mulai);
	day_opt(st, 5, &j->selesai);
	day_opt(st, 6, &j->batas);
	text(st, 7, j->sumber);
	return NULL;
}

static void read_jadwal(sqlite3_stmt *st, struct rules *r)
{
	static const char *const irama[] = IRAMA_NAMES;
	struct jadwal *j = ARRAY_PUSH(r->jadwal);
	const char *s = col_text(st, 2);

	j->pemilihan = dup_col(st, 0);
	j->kegiatan = dup_col(st, 1);
	j->irama = IRAMA_BEBAS;
	for (int k = 0; k < (int)(sizeof irama / sizeof *irama); k++)
		if (strcmp(s, irama[k]) == 0)
			j->irama = k;
	date_col(st, 3, &j->mulai);
	date_col(st, 4, &j->selesai);
	date_col(st, 5, &j->batas);
	j->sumber = dup_col(st, 6);
}

static const char *bind_label(sqlite3_stmt *st, const struct rules *r, size_t i)
{
	const struct label *t = &r->label.v[i];

	text(st, 1, t->tabel);
	text(st, 2, t->kelompok);
	text(st, 3, t->id);
	text(st, 4, t->en);
	text(st, 5, t->sumber);
	return NULL;
}

static void read_label(sqlite3_stmt *st, struct rules *r)
{
	struct label *t = ARRAY_PUSH(r->label);

	t->tabel = dup_col(st, 0);
	t->kelompok = dup_col(st, 1);
	t->id = dup_col(st, 2);
	t->en = dup_col(st, 3);
	t->sumber = dup_col(st, 4);
}

#define COUNT(arr) offsetof(struct rules, arr.n)

/*
 * In dependency order.  clear: what to delete before storing (NULL: the
 * rows are upserted, and those no longer in the rules deleted after, which
 * foreign keys refuse while a case uses one: drop says so).
 */
static const struct table {
	size_t count;             /* offset of the array's n in struct rules */
	const char *clear, *insert, *drop, *select, *what;
	bind_fn bind;
	read_fn read;
} tables[] = {
	{ COUNT(kosakata), "DELETE FROM kosakata",
	  "INSERT INTO kosakata (daftar, kode, ejaan, sifat, uraian, baris) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	  NULL, "SELECT daftar, kode, ejaan, sifat, uraian, baris FROM kosakata ORDER BY baris",
	  N_("cannot store the vocabularies"), bind_kosakata, read_kosakata },
	{ COUNT(bentuk), NULL,
	  "INSERT INTO bentuk (kode, uraian, pasangan) VALUES (?1, ?2, ?3) ON CONFLICT (kode) "
	  "DO UPDATE SET uraian = excluded.uraian, pasangan = excluded.pasangan",
	  N_("a bentuk the new rules drop is still used by cases"),
	  "SELECT kode, uraian, pasangan FROM bentuk ORDER BY rowid",
	  N_("cannot store bentuk"), bind_bentuk, read_bentuk },
	{ COUNT(matrix), "DELETE FROM matriks",
	  "INSERT INTO matriks (ruleset, berlaku, bentuk, tahap, cltn, pasangan_calon, kode, jenis, "
	  "dasar_hukum, catatan, baris, baris_bkn) "
	  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
	  NULL, "SELECT ruleset, berlaku, bentuk, tahap, cltn, pasangan_calon, kode, jenis, "
	  "dasar_hukum, catatan, baris, baris_bkn FROM matriks ORDER BY baris",
	  N_("cannot store the matrix"), bind_matrix, read_matrix },
	{ COUNT(sanksi), "DELETE FROM sanksi",
	  "INSERT INTO sanksi (ruleset, berlaku, jenis_pegawai, jenis, kode, uraian, dasar_hukum, "
	  "baris) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	  NULL, "SELECT ruleset, berlaku, jenis_pegawai, jenis, kode, uraian, dasar_hukum, baris "
	  "FROM sanksi ORDER BY baris",
	  N_("cannot store the sanctions"), bind_sanksi, read_sanksi },
	{ COUNT(pemilihan), "",
	  "INSERT INTO pemilihan (kode, nama, penetapan, kampanye_mulai, kampanye_selesai, pemungutan, "
	  "sumber, tahapan_mulai, penetapan_partai) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'bawaan', ?7, ?8) "
	  "ON CONFLICT (kode) DO UPDATE SET "
	  "nama = excluded.nama, penetapan = excluded.penetapan, "
	  "kampanye_mulai = excluded.kampanye_mulai, kampanye_selesai = excluded.kampanye_selesai, "
	  "pemungutan = excluded.pemungutan, sumber = 'bawaan', "
	  "tahapan_mulai = excluded.tahapan_mulai, penetapan_partai = excluded.penetapan_partai",
	  NULL, "SELECT kode, nama, penetapan, kampanye_mulai, kampanye_selesai, pemungutan, sumber, "
	  "tahapan_mulai, penetapan_partai FROM pemilihan ORDER BY pemungutan, penetapan, kode",
	  N_("cannot store the contests"), bind_pemilihan, read_pemilihan },
	{ COUNT(jabatan), "DELETE FROM jabatan",
	  "INSERT INTO jabatan (ejaan, kategori, kelompok) VALUES (?1, ?2, ?3)",
	  NULL, "SELECT ejaan, kategori, kelompok FROM jabatan ORDER BY rowid",
	  N_("cannot store the positions"), bind_jabatan, read_jabatan },
	{ COUNT(status), NULL,
	  "INSERT INTO status (kode, uraian, terbukti, ditindaklanjuti, urutan, awal, mencatat, wajib, "
	  "dihitung) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (kode) DO UPDATE SET "
	  "uraian = excluded.uraian, terbukti = excluded.terbukti, "
	  "ditindaklanjuti = excluded.ditindaklanjuti, urutan = excluded.urutan, "
	  "awal = excluded.awal, mencatat = excluded.mencatat, wajib = excluded.wajib, "
	  "dihitung = excluded.dihitung",
	  N_("a status the new rules drop is still used by cases"),
	  "SELECT kode, uraian, terbukti, ditindaklanjuti, awal, mencatat, wajib, dihitung FROM status "
	  "ORDER BY urutan",
	  N_("cannot store the statuses"), bind_status, read_status },
	{ COUNT(transisi), "DELETE FROM transisi",
	  "INSERT INTO transisi (dari, ke, keterangan) VALUES (?1, ?2, ?3)",
	  NULL, "SELECT dari, ke, keterangan FROM transisi ORDER BY rowid",
	  N_("cannot store the transitions"), bind_transisi, read_transisi },
	{ COUNT(pengaturan), "DELETE FROM pengaturan",
	  "INSERT INTO pengaturan (kunci, nilai, keterangan) VALUES (?1, ?2, ?3)",
	  NULL, "SELECT kunci, nilai, keterangan FROM pengaturan ORDER BY rowid",
	  N_("cannot store the settings"), bind_pengaturan, read_pengaturan },
	{ COUNT(tingkat), "DELETE FROM tingkat",
	  "INSERT INTO tingkat (ruleset, jenis_pegawai, jenis, tingkat, dasar_hukum) "
	  "VALUES (?1, ?2, ?3, ?4, ?5)",
	  NULL, "SELECT ruleset, jenis_pegawai, jenis, tingkat, dasar_hukum FROM tingkat ORDER BY rowid",
	  N_("cannot store the tiers of the employee types"), bind_tingkat, read_tingkat },
	{ COUNT(label), "DELETE FROM label",
	  "INSERT INTO label (tabel, kelompok, id, en, sumber) VALUES (?1, ?2, ?3, ?4, ?5)",
	  NULL, "SELECT tabel, kelompok, id, en, sumber FROM label ORDER BY rowid",
	  N_("cannot store the labels"), bind_label, read_label },
	{ COUNT(jadwal), "DELETE FROM jadwal",
	  "INSERT INTO jadwal (pemilihan, kegiatan, irama, mulai, selesai, batas, sumber) "
	  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	  NULL, "SELECT pemilihan, kegiatan, irama, mulai, selesai, batas, sumber FROM jadwal ORDER BY rowid",
	  N_("cannot store the schedule of the prevention duties"), bind_jadwal, read_jadwal },
};

#define NTABLES (sizeof tables / sizeof *tables)

static size_t count_of(const struct rules *r, const struct table *t)
{
	return *(const size_t *)((const char *)r + t->count);
}

/* One table's rows; the codes they bring are kept in temp.keep so that
 * the ones the rules dropped can be deleted after. */
static int store_table(struct db *d, const struct rules *r, const struct table *t)
{
	sqlite3_stmt *st = NULL, *keep = NULL;
	size_t n = count_of(r, t);
	int rc = 0;

	if (t->clear && *t->clear && (rc = db_exec(d, t->clear)))
		return rc;
	if (!t->clear && (rc = db_exec(d, "CREATE TEMP TABLE IF NOT EXISTS keep (kode TEXT PRIMARY KEY);"
					  "DELETE FROM temp.keep")))
		return rc;
	if ((rc = db_prepare(d, t->insert, &st)) ||
	    (!t->clear && (rc = db_prepare(d, "INSERT INTO temp.keep VALUES (?1)", &keep))))
		goto out;
	for (size_t i = 0; i < n && !rc; i++) {
		const char *code;

		if (t->bind == bind_pemilihan && !r->pemilihan.v[i].bawaan)
			continue;
		code = t->bind(st, r, i);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = db_fail(d, _(t->what));
		sqlite3_reset(st);
		if (!rc && keep && code) {
			bind_text(keep, 1, code);
			if (sqlite3_step(keep) != SQLITE_DONE)
				rc = db_fail(d, _(t->what));
			sqlite3_reset(keep);
		}
	}
	if (!rc && !t->clear) {
		char sql[256];

		snprintf(sql, sizeof sql, "DELETE FROM %s WHERE kode NOT IN (SELECT kode FROM temp.keep)",
			 t->bind == bind_bentuk ? "bentuk" : "status");
		if (sqlite3_exec(d->h, sql, NULL, NULL, NULL) != SQLITE_OK)
			rc = db_fail(d, _(t->drop));
	}
out:
	sqlite3_finalize(st);
	sqlite3_finalize(keep);
	return rc;
}

int rules_store(const struct rules *r, struct db *d, const char *source)
{
	sqlite3_stmt *st;
	int rc = 0;

	/* the tables that refer to others are emptied first */
	for (size_t i = NTABLES; i-- > 0 && !rc;)
		if (tables[i].clear && *tables[i].clear)
			rc = db_exec(d, tables[i].clear);
	for (size_t i = 0; i < NTABLES && !rc; i++)
		rc = store_table(d, r, &tables[i]);
	if (rc || (rc = db_prepare(d, "INSERT INTO meta (kunci, nilai) VALUES ('aturan_hash', ?1), "
				   "('aturan_sumber', ?2) ON CONFLICT (kunci) DO UPDATE SET nilai = excluded.nilai",
				   &st)))
		return rc;
	text(st, 1, r->hash);
	text(st, 2, source);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot store the rules"));
	sqlite3_finalize(st);
	return rc;
}

int rules_load_db(struct rules *r, struct db *d)
{
	sqlite3_stmt *st;
	int rc = 0, s;

	memset(r, 0, sizeof *r);
	for (size_t i = 0; i < NTABLES && !rc; i++) {
		if ((rc = db_prepare(d, tables[i].select, &st)))
			break;
		while ((s = sqlite3_step(st)) == SQLITE_ROW)
			tables[i].read(st, r);
		if (s != SQLITE_DONE)
			rc = db_fail(d, _("cannot read the rules"));
		sqlite3_finalize(st);
	}
	if (!rc && !(rc = db_prepare(d, "SELECT nilai FROM meta WHERE kunci = 'aturan_hash'", &st))) {
		if ((s = sqlite3_step(st)) == SQLITE_ROW)
			snprintf(r->hash, sizeof r->hash, "%s", col_text(st, 0));
		else if (s != SQLITE_DONE)
			rc = db_fail(d, _("cannot read the rules"));
		sqlite3_finalize(st);
	}
	rules_index(r);
	return rc;
}

int rules_add_pemilihan(struct db *d, const struct pemilihan *p)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "INSERT INTO pemilihan (kode, nama, penetapan, kampanye_mulai, "
			     "kampanye_selesai, pemungutan, sumber, tahapan_mulai, penetapan_partai) "
			     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pengguna', ?7, ?8)",
			     &st)))
		return rc;
	text(st, 1, p->kode);
	text(st, 2, p->nama);
	day(st, 3, &p->penetapan);
	day(st, 4, &p->kampanye_mulai);
	day(st, 5, &p->kampanye_selesai);
	day(st, 6, &p->pemungutan);
	day_opt(st, 7, &p->tahapan_mulai);
	day_opt(st, 8, &p->penetapan_partai);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot add the contest"));
	sqlite3_finalize(st);
	return rc;
}
