/* Loading and checking the rules CSV files (data/rules/). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "netral/io/csvin.h"
#include "netral/util/alloc.h"
#include "netral/rules/load.h"
#include "netral/rules/rows.h"
#include "netral/rules/vocab.h"
#include "netral/util/embed.h"
#include "netral/util/utf8.h"
#include "netral/util/strbuf.h"
#include "netral/util/text.h"

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
			loader_problem(l, rec->line, _("header: too many columns"));
			return NX_DATA;
		}
		if (csvin_header(rec, f->cols, nc, 0, l->col_of, key_of,
				 &l->width, &e) < 0) {
			loader_problem(l, rec->line, "%s", e.msg);
			return NX_DATA;
		}
		for (size_t k = 0; k < nc; k++)
			if (l->col_of[k] < 0 && !(f->defaults && f->defaults[k])) {
				loader_problem(l, rec->line, _("header: missing column '%s'"), f->cols[k]);
				return NX_DATA;
			}
		return 0;
	}
	if (rec->problem) {
		loader_problem(l, rec->line, "%s", rec->problem);
		return 0;
	}
	for (size_t k = 0; k < rec->n; k++)
		if (text_check(rec->f[k], strlen(rec->f[k]), 0, &e) < 0) {
			/* what the rules say is shown at terminals and in reports */
			loader_problem(l, rec->line, _("column %zu: %s"), k + 1, e.msg);
			return 0;
		}
	if (csvin_check_width(rec, l->width, &e) < 0) {
		loader_problem(l, rec->line, "%s", e.msg);
		return 0;
	}
	for (size_t k = 0; k < nc; k++)
		v[k] = l->col_of[k] >= 0 ? rec->f[l->col_of[k]] : (char *)f->defaults[k];
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

/* The letter of a permit: text, each line checked as every text is, the
 * {{fields}} left to the letter's own check (izin_template_check). */
static int load_letter(struct loader *l, const char *dir, open_fn open, int quiet)
{
	static const char name[] = "surat_izin.txt";
	char path[4096], *text;
	size_t n;
	FILE *fp = open(name, dir, path, sizeof path);
	struct err e;
	long line = 1;

	if (!fp && errno == ENOENT && open == open_dir) {
		if (!quiet)
			warning(_("%s: not in the folder; the built-in %s is used"), path, name);
		fp = open_builtin(name, dir, path, sizeof path);
	}
	if (!fp)
		return fail(NX_IO, _("cannot open '%s': %s"), path, strerror(errno));
	text = xmalloc(RULES_LETTER_MAX + 2);
	n = fread(text, 1, RULES_LETTER_MAX + 1, fp);
	if (ferror(fp)) {
		fclose(fp);
		free(text);
		return fail(NX_IO, _("cannot read '%s'"), path);
	}
	fclose(fp);
	text[n] = '\0';
	l->path = path;
	if (n > RULES_LETTER_MAX)
		loader_problem(l, 1, _("larger than %d KiB"), RULES_LETTER_MAX / 1024);
	else if (memchr(text, '\0', n))
		loader_problem(l, 1, _("holds a NUL byte: not text"));
	else
		for (char *p = text; *p; line++) {
			char *nl = strchr(p, '\n');
			size_t len = nl ? (size_t)(nl - p) : strlen(p);

			/* a letter saved on Windows ends its lines with CR LF */
			if (len && p[len - 1] == '\r')
				len--;
			if (text_check(p, len, 0, &e) < 0)
				loader_problem(l, line, "%s", e.msg);
			if (!nl)
				break;
			p = nl + 1;
		}
	digest_update(&l->all, name, strlen(name));
	digest_update(&l->all, text, n);
	l->r->surat_izin = text;
	return 0;
}

