/* The rows of each rules file: what a row must hold, and what it may name
 * of the files read before it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/rows.h"
#include "netral/rules/vocab.h"
#include "netral/util/ascii.h"
#include "netral/util/msg.h"

static int get_flag(struct loader *l, long line, const char *col,
		    const char *v, int *out)
{
	if (strcmp(v, "*") == 0)
		*out = FLAG_ANY;
	else if (strcmp(v, "ya") == 0)
		*out = 1;
	else if (strcmp(v, "tidak") == 0)
		*out = 0;
	else {
		loader_problem(l, line, _("%s: '%s' must be ya, tidak or *"), col, v);
		return 0;
	}
	return 1;
}

static int get_bool01(struct loader *l, long line, const char *col,
		      const char *v, int *out)
{
	if (strcmp(v, "0") == 0 || strcmp(v, "1") == 0) {
		*out = *v == '1';
		return 1;
	}
	loader_problem(l, line, _("%s: '%s' must be 0 or 1"), col, v);
	return 0;
}

static void row_bentuk(struct loader *l, char **v, long line)
{
	struct bentuk *b;
	int pasangan;

	if (rows_too_long(l, line, "kode", v[0]))
		return;
	if (!rules_code_ok(v[0], 0)) {
		loader_problem(l, line, _("kode: '%s' must be lower-case letters, digits and '-'"), v[0]);
		return;
	}
	if (!rows_need(l, line, "uraian", v[1]) || !get_bool01(l, line, "pasangan", v[2], &pasangan))
		return;
	for (size_t i = 0; i < l->r->bentuk.n; i++)
		if (strcmp(l->r->bentuk.v[i].kode, v[0]) == 0) {
			loader_problem(l, line, _("duplicate bentuk '%s' (also line %ld)"),
				v[0], l->r->bentuk.v[i].line);
			return;
		}
	b = ARRAY_PUSH(l->r->bentuk);
	b->kode = xstrdup(v[0]);
	b->uraian = xstrdup(v[1]);
	b->pasangan = pasangan;
	b->line = line;
}

static void row_matrix(struct loader *l, char **v, long line)
{
	struct matrix_row m;
	int ok = 1;

	memset(&m, 0, sizeof m);
	ok &= rows_need(l, line, "ruleset", v[0]);
	ok &= rows_date(l, line, "berlaku", v[1], &m.berlaku);
	if (!rules_bentuk(l->r, v[2])) {
		loader_problem(l, line, _("bentuk: unknown '%s'"), v[2]);
		ok = 0;
	}
	if (strcmp(v[3], "bakal_calon") == 0)
		m.tahap = TAHAP_BAKAL;
	else if (strcmp(v[3], "calon") == 0)
		m.tahap = TAHAP_CALON;
	else if (strcmp(v[3], "*") == 0)
		m.tahap = TAHAP_ANY;
	else if (strcmp(v[3], "kapan_saja") == 0)
		m.tahap = TAHAP_ALWAYS;
	else {
		loader_problem(l, line, _("tahap: '%s' must be bakal_calon, calon, * or kapan_saja"), v[3]);
		ok = 0;
	}
	/* whom the act favoured: a party's stage runs from its designation as a
	 * participant (classify.c); every other value is a candidate's */
	if (strcmp(v[11], "*") == 0) {
		m.partai = FLAG_ANY;
	} else if (rules_in(l->r, VOCAB_SASARAN, v[11], NULL)) {
		m.partai = strcmp(v[11], "partai") == 0;
	} else {
		char *valid = rules_list_kosakata(l->r, VOCAB_SASARAN, NULL);

		loader_problem(l, line, _("sasaran: '%s' must be * or one of %s"), v[11], valid);
		free(valid);
		ok = 0;
	}
	ok &= get_flag(l, line, "cltn", v[4], &m.cltn);
	ok &= get_flag(l, line, "pasangan_calon", v[5], &m.pasangan);
	if (*v[6] && !rules_code_ok(v[6], 1)) {
		loader_problem(l, line, _("kode: '%s' must look like KE-1 or DS-12"), v[6]);
		ok = 0;
	}
	if (!rules_in(l->r, VOCAB_JENIS, v[7], "matriks")) {
		loader_problem(l, line, _("jenis: unknown '%s'"), v[7]);
		ok = 0;
	}
	ok &= rows_basis_ok(l, line, "dasar_hukum", v[8]);
	/* a result that is no sanction tier (Satgas, no violation) says why */
	if (ok && !rules_in(l->r, VOCAB_JENIS, v[7], "sanksi") && !*v[9]) {
		loader_problem(l, line, _("catatan: a %s row must say why"), v[7]);
		ok = 0;
	}
	if (!ok)
		return;
	for (size_t i = 0; i < l->r->matrix.n; i++) {
		struct matrix_row *o = &l->r->matrix.v[i];

		if (strcmp(o->ruleset, v[0]) == 0 &&
		    date_cmp(&o->berlaku, &m.berlaku) != 0) {
			char a[DATE_ISO_LEN];

			date_format(&o->berlaku, a);
			loader_problem(l, line, _("berlaku: ruleset '%s' takes effect on %s (line %ld), not %s"),
				v[0], a, o->line, v[1]);
			return;
		}
		if (strcmp(o->ruleset, v[0]) == 0 && strcmp(o->bentuk, v[2]) == 0 &&
		    o->tahap == m.tahap && o->partai == m.partai && o->cltn == m.cltn &&
		    o->pasangan == m.pasangan) {
			loader_problem(l, line, _("duplicate row (also line %ld)"), o->line);
			return;
		}
	}
	m.ruleset = xstrdup(v[0]);
	m.bentuk = xstrdup(v[2]);
	m.kode = xstrdup(v[6]);
	m.jenis = xstrdup(v[7]);
	m.dasar_hukum = xstrdup(v[8]);
	m.catatan = xstrdup(v[9]);
	m.baris_bkn = xstrdup(v[10]);
	m.line = line;
	*ARRAY_PUSH(l->r->matrix) = m;
}

