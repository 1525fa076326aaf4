/* netral history: every event of a case, oldest first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/store.h"
#include "netral/view/history.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral history CASE [--format table|csv|json] [--kontak]\n"
"\n"
"Lists every change to the case, oldest first: when it was recorded, who\n"
"made it (--operator, $NETRAL_OPERATOR or the login name), what kind\n"
"(buat, impor, ubah, status, klasifikasi, blokir), the field, the old and\n"
"the new value, the note and the day it took effect.  The values of the\n"
"reporter's contact (kontak_pelapor) are shown only with --kontak.\n");

int cmd_history(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "kontak", no_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum format fmt = FMT_TABLE;
	char nomor[32];
	long long id;
	int c, rc, kontak = 0;

	while ((c = next_opt(argc, argv, ":h", lo, "history")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c == 'k')
			kontak = 1;
		else if (c != 'f')
			return NX_USAGE;
		else if ((rc = opt_format("history", optarg, &fmt)))
			return rc;
	}
	if (optind + 1 != argc)
		return usage_error("history", _("expected one case number"));
	if ((rc = arg_case("history", argv[optind], nomor)))
		return rc;
	if ((rc = app_open(a, DB_READ)) || (rc = kasus_id_of(&a->db, nomor, &id)))
		return rc;
	if (fmt == FMT_JSON) {
		struct json j;

		json_init(&j, stdout);
		rc = view_history(&a->db, id, fmt, &j, kontak);
		json_done(&j);
		return rc;
	}
	return view_history(&a->db, id, fmt, NULL, kontak);
}
