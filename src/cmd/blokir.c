/* netral blokir: flag a case whose employee's data BKN blocked in SIASN
 * (the PPK did not follow up), or lift the flag. */
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
"usage: netral blokir CASE... [--lepas] [--tanggal D] [--catatan TEXT]\n"
"\n"
"Flags the case: BKN blocked the employee's personnel data in SIASN because\n"
"the PPK did not follow up the recommendation.  --lepas lifts the flag.\n"
"The flag shows in list, show and overdue.  Several cases are flagged\n"
"together or not at all; '-' reads case numbers from standard input.\n");

static void flagged(void *ctx, const struct change *c, const char *nomor, struct strbuf *out)
{
	const int lifting = *(const int *)ctx;

	if (!c->fields)
		sb_printf(out, lifting ? _("%s: was not flagged\n") :
			  _("%s: already flagged as blocked in SIASN\n"), nomor);
	else
		sb_printf(out, lifting ? _("%s: SIASN block lifted\n") : _("%s: flagged as blocked in SIASN\n"),
			  nomor);
}

int cmd_blokir(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "lepas", no_argument, NULL, 'l' },
		{ "tanggal", required_argument, NULL, 't' },
		{ "catatan", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *vals[F_COUNT] = { 0 };
	const char *catatan = NULL, *tanggal = NULL;
	char (*nomor)[32], day[DATE_ISO_LEN];
	size_t n;
	struct change c;
	struct date d;
	struct err e;
	int ch, rc, lift = 0;

	while ((ch = next_opt(a, argc, argv, ":h", lo, "blokir")) != -1) {
		switch (ch) {
		case 'h':
			return print_help(help_text);
		case 'l':
			lift = 1;
			break;
		case 't':
			tanggal = optarg;
			break;
		case 'c':
			catatan = optarg;
			break;
		default:
			return NX_USAGE;
		}
	}
	if (tanggal) {
		if (date_parse(tanggal, &d, &e) < 0)
			return fail(NX_DATA, "--tanggal: %s", e.msg);
		date_format(&d, day);
	}
	if ((rc = arg_cases("blokir", argv + optind, argc - optind, &nomor, &n)))
		return rc;
	if (!n) {
		free(nomor);
		app_warnings(a, _("no case numbers on standard input: nothing changed\n"));
		return 0;
	}
	vals[F_BLOKIR_SIASN] = lift ? "0" : "1";
	app_change_init(a, &c, "blokir");
	c.catatan = catatan;
	c.tanggal = tanggal ? day : NULL;
	rc = app_change_all(a, nomor, n, vals, &c, NULL, flagged, &lift);
	free(nomor);
	return rc;
}
