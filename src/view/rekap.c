/* The summaries as people read them (the terminal table, with the labels
 * of the rules) and as programs read them (CSV, JSON, codes first). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/output.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/view/rekap.h"

void rekap_pct(long long t, char *buf, size_t n, int comma, const char *unit)
{
	snprintf(buf, n, "%lld%c%lld%s", t / 10, comma ? ',' : '.', t % 10, unit);
}

#define BAR_CELLS 30

/* n of max as a bar of block characters, in eighths of a cell: the
 * largest group of a table fills BAR_CELLS. */
static void bar(long long n, long long max, char *out, size_t cap)
{
	static const char *const part[8] = { "", "▏", "▎", "▍", "▌", "▋", "▊", "▉" };
	long long eighths = max > 0 ? (n * BAR_CELLS * 8 + max / 2) / max : 0;
	size_t m = 0;

	*out = '\0';
	for (long long i = 0; i < eighths / 8 && m + 4 < cap; i++) {
		memcpy(out + m, "█", 3);
		m += 3;
	}
	if (m + 4 < cap) {
		memcpy(out + m, part[eighths % 8], strlen(part[eighths % 8]));
		m += strlen(part[eighths % 8]);
	}
	out[m] = '\0';
}

static void csv_begin(struct csvout *c, FILE *fp, const struct rekap_view *o)
{
	csvout_init(c, fp);
	c->raw = o->raw;
	c->crlf = o->crlf;
	c->delim = o->delim;
	if (o->excel)
		csvout_excel(c);
	else if (o->bom)
		csvout_bom(c);
}

/* The label of a group (label.csv) in Indonesian, or in the language of
 * the messages; the code itself when the rules have none (an agency). */
const char *rekap_label(const struct rekap_view *o, const char *tabel, const char *kelompok,
			int local)
{
	const struct label *l = rules_label(o->rules, tabel, kelompok);

	if (!l)
		return kelompok;
	return !local || o->indonesian ? l->id : l->en;
}

const char *rekap_group(const struct rekap_view *o, int dim, const char *kelompok, char *buf,
			size_t n)
{
	const char *label = rekap_label(o, dim_names[dim], kelompok, 1);

	/* a code stands beside the words of the row of BKN's tables, so a
	 * reader can put the table next to the slide */
	if (dim != D_KODE || !rules_label(o->rules, dim_names[dim], kelompok) ||
	    strcmp(kelompok, "tanpa_kode") == 0)
		return label;
	snprintf(buf, n, "%s %s", kelompok, label);
	return buf;
}

static void csv_row(struct csvout *c, const struct rekap_view *o, const char *tabel,
		    const char *kelompok, long long n, long long t)
{
	char num[32], p[32];

	snprintf(num, sizeof num, "%lld", n);
	rekap_pct(t, p, sizeof p, c->comma, "");
	csvout_plain(c, tabel);
	csvout_text(c, kelompok);
	csvout_plain(c, num);
	csvout_plain(c, p);
	/* after the four columns cron scripts read; the published name,
	 * whatever the locale of the job */
	csvout_text(c, rekap_label(o, tabel, kelompok, 0));
	csvout_end(c);
}

static void csv_summary(struct csvout *c, const struct rekap *r, const struct rekap_view *o)
{
	csv_row(c, o, "ringkasan", "dilaporkan", r->dilaporkan, r->dilaporkan ? 1000 : 0);
	csv_row(c, o, "ringkasan", "terbukti", r->terbukti, tenths(r->terbukti, r->dilaporkan));
	csv_row(c, o, "ringkasan", "ditindaklanjuti", r->ditindaklanjuti,
		tenths(r->ditindaklanjuti, r->terbukti));
}

static void csv_table(struct csvout *c, const struct rekap *r, const struct rekap_view *o,
		      int dim)
{
	const struct rtable *t = &r->t[dim];

	for (size_t i = 0; i < t->n; i++)
		csv_row(c, o, dim_names[dim], t->g[i].kelompok, t->g[i].n,
			tenths(t->g[i].n, r->base));
}