static int load(struct rules *r, const char *dir, open_fn open, int quiet)
{
	struct loader l;
	char path[4096];
	int rc;

	memset(r, 0, sizeof *r);
	memset(&l, 0, sizeof l);
	l.r = r;
	digest_init(&l.all);
	for (size_t i = 0; i < rules_nfiles; i++) {
		struct csvin in;
		FILE *fp = open(rules_files[i].name, dir, path, sizeof path);

		/* a folder holds what an agency changes; the rest is built in */
		if (!fp && errno == ENOENT && open == open_dir) {
			if (!quiet)
				warning(_("%s: not in the folder; the built-in %s is used"), path,
					rules_files[i].name);
			fp = open_builtin(rules_files[i].name, dir, path, sizeof path);
		}
		if (!fp)
			return fail(NX_IO, _("cannot open '%s': %s"), path, strerror(errno));
		memset(&in, 0, sizeof in);
		in.name = path;
		in.fp = fp;
		in.delim = ',';
		l.file = &rules_files[i];
		l.path = path;
		rc = csvin_read(&in, on_row, &l);
		fclose(fp);
		if (rc == NX_IO)
			return rc;
		if (rc)
			l.problems++;
		if (in.lines == 0)
			loader_problem(&l, 1, _("empty file"));
		digest_update(&l.all, rules_files[i].name, strlen(rules_files[i].name));
		digest_update(&l.all, in.sha_hex, 64);
	}
	if ((rc = load_letter(&l, dir, open, quiet)))
		return rc;
	l.path = path;
	rules_index(r);
	coverage(&l);
	digest_hex(&l.all, r->hash);
	return l.problems ? NX_DATA : 0;
}

int rules_load_dir(struct rules *r, const char *dir, int quiet)
{
	struct stat sb;

	memset(r, 0, sizeof *r);
	if (stat(dir, &sb) < 0)
		return fail(NX_IO, _("cannot open '%s': %s"), dir, strerror(errno));
	if (!S_ISDIR(sb.st_mode))
		return fail(NX_IO, _("'%s' is not a directory"), dir);
	return load(r, dir, open_dir, quiet);
}

int rules_load_builtin(struct rules *r)
{
	return load(r, NULL, open_builtin, 1);
}

/* The one row of ruleset rs for bentuk b at stage t, for a party (s 1) or
 * a candidate, with the flags c and p; a missing or a second row is
 * reported (1). */
static int check_cell(struct loader *l, const char *rs, const struct bentuk *b, int t, int s,
		      int c, int p, const char *bpath, const char *mpath)
{
	const struct rules *r = l->r;
	const struct matrix_row *hit = NULL;

	for (size_t k = 0; k < r->matrix.n; k++) {
		const struct matrix_row *m = &r->matrix.v[k];

		if (strcmp(m->ruleset, rs) || strcmp(m->bentuk, b->kode) ||
		    !(m->tahap == TAHAP_ANY || m->tahap == TAHAP_ALWAYS || m->tahap == t) ||
		    !rules_flag_match(m->partai, s) || !rules_flag_match(m->cltn, c) ||
		    !rules_flag_match(m->pasangan, p))
			continue;
		if (hit) {
			l->path = mpath;
			loader_problem(l, m->line, _("overlaps line %ld for '%s' at %s (sasaran %s, cltn %s, pasangan_calon %s)"),
				       hit->line, m->bentuk, tahap_name(t), s ? "partai" : "calon",
				       c ? "ya" : "tidak", p ? "ya" : "tidak");
			return 1;
		}
		hit = m;
	}
	if (hit)
		return 0;
	l->path = bpath;
	loader_problem(l, b->line, _("ruleset '%s' has no matrix row for '%s' at %s (sasaran %s, cltn %s, pasangan_calon %s)"),
		       rs, b->kode, tahap_name(t), s ? "partai" : "calon", c ? "ya" : "tidak",
		       p ? "ya" : "tidak");
	return 1;
}

/* Every ruleset must answer every bentuk at both stages, for a candidate
 * and for a party, with either flag: exactly one row for each combination
 * (a bentuk and stage reported once). */
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
		for (size_t b = 0; b < r->bentuk.n; b++)
			for (int t = TAHAP_BAKAL; t <= TAHAP_CALON; t++) {
				int reported = 0;

				for (int cell = 0; cell < 8 && !reported; cell++)
					reported = check_cell(l, rs, &r->bentuk.v[b], t, cell >> 2 & 1,
							      cell >> 1 & 1, cell & 1, bpath, mpath);
			}
	}
	if (r->matrix.n == 0) {
		l->path = mpath;
		loader_problem(l, 1, _("no matrix rows"));
	}
	{
		int awal = 0;

		for (size_t i = 0; i < r->status.n; i++)
			awal += r->status.v[i].awal;
		if (awal != 1) {
			l->path = spath;
			loader_problem(l, 1, _("exactly one status must be the one of a new case (awal 1), not %d"), awal);
		}
	}
	if (!rules_pengaturan(r, "batas_tindak_lanjut_hari")) {
		l->path = ppath;
		loader_problem(l, 1, _("the setting batas_tindak_lanjut_hari (the follow-up deadline) is missing"));
	}
}

/* Swaps two arrays of one element type (ARRAY(T) is an unnamed struct,
 * so this goes by bytes) when the first is empty and the second is not. */
