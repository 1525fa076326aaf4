/* Computing the summaries: one scan over the selected cases, counted in
 * hash tables, so the cost does not grow with the number of tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/label.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/rekap/once.h"
#include "netral/rekap/rekap.h"
#include "netral/kasus/repeat.h"
#include "netral/kasus/select.h"
#include "netral/kasus/store.h"
#include "netral/rules/classify.h"
#include "netral/util/strbuf.h"

const char *const dim_names[D_COUNT] = {
	"periode", "usia", "jabatan", "kategori", "instansi", "jenis", "sanksi",
	"pegawai", "kelamin", "asal", "indikasi", "kode"
};

/* The column each dimension groups by. */
static const char *const dim_cols[D_COUNT] = {
	"periode", "kelompok_usia", "kelompok_jabatan", "bentuk", "instansi", "jenis",
	"sanksi", "jenis_pegawai", "jenis_kelamin", "asal", "indikasi", "kode"
};

/* "periode, usia, ...": the dimensions as --by takes them. */
const char *dim_list(void)
{
	static char buf[256];
	size_t n = 0;

	for (int d = 0; d < D_COUNT && n < sizeof buf; d++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", d ? ", " : "", dim_names[d]);
	return buf;
}

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
	if (t->n == t->cap)
		t->g = array_grow(t->g, &t->cap, sizeof *t->g);
	t->g[t->n].kelompok = xstrdup(k);
	t->g[t->n].n = 0;
	t->slot[h] = t->n;
	return &t->g[t->n++];
}