static void row_sanksi(struct loader *l, char **v, long line)
{
	struct sanksi s;
	int ok = 1, known = 0;

	memset(&s, 0, sizeof s);
	ok &= rows_need(l, line, "ruleset", v[0]);
	ok &= rows_date(l, line, "berlaku", v[1], &s.berlaku);
	for (size_t i = 0; i < l->r->matrix.n; i++)
		if (strcmp(l->r->matrix.v[i].ruleset, v[0]) == 0)
			known = 1;
	if (*v[0] && !known) {
		loader_problem(l, line, _("ruleset: '%s' has no matrix rows"), v[0]);
		ok = 0;
	}
	if (!rules_in(l->r, VOCAB_JENIS_PEGAWAI, v[2], NULL)) {
		char *valid = rules_list_words(l->r, VOCAB_JENIS_PEGAWAI, _(" or "));

		loader_problem(l, line, _("jenis_pegawai: '%s' must be %s"), v[2], valid);
		free(valid);
		ok = 0;
	}
	if (!rules_in(l->r, VOCAB_JENIS, v[3], "sanksi")) {
		loader_problem(l, line, _("jenis: '%s' is not a sanction tier"), v[3]);
		ok = 0;
	}
	if (rows_too_long(l, line, "kode", v[4]))
		return;
	if (!rules_code_ok(v[4], 0)) {
		loader_problem(l, line, _("kode: '%s' must be lower-case letters, digits and '-'"), v[4]);
		ok = 0;
	}
	ok &= rows_need(l, line, "uraian", v[5]);
	ok &= rows_basis_ok(l, line, "dasar_hukum", v[6]);
	if (!ok)
		return;
	for (size_t i = 0; i < l->r->sanksi.n; i++) {
		struct sanksi *o = &l->r->sanksi.v[i];

		if (strcmp(o->ruleset, v[0]) == 0 && strcmp(o->jenis_pegawai, v[2]) == 0 &&
		    strcmp(o->jenis, v[3]) == 0 && strcmp(o->kode, v[4]) == 0) {
			loader_problem(l, line, _("duplicate row (also line %ld)"), o->line);
			return;
		}
	}
	s.ruleset = xstrdup(v[0]);
	s.jenis_pegawai = xstrdup(v[2]);
	s.jenis = xstrdup(v[3]);
	s.kode = xstrdup(v[4]);
	s.uraian = xstrdup(v[5]);
	s.dasar_hukum = xstrdup(v[6]);
	s.line = line;
	*ARRAY_PUSH(l->r->sanksi) = s;
}

static void free_sanksi(struct sanksi *s)
{
	free(s->ruleset);
	free(s->jenis_pegawai);
	free(s->jenis);
	free(s->kode);
	free(s->uraian);
	free(s->dasar_hukum);
}

