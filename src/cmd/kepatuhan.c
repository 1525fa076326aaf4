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
"                        [--format table|csv|json|html] [--excel] [--output FILE]\n"
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
"--pemilihan: every contest whose schedule runs on D.  Exit status 1 when\n"
"any unit is behind, for a cron job to mail the list.\n");

int cmd_kepatuhan(struct app *a, int argc, char **argv)
{
	enum { O_PEMILIHAN = 1000, O_PER };
	static const struct option lo[] = {
		{ "pemilihan", required_argument, NULL, O_PEMILIHAN },
		{ "per", required_argument, NULL, O_PER },
		{ "format", required_argument, NULL, 'f' },
		{ "excel", no_argument, NULL, 'x' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *given[32], *per_arg = NULL, *output = NULL, *fmt = "table";
	char codes[32][RULES_PEMILIHAN_MAX + 1];
	const char *pemilihan[33];
	struct kepatuhan_view o;
	struct atomic_file out;
	const struct date *today;
	struct kepatuhan k;
	struct csvout cv;
	struct date per;
	struct err e;
	int c, rc, n = 0, excel = 0;
	FILE *fp = stdout;

	while ((c = next_opt(a, argc, argv, ":h", lo, "kepatuhan")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		else if (c == O_PEMILIHAN && n < 32)
			given[n++] = optarg;
		else if (c == O_PER)
			per_arg = optarg;
		else if (c == 'x')
			excel = 1;
		else if (c == 'o')
			output = optarg;
		else if (c == 'f')
			fmt = optarg;
		else
			return c == O_PEMILIHAN ? usage_error("kepatuhan", _("--pemilihan: at most 32")) : NX_USAGE;
	}
	if (optind < argc)
		return usage_error("kepatuhan", _("unexpected argument '%s'"), argv[optind]);
	if (strcmp(fmt, "table") && strcmp(fmt, "csv") && strcmp(fmt, "json") && strcmp(fmt, "html"))
		return usage_error("kepatuhan", _("unknown format '%s' (table, csv, json, html)"), fmt);
	if (excel)
		fmt = "csv";
	if (per_arg && date_parse(per_arg, &per, &e) < 0)
		return usage_error("kepatuhan", "--per: %s", e.msg);
	if (!per_arg && (rc = app_today(a, &today)))
		return rc;
	if (!per_arg)
		per = *today;
	if ((rc = app_open(a, DB_READ)))
		return rc;
	for (int i = 0; i < n; i++) {
		if (cegah_pemilihan(&a->rules, given[i], codes[i], &e) < 0)
			return usage_error("kepatuhan", "--pemilihan: %s", e.msg);
		pemilihan[i] = codes[i];
	}
	pemilihan[n] = NULL;
	if ((rc = kepatuhan_compute(&a->db, &a->rules, pemilihan, &per, &k)))
		return rc;
	if (output && (rc = atomic_open(&out, output, 0600))) {
		kepatuhan_free(&k);
		return rc;
	}
	if (output)
		fp = out.fp;
	memset(&o, 0, sizeof o);
	o.rules = &a->rules;
	o.cv = &cv;
	o.indonesian = msg_indonesian();
	csvout_init(&cv, fp);
	if (excel)
		csvout_excel(&cv);
	if (strcmp(fmt, "csv") == 0)
		view_kepatuhan_csv(&k, &o);
	else if (strcmp(fmt, "json") == 0)
		view_kepatuhan_json(fp, &k, &o);
	else if (strcmp(fmt, "html") == 0)
		view_kepatuhan_html(fp, &k, &o);
	else
		view_kepatuhan_table(fp, &k, &o);
	if (output)
		rc = atomic_commit(&out);
	if (!rc && k.behind)
		rc = NX_ATTENTION;
	kepatuhan_free(&k);
	return rc;
}
