/* Loading and checking the rules CSV files (data/rules/), and their copy in
 * the database.  Classification itself is in classify.c. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/csvin.h"
#include "netral/util/embed.h"
#include "netral/rules/rules.h"
#include "netral/util/strbuf.h"

const char *const jenis_names[] = {
	"kode_etik", "disiplin_sedang", "disiplin_berat", "ptdh", "satgas",
	"tidak_melanggar", NULL
};

static const char *const kelompok_jabatan[] = {
	"jpt", "administrator", "pengawas", "fungsional", "pelaksana",
	"kepala_wilayah", NULL
};

static const char *const jenis_pegawai_names[] = { "PNS", "PPPK", "PPNPN", NULL };

static int in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return 1;
	return 0;
}

int jenis_valid(const char *s, int for_sanksi)
{
	if (for_sanksi && strcmp(s, "disiplin_ringan") == 0)
		return 1;
	if (for_sanksi && (strcmp(s, "satgas") == 0 || strcmp(s, "tidak_melanggar") == 0))
		return 0;
	return in_list(s, jenis_names);
}

#define PUSH(arr) \
	((arr).n == (arr).cap ? \
	 ((arr).cap = (arr).cap ? 2 * (arr).cap : 16, \
	  (arr).v = xrealloc((arr).v, (arr).cap * sizeof *(arr).v)) : 0, \
	 memset(&(arr).v[(arr).n], 0, sizeof *(arr).v), &(arr).v[(arr).n++])

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

static int code_ok(const char *s, int upper)
{
	if (!*s)
		return 0;
	for (; *s; s++) {
		int c = (unsigned char)*s;

		if (!(isdigit(c) || c == '-' || c == '_' ||
		      (upper ? isupper(c) : islower(c))))
			return 0;
	}
	return 1;
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

void jabatan_normalise(const char *in, char *out, size_t cap)
{
	size_t n = 0;
	int space = 0;

	for (; *in && n + 1 < cap; in++) {
		int c = (unsigned char)*in;

		if (c == '-' || c == '_' || c == '.' || c == '/' || isspace(c)) {
			space = n > 0;
			continue;
		}
		if (space && n + 2 < cap)
			out[n++] = ' ';
		space = 0;
		out[n++] = (char)tolower(c);
	}
	out[n] = '\0';
}

static void row_bentuk(struct loader *l, char **v, long line)
{
	struct bentuk *b;

	if (!code_ok(v[0], 0)) {
		problem(l, line, _("kode: '%s' must be lower-case letters, digits and '-'"), v[0]);
		return;
	}
	if (!need(l, line, "uraian", v[1]))
		return;
	for (size_t i = 0; i < l->r->bentuk.n; i++)
		if (strcmp(l->r->bentuk.v[i].kode, v[0]) == 0) {
			problem(l, line, _("duplicate bentuk '%s' (also line %ld)"),
				v[0], l->r->bentuk.v[i].line);
			return;
		}
	b = PUSH(l->r->bentuk);
	b->kode = xstrdup(v[0]);
	b->uraian = xstrdup(v[1]);
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
	if (*v[6] && !code_ok(v[6], 1)) {
		problem(l, line, _("kode: '%s' must look like KE-1 or DS-12"), v[6]);
		ok = 0;
	}
	if (!jenis_valid(v[7], 0)) {
		problem(l, line, _("jenis: unknown '%s'"), v[7]);
		ok = 0;
	}
	ok &= need(l, line, "dasar_hukum", v[8]);
	if ((strcmp(v[7], "satgas") == 0 || strcmp(v[7], "tidak_melanggar") == 0) &&
	    !*v[9]) {
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
	*PUSH(l->r->matrix) = m;
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
	if (!in_list(v[2], jenis_pegawai_names)) {
		problem(l, line, _("jenis_pegawai: '%s' must be PNS, PPPK or PPNPN"), v[2]);
		ok = 0;
	}
	if (!jenis_valid(v[3], 1)) {
		problem(l, line, _("jenis: '%s' is not a sanction tier"), v[3]);
		ok = 0;
	}
	if (!code_ok(v[4], 0)) {
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
	*PUSH(l->r->sanksi) = s;
}

/* Shared with "election add": the dates of a contest must be in order. */
int pemilihan_check(const struct pemilihan *p, struct err *e)
{
	if (!code_ok(p->kode, 1)) {
		err_set(e, _("kode: '%s' must be upper-case letters, digits and '-'"), p->kode);
		return -1;
	}
	if (date_cmp(&p->penetapan, &p->kampanye_mulai) > 0) {
		err_set(e, _("kampanye_mulai: the campaign starts before the designation (penetapan)"));
		return -1;
	}
	if (date_cmp(&p->kampanye_mulai, &p->kampanye_selesai) > 0) {
		err_set(e, _("kampanye_selesai: the campaign ends before it starts"));
		return -1;
	}
	if (date_cmp(&p->kampanye_selesai, &p->pemungutan) >= 0) {
		err_set(e, _("pemungutan: voting must come after the last campaign day"));
		return -1;
	}
	return 0;
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
	*PUSH(l->r->pemilihan) = p;
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
	if (!code_ok(v[1], 0)) {
		problem(l, line, _("kategori: '%s' must be lower-case letters, digits and '-'"), v[1]);
		return;
	}
	if (!in_list(v[2], kelompok_jabatan)) {
		problem(l, line, _("kelompok: unknown '%s' (jpt, administrator, pengawas, fungsional, pelaksana, kepala_wilayah)"),
			v[2]);
		return;
	}
	for (size_t i = 0; i < l->r->jabatan.n; i++)
		if (strcmp(l->r->jabatan.v[i].ejaan, norm) == 0) {
			problem(l, line, _("duplicate spelling '%s' (also line %ld)"),
				v[0], l->r->jabatan.v[i].line);
			return;
		}
	j = PUSH(l->r->jabatan);
	j->ejaan = xstrdup(norm);
	j->kategori = xstrdup(v[1]);
	j->kelompok = xstrdup(v[2]);
	j->line = line;
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

static void row_status(struct loader *l, char **v, long line)
{
	struct status s;
	int ok = 1;

	memset(&s, 0, sizeof s);
	if (!code_ok(v[0], 0)) {
		problem(l, line, _("kode: '%s' must be lower-case letters, digits and '_'"), v[0]);
		return;
	}
	ok &= need(l, line, "uraian", v[1]);
	ok &= get_bool01(l, line, "terbukti", v[2], &s.terbukti);
	ok &= get_bool01(l, line, "ditindaklanjuti", v[3], &s.ditindaklanjuti);
	if (!ok)
		return;
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
	s.line = line;
	*PUSH(l->r->status) = s;
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
	t = PUSH(l->r->transisi);
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

	if (!in_list(v[0], known)) {
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
	p = PUSH(l->r->pengaturan);
	p->kunci = xstrdup(v[0]);
	p->nilai = xstrdup(v[1]);
	p->keterangan = xstrdup(v[2]);
	p->line = line;
}

static const char *const cols_bentuk[] = { "kode", "uraian", NULL };
static const char *const cols_matrix[] = { "ruleset", "berlaku", "bentuk",
	"tahap", "cltn", "pasangan_calon", "kode", "jenis", "dasar_hukum",
	"catatan", NULL };
static const char *const cols_sanksi[] = { "ruleset", "berlaku",
	"jenis_pegawai", "jenis", "kode", "uraian", "dasar_hukum", NULL };
static const char *const cols_pemilihan[] = { "kode", "nama", "penetapan",
	"kampanye_mulai", "kampanye_selesai", "pemungutan", NULL };
static const char *const cols_jabatan[] = { "ejaan", "kategori", "kelompok", NULL };
static const char *const cols_status[] = { "kode", "uraian", "terbukti",
	"ditindaklanjuti", NULL };
static const char *const cols_transisi[] = { "dari", "ke", "keterangan", NULL };
static const char *const cols_pengaturan[] = { "kunci", "nilai", "keterangan", NULL };

/* In dependency order: the matrix names bentuk, sanctions name rulesets. */
static const struct rfile rfiles[] = {
	{ "bentuk.csv", cols_bentuk, row_bentuk },
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

static int flag_match(int pattern, int v)
{
	return pattern == FLAG_ANY || pattern == v;
}

/* Every ruleset must answer every bentuk at both stages with either flag:
 * exactly one row for each combination. */
static void coverage(struct loader *l)
{
	const struct rules *r = l->r;
	char dir[4096], bpath[4200], mpath[4200], spath[4200];
	const char *dir_end = strrchr(l->path, '/');
	size_t dl = dir_end ? (size_t)(dir_end - l->path + 1) : 0;

	snprintf(dir, sizeof dir, "%.*s", (int)dl, l->path);
	snprintf(bpath, sizeof bpath, "%sbentuk.csv", dir);
	snprintf(mpath, sizeof mpath, "%smatriks.csv", dir);
	snprintf(spath, sizeof spath, "%sstatus.csv", dir);
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
							    !flag_match(m->cltn, c) || !flag_match(m->pasangan, p))
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
	if (!rules_status(r, "dilaporkan")) {
		l->path = spath;
		problem(l, 1, _("the status 'dilaporkan' (the default) is missing"));
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
	}
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

const struct bentuk *rules_bentuk(const struct rules *r, const char *kode)
{
	for (size_t i = 0; i < r->bentuk.n; i++)
		if (strcmp(r->bentuk.v[i].kode, kode) == 0)
			return &r->bentuk.v[i];
	return NULL;
}

const struct pemilihan *rules_pemilihan(const struct rules *r, const char *kode)
{
	for (size_t i = 0; i < r->pemilihan.n; i++)
		if (strcmp(r->pemilihan.v[i].kode, kode) == 0)
			return &r->pemilihan.v[i];
	return NULL;
}

const struct status *rules_status(const struct rules *r, const char *kode)
{
	for (size_t i = 0; i < r->status.n; i++)
		if (strcmp(r->status.v[i].kode, kode) == 0)
			return &r->status.v[i];
	return NULL;
}

const struct jabatan *rules_jabatan(const struct rules *r, const char *spelling)
{
	char norm[128];

	jabatan_normalise(spelling, norm, sizeof norm);
	for (size_t i = 0; i < r->jabatan.n; i++)
		if (strcmp(r->jabatan.v[i].ejaan, norm) == 0)
			return &r->jabatan.v[i];
	/* the category codes themselves are always accepted */
	for (size_t i = 0; i < r->jabatan.n; i++) {
		char k[128];

		jabatan_normalise(r->jabatan.v[i].kategori, k, sizeof k);
		if (strcmp(k, norm) == 0)
			return &r->jabatan.v[i];
	}
	return NULL;
}

const struct sanksi *rules_sanksi(const struct rules *r, const char *ruleset,
				  const char *jenis_pegawai, const char *kode)
{
	for (size_t i = 0; i < r->sanksi.n; i++) {
		const struct sanksi *s = &r->sanksi.v[i];

		if ((!ruleset || strcmp(s->ruleset, ruleset) == 0) &&
		    strcmp(s->jenis_pegawai, jenis_pegawai) == 0 &&
		    strcmp(s->kode, kode) == 0)
			return s;
	}
	return NULL;
}

int rules_transition_ok(const struct rules *r, const char *dari, const char *ke)
{
	for (size_t i = 0; i < r->transisi.n; i++)
		if (strcmp(r->transisi.v[i].dari, dari) == 0 && strcmp(r->transisi.v[i].ke, ke) == 0)
			return 1;
	return 0;
}

char *rules_list_next(const struct rules *r, const char *dari)
{
	struct strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < r->transisi.n; i++)
		if (strcmp(r->transisi.v[i].dari, dari) == 0)
			sb_printf(&sb, "%s%s", sb.len ? ", " : "", r->transisi.v[i].ke);
	if (!sb.len)
		sb_puts(&sb, _("none: it is final"));
	return sb_detach(&sb);
}

const struct pengaturan *rules_pengaturan(const struct rules *r, const char *kunci)
{
	for (size_t i = 0; i < r->pengaturan.n; i++)
		if (strcmp(r->pengaturan.v[i].kunci, kunci) == 0)
			return &r->pengaturan.v[i];
	return NULL;
}

long rules_setting(const struct rules *r, const char *kunci, long def)
{
	const struct pengaturan *p = rules_pengaturan(r, kunci);

	return p ? strtol(p->nilai, NULL, 10) : def;
}

int rules_sanksi_in_tier(const struct rules *r, const char *jenis_pegawai,
			 const char *jenis, const char *kode)
{
	for (size_t i = 0; i < r->sanksi.n; i++) {
		const struct sanksi *s = &r->sanksi.v[i];

		if (strcmp(s->jenis_pegawai, jenis_pegawai) == 0 &&
		    strcmp(s->jenis, jenis) == 0 && strcmp(s->kode, kode) == 0)
			return 1;
	}
	return 0;
}

#define LIST_OF(fn, arr, field) \
	char *fn(const struct rules *r) \
	{ \
		struct strbuf sb = STRBUF_INIT; \
		for (size_t i = 0; i < r->arr.n; i++) { \
			int dup = 0; \
			for (size_t j = 0; j < i; j++) \
				dup |= strcmp(r->arr.v[j].field, r->arr.v[i].field) == 0; \
			if (dup) \
				continue; \
			if (sb.len) \
				sb_puts(&sb, ", "); \
			sb_puts(&sb, r->arr.v[i].field); \
		} \
		return sb_detach(&sb); \
	}

LIST_OF(rules_list_bentuk, bentuk, kode)
LIST_OF(rules_list_pemilihan, pemilihan, kode)
LIST_OF(rules_list_status, status, kode)
LIST_OF(rules_list_kategori, jabatan, kategori)

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
			struct ruleset *rs = PUSH(r->rulesets);

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
