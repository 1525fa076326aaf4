/* netral edit: correct recorded data; the case is reclassified and every
 * change logged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/audit/log.h"
#include "netral/kasus/change.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral edit CASE --FIELD VALUE ... [--catatan TEXT]\n"
"\n"
"Corrects fields of a recorded case: every column of the import format is\n"
"an option, with '-' for '_' (--nip, --tanggal-kejadian, --bentuk, ...).\n"
"An empty value clears a field.  The case is checked as 'add' checks it and\n"
"reclassified; a change of classification is shown and logged.  The status\n"
"is moved with 'netral status'.\n");

int cmd_edit(struct app *a, int argc, char **argv)
{
	struct option lo[F_COUNT + 3];
	char optnames[F_COUNT][32];
	const char *vals[F_COUNT] = { 0 };
	const char *catatan = NULL;
	struct strbuf report = STRBUF_INIT;
	char nomor[32];
	struct change c;
	int ch, rc, given = 0, n;

	n = field_options(lo, optnames, 0);
	lo[n++] = (struct option){ "catatan", required_argument, NULL, 'c' };
	lo[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[n] = (struct option){ NULL, 0, NULL, 0 };
	while ((ch = next_opt(a, argc, argv, ":h", lo, "edit")) != -1) {
		if (ch == 'h')
			return print_help(help_text);
		if (ch == 'c') {
			catatan = optarg;
			continue;
		}
		if (ch < FIELD_OPT)
			return NX_USAGE;
		vals[ch - FIELD_OPT] = field_optarg(ch - FIELD_OPT, optarg);
		given = 1;
	}
	if (optind + 1 != argc)
		return usage_error("edit", _("expected one case number"));
	if (!given)
		return usage_error("edit", _("nothing to change: give a field, like --nip"));
	if ((rc = arg_case("edit", argv[optind], nomor)))
		return rc;
	app_change_init(a, &c, "ubah");
	if ((rc = app_today(a, &c.today)))
		return rc;
	c.catatan = catatan;
	c.report = &report;
	if (!(rc = app_change(a, nomor, vals, &c, NULL, NULL))) {
		if (!c.fields && !c.reclassified)
			printf(_("%s: nothing changed\n"), nomor);
		else
			printf(P_("%s: %d field changed\n", "%s: %d fields changed\n", c.fields),
			       nomor, c.fields);
		fputs(sb_str(&report), stdout);
		if (c.reclassified)
			printf(_("klasifikasi: %s → %s\n"), c.klas_old, c.klas_new);
	}
	sb_free(&report);
	return rc;
}
