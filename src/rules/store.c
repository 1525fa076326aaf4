/* The database's copy of the rules: stored at init or when the built-in set
 * changes, read back at every open. */
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

static int step_done(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : rc;
}

/* On failure: the message with SQLite's reason, then to the clean-up. */
#define FAIL_IF(cond, what) \
	do { \
		if (cond) { \
			rc = db_fail(d, what); \
			goto out; \
		} \
	} while (0)

/* Within the caller's transaction.  Contests added by users stay; a bentuk
 * or status still used by a case cannot be dropped (foreign keys say so). */
int rules_store(const struct rules *r, struct db *d, const char *source)
{
	sqlite3 *db = d->h;
	sqlite3_stmt *st = NULL, *keep = NULL;
	char d1[DATE_ISO_LEN], d2[DATE_ISO_LEN], d3[DATE_ISO_LEN], d4[DATE_ISO_LEN];
	int rc = 0;

	FAIL_IF(sqlite3_exec(db, "DELETE FROM matriks; DELETE FROM sanksi; DELETE FROM jabatan;"
			     "DELETE FROM transisi; DELETE FROM pengaturan; DELETE FROM kosakata;"
			     "CREATE TEMP TABLE IF NOT EXISTS keep (kode TEXT PRIMARY KEY);"
			     "DELETE FROM keep;", NULL, NULL, NULL),
		_("cannot replace the rules"));

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO temp.keep VALUES (?1)", -1, &keep, NULL),
		_("cannot store the rules"));
	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO kosakata (daftar, kode, ejaan, sifat, uraian, baris) "
				   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", -1, &st, NULL),
		_("cannot store the rules"));
	for (size_t i = 0; i < r->kosakata.n; i++) {
		const struct kosakata *k = &r->kosakata.v[i];

		sqlite3_bind_text(st, 1, k->daftar, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, k->kode, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, k->ejaan, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, k->sifat, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, k->uraian, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 6, k->line ? k->line : (sqlite3_int64)i);
		FAIL_IF(step_done(st), _("cannot store the vocabularies"));
	}
	sqlite3_finalize(st);
	st = NULL;

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO bentuk (kode, uraian, pasangan) VALUES (?1, ?2, ?3) "
				   "ON CONFLICT (kode) DO UPDATE SET uraian = excluded.uraian, "
				   "pasangan = excluded.pasangan",
				   -1, &st, NULL), _("cannot store the rules"));
	for (size_t i = 0; i < r->bentuk.n; i++) {
		bind_text(st, 1, r->bentuk.v[i].kode);
		bind_text(st, 2, r->bentuk.v[i].uraian);
		sqlite3_bind_int(st, 3, r->bentuk.v[i].pasangan);
		bind_text(keep, 1, r->bentuk.v[i].kode);
		FAIL_IF(step_done(st) || step_done(keep), _("cannot store bentuk"));
	}
	sqlite3_finalize(st);
	st = NULL;
	/* foreign keys refuse to drop a bentuk a case still uses */
	FAIL_IF(sqlite3_exec(db, "DELETE FROM bentuk WHERE kode NOT IN (SELECT kode FROM temp.keep);"
			     "DELETE FROM temp.keep", NULL, NULL, NULL),
		_("a bentuk the new rules drop is still used by cases"));

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO matriks (ruleset, berlaku, bentuk, tahap, cltn, "
				   "pasangan_calon, kode, jenis, dasar_hukum, catatan, baris) "
				   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
				   -1, &st, NULL), _("cannot store the rules"));
	for (size_t i = 0; i < r->matrix.n; i++) {
		const struct matrix_row *m = &r->matrix.v[i];

		date_format(&m->berlaku, d1);
		sqlite3_bind_text(st, 1, m->ruleset, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, d1, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, m->bentuk, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, tahap_name(m->tahap), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, flag_text(m->cltn), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, flag_text(m->pasangan), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 7, m->kode, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, m->jenis, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 9, m->dasar_hukum, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 10, m->catatan, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 11, m->line);
		FAIL_IF(step_done(st), _("cannot store the matrix"));
	}
	sqlite3_finalize(st);
	st = NULL;

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO sanksi (ruleset, berlaku, jenis_pegawai, jenis, "
				   "kode, uraian, dasar_hukum, baris) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
				   -1, &st, NULL), _("cannot store the rules"));
	for (size_t i = 0; i < r->sanksi.n; i++) {
		const struct sanksi *s = &r->sanksi.v[i];

		date_format(&s->berlaku, d1);
		sqlite3_bind_text(st, 1, s->ruleset, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, d1, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, s->jenis_pegawai, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, s->jenis, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, s->kode, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, s->uraian, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 7, s->dasar_hukum, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 8, s->line);
		FAIL_IF(step_done(st), _("cannot store the sanctions"));
	}
	sqlite3_finalize(st);
	st = NULL;

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO pemilihan (kode, nama, penetapan, kampanye_mulai, "
				   "kampanye_selesai, pemungutan, sumber) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'bawaan') "
				   "ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama, "
				   "penetapan = excluded.penetapan, kampanye_mulai = excluded.kampanye_mulai, "
				   "kampanye_selesai = excluded.kampanye_selesai, "
				   "pemungutan = excluded.pemungutan, sumber = 'bawaan'",
				   -1, &st, NULL), _("cannot store the rules"));
	for (size_t i = 0; i < r->pemilihan.n; i++) {
		const struct pemilihan *p = &r->pemilihan.v[i];

		if (!p->bawaan)
			continue;
		date_format(&p->penetapan, d1);
		date_format(&p->kampanye_mulai, d2);
		date_format(&p->kampanye_selesai, d3);
		date_format(&p->pemungutan, d4);
		sqlite3_bind_text(st, 1, p->kode, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, p->nama, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, d1, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 4, d2, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 5, d3, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 6, d4, -1, SQLITE_TRANSIENT);
		FAIL_IF(step_done(st), _("cannot store the contests"));
	}
	sqlite3_finalize(st);
	st = NULL;

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO jabatan (ejaan, kategori, kelompok) VALUES (?1, ?2, ?3)",
				   -1, &st, NULL), _("cannot store the rules"));
	for (size_t i = 0; i < r->jabatan.n; i++) {
		sqlite3_bind_text(st, 1, r->jabatan.v[i].ejaan, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, r->jabatan.v[i].kategori, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, r->jabatan.v[i].kelompok, -1, SQLITE_STATIC);
		FAIL_IF(step_done(st), _("cannot store the positions"));
	}
	sqlite3_finalize(st);
	st = NULL;

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO status (kode, uraian, terbukti, ditindaklanjuti, urutan, "
				   "awal, mencatat, wajib) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
				   "ON CONFLICT (kode) DO UPDATE SET "
				   "uraian = excluded.uraian, terbukti = excluded.terbukti, "
				   "ditindaklanjuti = excluded.ditindaklanjuti, urutan = excluded.urutan, "
				   "awal = excluded.awal, mencatat = excluded.mencatat, wajib = excluded.wajib",
				   -1, &st, NULL), _("cannot store the rules"));
	for (size_t i = 0; i < r->status.n; i++) {
		const struct status *x = &r->status.v[i];

		sqlite3_bind_text(st, 1, x->kode, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, x->uraian, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 3, x->terbukti);
		sqlite3_bind_int(st, 4, x->ditindaklanjuti);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)i);
		sqlite3_bind_int(st, 6, x->awal);
		sqlite3_bind_text(st, 7, x->mencatat, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, x->wajib, -1, SQLITE_STATIC);
		bind_text(keep, 1, x->kode);
		FAIL_IF(step_done(st) || step_done(keep), _("cannot store the statuses"));
	}
	sqlite3_finalize(st);
	st = NULL;
	FAIL_IF(sqlite3_exec(db, "DELETE FROM status WHERE kode NOT IN (SELECT kode FROM temp.keep);"
			     "DELETE FROM temp.keep", NULL, NULL, NULL),
		_("a status the new rules drop is still used by cases"));

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO transisi (dari, ke, keterangan) VALUES (?1, ?2, ?3)",
				   -1, &st, NULL), _("cannot store the rules"));
	for (size_t i = 0; i < r->transisi.n; i++) {
		sqlite3_bind_text(st, 1, r->transisi.v[i].dari, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, r->transisi.v[i].ke, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, r->transisi.v[i].keterangan, -1, SQLITE_STATIC);
		FAIL_IF(step_done(st), _("cannot store the transitions"));
	}
	sqlite3_finalize(st);
	st = NULL;

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO pengaturan (kunci, nilai, keterangan) VALUES (?1, ?2, ?3)",
				   -1, &st, NULL), _("cannot store the rules"));
	for (size_t i = 0; i < r->pengaturan.n; i++) {
		sqlite3_bind_text(st, 1, r->pengaturan.v[i].kunci, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, r->pengaturan.v[i].nilai, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, r->pengaturan.v[i].keterangan, -1, SQLITE_STATIC);
		FAIL_IF(step_done(st), _("cannot store the settings"));
	}
	sqlite3_finalize(st);
	st = NULL;

	FAIL_IF(sqlite3_prepare_v2(db, "INSERT INTO meta (kunci, nilai) VALUES ('aturan_hash', ?1), "
				   "('aturan_sumber', ?2) ON CONFLICT (kunci) DO UPDATE SET nilai = excluded.nilai",
				   -1, &st, NULL), _("cannot store the rules"));
	sqlite3_bind_text(st, 1, r->hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, source, -1, SQLITE_STATIC);
	FAIL_IF(step_done(st), _("cannot store the rules"));