/* An agency's ladder (sanksi_instansi.csv): its first row for a ruleset and
 * employee type replaces the built-in rows of that pair, so a small file
 * changes one ladder and leaves the others. */
static void row_sanksi_instansi(struct loader *l, char **v, long line)
{
	struct rules *r = l->r;
	int replaced = 0;
	size_t k = 0;

	for (size_t i = 0; i < r->sanksi.n; i++)
		replaced |= r->sanksi.v[i].instansi && strcmp(r->sanksi.v[i].ruleset, v[0]) == 0 &&
			    strcmp(r->sanksi.v[i].jenis_pegawai, v[2]) == 0;
	for (size_t i = 0; i < r->sanksi.n; i++) {
		struct sanksi *s = &r->sanksi.v[i];

		if (!replaced && !s->instansi && strcmp(s->ruleset, v[0]) == 0 &&
		    strcmp(s->jenis_pegawai, v[2]) == 0)
			free_sanksi(s);
		else
			r->sanksi.v[k++] = *s;
	}
	r->sanksi.n = k;
	k = r->sanksi.n;
	row_sanksi(l, v, line);
	if (r->sanksi.n > k)
		r->sanksi.v[k].instansi = 1;
}

static void row_tingkat(struct loader *l, char **v, long line)
{
	struct tingkat *t;
	int ok = 1;

	ok &= rows_need(l, line, "ruleset", v[0]);
	if (!rules_in(l->r, VOCAB_JENIS_PEGAWAI, v[1], NULL)) {
		char *valid = rules_list_words(l->r, VOCAB_JENIS_PEGAWAI, _(" or "));

		loader_problem(l, line, _("jenis_pegawai: '%s' must be %s"), v[1], valid);
		free(valid);
		ok = 0;
	}
	if (!rules_in(l->r, VOCAB_JENIS, v[2], "matriks")) {
		loader_problem(l, line, _("jenis: '%s' is not a tier of the matrix"), v[2]);
		ok = 0;
	}
	if (!rules_in(l->r, VOCAB_JENIS, v[3], NULL)) {
		loader_problem(l, line, _("tingkat: '%s' is not a tier (kosakata jenis)"), v[3]);
		ok = 0;
	}
	ok &= rows_basis_ok(l, line, "dasar_hukum", v[4]);
	if (!ok)
		return;
	if (rules_tingkat(l->r, v[0], v[1], v[2])) {
		loader_problem(l, line, _("duplicate row (also line %ld)"),
			       rules_tingkat(l->r, v[0], v[1], v[2])->line);
		return;
	}
	t = ARRAY_PUSH(l->r->tingkat);
	t->ruleset = xstrdup(v[0]);
	t->jenis_pegawai = xstrdup(v[1]);
	t->jenis = xstrdup(v[2]);
	t->tingkat = xstrdup(v[3]);
	t->dasar_hukum = xstrdup(v[4]);
	t->line = line;
}

static void row_pemilihan(struct loader *l, char **v, long line)
{
	struct pemilihan p;
	struct err e;
	int ok = 1;

	memset(&p, 0, sizeof p);
	p.kode = v[0];
	p.nama = v[1];
	p.sebutan = v[9];
	ok &= rows_need(l, line, "nama", v[1]);
	if (*v[2])
		ok &= rows_date(l, line, "tahapan_mulai", v[2], &p.tahapan_mulai);
	if (*v[3])
		ok &= rows_date(l, line, "penetapan_partai", v[3], &p.penetapan_partai);
	ok &= rows_date(l, line, "penetapan", v[4], &p.penetapan);
	ok &= rows_date(l, line, "kampanye_mulai", v[5], &p.kampanye_mulai);
	ok &= rows_date(l, line, "kampanye_selesai", v[6], &p.kampanye_selesai);
	ok &= rows_date(l, line, "pemungutan", v[7], &p.pemungutan);
	ok &= rows_need(l, line, "sumber", v[8]);
	if (!ok)
		return;
	if (pemilihan_check(&p, &e) < 0) {
		loader_problem(l, line, "%s", e.msg);
		return;
	}
	for (size_t i = 0; i < l->r->pemilihan.n; i++)
		if (strcmp(l->r->pemilihan.v[i].kode, v[0]) == 0) {
			loader_problem(l, line, _("duplicate contest '%s' (also line %ld)"),
				v[0], l->r->pemilihan.v[i].line);
			return;
		}
	p.kode = xstrdup(v[0]);
	p.nama = xstrdup(v[1]);
	/* a folder from before the column: the contest's own name */
	p.sebutan = xstrdup(*v[9] ? v[9] : v[1]);
	p.bawaan = 1;
	p.line = line;
	*ARRAY_PUSH(l->r->pemilihan) = p;
}

