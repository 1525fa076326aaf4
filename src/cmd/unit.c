/* netral unit: the agency's units, their heads and headcounts. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "netral/cegah/impor.h"
#include "netral/cegah/unit.h"
#include "netral/cli/app.h"
#include "netral/cli/impor.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/io/output.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral unit add NAME [--kepala NAME] [--asn N] [--ppnpn N]\n"
"       netral unit list [--format table|csv|json] [--excel]\n"
"       netral unit import FILE|- [--skip-invalid [--reject FILE]] [--dry-run]\n"
"                         [--delimiter C] [-q]\n"
"\n"
"The agency's units (perangkat daerah) with their head and the number of\n"
"ASN and PPNPN the integrity pact must cover.  A unit is one however its\n"
"name is spelt (letter case, accents, blanks): add and import of a name\n"
"recorded update the fields given and keep the others.  The import's\n"
"columns are nama, kepala, jumlah_asn and jumlah_ppnpn; it is all or\n"
"nothing unless --skip-invalid, and importing the same file again changes\n"
"nothing.  'unit list --format csv' writes the import format.\n");

static int unit_add(struct app *a, int argc, char **argv)
{
	enum { O_KEPALA = 1000, O_ASN, O_PPNPN };
	static const struct option lo[] = {
		{ "kepala", required_argument, NULL, O_KEPALA },
		{ "asn", required_argument, NULL, O_ASN },
		{ "ppnpn", required_argument, NULL, O_PPNPN },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const opt[UNIT_NF] = { "NAME", "--kepala", "--asn", "--ppnpn" };
	const char *v[UNIT_NF] = { 0 };
	struct unit u;
	struct err e;
	int c, rc, outcome;

	while ((c = next_opt(argc, argv, ":h", lo, "unit add")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c < O_KEPALA)
			return NX_USAGE;
		v[c - O_KEPALA + 1] = optarg;
	}
	if (optind + 1 != argc)
		return usage_error("unit add", _("expected the unit's name"));
	v[UNIT_NAMA] = argv[optind];
	if (unit_parse(v, &u, &e) < 0)
		return fail(NX_DATA, "%s: %s", opt[e.field], e.msg);
	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	if ((rc = unit_put(&a->db, a->operator, &u, &outcome)) || (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		return rc;
	}
	if (outcome == CT_NEW)
		printf(_("added unit '%s'\n"), u.nama);
	else if (outcome == CT_UPDATED)
		printf(_("updated unit '%s'\n"), argv[optind]);
	else
		printf(_("unit '%s' unchanged\n"), argv[optind]);
	return 0;
}

struct listing {
	enum format fmt;
	struct csvout cv;
	struct json j;
	struct table t;
};

static int list_row(void *ctx, const struct unit *u)
{
	struct listing *l = ctx;
	char asn[24], ppnpn[24];
	const char *v[UNIT_NF] = { u->nama, u->kepala, asn, ppnpn };

	snprintf(asn, sizeof asn, "%ld", u->asn);
	snprintf(ppnpn, sizeof ppnpn, "%ld", u->ppnpn);
	if (l->fmt == FMT_CSV) {
		csvout_text(&l->cv, u->nama);
		csvout_text(&l->cv, u->kepala);
		csvout_plain(&l->cv, asn);
		csvout_plain(&l->cv, ppnpn);
		csvout_end(&l->cv);
	} else if (l->fmt == FMT_JSON) {
		json_obj(&l->j);
		json_kstr(&l->j, "nama", u->nama);
		json_kstr(&l->j, "kepala", *u->kepala ? u->kepala : NULL);
		json_kint(&l->j, "jumlah_asn", u->asn);
		json_kint(&l->j, "jumlah_ppnpn", u->ppnpn);
		json_end(&l->j, '}');
	} else {
		table_row(&l->t, v);
	}
	return 0;
}

static int unit_list(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "excel", no_argument, NULL, 'x' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct listing l;
	int c, rc, excel = 0;

	memset(&l, 0, sizeof l);
	l.fmt = FMT_TABLE;
	while ((c = next_opt(argc, argv, ":h", lo, "unit list")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c == 'x')
			excel = 1;
		else if (c != 'f' || (rc = opt_format("unit list", optarg, &l.fmt)))
			return c == 'f' ? rc : NX_USAGE;
	}
	if (optind < argc)
		return usage_error("unit list", _("unexpected argument '%s'"), argv[optind]);
	if (excel)
		l.fmt = FMT_CSV;
	if ((rc = app_open(a, DB_READ)))
		return rc;
	csvout_init(&l.cv, stdout);
	if (excel)
		csvout_excel(&l.cv);
	if (l.fmt == FMT_CSV) {
		for (int f = 0; f < UNIT_NF; f++)
			csvout_plain(&l.cv, unit_cols[f]);
		csvout_end(&l.cv);
	} else if (l.fmt == FMT_JSON) {
		json_init(&l.j, stdout);
		json_arr(&l.j);
	} else {
		table_init(&l.t, UNIT_NF);
		table_row(&l.t, unit_cols);
	}
	rc = unit_each(&a->db, list_row, &l);
	if (l.fmt == FMT_JSON) {
		json_end(&l.j, ']');
		json_done(&l.j);
	} else if (l.fmt == FMT_TABLE) {
		if (l.t.nrows > 1)
			table_print(&l.t, stdout, 1);
		else
			fputs(_("no units ('netral unit add' or 'netral unit import' records them)\n"), stdout);
		table_free(&l.t);
	}
	return rc;
}

static int unit_import(struct app *a, int argc, char **argv)
{
	struct app_impor o = { .cmd = "unit import", .updates = 1 };
	struct cegah_impor im;
	struct csvtable t;
	int rc;

	o.quiet = a->quiet;
	if ((rc = app_import_opts(argc, argv, help_text, 0, &o)) >= 0)
		return rc;
	memset(&im, 0, sizeof im);
	memset(&t, 0, sizeof t);
	t.cols = unit_cols;
	t.required = 1u << UNIT_NAMA;
	t.row = cegah_unit_row;
	t.ctx = &im;
	im.d = &a->db;
	im.op = a->operator;
	rc = app_import_run(a, &o, &t);
	cegah_impor_free(&im);
	return rc;
}

int cmd_unit(struct app *a, int argc, char **argv)
{
	static const struct { const char *name; command_fn fn; } sub[] = {
		{ "add", unit_add }, { "list", unit_list }, { "import", unit_import },
	};

	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
		return print_help(help_text);
	if (argc < 2)
		return unit_list(a, argc, argv);
	for (size_t i = 0; i < sizeof sub / sizeof *sub; i++)
		if (strcmp(argv[1], sub[i].name) == 0) {
			argv[1] = argv[0];
			return sub[i].fn(a, argc - 1, argv + 1);
		}
	return usage_error("unit", _("unknown subcommand '%s' (add, list, import)"), argv[1]);
}
