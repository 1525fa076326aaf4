/* netral reopen (buka): a case closed by mistake goes back to the status
 * it had before, with the reason; the close stays in its history. */
#include <stdio.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cli/record.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/change.h"
#include "netral/kasus/reopen.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral reopen CASE --alasan TEXT [--tanggal D]\n"
"\n"
"Reopens a case closed by mistake (selesai, tidak_terbukti, batal): it goes\n"
"back to the status it had before its last move, along a move the rules\n"
"mark as a reopening (transisi.csv, buka), which 'netral status' never\n"
"takes.  The reason is required and recorded with the move; the history\n"
"keeps the close and the reopening.  A void case is counted again, and\n"
"no longer holds its void reason nor the case it was merged into (its\n"
"history does).\n"
"\n"
"  --alasan TEXT   why the close was a mistake\n"
"  --tanggal D     the day of the reopening (default today)\n");

int cmd_reopen(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "alasan", required_argument, NULL, 'a' },
		{ "tanggal", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *vals[F_COUNT] = { 0 }, *alasan = NULL, *tanggal = NULL;
	char nomor[32], before[32], day[DATE_ISO_LEN];
	const struct date *today;
	struct change c;
	struct err e;
	int ch, rc;

	while ((ch = next_opt(a, argc, argv, ":h", lo, "reopen")) != -1) {
		if (ch == 'h')
			return print_help(help_text);
		if (ch == 'a')
			alasan = optarg;
		else if (ch == 't')
			tanggal = optarg;
		else
			return NX_USAGE;
	}
	if (optind + 1 != argc)
		return usage_error("reopen", _("expected one case number"));
	if (!alasan || !*alasan)
		return usage_error("reopen", _("--alasan is required: why the case was closed by mistake"));
	if ((rc = app_reason_given("reopen", alasan)) >= 0)
		return rc;
	if ((rc = arg_case("reopen", argv[optind], nomor)) || (rc = app_today(a, &today)) ||
	    (rc = app_move_day(a, tanggal, day)))
		return rc;
	if ((rc = app_open(a, DB_READ)))
		return rc;
	if ((rc = kasus_reopen_vals(&a->db, &a->rules, nomor, vals, before, &e)))
		return rc == NX_DATA && *e.msg ? fail(NX_DATA, "%s", e.msg) : rc;
	app_change_init(a, &c, "status");
	c.today = today;
	c.tanggal = day;
	c.catatan = alasan;
	c.status_moves = 1;
	c.reopen = 1;
	if ((rc = app_change(a, nomor, vals, &c, NULL, NULL)))
		return rc;
	printf(_("%s: %s → %s (%s), reopened\n"), nomor, c.status_old, c.status_new, day);
	return 0;
}