static void row_jabatan(struct loader *l, char **v, long line)
{
	char norm[128];
	struct jabatan *j;

	jabatan_normalise(v[0], norm, sizeof norm);
	if (!*norm) {
		loader_problem(l, line, _("ejaan: empty"));
		return;
	}
	if (rows_too_long(l, line, "kategori", v[1]))
		return;
	if (!rules_code_ok(v[1], 0)) {
		loader_problem(l, line, _("kategori: '%s' must be lower-case letters, digits and '-'"), v[1]);
		return;
	}
	if (!rules_in(l->r, VOCAB_KELOMPOK_JABATAN, v[2], NULL)) {
		char *valid = rules_list_kosakata(l->r, VOCAB_KELOMPOK_JABATAN, NULL);

		loader_problem(l, line, _("kelompok: unknown '%s' (%s)"), v[2], valid);
		free(valid);
		return;
	}
	for (size_t i = 0; i < l->r->jabatan.n; i++)
		if (strcmp(l->r->jabatan.v[i].ejaan, norm) == 0) {
			loader_problem(l, line, _("duplicate spelling '%s' (also line %ld)"),
				v[0], l->r->jabatan.v[i].line);
			return;
		}
	j = ARRAY_PUSH(l->r->jabatan);
	j->ejaan = xstrdup(norm);
	j->kategori = xstrdup(v[1]);
	j->kelompok = xstrdup(v[2]);
	j->line = line;
}

/* A space-separated list of workflow fields (the columns a move records). */
static int field_list(struct loader *l, long line, const char *col, const char *v)
{
	static const char *const workflow[] = { "rekomendasi_nomor", "rekomendasi_tanggal",
		"rekomendasi_dari", "rekomendasi_sanksi", "sanksi", "sk_nomor", "sk_tanggal", "batal_alasan", "gabung_ke", NULL };

	for (const char *p = v; *p; ) {
		size_t w = strcspn(p += strspn(p, " "), " ");
		int known = 0;

		for (int i = 0; workflow[i]; i++)
			known |= w && strlen(workflow[i]) == w && strncmp(workflow[i], p, w) == 0;
		if (w && !known) {
			loader_problem(l, line, _("%s: '%.*s' is not a workflow field"), col, (int)w, p);
			return 0;
		}
		p += w;
	}
	return 1;
}

static void row_kosakata(struct loader *l, char **v, long line)
{
	static const char *const lists[] = { VOCAB_JENIS_PEGAWAI, VOCAB_REKOMENDASI_DARI,
		VOCAB_KELOMPOK_JABATAN, VOCAB_JENIS, VOCAB_KOLOM_IMPOR, VOCAB_SASARAN, VOCAB_INDIKASI,
		VOCAB_KEGIATAN, VOCAB_PERAN_IZIN, NULL };
	struct kosakata *k;
	int known = 0;

	for (int i = 0; lists[i]; i++)
		known |= strcmp(v[0], lists[i]) == 0;
	if (!known) {
		loader_problem(l, line, _("daftar: unknown list '%s' (%s)"), v[0],
			       "jenis_pegawai, rekomendasi_dari, kelompok_jabatan, jenis, kolom_impor, sasaran, "
			       "indikasi, kegiatan, peran_izin");
		return;
	}
	if (!rows_need(l, line, "kode", v[1]) || rows_too_long(l, line, "kode", v[1]))
		return;
	/* codes go into SQL as JSON lists and into messages as words */
	if (strpbrk(v[1], "\"\\ \t")) {
		loader_problem(l, line, _("kode: '%s' must have no quote, backslash or blank"), v[1]);
		return;
	}
	if (rules_kosakata(l->r, v[0], v[1])) {
		loader_problem(l, line, _("duplicate value '%s' in list %s"), v[1], v[0]);
		return;
	}
	k = ARRAY_PUSH(l->r->kosakata);
	k->daftar = xstrdup(v[0]);
	k->kode = xstrdup(v[1]);
	k->ejaan = xstrdup(v[2]);
	k->sifat = xstrdup(v[3]);
	k->uraian = xstrdup(v[4]);
	k->line = line;
}

