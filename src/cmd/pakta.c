/* netral pakta: who signed the integrity pact, so that its coverage is
 * counted per person. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "netral/cegah/impor.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cli/app.h"
#include "netral/cli/impor.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/io/output.h"
#include "netral/util/ident.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral pakta import FILE|- [--pemilihan CODE] [--skip-invalid\n"
"                           [--reject FILE]] [--dry-run] [--delimiter C] [-q]\n"
"       netral pakta list [UNIT] [--format table|csv|json] [--excel]\n"
"\n"
"The signatories of the integrity pact (pakta integritas netralitas), which\n"
"every ASN and PPNPN signs: the compliance report counts a unit's coverage\n"
"from them against its headcount.  The import's columns are nama, nip\n"
"(empty for a PPNPN), unit, tanggal and pemilihan (else --pemilihan, else\n"
"every contest whose schedule holds the day).  A person signs once a\n"
"contest: the same person again in the same unit is a duplicate, in\n"
"another unit an error.  The list holds names and NIPs: it is the register,\n"
"not a summary.\n");

struct listing {
	enum format fmt;
	struct csvout cv;
	struct json j;
	struct table t;
};

static int list_row(void *ctx, const struct pakta *p)
{
	struct listing *l = ctx;
	char nip[32];
	const char *v[PAKTA_NF] = { p->nama, nip, p->unit, p->tanggal, p->pemilihan };

	nip_spaced(p->nip, nip);
	if (l->fmt == FMT_JSON) {
		json_obj(&l->j);
		for (int f = 0; f < PAKTA_NF; f++)
			json_kstr(&l->j, pakta_cols[f], f == PAKTA_NIP ? (*p->nip ? p->nip : NULL) :
				  *v[f] ? v[f] : NULL);
		json_end(&l->j, '}');
	} else if (l->fmt == FMT_TABLE) {
		table_row(&l->t, v);
	} else {
		for (int f = 0; f < PAKTA_NF; f++)
			csvout_text(&l->cv, v[f]);
		csvout_end(&l->cv);
	}
	return 0;
}

static int pakta_list(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "excel", no_argument, NULL, 'x' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char name[UNIT_NAMA_MAX + 1];
	long long unit_id = 0;
	struct listing l;
	struct err e;
	int c, rc, excel = 0;

	memset(&l, 0, sizeof l);
	l.fmt = FMT_TABLE;
	while ((c = next_opt(argc, argv, ":h", lo, "pakta list")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c == 'x')
			excel = 1;
		else if (c != 'f' || (rc = opt_format("pakta list", optarg, &l.fmt)))
			return c == 'f' ? rc : NX_USAGE;
	}
	if (optind + 1 < argc)
		return usage_error("pakta list", _("unexpected argument '%s'"), argv[optind + 1]);
	if (excel)
		l.fmt = FMT_CSV;
	if ((rc = app_open(a, DB_READ)))
		return rc;
	if (optind < argc && (rc = cegah_unit_of(&a->db, argv[optind], &unit_id, name, &e)))
		return rc < 0 ? fail(NX_NOTFOUND, "%s", e.msg) : rc;
	csvout_init(&l.cv, stdout);
	if (excel)
		csvout_excel(&l.cv);
	if (l.fmt == FMT_CSV) {
		for (int f = 0; f < PAKTA_NF; f++)
			csvout_plain(&l.cv, pakta_cols[f]);
		csvout_end(&l.cv);
	} else if (l.fmt == FMT_JSON) {
		json_init(&l.j, stdout);
		json_arr(&l.j);
	} else {
		table_init(&l.t, PAKTA_NF);
		table_row(&l.t, pakta_cols);
	}
	rc = pakta_each(&a->db, unit_id, list_row, &l);
	if (l.fmt == FMT_JSON) {
		json_end(&l.j, ']');
		json_done(&l.j);
	} else if (l.fmt == FMT_TABLE) {
		if (l.t.nrows > 1)
			table_print(&l.t, stdout, 1);
		else
			fputs(_("no signatories recorded ('netral pakta import' records them)\n"), stdout);
		table_free(&l.t);
	}
	return rc;
}

static int pakta_import(struct app *a, int argc, char **argv)
{
	struct app_impor o = { .cmd = "pakta import" };
	struct cegah_impor im;
	struct csvtable t;
	int rc;

	o.quiet = a->quiet;
	if ((rc = app_import_opts(argc, argv, help_text, 1, &o)) >= 0)
		return rc;
	memset(&im, 0, sizeof im);
	memset(&t, 0, sizeof t);
	if ((rc = app_today(a, &im.today)))
		return rc;
	t.cols = pakta_cols;
	t.required = 1u << PAKTA_NAMA | 1u << PAKTA_UNIT | 1u << PAKTA_TANGGAL;
	t.row = cegah_pakta_row;
	t.ctx = &im;
	im.d = &a->db;
	im.r = &a->rules;
	im.op = a->operator;
	im.pemilihan = o.pemilihan;
	rc = app_import_run(a, &o, &t);
	cegah_impor_free(&im);
	return rc;
}

int cmd_pakta(struct app *a, int argc, char **argv)
{
	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
		return print_help(help_text);
	if (argc < 2 || strcmp(argv[1], "list") == 0) {
		if (argc >= 2)
			argv[1] = argv[0];
		return argc < 2 ? pakta_list(a, argc, argv) : pakta_list(a, argc - 1, argv + 1);
	}
	if (strcmp(argv[1], "import") == 0) {
		argv[1] = argv[0];
		return pakta_import(a, argc - 1, argv + 1);
	}
	return usage_error("pakta", _("unknown subcommand '%s' (import, list)"), argv[1]);
}
