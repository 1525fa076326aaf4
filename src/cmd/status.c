/* netral status: move a case along the workflow, recording the
 * recommendation (terbukti) or the imposed sanction (disanksi). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/audit/audit.h"
#include "netral/kasus/change.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral status CASE NEW [--tanggal D] [--catatan TEXT]\n"
"           [--rekomendasi-dari KASN|BKN|Bawaslu|internal] [--rekomendasi-sanksi CODE]\n"
"           [--rekomendasi-nomor NO] [--rekomendasi-tanggal D]\n"
"           [--sanksi CODE] [--sk-nomor NO] [--sk-tanggal D]\n"
"\n"
"Moves a case to a new status along the transitions of the rules:\n"
"dilaporkan -> verifikasi -> tidak_terbukti | terbukti -> disanksi -> selesai,\n"
"dilaporkan -> tidak_terbukti, and tidak_terbukti -> verifikasi to reopen.\n"
"\n"
"  --tanggal D             the day of the move (default today)\n"
"  --catatan TEXT          a note for the history\n"
"Moving to terbukti records the recommendation: --rekomendasi-dari and\n"
"--rekomendasi-sanksi are needed; --rekomendasi-tanggal defaults to --tanggal.\n"
"Moving to disanksi records the sanction the PPK imposed: --sanksi is needed\n"
"(a code of the catalogue for the employee type); --sk-tanggal defaults to\n"
"--tanggal.  A sanction other than the recommended one, or outside the\n"
"matrix tier, is recorded with a warning.\n");

static int already(const struct change *c, const char *nomor)
{
	if (strcmp(c->status_old, c->status_new) == 0 && !c->fields)
		return fail(NX_DATA, _("case %s is already %s"), nomor, c->status_new);
	return 0;
}

int cmd_status(struct app *a, int argc, char **argv)
{
	enum { O_TANGGAL = 2000, O_CATATAN };
	static const enum field wf[] = { F_REKOMENDASI_NOMOR, F_REKOMENDASI_TANGGAL,
		F_REKOMENDASI_DARI, F_REKOMENDASI_SANKSI, F_SANKSI, F_SK_NOMOR, F_SK_TANGGAL };
	struct option lo[16];
	char names[8][32];
	const char *vals[F_COUNT] = { 0 };
	const char *tanggal = NULL, *catatan = NULL;
	char nomor[32], day[DATE_ISO_LEN];
	struct strbuf report = STRBUF_INIT;
	struct change c;
	struct date d, today;
	struct err e;
	int n = 0, ch, rc;

	for (size_t i = 0; i < sizeof wf / sizeof *wf; i++) {
		snprintf(names[i], sizeof names[i], "%s", field_defs[wf[i]].name);
		for (char *p = names[i]; *p; p++)
			if (*p == '_')
				*p = '-';
		lo[n++] = (struct option){ names[i], required_argument, NULL, 1000 + wf[i] };
	}
	lo[n++] = (struct option){ "tanggal", required_argument, NULL, O_TANGGAL };
	lo[n++] = (struct option){ "catatan", required_argument, NULL, O_CATATAN };
	lo[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[n] = (struct option){ NULL, 0, NULL, 0 };
	while ((ch = next_opt(argc, argv, ":h", lo, "status")) != -1) {
		if (ch == 'h')
			return print_help(help_text);
		if (ch == O_TANGGAL)
			tanggal = optarg;
		else if (ch == O_CATATAN)
			catatan = optarg;
		else if (ch >= 1000 && ch < 1000 + F_COUNT)
			vals[ch - 1000] = optarg;
		else
			return NX_USAGE;
	}
	if (optind + 2 != argc)
		return usage_error("status", _("expected a case number and the new status"));
	if (nomor_normalise(argv[optind], nomor) < 0)
		return usage_error("status", _("'%s' is not a case number (like 2024-0007)"), argv[optind]);
	vals[F_STATUS] = argv[optind + 1];

	if (date_today(&today, &e) < 0)
		return fail(NX_USAGE, "%s", e.msg);
	if (tanggal) {
		if (date_parse(tanggal, &d, &e) < 0)
			return fail(NX_DATA, "--tanggal: %s", e.msg);
		if (date_cmp(&d, &today) > 0)
			return fail(NX_DATA, _("--tanggal: %s is after today"), tanggal);
	} else {
		d = today;
	}
	date_format(&d, day);

	/* what each target status records */
	{
		int to_terbukti = strcmp(vals[F_STATUS], "terbukti") == 0;
		int to_disanksi = strcmp(vals[F_STATUS], "disanksi") == 0;

		if (!to_terbukti && (vals[F_REKOMENDASI_NOMOR] || vals[F_REKOMENDASI_TANGGAL] ||
				     vals[F_REKOMENDASI_DARI] || vals[F_REKOMENDASI_SANKSI]))
			return usage_error("status", _("the recommendation is recorded when moving to terbukti"));
		if (!to_disanksi && (vals[F_SANKSI] || vals[F_SK_NOMOR] || vals[F_SK_TANGGAL]))
			return usage_error("status", _("the imposed sanction is recorded when moving to disanksi"));
		if (to_terbukti && (!vals[F_REKOMENDASI_DARI] || !vals[F_REKOMENDASI_SANKSI]))
			return usage_error("status", _("moving to terbukti needs --rekomendasi-dari and --rekomendasi-sanksi"));
		if (to_disanksi && !vals[F_SANKSI])
			return usage_error("status", _("moving to disanksi needs --sanksi"));
		if (to_terbukti && !vals[F_REKOMENDASI_TANGGAL])
			vals[F_REKOMENDASI_TANGGAL] = day;
		if (to_disanksi && !vals[F_SK_TANGGAL])
			vals[F_SK_TANGGAL] = day;
	}

	memset(&c, 0, sizeof c);
	c.op = audit_operator(a->operator);
	c.jenis = "status";
	c.catatan = catatan;
	c.tanggal = day;
	c.status_moves = 1;
	c.report = &report;
	if (!(rc = app_change(a, nomor, vals, &c, already))) {
		printf(_("%s: %s → %s (%s)\n"), nomor, c.status_old, vals[F_STATUS], day);
		fputs(sb_str(&report), stdout);
	}
	sb_free(&report);
	return rc;
}