static void row_status(struct loader *l, char **v, long line)
{
	struct status s;
	int ok = 1;

	memset(&s, 0, sizeof s);
	if (rows_too_long(l, line, "kode", v[0]))
		return;
	if (!rules_code_ok(v[0], 0)) {
		loader_problem(l, line, _("kode: '%s' must be lower-case letters, digits and '_'"), v[0]);
		return;
	}
	ok &= rows_need(l, line, "uraian", v[1]);
	ok &= get_bool01(l, line, "terbukti", v[2], &s.terbukti);
	ok &= get_bool01(l, line, "ditindaklanjuti", v[3], &s.ditindaklanjuti);
	ok &= get_bool01(l, line, "awal", v[4], &s.awal);
	ok &= field_list(l, line, "mencatat", v[5]);
	ok &= field_list(l, line, "wajib", v[6]);
	ok &= get_bool01(l, line, "dihitung", v[7], &s.dihitung);
	if (!ok)
		return;
	if (s.ditindaklanjuti && !s.terbukti) {
		loader_problem(l, line, _("ditindaklanjuti: a followed-up status must also be proven (terbukti 1)"));
		return;
	}
	if (!s.dihitung && (s.terbukti || s.awal)) {
		loader_problem(l, line, _("dihitung: a status left out of the counts is neither proven nor the first"));
		return;
	}
	if (rules_status(l->r, v[0])) {
		loader_problem(l, line, _("duplicate status '%s'"), v[0]);
		return;
	}
	s.kode = xstrdup(v[0]);
	s.uraian = xstrdup(v[1]);
	s.mencatat = xstrdup(v[5]);
	s.wajib = xstrdup(v[6]);
	s.line = line;
	*ARRAY_PUSH(l->r->status) = s;
}

static void row_transisi(struct loader *l, char **v, long line)
{
	struct transisi *t;

	for (int i = 0; i < 2; i++)
		if (!rules_status(l->r, v[i])) {
			loader_problem(l, line, _("%s: unknown status '%s'"), i ? "ke" : "dari", v[i]);
			return;
		}
	if (strcmp(v[0], v[1]) == 0) {
		loader_problem(l, line, _("a status cannot move to itself"));
		return;
	}
	for (size_t i = 0; i < l->r->transisi.n; i++)
		if (strcmp(l->r->transisi.v[i].dari, v[0]) == 0 &&
		    strcmp(l->r->transisi.v[i].ke, v[1]) == 0) {
			loader_problem(l, line, _("duplicate row (also line %ld)"), l->r->transisi.v[i].line);
			return;
		}
	t = ARRAY_PUSH(l->r->transisi);
	t->dari = xstrdup(v[0]);
	t->ke = xstrdup(v[1]);
	t->keterangan = xstrdup(v[2]);
	t->line = line;
}

static void row_pengaturan(struct loader *l, char **v, long line)
{
	static const char *const known[] = { "batas_tindak_lanjut_hari",
		"pasca_pemungutan_hari", "pasca_pemungutan_hari_pemilihan", NULL };
	struct pengaturan *p;
	char *end;
	int is_known = 0;

	for (int i = 0; known[i]; i++)
		is_known |= strcmp(v[0], known[i]) == 0;
	if (!is_known) {
		loader_problem(l, line, _("kunci: unknown setting '%s' (known: %s)"), v[0],
			       "batas_tindak_lanjut_hari, pasca_pemungutan_hari, pasca_pemungutan_hari_pemilihan");
		return;
	}
	if (strtol(v[1], &end, 10) < 1 || *end || end == v[1]) {
		loader_problem(l, line, _("nilai: '%s' must be a positive number of days"), v[1]);
		return;
	}
	if (rules_pengaturan(l->r, v[0])) {
		loader_problem(l, line, _("duplicate setting '%s'"), v[0]);
		return;
	}
	p = ARRAY_PUSH(l->r->pengaturan);
	p->kunci = xstrdup(v[0]);
	p->nilai = xstrdup(v[1]);
	p->keterangan = xstrdup(v[2]);
	p->line = line;
}