static void csv_cross(struct csvout *c, const struct rekap *r)
{
	char num[32], p[32];

	csvout_plain(c, dim_names[r->by[0]]);
	csvout_plain(c, dim_names[r->by[1]]);
	csvout_plain(c, "jumlah");
	csvout_plain(c, "persen");
	csvout_end(c);
	for (size_t i = 0; i < r->cross.n; i++) {
		const struct group *g = &r->cross.g[i];
		const char *sep = strchr(g->kelompok, '\x1f');
		char a[512];

		snprintf(a, sizeof a, "%.*s", (int)(sep - g->kelompok), g->kelompok);
		snprintf(num, sizeof num, "%lld", g->n);
		rekap_pct(tenths(g->n, r->base), p, sizeof p, c->comma, "");
		csvout_text(c, a);
		csvout_text(c, sep + 1);
		csvout_plain(c, num);
		csvout_plain(c, p);
		csvout_end(c);
	}
}

static void csv_header(struct csvout *c)
{
	csvout_plain(c, "tabel");
	csvout_plain(c, "kelompok");
	csvout_plain(c, "jumlah");
	csvout_plain(c, "persen");
	csvout_plain(c, "label");
	csvout_end(c);
}

void view_rekap_csv_one(FILE *fp, const struct rekap *r, const struct rekap_view *o, int dim)
{
	struct csvout c;

	csv_begin(&c, fp, o);
	csv_header(&c);
	if (dim < 0)
		csv_summary(&c, r, o);
	else
		csv_table(&c, r, o, dim);
}

void view_rekap_csv(FILE *fp, const struct rekap *r, const struct rekap_view *o)
{
	struct csvout c;

	csv_begin(&c, fp, o);
	if (r->nby == 2) {
		csv_cross(&c, r);
		return;
	}
	csv_header(&c);
	if (r->nby == 1) {
		csv_table(&c, r, o, r->by[0]);
		return;
	}
	csv_summary(&c, r, o);
	for (int d = 0; d < D_COUNT; d++)
		if (rekap_shown(r, d))
			csv_table(&c, r, o, d);
}

static void json_pct(struct json *j, const char *key, long long t)
{
	char p[32];

	rekap_pct(t, p, sizeof p, 0, "");
	json_key(j, key);
	json_num(j, p);
}

static void json_table(struct json *j, const struct rekap *r, const struct rekap_view *o,
		       int dim, int cross)
{
	const struct rtable *t = cross ? &r->cross : &r->t[dim];

	json_arr(j);
	for (size_t i = 0; i < t->n; i++) {
		const struct group *g = &t->g[i];

		json_obj(j);
		if (cross) {
			const char *sep = strchr(g->kelompok, '\x1f');
			char a[512];

			snprintf(a, sizeof a, "%.*s", (int)(sep - g->kelompok), g->kelompok);
			json_kstr(j, dim_names[r->by[0]], a);
			json_kstr(j, dim_names[r->by[1]], sep + 1);
		} else {
			const struct label *l = rules_label(o->rules, dim_names[dim], g->kelompok);

			json_kstr(j, "kelompok", g->kelompok);
			json_kstr(j, "label", l ? l->id : g->kelompok);
			json_kstr(j, "label_en", l ? l->en : g->kelompok);
		}
		json_kint(j, "jumlah", g->n);
		json_pct(j, "persen", tenths(g->n, r->base));
		json_end(j, '}');
	}
	json_end(j, ']');
}

