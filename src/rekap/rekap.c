/* Computing the summaries: one scan over the selected cases, counted in
 * hash tables, so the cost does not grow with the number of tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/msg.h"
#include "netral/rekap/rekap.h"
#include "netral/util/strbuf.h"

const char *const dim_names[D_COUNT] = {
	"periode", "usia", "jabatan", "kategori", "instansi", "jenis", "sanksi"
};

static const char *const periode_groups[] = { "sebelum_kampanye", "saat_kampanye",
	"setelah_kampanye", "tidak_diketahui", NULL };
static const char *const usia_groups[] = { "<=30", "31-40", "41-50", ">=51",
	"tidak_diketahui", NULL };
static const char *const jabatan_groups[] = { "jpt", "administrator", "pengawas",
	"fungsional", "pelaksana", "kepala_wilayah", "tidak_diketahui", NULL };

/* The column each dimension groups by. */
static const char *const dim_cols[D_COUNT] = {
	"periode", "kelompok_usia", "kelompok_jabatan", "bentuk", "instansi", "jenis",
	"sanksi"
};

int dim_parse(const char *s)
{
	for (int i = 0; i < D_COUNT; i++)
		if (strcmp(s, dim_names[i]) == 0)
			return i;
	return -1;
}

long long tenths(long long n, long long base)
{
	long long x, q;

	if (base <= 0)
		return 0;
	x = n * 1000;
	q = x / base;
	if (2 * (x % base) >= base)
		q++;
	return q;
}

static size_t hash(const char *s)
{
	size_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void rehash(struct rtable *t)
{
	size_t n = t->nslot ? t->nslot * 2 : 64;

	free(t->slot);
	t->slot = xmalloc(n * sizeof *t->slot);
	for (size_t i = 0; i < n; i++)
		t->slot[i] = (size_t)-1;
	t->nslot = n;
	for (size_t i = 0; i < t->n; i++) {
		size_t h = hash(t->g[i].kelompok) & (n - 1);

		while (t->slot[h] != (size_t)-1)
			h = (h + 1) & (n - 1);
		t->slot[h] = i;
	}
}

static struct group *find_or_add(struct rtable *t, const char *k)
{
	size_t h;

	if (2 * (t->n + 1) > t->nslot)
		rehash(t);
	h = hash(k) & (t->nslot - 1);
	while (t->slot[h] != (size_t)-1) {
		struct group *g = &t->g[t->slot[h]];

		if (strcmp(g->kelompok, k) == 0)
			return g;
		h = (h + 1) & (t->nslot - 1);
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		t->g = xrealloc(t->g, t->cap * sizeof *t->g);
	}
	t->g[t->n].kelompok = xstrdup(k);
	t->g[t->n].n = 0;
	t->slot[h] = t->n;
	return &t->g[t->n++];
}

static void preset(struct rtable *t, const char *const *groups)
{
	t->fixed = 1;
	for (; *groups; groups++)
		find_or_add(t, *groups);
}

static int cmp_count(const void *a, const void *b)
{
	const struct group *x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->kelompok, y->kelompok);
}

/* Dynamic groups: largest first, then by name, so the order is stable. */
static void order(struct rtable *t)
{
	if (t->fixed || t->n < 2)
		return;
	qsort(t->g, t->n, sizeof *t->g, cmp_count);
	rehash(t);
}

static size_t position(struct rtable *t, const char *k)
{
	size_t h = hash(k) & (t->nslot - 1);

	while (t->slot[h] != (size_t)-1) {
		if (strcmp(t->g[t->slot[h]].kelompok, k) == 0)
			return t->slot[h];
		h = (h + 1) & (t->nslot - 1);
	}
	return (size_t)-1;
}

static struct rekap *sorting;

static int cmp_pair(const void *x, const void *y)
{
	const struct group *a = x, *b = y;
	char ka[512], kb[512];
	char *sa, *sb;
	size_t pa, pb;

	snprintf(ka, sizeof ka, "%s", a->kelompok);
	snprintf(kb, sizeof kb, "%s", b->kelompok);
	sa = strchr(ka, '\x1f');
	sb = strchr(kb, '\x1f');
	if (!sa || !sb)
		return strcmp(ka, kb);
	*sa++ = '\0';
	*sb++ = '\0';
	pa = position(&sorting->t[sorting->by[0]], ka);
	pb = position(&sorting->t[sorting->by[0]], kb);
	if (pa != pb)
		return pa < pb ? -1 : 1;
	pa = position(&sorting->t[sorting->by[1]], sa);
	pb = position(&sorting->t[sorting->by[1]], sb);
	return pa < pb ? -1 : pa > pb;
}

/* Every pair of groups that occur, or that a fixed dimension lists, is in
 * the cross table, with 0 when empty: readers need not guess. */
static void complete_cross(struct rekap *r)
{
	struct rtable *a = &r->t[r->by[0]], *b = &r->t[r->by[1]];
	char key[512];

	for (size_t i = 0; i < a->n; i++) {
		if (!a->fixed && a->g[i].n == 0)
			continue;
		for (size_t j = 0; j < b->n; j++) {
			if (!b->fixed && b->g[j].n == 0)
				continue;
			snprintf(key, sizeof key, "%s\x1f%s", a->g[i].kelompok, b->g[j].kelompok);
			find_or_add(&r->cross, key);
		}
	}
}

/* A cross table in the order of its two dimensions' own tables. */
static void order_cross(struct rekap *r)
{
	if (r->cross.n < 2)
		return;
	sorting = r;
	qsort(r->cross.g, r->cross.n, sizeof *r->cross.g, cmp_pair);
	sorting = NULL;
	rehash(&r->cross);
}