static void row_label(struct loader *l, char **v, long line)
{
	struct label *t;

	for (int i = 0; i < 4; i++)
		if (!*v[i]) {
			loader_problem(l, line, _("%s: empty"), i == 0 ? "tabel" : i == 1 ? "kelompok" :
				       i == 2 ? "id" : "en");
			return;
		}
	if (rules_label(l->r, v[0], v[1])) {
		loader_problem(l, line, _("duplicate label of '%s' in table '%s' (also line %ld)"),
			       v[1], v[0], rules_label(l->r, v[0], v[1])->line);
		return;
	}
	t = ARRAY_PUSH(l->r->label);
	t->tabel = xstrdup(v[0]);
	t->kelompok = xstrdup(v[1]);
	t->id = xstrdup(v[2]);
	t->en = xstrdup(v[3]);
	t->sumber = xstrdup(v[4]);
	t->line = line;
}

static const char *const cols_bentuk[] = { "kode", "uraian", "pasangan", NULL };
static const char *const cols_kosakata[] = { "daftar", "kode", "ejaan", "sifat", "uraian", NULL };
static const char *const cols_matrix[] = { "ruleset", "berlaku", "bentuk",
	"tahap", "cltn", "pasangan_calon", "kode", "jenis", "dasar_hukum",
	"catatan", "baris_bkn", "sasaran", NULL };
/* sasaran came with schema 12: a folder without it has rows for any target */
static const char *const defaults_matrix[] = { NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, "*" };
static const char *const cols_sanksi[] = { "ruleset", "berlaku",
	"jenis_pegawai", "jenis", "kode", "uraian", "dasar_hukum", NULL };
static const char *const cols_pemilihan[] = { "kode", "nama", "tahapan_mulai",
	"penetapan_partai", "penetapan", "kampanye_mulai", "kampanye_selesai", "pemungutan",
	"sumber", "sebutan", NULL };
/* sebutan came with schema 12: a folder without it names a contest by nama */
static const char *const defaults_pemilihan[] = { NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, "" };
static const char *const cols_jabatan[] = { "ejaan", "kategori", "kelompok", NULL };
static const char *const cols_status[] = { "kode", "uraian", "terbukti",
	"ditindaklanjuti", "awal", "mencatat", "wajib", "dihitung", NULL };
/* dihitung came with version 0.2: a folder without it counts every status */
static const char *const defaults_status[] = { NULL, NULL, NULL, NULL, NULL, NULL, NULL, "1" };
static const char *const cols_transisi[] = { "dari", "ke", "keterangan", NULL };
static const char *const cols_pengaturan[] = { "kunci", "nilai", "keterangan", NULL };
static const char *const cols_label[] = { "tabel", "kelompok", "id", "en", "sumber", NULL };
static const char *const cols_jadwal[] = { "pemilihan", "kegiatan", "irama", "mulai", "selesai",
	"batas", "sumber", NULL };
static const char *const cols_tingkat[] = { "ruleset", "jenis_pegawai", "jenis", "tingkat",
	"dasar_hukum", NULL };
static const char *const cols_undang[] = { "kunci", "berlaku", "teks", "sumber", NULL };

/* In dependency order: the vocabularies first, the matrix names bentuk,
 * sanctions name rulesets, legal bases name the texts of undang.csv. */
const struct rfile rules_files[] = {
	{ "bentuk.csv", cols_bentuk, row_bentuk, NULL },
	{ "kosakata.csv", cols_kosakata, row_kosakata, NULL },
	{ "undang.csv", cols_undang, row_undang, NULL },
	{ "matriks.csv", cols_matrix, row_matrix, defaults_matrix },
	{ "sanksi.csv", cols_sanksi, row_sanksi, NULL },
	{ "sanksi_instansi.csv", cols_sanksi, row_sanksi_instansi, NULL },
	{ "tingkat.csv", cols_tingkat, row_tingkat, NULL },
	{ "pemilihan.csv", cols_pemilihan, row_pemilihan, defaults_pemilihan },
	{ "jabatan.csv", cols_jabatan, row_jabatan, NULL },
	{ "status.csv", cols_status, row_status, defaults_status },
	{ "transisi.csv", cols_transisi, row_transisi, NULL },
	{ "pengaturan.csv", cols_pengaturan, row_pengaturan, NULL },
	{ "label.csv", cols_label, row_label, NULL },
	{ "jadwal.csv", cols_jadwal, row_jadwal, NULL },
	{ "jadwal_instansi.csv", cols_jadwal, row_jadwal_instansi, NULL },
};

const size_t rules_nfiles = sizeof rules_files / sizeof *rules_files;