out:
	sqlite3_finalize(st);
	sqlite3_finalize(keep);
	return rc;
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

int rules_load_db(struct rules *r, struct db *d)
{
	sqlite3 *db = d->h;
	sqlite3_stmt *st = NULL;
	int rc = 0, s;

	memset(r, 0, sizeof *r);
	FAIL_IF(sqlite3_prepare_v2(db, "SELECT daftar, kode, ejaan, sifat, uraian, baris FROM kosakata "
				   "ORDER BY baris", -1, &st, NULL), _("cannot read the rules"));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct kosakata *k = ARRAY_PUSH(r->kosakata);

		k->daftar = dup_col(st, 0);
		k->kode = dup_col(st, 1);
		k->ejaan = dup_col(st, 2);
		k->sifat = dup_col(st, 3);
		k->uraian = dup_col(st, 4);
		k->line = sqlite3_column_int(st, 5);
	}
	FAIL_IF(s != SQLITE_DONE, _("cannot read the rules"));
	sqlite3_finalize(st);

	FAIL_IF(sqlite3_prepare_v2(db, "SELECT kode, uraian, pasangan FROM bentuk ORDER BY rowid",
				   -1, &st, NULL), _("cannot read the rules"));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct bentuk *b = ARRAY_PUSH(r->bentuk);

		b->kode = dup_col(st, 0);
		b->uraian = dup_col(st, 1);
		b->pasangan = sqlite3_column_int(st, 2);
	}
	FAIL_IF(s != SQLITE_DONE, _("cannot read the rules"));
	sqlite3_finalize(st);

	FAIL_IF(sqlite3_prepare_v2(db, "SELECT ruleset, berlaku, bentuk, tahap, cltn, pasangan_calon, "
				   "kode, jenis, dasar_hukum, catatan, baris FROM matriks ORDER BY baris",
				   -1, &st, NULL), _("cannot read the rules"));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct matrix_row *m = ARRAY_PUSH(r->matrix);
		const char *t = col_text(st, 3);

		m->ruleset = dup_col(st, 0);
		date_col(st, 1, &m->berlaku);
		m->bentuk = dup_col(st, 2);
		m->tahap = strcmp(t, "calon") == 0 ? TAHAP_CALON :
			   strcmp(t, "*") == 0 ? TAHAP_ANY : TAHAP_BAKAL;
		m->cltn = flag_of(col_text(st, 4));
		m->pasangan = flag_of(col_text(st, 5));
		m->kode = dup_col(st, 6);
		m->jenis = dup_col(st, 7);
		m->dasar_hukum = dup_col(st, 8);
		m->catatan = dup_col(st, 9);
		m->line = sqlite3_column_int(st, 10);
	}
	FAIL_IF(s != SQLITE_DONE, _("cannot read the rules"));
	sqlite3_finalize(st);

	FAIL_IF(sqlite3_prepare_v2(db, "SELECT ruleset, berlaku, jenis_pegawai, jenis, kode, uraian, "
				   "dasar_hukum, baris FROM sanksi ORDER BY baris", -1, &st, NULL),
		_("cannot read the rules"));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
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
	FAIL_IF(s != SQLITE_DONE, _("cannot read the rules"));
	sqlite3_finalize(st);

	FAIL_IF(sqlite3_prepare_v2(db, "SELECT kode, nama, penetapan, kampanye_mulai, kampanye_selesai, "
				   "pemungutan, sumber FROM pemilihan ORDER BY pemungutan, penetapan, kode",
				   -1, &st, NULL), _("cannot read the rules"));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct pemilihan *p = ARRAY_PUSH(r->pemilihan);

		p->kode = dup_col(st, 0);
		p->nama = dup_col(st, 1);
		date_col(st, 2, &p->penetapan);
		date_col(st, 3, &p->kampanye_mulai);
		date_col(st, 4, &p->kampanye_selesai);
		date_col(st, 5, &p->pemungutan);
		p->bawaan = strcmp(col_text(st, 6), "bawaan") == 0;
	}
	FAIL_IF(s != SQLITE_DONE, _("cannot read the rules"));
	sqlite3_finalize(st);

	FAIL_IF(sqlite3_prepare_v2(db, "SELECT ejaan, kategori, kelompok FROM jabatan ORDER BY rowid",
				   -1, &st, NULL), _("cannot read the rules"));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct jabatan *j = ARRAY_PUSH(r->jabatan);

		j->ejaan = dup_col(st, 0);
		j->kategori = dup_col(st, 1);
		j->kelompok = dup_col(st, 2);
	}
	FAIL_IF(s != SQLITE_DONE, _("cannot read the rules"));
	sqlite3_finalize(st);

	FAIL_IF(sqlite3_prepare_v2(db, "SELECT kode, uraian, terbukti, ditindaklanjuti, awal, mencatat, "
				   "wajib FROM status ORDER BY urutan", -1, &st, NULL),
		_("cannot read the rules"));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct status *x = ARRAY_PUSH(r->status);

		x->kode = dup_col(st, 0);
		x->uraian = dup_col(st, 1);
		x->terbukti = sqlite3_column_int(st, 2);
		x->ditindaklanjuti = sqlite3_column_int(st, 3);
		x->awal = sqlite3_column_int(st, 4);
		x->mencatat = dup_col(st, 5);
		x->wajib = dup_col(st, 6);
	}
	FAIL_IF(s != SQLITE_DONE, _("cannot read the rules"));
	sqlite3_finalize(st);

	FAIL_IF(sqlite3_prepare_v2(db, "SELECT dari, ke, keterangan FROM transisi ORDER BY rowid",
				   -1, &st, NULL), _("cannot read the rules"));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct transisi *t = ARRAY_PUSH(r->transisi);

		t->dari = dup_col(st, 0);
		t->ke = dup_col(st, 1);
		t->keterangan = dup_col(st, 2);
	}
	FAIL_IF(s != SQLITE_DONE, _("cannot read the rules"));
	sqlite3_finalize(st);

	FAIL_IF(sqlite3_prepare_v2(db, "SELECT kunci, nilai, keterangan FROM pengaturan ORDER BY rowid",
				   -1, &st, NULL), _("cannot read the rules"));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct pengaturan *p = ARRAY_PUSH(r->pengaturan);

		p->kunci = dup_col(st, 0);
		p->nilai = dup_col(st, 1);
		p->keterangan = dup_col(st, 2);
	}
	FAIL_IF(s != SQLITE_DONE, _("cannot read the rules"));
	sqlite3_finalize(st);

	FAIL_IF(sqlite3_prepare_v2(db, "SELECT nilai FROM meta WHERE kunci = 'aturan_hash'",
				   -1, &st, NULL), _("cannot read the rules"));
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(r->hash, sizeof r->hash, "%s", col_text(st, 0));
	rules_index(r);
out:
	sqlite3_finalize(st);
	return rc;
}

int rules_add_pemilihan(struct db *d, const struct pemilihan *p)
{
	const struct date *dates[4] = { &p->penetapan, &p->kampanye_mulai,
		&p->kampanye_selesai, &p->pemungutan };
	sqlite3_stmt *st;
	char day[DATE_ISO_LEN];
	int rc;

	if ((rc = db_prepare(d, "INSERT INTO pemilihan (kode, nama, penetapan, kampanye_mulai, "
			     "kampanye_selesai, pemungutan, sumber) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pengguna')",
			     &st)))
		return rc;
	bind_text(st, 1, p->kode);
	bind_text(st, 2, p->nama);
	for (int i = 0; i < 4; i++) {
		date_format(dates[i], day);
		bind_text(st, 3 + i, day);
	}
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot add the contest"));
	sqlite3_finalize(st);
	return rc;
}
