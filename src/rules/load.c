/* Loading and checking the rules CSV files (data/rules/), each by its
 * table's descriptor (catalog.h), and the texts beside them. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "netral/io/csvin.h"
#include "netral/util/alloc.h"
#include "netral/rules/label.h"
#include "netral/rules/load.h"
#include "netral/rules/rows.h"
#include "netral/rules/vocab.h"
#include "netral/util/embed.h"
#include "netral/util/utf8.h"
#include "netral/util/strbuf.h"
#include "netral/util/text.h"

/* The files of a rules folder in the order they are read, which the hash
 * of a rule set follows: each table's, then the agency's over it. */
#define NFILES (2 * RT_COUNT)

static const char *file_name(size_t i)
{
	const struct rules_table *t = &rules_tables[i / 2];

	return i % 2 ? t->agency_file : t->file;
}

/* The columns a file of t has, each the catalogue's column it fills. */
static void begin_file(struct loader *l, const struct rules_table *t, int agency)
{
	l->t = t;
	l->agency = agency;
	l->ncols = 0;
	for (size_t k = 0; k < t->ncols; k++)
		if (t->cols[k].csv) {
			l->names[l->ncols] = t->cols[k].csv;
			l->col[l->ncols++] = k;
		}
}

static int header(struct loader *l, const struct csvin_record *rec)
{
	int key_of[64];
	struct err e;

	if (rec->n > 64) {
		loader_problem(l, rec->line, _("header: too many columns"));
		return NX_DATA;
	}
	if (csvin_header(rec, l->names, l->ncols, 0, l->col_of, key_of, &l->width, &e) < 0) {
		loader_problem(l, rec->line, "%s", e.msg);
		return NX_DATA;
	}
	for (size_t k = 0; k < l->ncols; k++)
		if (l->col_of[k] < 0 && !l->t->cols[l->col[k]].dflt) {
			loader_problem(l, rec->line, _("header: missing column '%s'"), l->names[k]);
			return NX_DATA;
		}
	return 0;
}

static int on_row(void *vl, const struct csvin_record *rec)
{
	struct loader *l = vl;
	char *cells[RULES_COLS_MAX];
	struct err e;

	if (rec->index == 0)
		return header(l, rec);
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
	for (size_t k = 0; k < l->ncols; k++)
		cells[k] = l->col_of[k] >= 0 ? rec->f[l->col_of[k]] : (char *)l->t->cols[l->col[k]].dflt;
	l->cells = cells;
	rows_take(l, rec->line);
	l->cells = NULL;
	return 0;
}

static FILE *open_builtin(const char *name, char *path, size_t cap)
{
	const struct embedded *em;
	char full[128];

	snprintf(full, sizeof full, "data/rules/%s", name);
	snprintf(path, cap, "%s", full);
	em = embedded_find(full);
	if (!em) {
		errno = ENOENT;
		return NULL;
	}
	return fmemopen((void *)em->data, em->len, "r");
}

/* A file of folder dir, or the built-in one (dir NULL): a folder holds
 * what an agency changes, the rest is built in. */
static FILE *open_file(const char *name, const char *dir, int quiet, char *path, size_t cap)
{
	FILE *fp = NULL;
	int missing = 1;

	if (dir) {
		snprintf(path, cap, "%s/%s", dir, name);
		fp = fopen(path, "r");
		missing = !fp && errno == ENOENT;
		if (missing && !quiet)
			warning(_("%s: not in the folder; the built-in %s is used"), path, name);
	}
	if (missing)
		fp = open_builtin(name, path, cap);
	if (!fp)
		fail(NX_IO, _("cannot open '%s': %s"), path, strerror(errno));
	return fp;
}

static void coverage(struct loader *l);

/* Each line of a text checked as every text is, its {{fields}} left to
 * the text's own check (izin_template_check for the letter). */
static void check_lines(struct loader *l, const char *text)
{
	struct err e;
	long line = 1;

	for (const char *p = text; *p; line++) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		/* a text saved on Windows ends its lines with CR LF */
		if (len && p[len - 1] == '\r')
			len--;
		if (text_check(p, len, 0, &e) < 0)
			loader_problem(l, line, "%s", e.msg);
		if (!nl)
			break;
		p = nl + 1;
	}
}

static int load_text(struct loader *l, const struct rules_text *x, const char *dir, int quiet)
{
	char path[4096], *text;
	FILE *fp = open_file(x->file, dir, quiet, path, sizeof path);
	size_t n;

	if (!fp)
		return NX_IO;
	text = xmalloc(x->max + 2);
	n = fread(text, 1, x->max + 1, fp);
	if (ferror(fp)) {
		fclose(fp);
		free(text);
		return fail(NX_IO, _("cannot read '%s'"), path);
	}
	fclose(fp);
	text[n] = '\0';
	l->path = path;
	if (n > x->max)
		loader_problem(l, 1, _("larger than %d KiB"), (int)(x->max / 1024));
	else if (memchr(text, '\0', n))
		loader_problem(l, 1, _("holds a NUL byte: not text"));
	else
		check_lines(l, text);
	digest_update(&l->all, x->file, strlen(x->file));
	digest_update(&l->all, text, n);
	*(char **)((char *)l->r + x->off) = text;
	return 0;
}

