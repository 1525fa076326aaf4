/* netral kepatuhan: the units' prevention duties against the schedule,
 * for the BKPSDM; exit 1 when a unit is past a deadline. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "netral/cegah/kegiatan.h"
#include "netral/cegah/kepatuhan.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/io/atomic.h"
#include "netral/util/msg.h"
#include "netral/view/kepatuhan.h"

static const char help_text[] = N_(
"usage: netral kepatuhan [--pemilihan CODE]... [--per D]\n"
"                        [--format table|csv|json|html|xlsx] [--excel]\n"
"                        [--output FILE]\n"
"\n"
"For each unit, the prevention duties of the contest's schedule (the rules'\n"
"jadwal.csv, SKB 2022's, and jadwal_instansi.csv, the agency's own circular,\n"
"which the report names) against what the unit reported by day D (default\n"
"today): the weeks with an ikrar against the weeks due, every missing week\n"
"named by its Monday; the stages with a map of the titik rawan against the\n"
"stages due, each missing stage named by its first day; the pact's coverage\n"
"(signatories against the unit's ASN and PPNPN, %); the internal team\n"
"formed or not; the last report.  A week or a stage is due once it has\n"
"ended; the one in progress counts only when done.  A duty done once is\n"
"late after its deadline (batas, else the end of the schedule).  Units\n"
"behind (tertinggal) come first, the furthest behind first.  Without\n"
"--pemilihan: every contest whose schedule runs on D.  --format xlsx writes\n"
"the CSV's columns as an Excel workbook (into --output FILE, or onto\n"
"standard output when it is not a terminal).  Then the agency's duties to\n"
"report up (kewajiban_lapor.csv, and kewajiban_lapor_instansi.csv, the\n"
"agency's own circular) against the reports it sent ('netral pelaporan\n"
"add'), counted as a prevention duty of the same cadence, with the last\n"
"report's day and letter number: in the table, the page and JSON (an\n"
"element with laporan and kepada in place of a unit); with CSV or a\n"
"workbook a late report is said on standard error.  Exit status 1 when any\n"
"unit is behind or any report is late, for a cron job to mail the list.\n");

/* What the report is asked for: its contests, its day, its form. */
struct ask {
	const char *given[32], *per_arg;
	int n, html;
	struct out_opts out;
};

static int parse(struct app *a, int argc, char **argv, struct ask *q)
{
	enum { O_PEMILIHAN = 1000, O_PER };
	static const struct option lo[] = {
		{ "pemilihan", required_argument, NULL, O_PEMILIHAN },
		{ "per", required_argument, NULL, O_PER },
		OUT_OPTIONS, OUT_OUTPUT,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c, rc;

	while ((c = next_opt(a, argc, argv, ":h", lo, "kepatuhan")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c == O_PEMILIHAN && q->n < 32)
			q->given[q->n++] = optarg;
		else if (c == O_PER)
			q->per_arg = optarg;
		else if (c == 'f' && strcmp(optarg, "html") == 0)
			q->html = 1, q->out.fmt = FMT_TABLE;  /* the last --format wins */
		else if (c == 'f' && format_parse(optarg, &q->out.fmt) < 0)
			return usage_error("kepatuhan", _("unknown format '%s' (table, csv, json, html, xlsx)"), optarg);
		else if ((rc = out_option("kepatuhan", c, optarg, &q->out)) <= 0)
			return rc < 0 ? -rc : c == O_PEMILIHAN ?
			       usage_error("kepatuhan", _("--pemilihan: at most 32")) : NX_USAGE;
		else if (c == 'f')
			q->html = 0;
	}
	if (optind < argc)
		return usage_error("kepatuhan", _("unexpected argument '%s'"), argv[optind]);
	/* a workbook and --excel are refused together where the file opens */
	if (q->out.excel && q->out.fmt != FMT_XLSX)
		q->out.fmt = FMT_CSV, q->html = 0;
	return -1;
}

/* The contests asked for, in their codes, NULL-terminated. */
static int contests(const struct rules *r, const struct ask *q, char codes[32][RULES_PEMILIHAN_MAX + 1],
		    const char *pemilihan[33])
{
	struct err e;

	for (int i = 0; i < q->n; i++) {
		if (cegah_pemilihan(r, q->given[i], codes[i], &e) < 0)
			return usage_error("kepatuhan", "--pemilihan: %s", e.msg);
		pemilihan[i] = codes[i];
	}
	pemilihan[q->n] = NULL;
	return 0;
}

static void render(const struct out_file *f, const struct app *a, const struct ask *q,
		   const struct kepatuhan *k)
{
	FILE *fp = f->fp;
	struct kepatuhan_view o;
	struct csvout cv;

	memset(&o, 0, sizeof o);
	o.rules = &a->rules;
	o.cv = &cv;
	o.x = f->x;
	o.indonesian = msg_indonesian();
	/* a workbook has no stream: the CSV's settings go unused */
	csvout_init(&cv, fp ? fp : stdout);
	if (q->out.excel)
		csvout_excel(&cv);
	if (q->html)
		view_kepatuhan_html(fp, k, &o);
	else if (q->out.fmt == FMT_CSV || q->out.fmt == FMT_XLSX)
		view_kepatuhan_csv(k, &o);
	else if (q->out.fmt == FMT_JSON)
		view_kepatuhan_json(fp, k, &o);
	else
		view_kepatuhan_table(fp, k, &o);
}

/* A sheet's rows are the units': a report past its deadline, which makes
 * the exit status 1, is said beside it. */
static void late_reports(const struct kepatuhan *k)
{
	for (size_t i = 0; i < k->nlapor; i++)
		if (k->lapor[i].status == KEP_TERTINGGAL)
			warning(_("%s: the report %s to %s is late (due by %s)"), k->lapor[i].w->pemilihan,
				k->lapor[i].w->laporan, k->lapor[i].w->kepada, k->lapor[i].cell.batas);
}

int cmd_kepatuhan(struct app *a, int argc, char **argv)
{
	struct ask q = { .out.fmt = FMT_TABLE, .out.xlsx = 1 };
	char codes[32][RULES_PEMILIHAN_MAX + 1];
	const char *pemilihan[33];
	const struct date *today;
	struct out_file f;
	struct kepatuhan k;
	struct date per;
	struct err e;
	int rc;

	if ((rc = parse(a, argc, argv, &q)) >= 0)
		return rc;
	if (q.per_arg && date_parse(q.per_arg, &per, &e) < 0)
		return usage_error("kepatuhan", "--per: %s", e.msg);
	if (!q.per_arg && (rc = app_today(a, &today)))
		return rc;
	if (!q.per_arg)
		per = *today;
	if ((rc = app_open(a, DB_READ)) || (rc = contests(&a->rules, &q, codes, pemilihan)) ||
	    (rc = kepatuhan_compute(&a->db, &a->rules, pemilihan, &per, &k)))
		return rc;
	q.out.db = a->db.path;
	if (!(rc = out_begin(&q.out, 0600, &f))) {
		render(&f, a, &q, &k);
		rc = out_end(&f, 0);
	}
	if (!rc && (q.out.fmt == FMT_CSV || q.out.fmt == FMT_XLSX) && !q.html)
		late_reports(&k);
	if (!rc && (k.behind || k.lapor_behind))
		rc = NX_ATTENTION;
	kepatuhan_free(&k);
	return rc;
}