static int take(void *mine, size_t mine_n, void *theirs, size_t theirs_n, size_t size)
{
	unsigned char t[64];

	if (mine_n || !theirs_n || size > sizeof t)
		return 0;
	memcpy(t, mine, size);
	memcpy(mine, theirs, size);
	memcpy(theirs, t, size);
	return 1;
}

int rules_take_missing(struct rules *r, struct rules *from)
{
	return take(&r->label, r->label.n, &from->label, from->label.n, sizeof r->label) +
	       take(&r->tingkat, r->tingkat.n, &from->tingkat, from->tingkat.n, sizeof r->tingkat) +
	       take(&r->jadwal, r->jadwal.n, &from->jadwal, from->jadwal.n, sizeof r->jadwal) +
	       take(&r->undang, r->undang.n, &from->undang, from->undang.n, sizeof r->undang);
}

void rules_free(struct rules *r)
{
	free(r->surat_izin);
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
		free(m->baris_bkn);
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
		free(r->pemilihan.v[i].sebutan);
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
	for (size_t i = 0; i < r->tingkat.n; i++) {
		free(r->tingkat.v[i].ruleset);
		free(r->tingkat.v[i].jenis_pegawai);
		free(r->tingkat.v[i].jenis);
		free(r->tingkat.v[i].tingkat);
		free(r->tingkat.v[i].dasar_hukum);
	}
	free(r->tingkat.v);
	for (size_t i = 0; i < r->undang.n; i++) {
		free(r->undang.v[i].kunci);
		free(r->undang.v[i].teks);
		free(r->undang.v[i].sumber);
	}
	free(r->undang.v);
	for (size_t i = 0; i < r->jadwal.n; i++) {
		free(r->jadwal.v[i].pemilihan);
		free(r->jadwal.v[i].kegiatan);
		free(r->jadwal.v[i].sumber);
	}
	free(r->jadwal.v);
	for (size_t i = 0; i < r->recorded.n; i++)
		free(r->recorded.v[i].field);
	free(r->recorded.v);
	for (size_t i = 0; i < r->label.n; i++) {
		free(r->label.v[i].tabel);
		free(r->label.v[i].kelompok);
		free(r->label.v[i].id);
		free(r->label.v[i].en);
		free(r->label.v[i].sumber);
	}
	free(r->label.v);
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

static int cmp_recorded(const void *a, const void *b)
{
	const struct recorded *x = a, *y = b;
	int c = strcmp(x->field, y->field);

	/* the first status of the file that records a field is its recorder */
	return c ? c : (x->status > y->status) - (x->status < y->status);
}

static void index_recorded(struct rules *r)
{
	size_t k = 0;

	for (size_t i = 0; i < r->recorded.n; i++)
		free(r->recorded.v[i].field);
	r->recorded.n = 0;
	for (size_t s = 0; s < r->status.n; s++)
		for (const char *p = r->status.v[s].mencatat; p && *p; ) {
			size_t w;

			p += strspn(p, " ");
			if ((w = strcspn(p, " ")) > 0) {
				struct recorded *rec = ARRAY_PUSH(r->recorded);

				rec->field = xstrndup(p, w);
				rec->status = s;
			}
			p += w;
		}
	if (r->recorded.n > 1)
		qsort(r->recorded.v, r->recorded.n, sizeof *r->recorded.v, cmp_recorded);
	for (size_t i = 0; i < r->recorded.n; i++) {
		if (k && strcmp(r->recorded.v[k - 1].field, r->recorded.v[i].field) == 0) {
			free(r->recorded.v[i].field);
			continue;
		}
		r->recorded.v[k++] = r->recorded.v[i];
	}
	r->recorded.n = k;
}

void rules_index(struct rules *r)
{
	index_recorded(r);
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
	struct digest all, one;
	char hex[65], full[128];

	digest_init(&all);
	for (size_t i = 0; i < rules_nfiles; i++) {
		const struct embedded *em;

		snprintf(full, sizeof full, "data/rules/%s", rules_files[i].name);
		em = embedded_find(full);
		digest_init(&one);
		if (em)
			digest_update(&one, em->data, em->len);
		digest_hex(&one, hex);
		digest_update(&all, rules_files[i].name, strlen(rules_files[i].name));
		digest_update(&all, hex, 64);
	}
	/* and the letter, as load_letter adds it */
	{
		const struct embedded *em = embedded_find("data/rules/surat_izin.txt");

		digest_update(&all, "surat_izin.txt", 14);
		if (em)
			digest_update(&all, em->data, em->len);
	}
	digest_hex(&all, out);
}
