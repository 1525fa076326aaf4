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
#include "netral/util/ascii.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"
#include "netral/rekap/rekap.h"
#include "netral/view/rekap.h"

static const char help_text[] = N_(
"usage: netral export [--pemilihan CODE]... [--from D] [--to D] [--instansi I]\n"
"                     [--jenis-pegawai T] [--termasuk-ppnpn] [--termasuk-batal]\n"
"                     [--basis terbukti|dilaporkan] [--by DIM[,DIM]] [--top N]\n"
"                     [--format table|csv|json|html|xlsx]\n"
"                     [--output FILE | --output-dir DIR]\n"
"                     [--raw] [--bom] [--crlf] [--delimiter C] [--excel]\n"
"\n"
"Summaries in the form KASN publishes them: the funnel reported (dilaporkan),\n"
"proven (terbukti: terbukti, disanksi, selesai) and followed up by the PPK\n"
"(ditindaklanjuti: disanksi, selesai), and tables over the proven cases by\n"
"periode, usia, jabatan, kategori (the bentuk), instansi, jenis (the\n"
"classification), kode (the row of BKN Kanreg III's tables, shown when a\n"
"case has one), sanksi (imposed), pegawai (the employee type) and\n"
"kelamin (sex, from the NIP or NIK).  ASN only (PNS and PPPK) unless\n"
"--termasuk-ppnpn; void cases (batal) only with --termasuk-batal.  No\n"
"names, NIPs or contacts are ever written.  The terminal shows the groups\n"
"by the labels of the rules (label.csv).\n"
"\n"
"  --pemilihan CODE   the contest; repeat for several\n"
"  --from, --to D     bounds of the incident date, inclusive\n"
"  --basis B          what the tables count: terbukti (default) or dilaporkan\n"
"  --by DIM[,DIM]     one table, or a cross table of two dimensions\n"
"  --top N            rows of the instansi, jabatan and kategori tables at the\n"
"                     terminal (default 10, 5, 5; ties at the cut are kept)\n"
"  --format F         table (default on a terminal), csv (default otherwise),\n"
"                     json, or html: one page with the funnel and a bar chart\n"
"                     for each table, to print or send (with --output-dir,\n"
"                     rekap-DATE.html beside the CSV files), or xlsx: the\n"
"                     page as an Excel workbook, the funnel and each table\n"
"                     a sheet with a bar chart (into --output FILE, or onto\n"
"                     standard output when it is not a terminal)\n"
"  --output FILE      write FILE whole or not at all (temporary file, rename)\n"
"  --output-dir DIR   one CSV file per table, named rekap-DATE-TABLE.csv\n"
"  --raw              do not neutralise cells a spreadsheet would run\n"
"  --excel            for Indonesian Excel: a BOM, ';', CRLF, decimal commas\n"
"  --bom, --crlf, --delimiter C   each of those alone\n"
"\n"
"CSV is long: header tabel,kelompok,jumlah,persen,label; persen has a dot and\n"
"one decimal, rounded half up; label is the Indonesian one.\n");

struct opts {
	struct selection sel;
	struct rekap_view v;
	enum format fmt;
	int fmt_given;
	int by[2], nby;
	const char *output, *output_dir;
	const char *db;           /* the database's file, which no output replaces */
	int html;
};


/* Bars in the table where someone looks at it: a terminal that can show
 * them, not a file, a pipe, NO_COLOR or TERM=dumb. */
static int charts(const char *path)
{
	const char *term = getenv("TERM"), *no = getenv("NO_COLOR");

	return !path && isatty(STDOUT_FILENO) && !(no && *no) && term && *term &&
	       strcmp(term, "dumb") != 0;
}