static int load_file(struct loader *l, size_t i, const char *dir, int quiet, char *path,
		     size_t cap)
{
	struct csvin in;
	FILE *fp = open_file(file_name(i), dir, quiet, path, cap);
	int rc;

	if (!fp)
		return NX_IO;
	memset(&in, 0, sizeof in);
	in.name = path;
	in.fp = fp;
	in.delim = ',';
	begin_file(l, &rules_tables[i / 2], (int)(i % 2));
	l->path = path;
	rc = csvin_read(&in, on_row, l);
	fclose(fp);
	if (rc == NX_IO)
		return rc;
	if (rc)
		l->problems++;
	if (in.lines == 0)
		loader_problem(l, 1, _("empty file"));
	digest_update(&l->all, file_name(i), strlen(file_name(i)));
	digest_update(&l->all, in.sha_hex, 64);
	return 0;
}

static int load(struct rules *r, const char *dir, int quiet)
{
	struct loader l;
	char path[4096];
	int rc;

	memset(r, 0, sizeof *r);
	memset(&l, 0, sizeof l);
	l.r = r;
	digest_init(&l.all);
	for (size_t i = 0; i < NFILES; i++)
		if (file_name(i) && (rc = load_file(&l, i, dir, quiet, path, sizeof path)))
			return rc;
	for (size_t i = 0; i < RULES_NTEXTS; i++)
		if ((rc = load_text(&l, &rules_texts[i], dir, quiet)))
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
	return load(r, dir, quiet);
}

int rules_load_builtin(struct rules *r)
{
	return load(r, NULL, 1);
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
		    !rules_flag_match(m->sasaran, s) || !rules_flag_match(m->cltn, c) ||
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
	char dir[4096], bpath[4200], mpath[4200], spath[4200], ppath[4200], lpath[4200];
	const char *dir_end = strrchr(l->path, '/');
	size_t dl = dir_end ? (size_t)(dir_end - l->path + 1) : 0;

	snprintf(dir, sizeof dir, "%.*s", (int)dl, l->path);
	snprintf(bpath, sizeof bpath, "%sbentuk.csv", dir);
	snprintf(mpath, sizeof mpath, "%smatriks.csv", dir);
	snprintf(spath, sizeof spath, "%sstatus.csv", dir);
	snprintf(ppath, sizeof ppath, "%spengaturan.csv", dir);
	snprintf(lpath, sizeof lpath, "%slabel.csv", dir);
	labels_check(l, lpath);
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

int rules_take_missing(struct rules *r, struct rules *from)
{
	int n = 0;

	for (size_t i = 0; i < RT_COUNT; i++) {
		const struct rules_table *t = &rules_tables[i];
		struct rows_array mine, theirs;

		rows_get(r, t, &mine);
		rows_get(from, t, &theirs);
		if (!(t->flags & RT_LATER) || mine.n || !theirs.n)
			continue;
		rows_put(r, t, &theirs);
		rows_put(from, t, &mine);
		n++;
	}
	return n;
}

void rules_free(struct rules *r)
{
	for (size_t i = 0; i < RT_COUNT; i++) {
		const struct rules_table *t = &rules_tables[i];
		struct rows_array a;

		rows_get(r, t, &a);
		for (size_t k = 0; k < a.n; k++)
			rows_free(t, ROWS_AT(t, &a, k));
		free(a.v);
	}
	for (size_t i = 0; i < RULES_NTEXTS; i++)
		free(*(char **)((char *)r + rules_texts[i].off));
	for (size_t i = 0; i < r->recorded.n; i++)
		free(r->recorded.v[i].field);
	free(r->recorded.v);
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
	for (size_t i = 0; i < NFILES; i++) {
		const struct embedded *em;

		if (!file_name(i))
			continue;
		snprintf(full, sizeof full, "data/rules/%s", file_name(i));
		em = embedded_find(full);
		digest_init(&one);
		if (em)
			digest_update(&one, em->data, em->len);
		digest_hex(&one, hex);
		digest_update(&all, file_name(i), strlen(file_name(i)));
		digest_update(&all, hex, 64);
	}
	/* and the texts, as load_text adds them */
	for (size_t i = 0; i < RULES_NTEXTS; i++) {
		const struct embedded *em;

		snprintf(full, sizeof full, "data/rules/%s", rules_texts[i].file);
		em = embedded_find(full);
		digest_update(&all, rules_texts[i].file, strlen(rules_texts[i].file));
		if (em)
			digest_update(&all, em->data, em->len);
	}
	digest_hex(&all, out);
}