/* The groups of a table the labels list, in their order. */
static void preset_labels(struct rtable *t, const struct rules *r, int dim)
{
	t->fixed = 1;
	for (size_t i = 0; i < r->label.n; i++)
		if (strcmp(r->label.v[i].tabel, dim_names[dim]) == 0)
			find_or_add(t, r->label.v[i].kelompok);
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

/* Pairs by the places of their two groups in the dimensions' tables,
 * which order_cross puts into each pair first. */
static int cmp_pair(const void *x, const void *y)
{
	const struct group *a = x, *b = y;

	if (a->rank[0] != b->rank[0])
		return a->rank[0] < b->rank[0] ? -1 : 1;
	if (a->rank[1] != b->rank[1])
		return a->rank[1] < b->rank[1] ? -1 : 1;
	return strcmp(a->kelompok, b->kelompok);
}

static void rank_pair(struct rekap *r, struct group *g)
{
	char k[512], *second;

	snprintf(k, sizeof k, "%s", g->kelompok);
	g->rank[0] = g->rank[1] = (size_t)-1;
	if (!(second = strchr(k, '\x1f')))
		return;
	*second++ = '\0';
	g->rank[0] = position(&r->t[r->by[0]], k);
	g->rank[1] = position(&r->t[r->by[1]], second);
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
	for (size_t i = 0; i < r->cross.n; i++)
		rank_pair(r, &r->cross.g[i]);
	qsort(r->cross.g, r->cross.n, sizeof *r->cross.g, cmp_pair);
	rehash(&r->cross);
}

/* The values of a list of the rules, in their order. */
static void preset_vocab(struct rtable *t, const struct rules *r, const char *daftar,
			 const char *sifat)
{
	t->fixed = 1;
	for (size_t i = 0; i < r->kosakata.n; i++)
		if (strcmp(r->kosakata.v[i].daftar, daftar) == 0 &&
		    (!sifat || rules_sifat(&r->kosakata.v[i], sifat)))
			find_or_add(t, r->kosakata.v[i].kode);
}

/* The fixed groups of a dimension; none for the dynamic ones. */
static void preset_dim(struct rtable *t, int dim, const struct rules *r, int ppnpn)
{
	switch (dim) {
	case D_PERIODE:
	case D_USIA:
	case D_KELAMIN:
		preset_labels(t, r, dim);
		break;
	case D_JABATAN:
		preset_vocab(t, r, VOCAB_KELOMPOK_JABATAN, NULL);
		find_or_add(t, RULES_UNKNOWN);
		break;
	case D_KATEGORI:
		t->fixed = 1;
		for (size_t i = 0; i < r->bentuk.n; i++)
			find_or_add(t, r->bentuk.v[i].kode);
		break;
	case D_JENIS:
		preset_vocab(t, r, VOCAB_JENIS, "matriks");
		/* the tiers only a non-ASN type has (tingkat.csv): with them only */
		if (ppnpn)
			preset_vocab(t, r, VOCAB_JENIS, "pegawai");
		find_or_add(t, JENIS_UNCLASSIFIED);
		break;
	case D_INDIKASI:
		preset_vocab(t, r, VOCAB_INDIKASI, NULL);
		find_or_add(t, "tanpa_indikasi");
		break;
	case D_PEGAWAI:
		/* a type the selection leaves out is not a group of 0 */
		preset_vocab(t, r, VOCAB_JENIS_PEGAWAI, ppnpn ? NULL : "asn");
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

/* ["a","b"]: the codes come from the rules or were checked against them,
 * and the loader refuses quotes and backslashes in codes. */
static void json_list(struct strbuf *sb, const char *const *v, int n)
{
	sb_putc(sb, '[');
	for (int i = 0; i < n; i++)
		sb_printf(sb, "%s\"%s\"", i ? "," : "", v[i]);
	sb_putc(sb, ']');
}

/* The employee types that are ASN (kosakata.csv: sifat asn). */
static void asn_list(struct strbuf *sb, const struct rules *r)
{
	const char *v[64];
	int n = 0;

	for (size_t i = 0; i < r->kosakata.n && n < 64; i++)
		if (strcmp(r->kosakata.v[i].daftar, VOCAB_JENIS_PEGAWAI) == 0 &&
		    rules_sifat(&r->kosakata.v[i], "asn"))
			v[n++] = r->kosakata.v[i].kode;
	json_list(sb, v, n);
}

/* The group of a case a table has no value for. */
static const char *none_of(int dim)
{
	return dim == D_INDIKASI ? "tanpa_indikasi" : dim == D_KODE ? "tanpa_kode" : RULES_UNKNOWN;
}

long long rekap_cross_n(const struct rekap *r, const char *a, const char *b)
{
	char key[512];

	snprintf(key, sizeof key, "%s\x1f%s", a, b);
	for (size_t k = 0; k < r->cross.n; k++)
		if (strcmp(r->cross.g[k].kelompok, key) == 0)
			return r->cross.g[k].n;
	return 0;
}

int rekap_shown(const struct rekap *r, int dim)
{
	const char *none = none_of(dim);

	/* the tables of what a case may lack are shown when some case has it */
	if (dim != D_ASAL && dim != D_INDIKASI && dim != D_KODE)
		return 1;
	for (size_t i = 0; i < r->t[dim].n; i++)
		if (r->t[dim].g[i].n && strcmp(r->t[dim].g[i].kelompok, none) != 0)
			return 1;
	return 0;
}

/* The groups a case falls in for dim, into v (at most max): one, except
 * for the indications, a list of which each counts. */
#define GROUPS_MAX 16
static int groups_of(int dim, const char *val, int ditindaklanjuti, char buf[512],
		     const char *v[GROUPS_MAX])
{
	char *save = NULL;
	int n = 0;

	if (!val || !*val) {
		/* no sanction code: not yet imposed, or not recorded */
		v[0] = dim == D_SANKSI && !ditindaklanjuti ? "belum_disanksi" : none_of(dim);
		return 1;
	}
	if (dim != D_INDIKASI) {
		v[0] = val;
		return 1;
	}
	snprintf(buf, 512, "%s", val);
	for (char *t = strtok_r(buf, ",", &save); t && n < GROUPS_MAX; t = strtok_r(NULL, ",", &save))
		v[n++] = t;
	return n;
}

/* The value of dimension i of the case at st (a coded column's text). */
/* The column of each dimension. */
static int dim_col(int i)
{
	static int col[D_COUNT] = { -1 };

	if (col[0] < 0)
		for (int k = 0; k < D_COUNT; k++)
			col[k] = column_by_name(dim_cols[k]);
	return col[i];
}

/* The group a coded dimension last counted into, by the address of its
 * text: a code's text has one address for the whole scan (db/kamus.h), so
 * the next case of that code skips the hash. */
struct last_group {
	const char *text[D_COUNT];
	size_t at[D_COUNT];
	unsigned char set[D_COUNT];
};

/* One counted case into every table, and into the cross table each pair
 * of its groups. */
static int count_case(struct db *d, struct rekap *out, sqlite3_stmt *st, int ditindaklanjuti,
		      struct last_group *last)
{
	char buf[2][512], key[512];
	const char *a[GROUPS_MAX], *b[GROUPS_MAX], *v[D_COUNT];
	int na, nb, rc = 0;

	for (int k = 0; k < D_COUNT && !rc; k++)
		rc = kasus_column_text(d, st, 1 + k, dim_col(k), &v[k]);
	if (rc)
		return rc;
	for (int i = 0; i < D_COUNT; i++) {
		struct group *g = NULL;

		if (last->set[i] && last->text[i] == v[i]) {
			out->t[i].g[last->at[i]].n++;
			continue;
		}
		na = groups_of(i, v[i], ditindaklanjuti, buf[0], a);
		for (int k = 0; k < na; k++)
			(g = find_or_add(&out->t[i], a[k]))->n++;
		if (na == 1 && (kasus_columns[dim_col(i)].flags & CF_CODED)) {
			last->text[i] = v[i];
			last->at[i] = (size_t)(g - out->t[i].g);
			last->set[i] = 1;
		}
	}
	if (out->nby != 2)
		return 0;
	na = groups_of(out->by[0], v[out->by[0]], -1, buf[0], a);
	nb = groups_of(out->by[1], v[out->by[1]], -1, buf[1], b);
	for (int i = 0; i < na; i++)
		for (int j = 0; j < nb; j++) {
			snprintf(key, sizeof key, "%s\x1f%s", a[i], b[j]);
			find_or_add(&out->cross, key)->n++;
		}
	return 0;
}

/* The cases a selection counts, with the columns of every dimension. */
static int select_cases(struct db *d, const struct rules *r, const struct selection *sel, int rollup,
			sqlite3_stmt **st)
{
	struct strbuf sql = STRBUF_INIT, list = STRBUF_INIT;
	int rc;

	static const char chosen[] = "(?1 IS NULL OR pemilihan IN (SELECT value FROM json_each(?1))) "
		"AND (?2 IS NULL OR tanggal_kejadian >= ?2) AND (?3 IS NULL OR tanggal_kejadian <= ?3) "
		"AND (?4 IS NULL OR instansi = ?4 COLLATE NOCASE) "
		"AND (?5 IS NULL OR jenis_pegawai = ?5) "
		"AND (?6 OR jenis_pegawai IN (SELECT value FROM json_each(?7)))";

	sb_puts(&sql, "SELECT status");
	for (int i = 0; i < D_COUNT; i++)
		sb_printf(&sql, ", %s", dim_cols[i]);
	/* in a roll-up, an act two origins reported is counted once: every
	 * case in the order recorded, whether the selection holds it, its
	 * origin and its act (once.h), with no sort */
	if (rollup)
		sb_printf(&sql, ", %s, coalesce(asal, ''), tanggal_kejadian || '\x1f' || bentuk || '\x1f' || "
			  KASUS_PERSON_SQL("") ", dihitung_asal FROM kasus ORDER BY id", chosen);
	else
		sb_printf(&sql, " FROM kasus WHERE %s", chosen);
	rc = db_prepare(d, sql.buf, st);
	sb_free(&sql);
	if (rc)
		return rc;
	if (sel->npemilihan) {
		json_list(&list, sel->pemilihan, sel->npemilihan);
		sqlite3_bind_text(*st, 1, list.buf, -1, SQLITE_TRANSIENT);
	}
	sb_reset(&list);
	asn_list(&list, r);
	sqlite3_bind_text(*st, 7, list.buf, -1, SQLITE_TRANSIENT);
	sb_free(&list);
	bind_text(*st, 2, sel->from);
	bind_text(*st, 3, sel->to);
	bind_text(*st, 4, sel->instansi);
	bind_text(*st, 5, sel->jenis_pegawai);
	sqlite3_bind_int(*st, 6, sel->ppnpn);
	return 0;
}

int rekap_compute(struct db *d, const struct rules *r, const struct selection *sel,
		  const int *by, int nby, struct rekap *out)
{
	struct once once = { 0 };
	struct last_group last = { 0 };
	sqlite3_stmt *st;
	int rc, s, rollup;

	memset(out, 0, sizeof *out);
	if ((rc = kasus_rolled_up(d, &rollup)))
		return rc;
	for (int i = 0; i < D_COUNT; i++)
		preset_dim(&out->t[i], i, r, sel->ppnpn);
	out->nby = nby;
	for (int i = 0; i < nby; i++)
		out->by[i] = by[i];
	if (nby == 2)
		preset_cross(out);
	if ((rc = select_cases(d, r, sel, rollup, &st))) {
		rekap_free(out);
		return rc;
	}
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *status = (const char *)sqlite3_column_text(st, 0);
		const struct status *sx = rules_status(r, status ? status : "");
		int proven = sx && sx->terbukti;

		/* a void case (a duplicate, a mistake) was never a report */
		if (sx && !sx->dihitung && !sel->batal)
			continue;
		/* every case of the roll-up says which origin an act is counted
		 * under (its sender's count first: KASUS_TALLIED_SQL), the
		 * selection's alone are counted */
		if (rollup && ((!sel->batal && strcmp(col_text(st, D_COUNT + 4), "0") == 0) ||
			       !once_counts(&once, col_text(st, D_COUNT + 2), col_text(st, D_COUNT + 3)) ||
			       !sqlite3_column_int(st, D_COUNT + 1)))
			continue;
		out->dilaporkan++;
		if (proven)
			out->terbukti++;
		if (sx && sx->ditindaklanjuti)
			out->ditindaklanjuti++;
		if (!proven && !sel->basis_all)
			continue;
		out->base++;
		if ((rc = count_case(d, out, st, sx && sx->ditindaklanjuti, &last)))
			break;
	}
	sqlite3_finalize(st);
	once_free(&once);
	if (rc || s != SQLITE_DONE) {
		/* the tables are the caller's only when whole */
		if (!rc)
			rc = db_fail(d, _("cannot read the cases"));
		rekap_free(out);
		return rc;
	}
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
