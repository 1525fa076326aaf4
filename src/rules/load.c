/* Loading and checking the rules CSV files (data/rules/). */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/csvin.h"
#include "netral/rules/load.h"
#include "netral/rules/vocab.h"
#include "netral/util/embed.h"
#include "netral/util/strbuf.h"

/* A rules file as the loader sees it: its columns and what a row means. */
struct loader;
typedef void (*row_fn)(struct loader *l, char **v, long line);

struct rfile {
	const char *name;
	const char *const *cols;
	row_fn row;
};

struct loader {
	struct rules *r;
	const struct rfile *file;
	const char *path;    /* as messages name the file */
	int col_of[16];
	size_t width;
	int problems;
	struct sha256 all;
};

static void problem(struct loader *l, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void problem(struct loader *l, long line, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "%s:%ld: ", l->path, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	l->problems++;
}

static int need(struct loader *l, long line, const char *col, const char *v)
{
	if (*v)
		return 1;
	problem(l, line, _("%s: empty"), col);
	return 0;
}

static int get_date(struct loader *l, long line, const char *col,
		    const char *v, struct date *d)
{
	if (date_parse_iso(v, d) == 0)
		return 1;
	problem(l, line, _("%s: '%s' is not a date in YYYY-MM-DD form"), col, v);
	return 0;
}

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
		problem(l, line, _("%s: '%s' must be ya, tidak or *"), col, v);
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
	problem(l, line, _("%s: '%s' must be 0 or 1"), col, v);
	return 0;
}