void view_rekap_json(FILE *fp, const struct rekap *r, const struct rekap_view *o)
{
	struct json j;

	json_init(&j, fp);
	json_obj(&j);
	json_key(&j, "pilihan");
	json_obj(&j);
	json_key(&j, "pemilihan");
	json_arr(&j);
	for (int i = 0; i < o->sel->npemilihan; i++)
		json_str(&j, o->sel->pemilihan[i]);
	json_end(&j, ']');
	json_kstr(&j, "dari", o->sel->from);
	json_kstr(&j, "sampai", o->sel->to);
	json_kstr(&j, "instansi", o->sel->instansi);
	json_kstr(&j, "jenis_pegawai", o->sel->jenis_pegawai);
	json_key(&j, "termasuk_ppnpn");
	json_bool(&j, o->sel->ppnpn);
	json_kstr(&j, "basis", o->sel->basis_all ? "dilaporkan" : "terbukti");
	json_end(&j, '}');
	json_key(&j, "ringkasan");
	json_obj(&j);
	json_kint(&j, "dilaporkan", r->dilaporkan);
	json_kint(&j, "terbukti", r->terbukti);
	json_pct(&j, "terbukti_persen", tenths(r->terbukti, r->dilaporkan));
	json_kint(&j, "ditindaklanjuti", r->ditindaklanjuti);
	json_pct(&j, "ditindaklanjuti_persen", tenths(r->ditindaklanjuti, r->terbukti));
	json_end(&j, '}');
	json_key(&j, "tabel");
	json_obj(&j);
	for (int d = 0; d < D_COUNT; d++) {
		if (r->nby && d != r->by[0] && (r->nby < 2 || d != r->by[1]))
			continue;
		if (!r->nby && !rekap_shown(r, d))
			continue;
		json_key(&j, dim_names[d]);
		json_table(&j, r, o, d, 0);
	}
	if (r->nby == 2) {
		char name[64];

		snprintf(name, sizeof name, "%s,%s", dim_names[r->by[0]], dim_names[r->by[1]]);
		json_key(&j, name);
		json_table(&j, r, o, 0, 1);
	}
	json_end(&j, '}');
	json_end(&j, '}');
	json_done(&j);
}

/* --- the terminal view --- */

const int rekap_order[D_COUNT] = { D_INSTANSI, D_JABATAN, D_KATEGORI, D_PERIODE, D_USIA,
	D_KELAMIN, D_PEGAWAI, D_JENIS, D_KODE, D_SANKSI, D_INDIKASI, D_ASAL };

int rekap_top(const struct rekap_view *o, int dim)
{
	/* the top-N tables KASN prints; the others list every group; --top
	 * is for the top-N tables */
	static const int top_default[D_COUNT] = { [D_JABATAN] = 5, [D_KATEGORI] = 5,
		[D_INSTANSI] = 10, [D_ASAL] = 10 };

	return top_default[dim] && o->top ? o->top : top_default[dim];
}

const char *rekap_heading(int dim)
{
	static const char *const h[D_COUNT] = {
		N_("Periode pelanggaran"), N_("Usia pelanggar"), N_("Jabatan"),
		N_("Kategori pelanggaran"), N_("Instansi"), N_("Klasifikasi"),
		N_("Sanksi dijatuhkan"), N_("Jenis pegawai"), N_("Jenis kelamin"),
		N_("Asal (berkas instansi)"), N_("Indikasi (satu kasus dapat lebih dari satu)"),
		N_("Kode matriks (baris tabel BKN Kanreg III)")
	};

	return _(h[dim]);
}

static int cmp_desc(const void *x, const void *y)
{
	const struct group *a = x, *b = y;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	/* equals in the set order: the rules' order for a fixed table, by
	 * name for the others (rekap.h); rank[0] holds it */
	return a->rank[0] < b->rank[0] ? -1 : a->rank[0] > b->rank[0];
}

/*
 * The rows shown at the terminal.  A top-N view is by count, without empty
 * groups, cut after N rows, but the groups tied with the last row shown are
 * shown too: a cut never hides an equal count.  Returns a copy to free.
 */
struct group *rekap_rows(const struct rtable *t, int top, size_t *n, size_t *cut)
{
	struct group *g = xcalloc(t->n ? t->n : 1, sizeof *g);
	size_t k = 0;

