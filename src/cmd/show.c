/* netral show: every field of a case, what is derived from them, and the
 * classification with its reason. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cegah/izin.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/view/kasus.h"

static const char help_text[] = N_(
"usage: netral show CASE [--format table|csv|json] [--kontak] [--excel]\n"
"\n"
"Shows every field of the case, the derived age, age band, campaign period\n"
"and stage, the classification with its reason, and the history.  The\n"
"reporter's contact (kontak_pelapor) is shown only with --kontak.\n");

int cmd_show(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		OUT_OPTIONS,
		{ "kontak", no_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct out_opts out = { .fmt = FMT_TABLE };
	struct kasus_meta meta;
	char nomor[32];
	struct kasus *k;
	long long id;
	int c, rc, kontak = 0;

	while ((c = next_opt(a, argc, argv, ":h", lo, "show")) != -1) {
		if ((rc = out_option("show", c, optarg, &out)) < 0)
			return -rc;
		if (rc)
			continue;
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'k':
			/* the reporter's contact is personal data, shown when asked */
			kontak = 1;
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind + 1 != argc)
		return usage_error("show", _("expected one case number"));
	if ((rc = arg_case("show", argv[optind], nomor)) || (rc = app_open(a, DB_READ)))
		return rc;
	k = xmalloc(sizeof *k);
	if (!(rc = kasus_load(&a->db, &a->rules, nomor, k, &id)) &&
	    !(rc = kasus_meta(&a->db, id, &meta)) &&
	    !(rc = izin_mention(&a->db, &a->rules, k->v[F_NIP], k->klas.pemilihan ?
				k->klas.pemilihan->kode : NULL, meta.izin, sizeof meta.izin)))
		rc = view_show(&a->db, &a->rules, k, id, &meta, out.fmt, kontak, out.excel);
	free(k);
	return rc;
}
