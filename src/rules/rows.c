/* The rows of the rules tables: a record of a file made a row by its
 * table's descriptor (every cell checked and read, the key unique), and
 * what a row of one table must hold beyond its cells. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/rows.h"
#include "netral/util/msg.h"

#define SAME_LAYOUT_(id, tag, member, cols) \
	_Static_assert(sizeof ((struct rules *)0)->member == sizeof(struct rows_array) && \
		       offsetof(struct rules, member.n) - offsetof(struct rules, member) == \
		       offsetof(struct rows_array, n), "ARRAY(struct " #tag ") is a rows_array");
RULES_TABLES(SAME_LAYOUT_)

void rows_get(const struct rules *r, const struct rules_table *t, struct rows_array *a)
{
	memcpy(a, (const char *)r + t->array, sizeof *a);
}

void rows_put(struct rules *r, const struct rules_table *t, const struct rows_array *a)
{
	memcpy((char *)r + t->array, a, sizeof *a);
}

size_t rules_rows(const struct rules *r, const struct rules_table *t, const void **first)
{
	struct rows_array a;

	rows_get(r, t, &a);
	*first = a.v;
	return a.n;
}

void *rows_add(struct rules *r, const struct rules_table *t)
{
	struct rows_array a;
	void *row;

	rows_get(r, t, &a);
	if (a.n == a.cap)
		a.v = array_grow(a.v, &a.cap, t->size);
	row = ROWS_AT(t, &a, a.n);
	memset(row, 0, t->size);
	a.n++;
	rows_put(r, t, &a);
	return row;
}

void rows_free(const struct rules_table *t, void *row)
{
	for (size_t k = 0; k < t->ncols; k++)
		if (t->cols[k].kind == RV_TEXT)
			free(*(char **)RULES_MEMBER(&t->cols[k], row));
}

static long *line_of(const struct rules_table *t, const void *row)
{
	for (size_t k = 0; k < t->ncols; k++)
		if (t->cols[k].kind == RV_LINE)
			return RULES_MEMBER(&t->cols[k], row);
	return NULL;
}

static int same_key(const struct rules_table *t, const void *a, const void *b)
{
	int keyed = 0;

	for (size_t k = 0; k < t->ncols; k++) {
		const struct rules_column *c = &t->cols[k];
		const void *x = RULES_MEMBER(c, a), *y = RULES_MEMBER(c, b);

		if (!(c->flags & RC_KEY))
			continue;
		keyed = 1;
		if (c->kind == RV_TEXT ? strcmp(*(char *const *)x, *(char *const *)y) != 0 :
		    c->kind == RV_DATE ? date_cmp(x, y) != 0 : *(const int *)x != *(const int *)y)
			return 0;
	}
	return keyed;
}

const void *rows_same(const struct rules *r, const struct rules_table *t, const void *row)
{
	struct rows_array a;

	rows_get(r, t, &a);
	for (size_t i = 0; i < a.n; i++)
		if (same_key(t, ROWS_AT(t, &a, i), row))
			return ROWS_AT(t, &a, i);
	return NULL;
}

const char *rows_cell(const struct loader *l, const char *csv)
{
	for (size_t k = 0; k < l->ncols; k++)
		if (strcmp(l->names[k], csv) == 0)
			return l->cells[k];
	return "";
}

/* Every cell, so that a row's problems are all reported at once; then
 * what the row derives and its table's own rules. */
static int read_cells(struct loader *l, long line, void *row)
{
	const struct rules_table *t = l->t;
	int ok = 1;

	for (size_t k = 0; k < l->ncols; k++) {
		const struct rules_column *c = &t->cols[l->col[k]];
		void *slot = c->kind == RV_NONE ? NULL : RULES_MEMBER(c, row);

		if (!c->check(l, line, c, l->cells[k], slot))
			ok = 0;
		else if (c->kind == RV_TEXT && !*(char **)slot)
			*(char **)slot = xstrdup(l->cells[k]);
	}
	*line_of(t, row) = line;
	if (ok && t->settle)
		t->settle(row);
	return ok;
}

