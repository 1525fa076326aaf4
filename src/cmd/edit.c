/* netral edit: correct recorded data; the case is reclassified and every
 * change logged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/audit/audit.h"
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
	int ch, rc, given = 0;

	for (int f = 0; f < F_COUNT; f++) {
		snprintf(optnames[f], sizeof optnames[f], "%s", field_defs[f].name);
		for (char *p = optnames[f]; *p; p++)
			if (*p == '_')
				*p = '-';
		lo[f] = (struct option){ optnames[f], field_defs[f].flags & FF_BOOL ?
					 optional_argument : required_argument, NULL, 1000 + f };
	}
	lo[F_COUNT] = (struct option){ "catatan", required_argument, NULL, 'c' };
	lo[F_COUNT + 1] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[F_COUNT + 2] = (struct option){ NULL, 0, NULL, 0 };
	while ((ch = next_opt(argc, argv, ":h", lo, "edit")) != -1) {
		if (ch == 'h')
			return print_help(help_text);
		if (ch == 'c') {
			catatan = optarg;
			continue;
		}
		if (ch < 1000)
			return NX_USAGE;
		ch -= 1000;
		vals[ch] = optarg ? optarg : field_defs[ch].flags & FF_BOOL ? "1" : "";
		given = 1;
	}
	if (optind + 1 != argc)
		return usage_error("edit", _("expected one case number"));
	if (!given)
		return usage_error("edit", _("nothing to change: give a field, like --nip"));
	if (nomor_normalise(argv[optind], nomor) < 0)
		return usage_error("edit", _("'%s' is not a case number (like 2024-0007)"), argv[optind]);
	memset(&c, 0, sizeof c);
	c.op = audit_operator(a->operator);
	c.jenis = "ubah";
	c.catatan = catatan;
	c.report = &report;
	if (!(rc = app_change(a, nomor, vals, &c, NULL))) {
		if (!c.fields && !c.reclassified)
			printf(_("%s: nothing changed\n"), nomor);
		else
			printf(_("%s: %d fields changed\n"), nomor, c.fields);
		fputs(sb_str(&report), stdout);
		if (c.reclassified)
			printf(_("klasifikasi: %s → %s\n"), c.klas_old, c.klas_new);
	}
	sb_free(&report);
	return rc;
}
