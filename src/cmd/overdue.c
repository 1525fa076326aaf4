/* netral overdue (tunggakan): proven cases whose PPK has not imposed the
 * sanction within the follow-up deadline, oldest first, by agency.  Exit 1
 * when there is any, so that cron can alert. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/overdue.h"
#include "netral/util/msg.h"
#include "netral/view/overdue.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral overdue [--batas DAYS] [--instansi I]\n"
"                      [--format table|csv|json|xlsx] [--excel] [--output FILE]\n"
"\n"
"Lists the proven cases (status terbukti) whose sanction the PPK has not\n"
"imposed within the deadline after the recommendation date, oldest first,\n"
"grouped by agency, with the days overdue and the SIASN block flag.  The\n"
"deadline is the setting batas_tindak_lanjut_hari of the rules (30 days by\n"
"default) unless --batas is given.  Today is NETRAL_TODAY when set.\n"
"--excel writes CSV for Indonesian Excel (a BOM, ';' and CRLF); --format\n"
"xlsx an Excel workbook into --output FILE or onto standard output, which\n"
"must not be a terminal.  Exit status 1 when any case is overdue.\n");

int cmd_overdue(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "batas", required_argument, NULL, 'b' },
		{ "instansi", required_argument, NULL, 'i' },
		OUT_OPTIONS, OUT_OUTPUT,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct out_opts out = { .fmt = FMT_TABLE, .xlsx = 1 };
	struct out_file of;
	const char *instansi = NULL;
	const struct date *today;
	char today_s[DATE_ISO_LEN];
	struct overdue o;
	long batas = 0;
	int c, rc;

	while ((c = next_opt(a, argc, argv, ":h", lo, "overdue")) != -1) {
		if ((rc = out_option("overdue", c, optarg, &out)) < 0)
			return -rc;
		if (rc)
			continue;
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'b':
			if ((rc = opt_number("overdue", "--batas", optarg, 1, 3650, &batas)))
				return rc;
			break;
		case 'i':
			instansi = optarg;
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind < argc)
		return usage_error("overdue", _("unexpected argument '%s'"), argv[optind]);
	if ((rc = app_today(a, &today)))
		return rc;
	date_format(today, today_s);
	if ((rc = app_open(a, DB_READ)))
		return rc;
	/* the deadline is a setting of the rules (the loader requires it) */
	if (!batas)
		batas = rules_setting(&a->rules, "batas_tindak_lanjut_hari", 0);
	if ((rc = kasus_overdue(&a->db, instansi, today, batas, &o)))
		return rc;
	out.db = a->db.path;
	if ((rc = out_begin(&out, 0600, &of))) {
		overdue_free(&o);
		return rc;
	}
	view_overdue(&o, out.fmt, of.fp, of.x, today_s, batas, out.excel);
	if ((rc = out_end(&of, 0))) {
		overdue_free(&o);
		return rc;
	}
	if (o.missing && !a->quiet)
		warning(P_("%ld proven case has no recommendation date; record it with 'netral edit CASE --rekomendasi-tanggal D'",
			   "%ld proven cases have no recommendation date; record it with 'netral edit CASE --rekomendasi-tanggal D'",
			   o.missing), o.missing);
	rc = o.n ? NX_ATTENTION : 0;
	overdue_free(&o);
	return rc;
}