void rows_take(struct loader *l, long line)
{
	const struct rules_table *t = l->t;
	void *row = xcalloc(1, t->size);
	const void *old;
	int keep;

	keep = !read_cells(l, line, row) ? ROW_DROP : t->row ? t->row(l, row, line) : ROW_KEEP;
	if (keep == ROW_KEEP && (old = rows_same(l->r, t, row))) {
		const char *key = "";

		for (size_t k = 0; k < t->ncols && !*key; k++)
			if (t->cols[k].flags & RC_KEY)
				key = rows_cell(l, t->cols[k].csv);
		if (t->dup)
			loader_problem(l, line, _(t->dup), key, *line_of(t, old));
		else
			loader_problem(l, line, _("duplicate row (also line %ld)"), *line_of(t, old));
		keep = ROW_DROP;
	}
	if (keep == ROW_KEEP)
		memcpy(rows_add(l->r, t), row, t->size);
	else if (keep == ROW_DROP)
		rows_free(t, row);
	free(row);
}

int row_kosakata(struct loader *l, void *row, long line)
{
	const struct kosakata *k = row;

	/* by code or by another spelling, as values are looked up */
	if (!rules_kosakata(l->r, k->daftar, k->kode))
		return ROW_KEEP;
	loader_problem(l, line, _("duplicate value '%s' in list %s"), k->kode, k->daftar);
	return ROW_DROP;
}

/* A result that is no sanction tier (Satgas, no violation) says why, and
 * a ruleset takes effect on one day. */
int row_matriks(struct loader *l, void *row, long line)
{
	const struct matrix_row *m = row;
	char day[DATE_ISO_LEN];

	if (!rules_in(l->r, VOCAB_JENIS, m->jenis, "sanksi") && !*m->catatan) {
		loader_problem(l, line, _("catatan: a %s row must say why"), m->jenis);
		return ROW_DROP;
	}
	for (size_t i = 0; i < l->r->matrix.n; i++) {
		const struct matrix_row *o = &l->r->matrix.v[i];

		if (strcmp(o->ruleset, m->ruleset) == 0 && date_cmp(&o->berlaku, &m->berlaku) != 0) {
			date_format(&o->berlaku, day);
			loader_problem(l, line, _("berlaku: ruleset '%s' takes effect on %s (line %ld), not %s"),
				       m->ruleset, day, o->line, rows_cell(l, "berlaku"));
			return ROW_DROP;
		}
	}
	return ROW_KEEP;
}

/* An agency's ladder (sanksi_instansi.csv): its first row for a ruleset and
 * employee type replaces the shipped rows of that pair, so a small file
 * changes one ladder and leaves the others. */
int row_sanksi(struct loader *l, void *row, long line)
{
	struct sanksi *s = row;
	struct rules *r = l->r;
	int replaced = 0;
	size_t k = 0;

	(void)line;
	s->instansi = l->agency;
	if (!l->agency)
		return ROW_KEEP;
	for (size_t i = 0; i < r->sanksi.n; i++)
		replaced |= r->sanksi.v[i].instansi && strcmp(r->sanksi.v[i].ruleset, s->ruleset) == 0 &&
			    strcmp(r->sanksi.v[i].jenis_pegawai, s->jenis_pegawai) == 0;
	for (size_t i = 0; i < r->sanksi.n; i++) {
		struct sanksi *o = &r->sanksi.v[i];

		if (!replaced && !o->instansi && strcmp(o->ruleset, s->ruleset) == 0 &&
		    strcmp(o->jenis_pegawai, s->jenis_pegawai) == 0)
			rows_free(&rules_tables[RT_SANKSI], o);
		else
			r->sanksi.v[k++] = *o;
	}
	r->sanksi.n = k;
	return ROW_KEEP;
}