static int write_out(const char *path, const struct rekap *r, const struct opts *o)
{
	/* summaries hold no personal data: the usual mode, not 0600 */
	const struct out_opts out = { .fmt = o->html ? FMT_TABLE : o->fmt, .xlsx = 1,
		.excel = o->v.excel, .output = path, .db = o->db };
	struct out_file f;
	int rc;

	if ((rc = out_begin(&out, 0666, &f)))
		return rc;
	if (o->html)
		view_rekap_html(f.fp, r, &o->v);
	else if (o->fmt == FMT_XLSX)
		view_rekap_xlsx(f.x, r, &o->v);
	else if (o->fmt == FMT_CSV)
		view_rekap_csv(f.fp, r, &o->v);
	else if (o->fmt == FMT_JSON)
		view_rekap_json(f.fp, r, &o->v);
	else {
		struct rekap_view v = o->v;

		v.bars = charts(path);
		view_rekap_table(f.fp, r, &v);
	}
	return out_end(&f, 0);
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

		if (d >= 0 && !rekap_shown(r, d))
			continue;
		snprintf(path, sizeof path, "%s/rekap-%s-%s.csv", o->output_dir, day,
			 d < 0 ? "ringkasan" : dim_names[d]);
		if ((rc = atomic_open(&af, path, 0666)))
			break;
		view_rekap_csv_one(af.fp, r, &o->v, d);
		rc = atomic_commit(&af);
	}
	if (!rc && o->html) {
		snprintf(path, sizeof path, "%s/rekap-%s.html", o->output_dir, day);
		rc = write_out(path, r, o);
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
enum { O_PEMILIHAN = 1000, O_FROM, O_TO, O_INSTANSI, O_JP, O_PPNPN, O_BATAL, O_BASIS, O_BY,
	O_TOP, O_DIR };

static const struct option export_options[] = {
	{ "pemilihan", required_argument, NULL, O_PEMILIHAN },
	{ "from", required_argument, NULL, O_FROM },
	{ "to", required_argument, NULL, O_TO },
	{ "instansi", required_argument, NULL, O_INSTANSI },
	{ "jenis-pegawai", required_argument, NULL, O_JP },
	{ "termasuk-ppnpn", no_argument, NULL, O_PPNPN },
	{ "termasuk-batal", no_argument, NULL, O_BATAL },
	{ "basis", required_argument, NULL, O_BASIS },
	{ "by", required_argument, NULL, O_BY },
	{ "top", required_argument, NULL, O_TOP },
	{ "output-dir", required_argument, NULL, O_DIR },
	OUT_OPTIONS, OUT_OUTPUT, OUT_DIALECT,
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* What to count: 1 taken, 0 not one of those options, or minus a status. */
static int selection_option(int c, const char *arg, struct opts *o, struct raw *raw)
{
	long top;

	switch (c) {
	case O_PEMILIHAN:
		if (raw->npem == 32)
			return -usage_error("export", _("at most 32 contests"));
		raw->pem[raw->npem++] = arg;
		return 1;
	case O_FROM:
		raw->from = arg;
		return 1;
	case O_TO:
		raw->to = arg;
		return 1;
	case O_INSTANSI:
		o->sel.instansi = arg;
		return 1;
	case O_JP:
		raw->jp = arg;
		return 1;
	case O_PPNPN:
		o->sel.ppnpn = 1;
		return 1;
	case O_BATAL:
		o->sel.batal = 1;
		return 1;
	case O_BASIS:
		if (strcmp(arg, "dilaporkan") == 0)
			o->sel.basis_all = 1;
		else if (strcmp(arg, "terbukti") != 0)
			return -usage_error("export", _("--basis is terbukti or dilaporkan, not '%s'"), arg);
		return 1;
	case O_BY:
		if (parse_by(arg, o) < 0)
			return -usage_error("export", _("--by takes one or two of %s, not '%s'"), dim_list(), arg);
		return 1;
	case O_TOP:
		if (opt_number("export", "--top", arg, 1, 100000, &top))
			return -NX_USAGE;
		o->v.top = (int)top;
		return 1;
	case O_DIR:
		o->output_dir = arg;
		return 1;
	}
	return 0;
}

static int parse(struct app *a, int argc, char **argv, struct opts *o, struct raw *raw)
{
	struct out_opts out = { .fmt = FMT_TABLE, .xlsx = 1 };
	int c, rc;

	while ((c = next_opt(a, argc, argv, ":h", export_options, "export")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		rc = 0;
		/* the page people look at is the summaries' own format */
		if (c == 'f' && ascii_casecmp(optarg, "html") == 0)
			o->html = out.fmt_given = 1;
		else if ((rc = out_option("export", c, optarg, &out)) ||
			 (rc = selection_option(c, optarg, o, raw)))
			rc = rc < 0 ? -rc : 0;
		else
			rc = NX_USAGE;
		if (rc)
			return rc;
	}
	o->fmt = out.fmt;
	o->fmt_given = out.fmt_given;
	o->output = out.output;
	o->v.raw = out.raw;
	o->v.bom = out.bom;
	o->v.crlf = out.crlf;
	o->v.excel = out.excel;
	if (out.delim)
		o->v.delim = out.delim;
	if (optind < argc)
		return usage_error("export", _("unexpected argument '%s'"), argv[optind]);
	if (o->output && o->output_dir)
		return usage_error("export", _("--output and --output-dir do not go together"));
	if (o->output_dir && ((o->fmt_given && o->fmt != FMT_CSV && !o->html) || o->nby))
		return usage_error("export", _("--output-dir writes the CSV tables, and with --format html the page beside them; other formats and --by do not apply"));
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

/* The day and the chain's head a page is signed with. */
static int page_facts(struct app *a, struct opts *o, char day[DATE_ISO_LEN], char head[65])
{
	const struct date *today;
	long long id;
	int rc;

	if ((rc = app_today(a, &today)) || (rc = audit_head(&a->db, head, &id)))
		return rc;
	date_format(today, day);
	o->v.today = day;
	o->v.head = head;
	return 0;
}

int cmd_export(struct app *a, int argc, char **argv)
{
	char pem[32][65], from[DATE_ISO_LEN], to[DATE_ISO_LEN], jp[16], day[DATE_ISO_LEN], head[65];
	struct raw raw;
	struct opts o;
	struct rekap r;
	int rc;

	memset(&o, 0, sizeof o);
	memset(&raw, 0, sizeof raw);
	o.v.delim = ',';
	if ((rc = parse(a, argc, argv, &o, &raw)) >= 0)
		return rc;
	if (!o.fmt_given)
		o.fmt = !o.output && !o.output_dir && isatty(STDOUT_FILENO) ? FMT_TABLE : FMT_CSV;
	if ((rc = app_open(a, DB_READ)))
		return rc;
	o.db = a->db.path;
	if ((rc = selection(&a->rules, &raw, &o, pem, from, to, jp)) ||
	    (rc = rekap_compute(&a->db, &a->rules, &o.sel, o.by, o.nby, &r)))
		return rc;
	o.v.sel = &o.sel;
	o.v.rules = &a->rules;
	o.v.indonesian = msg_indonesian();
	if (o.html && (rc = page_facts(a, &o, day, head))) {
		rekap_free(&r);
		return rc;
	}
	rc = o.output_dir ? write_dir(&a->db, &r, &o) : write_out(o.output, &r, &o);
	rekap_free(&r);
	return rc;
}