	for (size_t i = 0; i < t->n; i++)
		if (top <= 0 || t->g[i].n > 0) {
			g[k] = t->g[i];
			g[k++].rank[0] = i;
		}
	if (top > 0)
		qsort(g, k, sizeof *g, cmp_desc);
	*n = k;
	*cut = k;
	if (top > 0 && (size_t)top < k) {
		*cut = (size_t)top;
		while (*cut < k && g[*cut].n == g[*cut - 1].n)
			(*cut)++;
	}
	return g;
}

const char *rekap_tie_rule(const struct rtable *t, const struct group *g, size_t cut, int top)
{
	/* a published order is not data netral holds: the rule is stated */
	for (size_t i = 1; top > 0 && i < cut; i++)
		if (g[i].n == g[i - 1].n)
			return t->fixed ? _("Equal counts are listed in the order of the rules.") :
			       _("Equal counts are listed in alphabetical order.");
	return NULL;
}

static void term_table(FILE *fp, const struct rekap *r, const struct rekap_view *o, int dim,
		       int top)
{
	size_t n, cut;
	struct group *g = rekap_rows(&r->t[dim], top, &n, &cut);
	struct table tb;
	char num[32], p[40], rank[24], total[48], chart[BAR_CELLS * 3 + 8], name[512];
	long long max = 0;

	for (size_t i = 0; i < cut; i++)
		if (g[i].n > max)
			max = g[i].n;
	if (top > 0)
		fprintf(fp, _("%s (top %d)\n"), rekap_heading(dim), top);
	else
		fprintf(fp, "%s\n", rekap_heading(dim));
	table_init(&tb, o->bars ? 5 : 4);
	tb.right = 1u << 0 | 1u << 2 | 1u << 3;
	for (size_t i = 0; i < cut; i++) {
		const char *cells[5];

		snprintf(rank, sizeof rank, "%zu", i + 1);
		fmt_count(g[i].n, num);
		rekap_pct(tenths(g[i].n, r->base), p, sizeof p, o->indonesian, "%");
		cells[0] = rank;
		cells[1] = rekap_group(o, dim, g[i].kelompok, name, sizeof name);
		cells[2] = num;
		cells[3] = p;
		bar(g[i].n, max, chart, sizeof chart);
		cells[4] = chart;
		table_row(&tb, cells);
	}
	if (cut < n) {
		long long rest = 0;
		const char *cells[5] = { 0 };

		for (size_t i = cut; i < n; i++)
			rest += g[i].n;
		fmt_count(rest, num);
		rekap_pct(tenths(rest, r->base), p, sizeof p, o->indonesian, "%");
		snprintf(total, sizeof total, P_("%zu other", "%zu others", n - cut), n - cut);
		cells[0] = "";
		cells[1] = total;
		cells[2] = num;
		cells[3] = p;
		cells[4] = "";
		table_row(&tb, cells);
	}
	if (cut > 0) {
		/* as KASN prints it: the table's own sum, every group counted */
		long long all = 0;
		const char *cells[5];

		for (size_t i = 0; i < n; i++)
			all += g[i].n;
		/* a case with two indications is in two groups: the total is
		 * of cases, not of the groups' sum */
		if (dim == D_INDIKASI)
			all = r->base;
		fmt_count(all, num);
		rekap_pct(tenths(all, r->base), p, sizeof p, o->indonesian, "%");
		cells[0] = "";
		cells[1] = dim == D_INDIKASI ? _("TOTAL cases") : "TOTAL";
		cells[2] = num;
		cells[3] = p;
		cells[4] = "";
		table_row(&tb, cells);
	}
	if (cut == 0)
		fprintf(fp, "%s\n", _("  (none)"));
	else
		table_print(&tb, fp, 0);
	if (rekap_tie_rule(&r->t[dim], g, cut, top))
		fprintf(fp, "   %s\n", rekap_tie_rule(&r->t[dim], g, cut, top));
	table_free(&tb);
	free(g);
	fputc('\n', fp);
}

