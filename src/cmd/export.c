/* netral export (rekap): the KASN-style summaries at the terminal, as CSV
 * for the nightly cron job, or as JSON. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/audit/log.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/io/atomic.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

#include "netral/rekap/rekap.h"

static const char help_text[] = N_(
"usage: netral export [--pemilihan CODE]... [--from D] [--to D] [--instansi I]\n"
"                     [--jenis-pegawai T] [--termasuk-ppnpn]\n"
"                     [--basis terbukti|dilaporkan] [--by DIM[,DIM]] [--top N]\n"
"                     [--format table|csv|json] [--output FILE | --output-dir DIR]\n"
"                     [--raw] [--bom] [--crlf] [--delimiter C]\n"
"\n"
"Summaries in the form KASN publishes them: the funnel reported (dilaporkan),\n"
"proven (terbukti: terbukti, disanksi, selesai) and followed up by the PPK\n"
"(ditindaklanjuti: disanksi, selesai), and tables over the proven cases by\n"
"periode, usia, jabatan, kategori (the bentuk), instansi, jenis (the\n"
"classification), sanksi (imposed) and pegawai (the employee type).  ASN\n"
"only (PNS and PPPK) unless --termasuk-ppnpn.  No names, NIPs or contacts\n"
"are ever written.\n"
"\n"
"  --pemilihan CODE   the contest; repeat for several\n"
"  --from, --to D     bounds of the incident date, inclusive\n"
"  --basis B          what the tables count: terbukti (default) or dilaporkan\n"
"  --by DIM[,DIM]     one table, or a cross table of two dimensions\n"
"  --top N            rows of the instansi, jabatan and kategori tables at the\n"
"                     terminal (default 10, 5, 5; ties at the cut are kept)\n"
"  --format F         table (default on a terminal), csv (default otherwise)\n"
"                     or json\n"
"  --output FILE      write FILE whole or not at all (temporary file, rename)\n"
"  --output-dir DIR   one CSV file per table, named rekap-DATE-TABLE.csv\n"
"  --raw              do not neutralise cells a spreadsheet would run\n"
"  --bom, --crlf, --delimiter C   for Excel\n"
"\n"
"CSV is long: header tabel,kelompok,jumlah,persen; persen has a dot and one\n"
"decimal, rounded half up.\n");

struct opts {
	struct selection sel;
	enum format fmt;
	int fmt_given;
	int by[2], nby;
	int top;
	const char *output, *output_dir;
	int raw, bom, crlf;
	char delim;
};

static void pct(long long t, char *buf, size_t n, int comma, const char *unit)
{
	snprintf(buf, n, "%lld%c%lld%s", t / 10, comma ? ',' : '.', t % 10, unit);
}

static void csv_begin(struct csvout *c, FILE *fp, const struct opts *o)
{
	csvout_init(c, fp);
	c->raw = o->raw;
	c->crlf = o->crlf;
	c->delim = o->delim;
	if (o->bom)
		csvout_bom(c);
}

static void csv_row(struct csvout *c, const char *tabel, const char *kelompok,
		    long long n, long long t)
{
	char num[32], p[32];

	snprintf(num, sizeof num, "%lld", n);
	pct(t, p, sizeof p, 0, "");
	csvout_plain(c, tabel);
	csvout_text(c, kelompok);
	csvout_plain(c, num);
	csvout_plain(c, p);
	csvout_end(c);
}

static void csv_summary(struct csvout *c, const struct rekap *r)
{
	csv_row(c, "ringkasan", "dilaporkan", r->dilaporkan, r->dilaporkan ? 1000 : 0);
	csv_row(c, "ringkasan", "terbukti", r->terbukti, tenths(r->terbukti, r->dilaporkan));
	csv_row(c, "ringkasan", "ditindaklanjuti", r->ditindaklanjuti,
		tenths(r->ditindaklanjuti, r->terbukti));
}

static void csv_table(struct csvout *c, const struct rekap *r, int dim)
{
	const struct rtable *t = &r->t[dim];

	for (size_t i = 0; i < t->n; i++)
		csv_row(c, dim_names[dim], t->g[i].kelompok, t->g[i].n, tenths(t->g[i].n, r->base));
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
		pct(tenths(g->n, r->base), p, sizeof p, 0, "");
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
	csvout_end(c);
}

static void write_csv(FILE *fp, const struct rekap *r, const struct opts *o)
{
	struct csvout c;

	csv_begin(&c, fp, o);
	if (o->nby == 2) {
		csv_cross(&c, r);
		return;
	}
	csv_header(&c);
	if (o->nby == 1) {
		csv_table(&c, r, o->by[0]);
		return;
	}
	csv_summary(&c, r);
	for (int d = 0; d < D_COUNT; d++)
		csv_table(&c, r, d);
}

static void json_pct(struct json *j, const char *key, long long t)
{
	char p[32];

	pct(t, p, sizeof p, 0, "");
	json_key(j, key);
	json_num(j, p);
}

static void json_table(struct json *j, const struct rekap *r, const struct rtable *t,
		       int cross)
{
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
			json_kstr(j, "kelompok", g->kelompok);
		}
		json_kint(j, "jumlah", g->n);
		json_pct(j, "persen", tenths(g->n, r->base));
		json_end(j, '}');
	}
	json_end(j, ']');
}

static void write_json(FILE *fp, const struct rekap *r, const struct opts *o)
{
	struct json j;

	json_init(&j, fp);
	json_obj(&j);
	json_key(&j, "pilihan");
	json_obj(&j);
	json_key(&j, "pemilihan");
	json_arr(&j);
	for (int i = 0; i < o->sel.npemilihan; i++)
		json_str(&j, o->sel.pemilihan[i]);
	json_end(&j, ']');
	json_kstr(&j, "dari", o->sel.from);
	json_kstr(&j, "sampai", o->sel.to);
	json_kstr(&j, "instansi", o->sel.instansi);
	json_kstr(&j, "jenis_pegawai", o->sel.jenis_pegawai);
	json_key(&j, "termasuk_ppnpn");
	json_bool(&j, o->sel.ppnpn);
	json_kstr(&j, "basis", o->sel.basis_all ? "dilaporkan" : "terbukti");
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
		if (o->nby && d != o->by[0] && (o->nby < 2 || d != o->by[1]))
			continue;
		json_key(&j, dim_names[d]);
		json_table(&j, r, &r->t[d], 0);
	}
	if (o->nby == 2) {
		char name[64];

		snprintf(name, sizeof name, "%s,%s", dim_names[o->by[0]], dim_names[o->by[1]]);
		json_key(&j, name);
		json_table(&j, r, &r->cross, 1);
	}
	json_end(&j, '}');
	json_end(&j, '}');
	json_done(&j);
}

/* --- the terminal view --- */