/* The fixed groups of a dimension; none for the dynamic ones. */
static void preset_dim(struct rtable *t, int dim, const struct rules *r)
{
	switch (dim) {
	case D_PERIODE:
		preset(t, periode_groups);
		break;
	case D_USIA:
		preset(t, usia_groups);
		break;
	case D_JABATAN:
		preset(t, jabatan_groups);
		break;
	case D_KATEGORI:
		t->fixed = 1;
		for (size_t i = 0; i < r->bentuk.n; i++)
			find_or_add(t, r->bentuk.v[i].kode);
		break;
	case D_JENIS:
		preset(t, jenis_names);
		find_or_add(t, JENIS_UNCLASSIFIED);
		break;
	default:
		break;
	}
}

/* A cross table of two fixed dimensions lists every pair. */
static void preset_cross(struct rekap *out)
{
	struct rtable *a = &out->t[out->by[0]], *b = &out->t[out->by[1]];
	char key[512];

	if (!a->fixed || !b->fixed)
		return;
	out->cross.fixed = 1;
	for (size_t i = 0; i < a->n; i++)
		for (size_t j = 0; j < b->n; j++) {
			snprintf(key, sizeof key, "%s\x1f%s", a->g[i].kelompok, b->g[j].kelompok);
			find_or_add(&out->cross, key);
		}
}

int rekap_compute(struct db *d, const struct selection *sel, const int *by,
		  int nby, struct rekap *out)
{
	struct strbuf sql = STRBUF_INIT, list = STRBUF_INIT;
	sqlite3_stmt *st;
	const struct rules *r = &d->rules;
	int rc, s;

	memset(out, 0, sizeof *out);
	for (int i = 0; i < D_COUNT; i++)
		preset_dim(&out->t[i], i, r);
	out->nby = nby;
	for (int i = 0; i < nby; i++)
		out->by[i] = by[i];
	if (nby == 2)
		preset_cross(out);

	sb_puts(&sql, "SELECT status");
	for (int i = 0; i < D_COUNT; i++)
		sb_printf(&sql, ", %s", dim_cols[i]);
	sb_puts(&sql, " FROM kasus WHERE (?1 IS NULL OR pemilihan IN (SELECT value FROM json_each(?1))) "
		"AND (?2 IS NULL OR tanggal_kejadian >= ?2) AND (?3 IS NULL OR tanggal_kejadian <= ?3) "
		"AND (?4 IS NULL OR instansi = ?4 COLLATE NOCASE) "
		"AND (?5 IS NULL OR jenis_pegawai = ?5) "
		"AND (?6 OR jenis_pegawai IN ('PNS', 'PPPK'))");
	rc = db_prepare(d, sql.buf, &st);
	sb_free(&sql);
	if (rc)
		return rc;
	if (sel->npemilihan) {
		/* the codes were checked against the rules: safe inside quotes */
		sb_putc(&list, '[');
		for (int i = 0; i < sel->npemilihan; i++)
			sb_printf(&list, "%s\"%s\"", i ? "," : "", sel->pemilihan[i]);
		sb_putc(&list, ']');
		sqlite3_bind_text(st, 1, list.buf, -1, SQLITE_TRANSIENT);
	}
	sb_free(&list);
	bind_text(st, 2, sel->from);
	bind_text(st, 3, sel->to);
	bind_text(st, 4, sel->instansi);
	bind_text(st, 5, sel->jenis_pegawai);
	sqlite3_bind_int(st, 6, sel->ppnpn);

	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *status = (const char *)sqlite3_column_text(st, 0);
		const struct status *sx = rules_status(r, status ? status : "");
		int proven = sx && sx->terbukti;

		out->dilaporkan++;
		if (proven)
			out->terbukti++;
		if (sx && sx->ditindaklanjuti)
			out->ditindaklanjuti++;
		if (!proven && !sel->basis_all)
			continue;
		out->base++;
		for (int i = 0; i < D_COUNT; i++) {
			const char *v = (const char *)sqlite3_column_text(st, 1 + i);

			if (!v || !*v)
				/* no sanction code: not yet imposed, or not recorded */
				v = i == D_SANKSI && !(sx && sx->ditindaklanjuti) ?
				    "belum_disanksi" : "tidak_diketahui";
			find_or_add(&out->t[i], v)->n++;
		}
		if (nby == 2) {
			const char *a = (const char *)sqlite3_column_text(st, 1 + by[0]);
			const char *b = (const char *)sqlite3_column_text(st, 1 + by[1]);
			char key[512];

			snprintf(key, sizeof key, "%s\x1f%s", a && *a ? a : "tidak_diketahui",
				 b && *b ? b : "tidak_diketahui");
			find_or_add(&out->cross, key)->n++;
		}
	}
	sqlite3_finalize(st);
	if (s != SQLITE_DONE)
		return db_fail(d, _("cannot read the cases"));
	for (int i = 0; i < D_COUNT; i++)
		order(&out->t[i]);
	if (nby == 2) {
		complete_cross(out);
		order_cross(out);
	}
	return 0;
}

static void free_table(struct rtable *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->g[i].kelompok);
	free(t->g);
	free(t->slot);
}

void rekap_free(struct rekap *r)
{
	for (int i = 0; i < D_COUNT; i++)
		free_table(&r->t[i]);
	free_table(&r->cross);
	memset(r, 0, sizeof *r);
}