static void term_cross(FILE *fp, const struct rekap *r, const struct rekap_view *o)
{
	const struct rtable *a = &r->t[r->by[0]], *b = &r->t[r->by[1]];
	struct table tb;
	const char **cells = xcalloc(b->n + 2, sizeof *cells);
	char (*nums)[32] = xcalloc(b->n + 1, sizeof *nums);
	char key[512], name[512];

	fprintf(fp, "%s × %s\n", rekap_heading(r->by[0]), rekap_heading(r->by[1]));
	table_init(&tb, b->n + 2);
	tb.right = ~1u;
	cells[0] = "";
	for (size_t j = 0; j < b->n; j++)
		cells[1 + j] = b->g[j].kelompok;
	cells[b->n + 1] = _("jumlah");
	table_row(&tb, cells);
	for (size_t i = 0; i < a->n; i++) {
		if (a->g[i].n == 0 && !a->fixed)
			continue;
		cells[0] = rekap_group(o, r->by[0], a->g[i].kelompok, name, sizeof name);
		for (size_t j = 0; j < b->n; j++) {
			long long n = 0;

			snprintf(key, sizeof key, "%s\x1f%s", a->g[i].kelompok, b->g[j].kelompok);
			for (size_t k = 0; k < r->cross.n; k++)
				if (strcmp(r->cross.g[k].kelompok, key) == 0)
					n = r->cross.g[k].n;
			fmt_count(n, nums[j]);
			cells[1 + j] = nums[j];
		}
		fmt_count(a->g[i].n, nums[b->n]);
		cells[b->n + 1] = nums[b->n];
		table_row(&tb, cells);
	}
	table_print(&tb, fp, 1);
	table_free(&tb);
	free(cells);
	free(nums);
}

void view_rekap_table(FILE *fp, const struct rekap *r, const struct rekap_view *o)
{
	int comma = o->indonesian;
	char a[32], b[32], c[32], p[40];

	if (r->nby == 2) {
		term_cross(fp, r, o);
		return;
	}
	fputs(_("Rekap pelanggaran netralitas"), fp);
	if (o->sel->npemilihan) {
		fputs(" —", fp);
		for (int i = 0; i < o->sel->npemilihan; i++)
			fprintf(fp, " %s", o->sel->pemilihan[i]);
	}
	if (o->sel->from || o->sel->to)
		fprintf(fp, " (%s .. %s)", o->sel->from ? o->sel->from : "", o->sel->to ? o->sel->to : "");
	fprintf(fp, "\n%s\n\n", o->sel->ppnpn ? _("ASN and PPNPN") : _("ASN (PNS and PPPK)"));
	fmt_count(r->dilaporkan, a);
	fmt_count(r->terbukti, b);
	fmt_count(r->ditindaklanjuti, c);
	fprintf(fp, _("  %-34s %10s\n"), _("dilaporkan (reported)"), a);
	rekap_pct(tenths(r->terbukti, r->dilaporkan), p, sizeof p, comma, "");
	fprintf(fp, _("  %-34s %10s  (%s%% of reported)\n"), _("terbukti (proven)"), b, p);
	rekap_pct(tenths(r->ditindaklanjuti, r->terbukti), p, sizeof p, comma, "");
	fprintf(fp, _("  %-34s %10s  (%s%% of proven)\n\n"), _("ditindaklanjuti (followed up)"), c, p);
	fprintf(fp, _("Tables over the %s cases (%s)\n\n"),
		o->sel->basis_all ? _("reported") : _("proven"), (fmt_count(r->base, a), a));
	for (int i = 0; i < D_COUNT; i++) {
		int d = rekap_order[i];

		if ((r->nby == 1 && d != r->by[0]) || (!r->nby && !rekap_shown(r, d)))
			continue;
		term_table(fp, r, o, d, rekap_top(o, d));
	}
}