static void row_bentuk(struct loader *l, char **v, long line)
{
	struct bentuk *b;
	int pasangan;

	if (!rules_code_ok(v[0], 0)) {
		problem(l, line, _("kode: '%s' must be lower-case letters, digits and '-'"), v[0]);
		return;
	}
	if (!need(l, line, "uraian", v[1]) || !get_bool01(l, line, "pasangan", v[2], &pasangan))
		return;
	for (size_t i = 0; i < l->r->bentuk.n; i++)
		if (strcmp(l->r->bentuk.v[i].kode, v[0]) == 0) {
			problem(l, line, _("duplicate bentuk '%s' (also line %ld)"),
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
	ok &= need(l, line, "ruleset", v[0]);
	ok &= get_date(l, line, "berlaku", v[1], &m.berlaku);
	if (!rules_bentuk(l->r, v[2])) {
		problem(l, line, _("bentuk: unknown '%s'"), v[2]);
		ok = 0;
	}
	if (strcmp(v[3], "bakal_calon") == 0)
		m.tahap = TAHAP_BAKAL;
	else if (strcmp(v[3], "calon") == 0)
		m.tahap = TAHAP_CALON;
	else if (strcmp(v[3], "*") == 0)
		m.tahap = TAHAP_ANY;
	else {
		problem(l, line, _("tahap: '%s' must be bakal_calon, calon or *"), v[3]);
		ok = 0;
	}
	ok &= get_flag(l, line, "cltn", v[4], &m.cltn);
	ok &= get_flag(l, line, "pasangan_calon", v[5], &m.pasangan);
	if (*v[6] && !rules_code_ok(v[6], 1)) {
		problem(l, line, _("kode: '%s' must look like KE-1 or DS-12"), v[6]);
		ok = 0;
	}
	if (!rules_in(l->r, VOCAB_JENIS, v[7], "matriks")) {
		problem(l, line, _("jenis: unknown '%s'"), v[7]);
		ok = 0;
	}
	ok &= need(l, line, "dasar_hukum", v[8]);
	/* a result that is no sanction tier (Satgas, no violation) says why */
	if (ok && !rules_in(l->r, VOCAB_JENIS, v[7], "sanksi") && !*v[9]) {
		problem(l, line, _("catatan: a %s row must say why"), v[7]);
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
			problem(l, line, _("berlaku: ruleset '%s' takes effect on %s (line %ld), not %s"),
				v[0], a, o->line, v[1]);
			return;
		}
		if (strcmp(o->ruleset, v[0]) == 0 && strcmp(o->bentuk, v[2]) == 0 &&
		    o->tahap == m.tahap && o->cltn == m.cltn &&
		    o->pasangan == m.pasangan) {
			problem(l, line, _("duplicate row (also line %ld)"), o->line);
			return;
		}
	}
	m.ruleset = xstrdup(v[0]);
	m.bentuk = xstrdup(v[2]);
	m.kode = xstrdup(v[6]);
	m.jenis = xstrdup(v[7]);
	m.dasar_hukum = xstrdup(v[8]);
	m.catatan = xstrdup(v[9]);
	m.line = line;
	*ARRAY_PUSH(l->r->matrix) = m;
}

static void row_sanksi(struct loader *l, char **v, long line)
{
	struct sanksi s;
	int ok = 1, known = 0;

	memset(&s, 0, sizeof s);
	ok &= need(l, line, "ruleset", v[0]);
	ok &= get_date(l, line, "berlaku", v[1], &s.berlaku);
	for (size_t i = 0; i < l->r->matrix.n; i++)
		if (strcmp(l->r->matrix.v[i].ruleset, v[0]) == 0)
			known = 1;
	if (*v[0] && !known) {
		problem(l, line, _("ruleset: '%s' has no matrix rows"), v[0]);
		ok = 0;
	}
	if (!rules_in(l->r, VOCAB_JENIS_PEGAWAI, v[2], NULL)) {
		char *valid = rules_list_words(l->r, VOCAB_JENIS_PEGAWAI, _(" or "));

		problem(l, line, _("jenis_pegawai: '%s' must be %s"), v[2], valid);
		free(valid);
		ok = 0;
	}
	if (!rules_in(l->r, VOCAB_JENIS, v[3], "sanksi")) {
		problem(l, line, _("jenis: '%s' is not a sanction tier"), v[3]);
		ok = 0;
	}
	if (!rules_code_ok(v[4], 0)) {
		problem(l, line, _("kode: '%s' must be lower-case letters, digits and '-'"), v[4]);
		ok = 0;
	}
	ok &= need(l, line, "uraian", v[5]);
	ok &= need(l, line, "dasar_hukum", v[6]);
	if (!ok)
		return;
	for (size_t i = 0; i < l->r->sanksi.n; i++) {
		struct sanksi *o = &l->r->sanksi.v[i];

		if (strcmp(o->ruleset, v[0]) == 0 && strcmp(o->jenis_pegawai, v[2]) == 0 &&
		    strcmp(o->jenis, v[3]) == 0 && strcmp(o->kode, v[4]) == 0) {
			problem(l, line, _("duplicate row (also line %ld)"), o->line);
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

static void row_pemilihan(struct loader *l, char **v, long line)
{
	struct pemilihan p;
	struct err e;
	int ok = 1;

	memset(&p, 0, sizeof p);
	p.kode = v[0];
	ok &= need(l, line, "nama", v[1]);
	ok &= get_date(l, line, "penetapan", v[2], &p.penetapan);
	ok &= get_date(l, line, "kampanye_mulai", v[3], &p.kampanye_mulai);
	ok &= get_date(l, line, "kampanye_selesai", v[4], &p.kampanye_selesai);
	ok &= get_date(l, line, "pemungutan", v[5], &p.pemungutan);
	if (!ok)
		return;
	if (pemilihan_check(&p, &e) < 0) {
		problem(l, line, "%s", e.msg);
		return;
	}
	for (size_t i = 0; i < l->r->pemilihan.n; i++)
		if (strcmp(l->r->pemilihan.v[i].kode, v[0]) == 0) {
			problem(l, line, _("duplicate contest '%s' (also line %ld)"),
				v[0], l->r->pemilihan.v[i].line);
			return;
		}
	p.kode = xstrdup(v[0]);
	p.nama = xstrdup(v[1]);
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
		problem(l, line, _("ejaan: empty"));
		return;
	}
	if (!rules_code_ok(v[1], 0)) {
		problem(l, line, _("kategori: '%s' must be lower-case letters, digits and '-'"), v[1]);
		return;
	}
	if (!rules_in(l->r, VOCAB_KELOMPOK_JABATAN, v[2], NULL)) {
		char *valid = rules_list_kosakata(l->r, VOCAB_KELOMPOK_JABATAN, NULL);

		problem(l, line, _("kelompok: unknown '%s' (%s)"), v[2], valid);
		free(valid);
		return;
	}
	for (size_t i = 0; i < l->r->jabatan.n; i++)
		if (strcmp(l->r->jabatan.v[i].ejaan, norm) == 0) {
			problem(l, line, _("duplicate spelling '%s' (also line %ld)"),
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
		"rekomendasi_dari", "rekomendasi_sanksi", "sanksi", "sk_nomor", "sk_tanggal", NULL };

	for (const char *p = v; *p; ) {
		size_t w = strcspn(p += strspn(p, " "), " ");
		int known = 0;

		for (int i = 0; workflow[i]; i++)
			known |= w && strlen(workflow[i]) == w && strncmp(workflow[i], p, w) == 0;
		if (w && !known) {
			problem(l, line, _("%s: '%.*s' is not a workflow field"), col, (int)w, p);
			return 0;
		}
		p += w;
	}
	return 1;
}

static void row_kosakata(struct loader *l, char **v, long line)
{
	static const char *const lists[] = { VOCAB_JENIS_PEGAWAI, VOCAB_REKOMENDASI_DARI,
		VOCAB_KELOMPOK_JABATAN, VOCAB_JENIS, NULL };
	struct kosakata *k;
	int known = 0;

	for (int i = 0; lists[i]; i++)
		known |= strcmp(v[0], lists[i]) == 0;
	if (!known) {
		problem(l, line, _("daftar: unknown list '%s' (jenis_pegawai, rekomendasi_dari, kelompok_jabatan, jenis)"), v[0]);
		return;
	}
	if (!need(l, line, "kode", v[1]))
		return;
	/* codes go into SQL as JSON lists and into messages as words */
	if (strpbrk(v[1], "\"\\ \t")) {
		problem(l, line, _("kode: '%s' must have no quote, backslash or blank"), v[1]);
		return;
	}
	if (rules_kosakata(l->r, v[0], v[1])) {
		problem(l, line, _("duplicate value '%s' in list %s"), v[1], v[0]);
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
	if (!rules_code_ok(v[0], 0)) {
		problem(l, line, _("kode: '%s' must be lower-case letters, digits and '_'"), v[0]);
		return;
	}
	ok &= need(l, line, "uraian", v[1]);
	ok &= get_bool01(l, line, "terbukti", v[2], &s.terbukti);
	ok &= get_bool01(l, line, "ditindaklanjuti", v[3], &s.ditindaklanjuti);
	ok &= get_bool01(l, line, "awal", v[4], &s.awal);
	ok &= field_list(l, line, "mencatat", v[5]);
	ok &= field_list(l, line, "wajib", v[6]);
	if (!ok)
		return;
	for (const char *p = v[6]; *p; ) {
		size_t w = strcspn(p += strspn(p, " "), " ");
		char name[64];

		snprintf(name, sizeof name, "%.*s", (int)w, p);
		if (w && !rules_names(v[5], name)) {
			problem(l, line, _("wajib: '%s' is not among the fields the move records (mencatat)"), name);
			return;
		}
		p += w;
	}
	if (s.ditindaklanjuti && !s.terbukti) {
		problem(l, line, _("ditindaklanjuti: a followed-up status must also be proven (terbukti 1)"));
		return;
	}
	if (rules_status(l->r, v[0])) {
		problem(l, line, _("duplicate status '%s'"), v[0]);
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
			problem(l, line, _("%s: unknown status '%s'"), i ? "ke" : "dari", v[i]);
			return;
		}
	if (strcmp(v[0], v[1]) == 0) {
		problem(l, line, _("a status cannot move to itself"));
		return;
	}
	for (size_t i = 0; i < l->r->transisi.n; i++)
		if (strcmp(l->r->transisi.v[i].dari, v[0]) == 0 &&
		    strcmp(l->r->transisi.v[i].ke, v[1]) == 0) {
			problem(l, line, _("duplicate row (also line %ld)"), l->r->transisi.v[i].line);
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
	static const char *const known[] = { "batas_tindak_lanjut_hari", NULL };
	struct pengaturan *p;
	char *end;
	int is_known = 0;

	for (int i = 0; known[i]; i++)
		is_known |= strcmp(v[0], known[i]) == 0;
	if (!is_known) {
		problem(l, line, _("kunci: unknown setting '%s' (known: batas_tindak_lanjut_hari)"), v[0]);
		return;
	}
	if (strtol(v[1], &end, 10) < 1 || *end || end == v[1]) {
		problem(l, line, _("nilai: '%s' must be a positive number of days"), v[1]);
		return;
	}
	if (rules_pengaturan(l->r, v[0])) {
		problem(l, line, _("duplicate setting '%s'"), v[0]);
		return;
	}
	p = ARRAY_PUSH(l->r->pengaturan);
	p->kunci = xstrdup(v[0]);
	p->nilai = xstrdup(v[1]);
	p->keterangan = xstrdup(v[2]);
	p->line = line;
}

static const char *const cols_bentuk[] = { "kode", "uraian", "pasangan", NULL };
static const char *const cols_kosakata[] = { "daftar", "kode", "ejaan", "sifat", "uraian", NULL };
static const char *const cols_matrix[] = { "ruleset", "berlaku", "bentuk",
	"tahap", "cltn", "pasangan_calon", "kode", "jenis", "dasar_hukum",
	"catatan", NULL };
static const char *const cols_sanksi[] = { "ruleset", "berlaku",
	"jenis_pegawai", "jenis", "kode", "uraian", "dasar_hukum", NULL };
static const char *const cols_pemilihan[] = { "kode", "nama", "penetapan",
	"kampanye_mulai", "kampanye_selesai", "pemungutan", NULL };
static const char *const cols_jabatan[] = { "ejaan", "kategori", "kelompok", NULL };
static const char *const cols_status[] = { "kode", "uraian", "terbukti",
	"ditindaklanjuti", "awal", "mencatat", "wajib", NULL };
static const char *const cols_transisi[] = { "dari", "ke", "keterangan", NULL };
static const char *const cols_pengaturan[] = { "kunci", "nilai", "keterangan", NULL };

/* In dependency order: the vocabularies first, the matrix names bentuk,
 * sanctions name rulesets. */
static const struct rfile rfiles[] = {
	{ "bentuk.csv", cols_bentuk, row_bentuk },
	{ "kosakata.csv", cols_kosakata, row_kosakata },
	{ "matriks.csv", cols_matrix, row_matrix },
	{ "sanksi.csv", cols_sanksi, row_sanksi },
	{ "pemilihan.csv", cols_pemilihan, row_pemilihan },
	{ "jabatan.csv", cols_jabatan, row_jabatan },
	{ "status.csv", cols_status, row_status },
	{ "transisi.csv", cols_transisi, row_transisi },
	{ "pengaturan.csv", cols_pengaturan, row_pengaturan },
};

static size_t ncols(const char *const *cols)
{
	size_t n = 0;

	while (cols[n])
		n++;
	return n;
}

static int on_row(void *vl, const struct csvin_record *rec)
{
	struct loader *l = vl;
	const struct rfile *f = l->file;
	size_t nc = ncols(f->cols);
	char *v[16];
	int key_of[64];
	struct err e;

	if (rec->index == 0) {
		if (rec->n > 64) {
			problem(l, rec->line, _("header: too many columns"));
			return NX_DATA;
		}
		if (csvin_header(rec, f->cols, nc, 0, l->col_of, key_of,
				 &l->width, &e) < 0) {
			problem(l, rec->line, "%s", e.msg);
			return NX_DATA;
		}
		for (size_t k = 0; k < nc; k++)
			if (l->col_of[k] < 0) {
				problem(l, rec->line, _("header: missing column '%s'"), f->cols[k]);
				return NX_DATA;
			}
		return 0;
	}
	if (rec->problem) {
		problem(l, rec->line, "%s", rec->problem);
		return 0;
	}
	if (csvin_check_width(rec, l->width, &e) < 0) {
		problem(l, rec->line, "%s", e.msg);
		return 0;
	}
	for (size_t k = 0; k < nc; k++)
		v[k] = rec->f[l->col_of[k]];
	f->row(l, v, rec->line);
	return 0;
}

typedef FILE *(*open_fn)(const char *name, const char *dir, char *path,
			 size_t cap);

static FILE *open_dir(const char *name, const char *dir, char *path, size_t cap)
{
	snprintf(path, cap, "%s/%s", dir, name);
	return fopen(path, "r");
}

static FILE *open_builtin(const char *name, const char *dir, char *path,
			  size_t cap)
{
	const struct embedded *em;
	char full[128];

	(void)dir;
	snprintf(full, sizeof full, "data/rules/%s", name);
	snprintf(path, cap, "%s", full);
	em = embedded_find(full);
	if (!em) {
		errno = ENOENT;
		return NULL;
	}
	return fmemopen((void *)em->data, em->len, "r");
}

static void coverage(struct loader *l);

static int load(struct rules *r, const char *dir, open_fn open)
{
	struct loader l;
	char path[4096];

	memset(r, 0, sizeof *r);
	memset(&l, 0, sizeof l);
	l.r = r;
	sha256_init(&l.all);
	for (size_t i = 0; i < sizeof rfiles / sizeof *rfiles; i++) {
		struct csvin in;
		FILE *fp = open(rfiles[i].name, dir, path, sizeof path);
		int rc;

		if (!fp)
			return fail(NX_IO, _("cannot open '%s': %s"), path, strerror(errno));
		memset(&in, 0, sizeof in);
		in.name = path;
		in.fp = fp;
		in.delim = ',';
		l.file = &rfiles[i];
		l.path = path;
		rc = csvin_read(&in, on_row, &l);
		fclose(fp);
		if (rc == NX_IO)
			return rc;
		if (rc)
			l.problems++;
		if (in.lines == 0)
			problem(&l, 1, _("empty file"));
		sha256_update(&l.all, rfiles[i].name, strlen(rfiles[i].name));
		sha256_update(&l.all, in.sha_hex, 64);
	}
	l.path = path;
	rules_index(r);
	coverage(&l);
	sha256_hex(&l.all, r->hash);
	return l.problems ? NX_DATA : 0;
}

int rules_load_dir(struct rules *r, const char *dir)
{
	return load(r, dir, open_dir);
}

int rules_load_builtin(struct rules *r)
{
	return load(r, NULL, open_builtin);
}


/* Every ruleset must answer every bentuk at both stages with either flag:
 * exactly one row for each combination. */
static void coverage(struct loader *l)
{
	const struct rules *r = l->r;
	char dir[4096], bpath[4200], mpath[4200], spath[4200], ppath[4200];
	const char *dir_end = strrchr(l->path, '/');
	size_t dl = dir_end ? (size_t)(dir_end - l->path + 1) : 0;

	snprintf(dir, sizeof dir, "%.*s", (int)dl, l->path);
	snprintf(bpath, sizeof bpath, "%sbentuk.csv", dir);
	snprintf(mpath, sizeof mpath, "%smatriks.csv", dir);
	snprintf(spath, sizeof spath, "%sstatus.csv", dir);
	snprintf(ppath, sizeof ppath, "%spengaturan.csv", dir);
	for (size_t i = 0; i < r->matrix.n; i++) {
		const char *rs = r->matrix.v[i].ruleset;
		int first = 1;

		for (size_t j = 0; j < i; j++)
			if (strcmp(r->matrix.v[j].ruleset, rs) == 0)
				first = 0;
		if (!first)
			continue;
		for (size_t b = 0; b < r->bentuk.n; b++) {
			for (int t = TAHAP_BAKAL; t <= TAHAP_CALON; t++) {
				int reported = 0;

				for (int c = 0; c <= 1 && !reported; c++)
					for (int p = 0; p <= 1 && !reported; p++) {
						const struct matrix_row *hit = NULL;

						for (size_t k = 0; k < r->matrix.n; k++) {
							const struct matrix_row *m = &r->matrix.v[k];

							if (strcmp(m->ruleset, rs) || strcmp(m->bentuk, r->bentuk.v[b].kode) ||
							    !(m->tahap == TAHAP_ANY || m->tahap == t) ||
							    !rules_flag_match(m->cltn, c) || !rules_flag_match(m->pasangan, p))
								continue;
							if (hit) {
								l->path = mpath;
								problem(l, m->line, _("overlaps line %ld for '%s' at %s (cltn %s, pasangan_calon %s)"),
									hit->line, m->bentuk, tahap_name(t),
									c ? "ya" : "tidak", p ? "ya" : "tidak");
								reported = 1;
								break;
							}
							hit = m;
						}
						if (!hit) {
							l->path = bpath;
							problem(l, r->bentuk.v[b].line,
								_("ruleset '%s' has no matrix row for '%s' at %s (cltn %s, pasangan_calon %s)"),
								rs, r->bentuk.v[b].kode, tahap_name(t),
								c ? "ya" : "tidak", p ? "ya" : "tidak");
							reported = 1;
						}
					}
			}
		}
	}
	if (r->matrix.n == 0) {
		l->path = mpath;
		problem(l, 1, _("no matrix rows"));
	}
	{
		int awal = 0;

		for (size_t i = 0; i < r->status.n; i++)
			awal += r->status.v[i].awal;
		if (awal != 1) {
			l->path = spath;
			problem(l, 1, _("exactly one status must be the one of a new case (awal 1), not %d"), awal);
		}
	}
	if (!rules_pengaturan(r, "batas_tindak_lanjut_hari")) {
		l->path = ppath;
		problem(l, 1, _("the setting batas_tindak_lanjut_hari (the follow-up deadline) is missing"));
	}
}

void rules_free(struct rules *r)
{
	for (size_t i = 0; i < r->bentuk.n; i++) {
		free(r->bentuk.v[i].kode);
		free(r->bentuk.v[i].uraian);
	}
	for (size_t i = 0; i < r->matrix.n; i++) {
		struct matrix_row *m = &r->matrix.v[i];

		free(m->ruleset);
		free(m->bentuk);
		free(m->kode);
		free(m->jenis);
		free(m->dasar_hukum);
		free(m->catatan);
	}
	for (size_t i = 0; i < r->sanksi.n; i++) {
		struct sanksi *s = &r->sanksi.v[i];

		free(s->ruleset);
		free(s->jenis_pegawai);
		free(s->jenis);
		free(s->kode);
		free(s->uraian);
		free(s->dasar_hukum);
	}
	for (size_t i = 0; i < r->pemilihan.n; i++) {
		free(r->pemilihan.v[i].kode);
		free(r->pemilihan.v[i].nama);
	}
	for (size_t i = 0; i < r->jabatan.n; i++) {
		free(r->jabatan.v[i].ejaan);
		free(r->jabatan.v[i].kategori);
		free(r->jabatan.v[i].kelompok);
	}
	for (size_t i = 0; i < r->status.n; i++) {
		free(r->status.v[i].kode);
		free(r->status.v[i].uraian);
		free(r->status.v[i].mencatat);
		free(r->status.v[i].wajib);
	}
	for (size_t i = 0; i < r->kosakata.n; i++) {
		struct kosakata *k = &r->kosakata.v[i];

		free(k->daftar);
		free(k->kode);
		free(k->ejaan);
		free(k->sifat);
		free(k->uraian);
	}
	free(r->kosakata.v);
	free(r->bentuk.v);
	free(r->matrix.v);
	free(r->sanksi.v);
	free(r->pemilihan.v);
	free(r->jabatan.v);
	for (size_t i = 0; i < r->transisi.n; i++) {
		free(r->transisi.v[i].dari);
		free(r->transisi.v[i].ke);
		free(r->transisi.v[i].keterangan);
	}
	for (size_t i = 0; i < r->pengaturan.n; i++) {
		free(r->pengaturan.v[i].kunci);
		free(r->pengaturan.v[i].nilai);
		free(r->pengaturan.v[i].keterangan);
	}
	free(r->status.v);
	free(r->transisi.v);
	free(r->pengaturan.v);
	free(r->rulesets.v);
	memset(r, 0, sizeof *r);
}

void rules_index(struct rules *r)
{
	r->rulesets.n = 0;
	for (size_t i = 0; i < r->matrix.n; i++) {
		struct matrix_row *m = &r->matrix.v[i];
		const struct bentuk *b = rules_bentuk(r, m->bentuk);
		size_t k;

		m->bentuk_idx = b ? (int)(b - r->bentuk.v) : -1;
		for (k = 0; k < r->rulesets.n; k++)
			if (strcmp(r->rulesets.v[k].kode, m->ruleset) == 0)
				break;
		if (k == r->rulesets.n) {
			struct ruleset *rs = ARRAY_PUSH(r->rulesets);

			rs->kode = m->ruleset;
			rs->berlaku = m->berlaku;
		}
	}
	/* by date, so the one in force is the last not after the day */
	for (size_t i = 1; i < r->rulesets.n; i++)
		for (size_t j = i; j > 0 && date_cmp(&r->rulesets.v[j].berlaku,
						     &r->rulesets.v[j - 1].berlaku) < 0; j--) {
			struct ruleset t = r->rulesets.v[j];

			r->rulesets.v[j] = r->rulesets.v[j - 1];
			r->rulesets.v[j - 1] = t;
		}
	for (size_t i = 0; i < r->matrix.n; i++)
		for (size_t k = 0; k < r->rulesets.n; k++)
			if (strcmp(r->rulesets.v[k].kode, r->matrix.v[i].ruleset) == 0)
				r->matrix.v[i].ruleset_idx = (int)k;
}

void rules_builtin_hash(char out[65])
{
	struct sha256 all, one;
	char hex[65], full[128];

	sha256_init(&all);
	for (size_t i = 0; i < sizeof rfiles / sizeof *rfiles; i++) {
		const struct embedded *em;

		snprintf(full, sizeof full, "data/rules/%s", rfiles[i].name);
		em = embedded_find(full);
		sha256_init(&one);
		if (em)
			sha256_update(&one, em->data, em->len);
		sha256_hex(&one, hex);
		sha256_update(&all, rfiles[i].name, strlen(rfiles[i].name));
		sha256_update(&all, hex, 64);
	}
	sha256_hex(&all, out);
}
