/* netral list: the cases of a selection, as a table, in the import format
 * (CSV) or as JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/io/atomic.h"
#include "netral/kasus/store.h"
#include "netral/view/kasus.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral list [--pemilihan CODE] [--instansi I] [--jenis J] [--bentuk B]\n"
"                   [--status S] [--jenis-pegawai T] [--from D] [--to D]\n"
"                   [--format table|csv|json] [--raw] [--bom] [--crlf]\n"
"                   [--delimiter C] [--kontak] [--output FILE]\n"
"\n"
"Lists the cases of the selection in case-number order.  --from and --to\n"
"bound the incident date (inclusive); --jenis is the classification.\n"
"CSV output is in the import format, with the case number first, so that\n"
"'netral import' can load it into another database.  Text cells that a\n"
"spreadsheet would run as a formula get a leading apostrophe unless --raw.\n"
"The reporter's contact (kontak_pelapor) is left out unless --kontak.\n"
"--output FILE writes the list whole or not at all, readable by you alone.\n");

/* The filters, each checked and spelt as the field it selects on. */
enum { O_PEMILIHAN, O_INSTANSI, O_JENIS, O_BENTUK, O_STATUS, O_JP, O_FROM, O_TO, O_COUNT };

static int filters(const struct rules *r, const char *opt[O_COUNT], char norm[O_COUNT][64],
		   struct kasus_filter *f)
{
	static const int as_field[O_COUNT] = { F_PEMILIHAN, -1, -1, F_BENTUK,
		F_STATUS, F_JENIS_PEGAWAI, F_TANGGAL_KEJADIAN, F_TANGGAL_KEJADIAN };
	static const char *const names[O_COUNT] = { "--pemilihan", "--instansi",
		"--jenis", "--bentuk", "--status", "--jenis-pegawai", "--from", "--to" };
	struct err e;

	for (int o = 0; o < O_COUNT; o++) {
		if (!opt[o] || as_field[o] < 0)
			continue;
		if (field_normalise(r, as_field[o], opt[o], norm[o], sizeof norm[o], &e) < 0)
			return fail(NX_USAGE, "%s: %s", names[o], e.msg);
		opt[o] = norm[o];
	}
	if (opt[O_JENIS] && !rules_in(r, VOCAB_JENIS, opt[O_JENIS], "matriks") &&
	    strcmp(opt[O_JENIS], JENIS_UNCLASSIFIED) != 0) {
		char *valid = rules_list_kosakata(r, VOCAB_JENIS, "matriks");

		fail(NX_USAGE, _("--jenis: unknown '%s' (valid: %s, %s)"), opt[O_JENIS], valid,
		     JENIS_UNCLASSIFIED);
		free(valid);
		return NX_USAGE;
	}
	*f = (struct kasus_filter){ opt[O_PEMILIHAN], opt[O_INSTANSI], opt[O_JENIS], opt[O_BENTUK],
		opt[O_STATUS], opt[O_JP], opt[O_FROM], opt[O_TO] };
	return 0;
}

/* The list into FILE whole or not at all, private as the database is, or
 * onto standard output. */
static int emit(struct app *a, struct view_list *v, const struct kasus_filter *f,
		const char *output, int bom)
{
	struct atomic_file af;
	int rc;

	if (output && (rc = atomic_open(&af, output, 0600)))
		return rc;
	view_list_begin(v, output ? af.fp : stdout, bom);
	rc = kasus_select(&a->db, f, view_list_row, v);
	view_list_end(v);
	if (!output)
		return rc;
	if (rc) {
		atomic_abort(&af);
		return rc;
	}
	return atomic_commit(&af);
}

int cmd_list(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "pemilihan", required_argument, NULL, 1000 + O_PEMILIHAN },
		{ "instansi", required_argument, NULL, 1000 + O_INSTANSI },
		{ "jenis", required_argument, NULL, 1000 + O_JENIS },
		{ "bentuk", required_argument, NULL, 1000 + O_BENTUK },
		{ "status", required_argument, NULL, 1000 + O_STATUS },
		{ "jenis-pegawai", required_argument, NULL, 1000 + O_JP },
		{ "from", required_argument, NULL, 1000 + O_FROM },
		{ "to", required_argument, NULL, 1000 + O_TO },
		{ "format", required_argument, NULL, 'f' },
		{ "raw", no_argument, NULL, 'r' },
		{ "bom", no_argument, NULL, 'b' },
		{ "crlf", no_argument, NULL, 'c' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "kontak", no_argument, NULL, 'k' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *opt[O_COUNT] = { 0 }, *output = NULL;
	char norm[O_COUNT][64];
	struct kasus_filter f;
	struct view_list v;
	int c, rc, bom = 0;

	memset(&v, 0, sizeof v);
	csvout_init(&v.cv, stdout);
	while ((c = next_opt(argc, argv, ":h", lo, "list")) != -1) {
		rc = 0;
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'f':
			rc = opt_format("list", optarg, &v.fmt);
			break;
		case 'd':
			rc = opt_delimiter("list", optarg, &v.cv.delim);
			break;
		case 'o':
			output = optarg;
			break;
		case 'r':
			v.cv.raw = 1;
			break;
		case 'b':
			bom = 1;
			break;
		case 'c':
			v.cv.crlf = 1;
			break;
		case 'k':
			v.kontak = 1;
			break;
		default:
			if (c < 1000 || c >= 1000 + O_COUNT)
				return NX_USAGE;
			opt[c - 1000] = optarg;
		}
		if (rc)
			return rc;
	}
	if (optind < argc)
		return usage_error("list", _("unexpected argument '%s'"), argv[optind]);
	if ((rc = app_open(a, DB_READ)) || (rc = filters(&a->rules, opt, norm, &f)))
		return rc;
	return emit(a, &v, &f, output, bom);
}
