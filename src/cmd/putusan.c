/* netral putusan: record the Satgas's decision on a case the matrix leaves
 * to it; the decided tier then counts everywhere. */
#include <stdio.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/change.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral putusan CASE --jenis TIER --nomor NO --tanggal D [--catatan TEXT]\n"
"       netral putusan CASE --hapus\n"
"\n"
"Records the decision of the Satgas on a case the matrix leaves to it\n"
"(jenis satgas): the tier decided (kode_etik, disiplin_sedang,\n"
"disiplin_berat, ptdh or tidak_melanggar), the decision's number and day.\n"
"From then on show, list, the summaries and the sanction checks use the\n"
"decided tier; show keeps the matrix result beside it as jenis_matriks.\n"
"Recording it again replaces it; --hapus removes a decision recorded on\n"
"the wrong case.  Each change is an event of the history.\n");

static const enum field decision[] = { F_PUTUSAN_JENIS, F_PUTUSAN_NOMOR, F_PUTUSAN_TANGGAL,
	F_PUTUSAN_CATATAN };

static int record(struct app *a, const char *nomor, const char *const given[4])
{
	const char *vals[F_COUNT] = { 0 };
	struct change c;
	int rc;

	for (size_t i = 0; i < sizeof decision / sizeof *decision; i++)
		vals[decision[i]] = given[i] ? given[i] : "";
	app_change_init(a, &c, "putusan");
	if ((rc = app_today(a, &c.today)) || (rc = app_change(a, nomor, vals, &c, NULL, NULL)))
		return rc;
	if (!given[0])
		printf(c.fields ? _("%s: decision of the Satgas removed\n")
				: _("%s: no decision of the Satgas was recorded\n"), nomor);
	else if (!c.fields)
		printf(_("%s: this decision is already recorded\n"), nomor);
	else
		printf(_("%s: diputus Satgas %s (%s, %s)\n"), nomor, given[0], given[1], given[2]);
	return 0;
}

int cmd_putusan(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "jenis", required_argument, NULL, 'j' },
		{ "nomor", required_argument, NULL, 'n' },
		{ "tanggal", required_argument, NULL, 't' },
		{ "catatan", required_argument, NULL, 'c' },
		{ "hapus", no_argument, NULL, 'x' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *given[4] = { 0 };
	char nomor[32];
	int ch, rc, hapus = 0;

	while ((ch = next_opt(a, argc, argv, ":h", lo, "putusan")) != -1) {
		switch (ch) {
		case 'h':
			return print_help(help_text);
		case 'j':
			given[0] = optarg;
			break;
		case 'n':
			given[1] = optarg;
			break;
		case 't':
			given[2] = optarg;
			break;
		case 'c':
			given[3] = optarg;
			break;
		case 'x':
			hapus = 1;
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind + 1 != argc)
		return usage_error("putusan", _("expected one case number"));
	if (hapus && (given[0] || given[1] || given[2] || given[3]))
		return usage_error("putusan", _("--hapus removes the decision: it takes no other option"));
	if (!hapus && (!given[0] || !given[1] || !given[2]))
		return usage_error("putusan", _("a decision needs --jenis, --nomor and --tanggal"));
	if ((rc = arg_case("putusan", argv[optind], nomor)))
		return rc;
	return record(a, nomor, given);
}