/* A contest of the rules (the user's are added by 'election add'): a code
 * of its field's length, names that show as they are, days in order. */
int row_pemilihan(struct loader *l, void *row, long line)
{
	struct pemilihan *p = row;
	struct err e;

	if (pemilihan_check(p, &e) < 0) {
		loader_problem(l, line, "%s", e.msg);
		return ROW_DROP;
	}
	p->bawaan = 1;
	return ROW_KEEP;
}

/* Stored before schema 12, or a folder from before the column: a contest
 * is named by its own name. */
void settle_pemilihan(void *row)
{
	struct pemilihan *p = row;

	if (!*p->sebutan) {
		free(p->sebutan);
		p->sebutan = xstrdup(p->nama);
	}
}

int row_status(struct loader *l, void *row, long line)
{
	const struct status *s = row;

	if (s->ditindaklanjuti && !s->terbukti) {
		loader_problem(l, line, _("ditindaklanjuti: a followed-up status must also be proven (terbukti 1)"));
		return ROW_DROP;
	}
	if (!s->dihitung && (s->terbukti || s->awal)) {
		loader_problem(l, line, _("dihitung: a status left out of the counts is neither proven nor the first"));
		return ROW_DROP;
	}
	return ROW_KEEP;
}

int row_transisi(struct loader *l, void *row, long line)
{
	const struct transisi *t = row;

	if (strcmp(t->dari, t->ke) != 0)
		return ROW_KEEP;
	loader_problem(l, line, _("a status cannot move to itself"));
	return ROW_DROP;
}

int row_label(struct loader *l, void *row, long line)
{
	const struct label *t = row, *o = rows_same(l->r, &rules_tables[RT_LABEL], row);

	if (!o)
		return ROW_KEEP;
	loader_problem(l, line, _("duplicate label of '%s' in table '%s' (also line %ld)"),
		       t->kelompok, t->tabel, o->line);
	return ROW_DROP;
}

/* A duty's days in order, a deadline only for a duty done once.  An
 * agency's own (the table's agency file) replaces the shipped duty of the
 * same key, in its place.  The members of a duty to report up are a
 * prevention duty's (catalog.h), so one reading serves both. */
static int duty(struct loader *l, const struct rules_table *t, void *row, long line, int irama,
		const struct date *mulai, const struct date *selesai, const struct date *batas,
		size_t agency, size_t at)
{
	void *old;

	if ((selesai->y && date_cmp(selesai, mulai) < 0) || (batas->y && date_cmp(batas, mulai) < 0)) {
		loader_problem(l, line, _("selesai and batas cannot be before mulai"));
		return ROW_DROP;
	}
	if (batas->y && irama != IRAMA_SEKALI) {
		loader_problem(l, line, _("batas: only a duty done once (sekali) has a deadline"));
		return ROW_DROP;
	}
	*(int *)((char *)row + agency) = l->agency;
	/* rows_same is const: the row found is one of l->r's own */
	if (!(old = (void *)rows_same(l->r, t, row)))
		return ROW_KEEP;
	if (!l->agency || *(int *)((char *)old + agency)) {
		loader_problem(l, line, _("duplicate row (also line %ld)"), *(long *)((char *)old + at));
		return ROW_DROP;
	}
	rows_free(t, old);
	memcpy(old, row, t->size);
	return ROW_TAKEN;
}

int row_jadwal(struct loader *l, void *row, long line)
{
	struct jadwal *j = row;

	return duty(l, &rules_tables[RT_JADWAL], row, line, j->irama, &j->mulai, &j->selesai, &j->batas,
		    offsetof(struct jadwal, instansi), offsetof(struct jadwal, line));
}

int row_kewajiban(struct loader *l, void *row, long line)
{
	struct kewajiban *w = row;

	return duty(l, &rules_tables[RT_KEWAJIBAN], row, line, w->irama, &w->mulai, &w->selesai,
		    &w->batas, offsetof(struct kewajiban, instansi), offsetof(struct kewajiban, line));
}