static const char *heading(int dim)
{
	static const char *const h[D_COUNT] = {
		N_("Periode pelanggaran"), N_("Usia pelanggar"), N_("Jabatan"),
		N_("Kategori pelanggaran"), N_("Instansi"), N_("Klasifikasi"),
		N_("Sanksi dijatuhkan"), N_("Jenis pegawai")
	};

	return _(h[dim]);
}

static int cmp_desc(const void *x, const void *y)
{
	const struct group *a = x, *b = y;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return a < b ? -1 : 1;   /* keeps the set order among equals */
}

/*
 * The rows shown at the terminal.  A top-N view is by count, without empty
 * groups, cut after N rows, but the groups tied with the last row shown are
 * shown too: a cut never hides an equal count.  Returns a copy to free.
 */
static struct group *view_rows(const struct rtable *t, int top, size_t *n, size_t *cut)
{
	struct group *g = xcalloc(t->n ? t->n : 1, sizeof *g);
	size_t k = 0;

	for (size_t i = 0; i < t->n; i++)
		if (top <= 0 || t->g[i].n > 0)
			g[k++] = t->g[i];
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

static void term_table(FILE *fp, const struct rekap *r, int dim, int top, int comma)
{
	size_t n, cut;
	struct group *g = view_rows(&r->t[dim], top, &n, &cut);
	struct table tb;
	char num[32], p[40], rank[24], total[48];

	if (top > 0)
		fprintf(fp, _("%s (top %d)\n"), heading(dim), top);
	else
		fprintf(fp, "%s\n", heading(dim));
	table_init(&tb, 4);
	tb.right = 1u << 0 | 1u << 2 | 1u << 3;
	for (size_t i = 0; i < cut; i++) {
		const char *cells[4];

		snprintf(rank, sizeof rank, "%zu", i + 1);
		fmt_count(g[i].n, num);
		pct(tenths(g[i].n, r->base), p, sizeof p, comma, "%");
		cells[0] = rank;
		cells[1] = g[i].kelompok;
		cells[2] = num;
		cells[3] = p;
		table_row(&tb, cells);
	}
	if (cut < n) {
		long long rest = 0;
		const char *cells[4];

		for (size_t i = cut; i < n; i++)
			rest += g[i].n;
		fmt_count(rest, num);
		pct(tenths(rest, r->base), p, sizeof p, comma, "%");
		snprintf(total, sizeof total, P_("%zu other", "%zu others", n - cut), n - cut);
		cells[0] = "";
		cells[1] = total;
		cells[2] = num;
		cells[3] = p;
		table_row(&tb, cells);
	}
	if (cut > 0) {
		/* as KASN prints it: the table's own sum, every group counted */
		long long all = 0;
		const char *cells[4];

		for (size_t i = 0; i < n; i++)
			all += g[i].n;
		fmt_count(all, num);
		pct(tenths(all, r->base), p, sizeof p, comma, "%");
		cells[0] = "";
		cells[1] = "TOTAL";
		cells[2] = num;
		cells[3] = p;
		table_row(&tb, cells);
	}
	if (cut == 0)
		fprintf(fp, "%s\n", _("  (none)"));
	else
		table_print(&tb, fp, 0);
	table_free(&tb);
	free(g);
	fputc('\n', fp);
}

static void term_cross(FILE *fp, const struct rekap *r)
{
	const struct rtable *a = &r->t[r->by[0]], *b = &r->t[r->by[1]];
	struct table tb;
	const char **cells = xcalloc(b->n + 2, sizeof *cells);
	char (*nums)[32] = xcalloc(b->n + 1, sizeof *nums);
	char key[512];

	fprintf(fp, "%s × %s\n", heading(r->by[0]), heading(r->by[1]));
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
		cells[0] = a->g[i].kelompok;
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

static void write_table(FILE *fp, const struct rekap *r, const struct opts *o)
{
	int comma = msg_indonesian();
	char a[32], b[32], c[32], p[40];
	int top_default[D_COUNT] = { 0, 0, 5, 5, 10, 0, 0, 0 };

	if (o->nby == 2) {
		term_cross(fp, r);
		return;
	}
	fputs(_("Rekap pelanggaran netralitas"), fp);
	if (o->sel.npemilihan) {
		fputs(" —", fp);
		for (int i = 0; i < o->sel.npemilihan; i++)
			fprintf(fp, " %s", o->sel.pemilihan[i]);
	}
	if (o->sel.from || o->sel.to)
		fprintf(fp, " (%s .. %s)", o->sel.from ? o->sel.from : "", o->sel.to ? o->sel.to : "");
	fprintf(fp, "\n%s\n\n", o->sel.ppnpn ? _("ASN and PPNPN") : _("ASN (PNS and PPPK)"));
	fmt_count(r->dilaporkan, a);
	fmt_count(r->terbukti, b);
	fmt_count(r->ditindaklanjuti, c);
	fprintf(fp, _("  %-34s %10s\n"), _("dilaporkan (reported)"), a);
	pct(tenths(r->terbukti, r->dilaporkan), p, sizeof p, comma, "");
	fprintf(fp, _("  %-34s %10s  (%s%% of reported)\n"), _("terbukti (proven)"), b, p);
	pct(tenths(r->ditindaklanjuti, r->terbukti), p, sizeof p, comma, "");
	fprintf(fp, _("  %-34s %10s  (%s%% of proven)\n\n"), _("ditindaklanjuti (followed up)"), c, p);
	fprintf(fp, _("Tables over the %s cases (%s)\n\n"),
		o->sel.basis_all ? _("reported") : _("proven"), (fmt_count(r->base, a), a));
	{
		static const int view[] = { D_INSTANSI, D_JABATAN, D_KATEGORI, D_PERIODE,
			D_USIA, D_PEGAWAI, D_JENIS, D_SANKSI };

		for (size_t i = 0; i < sizeof view / sizeof *view; i++) {
			int d = view[i];

			if (o->nby == 1 && d != o->by[0])
				continue;
			/* --top is for the top-N tables; the others list every group */
			term_table(fp, r, d, top_default[d] && o->top ? o->top : top_default[d], comma);
		}
	}
}

static int write_out(const char *path, const struct rekap *r, const struct opts *o)
{
	struct atomic_file af;
	FILE *fp = stdout;
	int rc;

	if (path) {
		/* summaries hold no personal data: the usual mode, not 0600 */
		if ((rc = atomic_open(&af, path, 0666)))
			return rc;
		fp = af.fp;
	}
	if (o->fmt == FMT_CSV)
		write_csv(fp, r, o);
	else if (o->fmt == FMT_JSON)
		write_json(fp, r, o);
	else
		write_table(fp, r, o);
	return path ? atomic_commit(&af) : 0;
}

/* One CSV file per table, each whole or not at all. */
/* The head of the log's chain beside the summaries: kept elsewhere, it
 * later proves with 'check --since' that nothing before it was rewritten. */
static int write_head(const char *dir, const char *day, const char *head, long long id)
{
	struct atomic_file af;
	char path[4096];
	int rc;

	snprintf(path, sizeof path, "%s/rekap-%s-rantai.txt", dir, day);
	if ((rc = atomic_open(&af, path, 0666)))
		return rc;
	fprintf(af.fp, "%s\n", head);
	fprintf(af.fp, _("# the head of netral's event log at event %lld; 'netral check --since HEAD' proves nothing before it was rewritten\n"),
		id);
	return atomic_commit(&af);
}

static int write_dir(struct db *db, const struct rekap *r, const struct opts *o)
{
	struct date today;
	struct err e;
	char day[DATE_ISO_LEN], path[4096], head[65];
	long long head_id;
	struct stat sb;
	int rc = 0;

	if (stat(o->output_dir, &sb) < 0 || !S_ISDIR(sb.st_mode))
		return fail(NX_IO, _("'%s' is not a directory"), o->output_dir);
	if (date_today(&today, &e) < 0)
		return fail(NX_USAGE, "%s", e.msg);
	date_format(&today, day);
	if ((rc = audit_head(db, head, &head_id)) || (rc = write_head(o->output_dir, day, head, head_id)))
		return rc;
	for (int d = -1; d < D_COUNT && !rc; d++) {
		struct atomic_file af;
		struct csvout c;

		snprintf(path, sizeof path, "%s/rekap-%s-%s.csv", o->output_dir, day,
			 d < 0 ? "ringkasan" : dim_names[d]);
		if ((rc = atomic_open(&af, path, 0666)))
			break;
		csv_begin(&c, af.fp, o);
		csv_header(&c);
		if (d < 0)
			csv_summary(&c, r);
		else
			csv_table(&c, r, d);
		rc = atomic_commit(&af);
	}
	return rc;
}

static int parse_by(const char *s, struct opts *o)
{
	char buf[64], *comma;

	snprintf(buf, sizeof buf, "%s", s);
	comma = strchr(buf, ',');
	if (comma)
		*comma++ = '\0';
	o->nby = 0;
	if ((o->by[o->nby++] = dim_parse(buf)) < 0)
		return -1;
	if (comma) {
		if ((o->by[o->nby++] = dim_parse(comma)) < 0 || strchr(comma, ',') ||
		    o->by[1] == o->by[0])
			return -1;
	}
	return 0;
}

/* What the options name, before it is checked against the rules. */
struct raw {
	const char *pem[32], *from, *to, *jp;
	int npem;
};

/* -1 to go on, else the exit status (help printed, or a usage error). */
static int parse(int argc, char **argv, struct opts *o, struct raw *raw)
{
	enum { O_PEMILIHAN = 1000, O_FROM, O_TO, O_INSTANSI, O_JP, O_PPNPN, O_BASIS,
		O_BY, O_TOP, O_OUTPUT, O_DIR, O_RAW, O_BOM, O_CRLF, O_DELIM };
	static const struct option lo[] = {
		{ "pemilihan", required_argument, NULL, O_PEMILIHAN },
		{ "from", required_argument, NULL, O_FROM },
		{ "to", required_argument, NULL, O_TO },
		{ "instansi", required_argument, NULL, O_INSTANSI },
		{ "jenis-pegawai", required_argument, NULL, O_JP },
		{ "termasuk-ppnpn", no_argument, NULL, O_PPNPN },
		{ "basis", required_argument, NULL, O_BASIS },
		{ "by", required_argument, NULL, O_BY },
		{ "top", required_argument, NULL, O_TOP },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, O_OUTPUT },
		{ "output-dir", required_argument, NULL, O_DIR },
		{ "raw", no_argument, NULL, O_RAW },
		{ "bom", no_argument, NULL, O_BOM },
		{ "crlf", no_argument, NULL, O_CRLF },
		{ "delimiter", required_argument, NULL, O_DELIM },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char *end;
	int c, rc;

	while ((c = next_opt(argc, argv, ":h", lo, "export")) != -1) {
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'f':
			if ((rc = opt_format("export", optarg, &o->fmt)))
				return rc;
			o->fmt_given = 1;
			break;
		case O_PEMILIHAN:
			if (raw->npem == 32)
				return usage_error("export", _("at most 32 contests"));
			raw->pem[raw->npem++] = optarg;
			break;
		case O_FROM:
			raw->from = optarg;
			break;
		case O_TO:
			raw->to = optarg;
			break;
		case O_INSTANSI:
			o->sel.instansi = optarg;
			break;
		case O_JP:
			raw->jp = optarg;
			break;
		case O_PPNPN:
			o->sel.ppnpn = 1;
			break;
		case O_BASIS:
			if (strcmp(optarg, "dilaporkan") == 0)
				o->sel.basis_all = 1;
			else if (strcmp(optarg, "terbukti") != 0)
				return usage_error("export", _("--basis is terbukti or dilaporkan, not '%s'"), optarg);
			break;
		case O_BY:
			if (parse_by(optarg, o) < 0)
				return usage_error("export", _("--by takes one or two of %s, not '%s'"), dim_list(),
						   optarg);
			break;
		case O_TOP:
			o->top = (int)strtol(optarg, &end, 10);
			if (*end || o->top < 1 || o->top > 100000)
				return usage_error("export", _("--top needs a positive number, not '%s'"), optarg);
			break;
		case O_OUTPUT:
			o->output = optarg;
			break;
		case O_DIR:
			o->output_dir = optarg;
			break;
		case O_RAW:
			o->raw = 1;
			break;
		case O_BOM:
			o->bom = 1;
			break;
		case O_CRLF:
			o->crlf = 1;
			break;
		case O_DELIM:
			if ((rc = opt_delimiter("export", optarg, &o->delim)))
				return rc;
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind < argc)
		return usage_error("export", _("unexpected argument '%s'"), argv[optind]);
	if (o->output && o->output_dir)
		return usage_error("export", _("--output and --output-dir do not go together"));
	if (o->output_dir && ((o->fmt_given && o->fmt != FMT_CSV) || o->nby))
		return usage_error("export", _("--output-dir writes the CSV tables; --format and --by do not apply"));
	return -1;
}

/* The selection in the spellings and with the checks of the fields it
 * selects on.  Returns a status. */
static int selection(const struct rules *r, const struct raw *raw, struct opts *o,
		     char pem[32][65], char from[DATE_ISO_LEN], char to[DATE_ISO_LEN], char jp[16])
{
	struct err e;

	for (int i = 0; i < raw->npem; i++) {
		if (field_normalise(r, F_PEMILIHAN, raw->pem[i], pem[i], 65, &e) < 0)
			return fail(NX_USAGE, "--pemilihan: %s", e.msg);
		o->sel.pemilihan[i] = pem[i];
	}
	o->sel.npemilihan = raw->npem;
	if (raw->from) {
		if (field_normalise(r, F_TANGGAL_KEJADIAN, raw->from, from, DATE_ISO_LEN, &e) < 0)
			return fail(NX_USAGE, "--from: %s", e.msg);
		o->sel.from = from;
	}
	if (raw->to) {
		if (field_normalise(r, F_TANGGAL_KEJADIAN, raw->to, to, DATE_ISO_LEN, &e) < 0)
			return fail(NX_USAGE, "--to: %s", e.msg);
		o->sel.to = to;
	}
	if (raw->jp) {
		if (field_normalise(r, F_JENIS_PEGAWAI, raw->jp, jp, 16, &e) < 0)
			return fail(NX_USAGE, "--jenis-pegawai: %s", e.msg);
		o->sel.jenis_pegawai = jp;
		/* asking for a type that is not ASN is asking to count it */
		if (!rules_in(r, VOCAB_JENIS_PEGAWAI, jp, "asn"))
			o->sel.ppnpn = 1;
	}
	return 0;
}

int cmd_export(struct app *a, int argc, char **argv)
{
	char pem[32][65], from[DATE_ISO_LEN], to[DATE_ISO_LEN], jp[16];
	struct raw raw;
	struct opts o;
	struct rekap r;
	int rc;

	memset(&o, 0, sizeof o);
	memset(&raw, 0, sizeof raw);
	o.delim = ',';
	if ((rc = parse(argc, argv, &o, &raw)) >= 0)
		return rc;
	if (!o.fmt_given)
		o.fmt = !o.output && !o.output_dir && isatty(STDOUT_FILENO) ? FMT_TABLE : FMT_CSV;
	if ((rc = app_open(a, DB_READ)) || (rc = selection(&a->rules, &raw, &o, pem, from, to, jp)) ||
	    (rc = rekap_compute(&a->db, &a->rules, &o.sel, o.by, o.nby, &r)))
		return rc;
	rc = o.output_dir ? write_dir(&a->db, &r, &o) : write_out(o.output, &r, &o);
	rekap_free(&r);
	return rc;
}
