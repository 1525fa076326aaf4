/* netral kegiatan: what the units report doing to prevent violations. */
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
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral kegiatan add UNIT --jenis KIND --tanggal D [--peserta N]\n"
"                           [--pemilihan CODE] [--catatan TEXT] [--dokumen FILE|URL]\n"
"       netral kegiatan list [UNIT] [--format table|csv|json] [--excel]\n"
"       netral kegiatan import FILE|- [--pemilihan CODE] [--skip-invalid\n"
"                              [--reject FILE]] [--dry-run] [--delimiter C] [-q]\n"
"\n"
"Records what a unit did to prevent violations, as the circulars ask:\n"
"ikrar (the pledge at the morning assembly), pakta (the integrity pact\n"
"signed; 'netral pakta import' counts the signatories), tim-internal (the\n"
"internal team formed), sosialisasi, titik-rawan (the vulnerable points of\n"
"the stages identified).  Without --pemilihan an activity counts for every\n"
"contest whose schedule holds its day.  The same kind, day and contest\n"
"again for a unit is recorded once.  --dokumen names the evidence (a file\n"
"name or an address), kept elsewhere.  The import's columns are unit,\n"
"jenis, tanggal, peserta, pemilihan, catatan and dokumen.\n");

static int kegiatan_add_cmd(struct app *a, int argc, char **argv)
{
	enum { O_JENIS = 1000, O_TANGGAL, O_PESERTA, O_PEMILIHAN, O_CATATAN, O_DOKUMEN };
	static const struct option lo[] = {
		{ "jenis", required_argument, NULL, O_JENIS },
		{ "tanggal", required_argument, NULL, O_TANGGAL },
		{ "peserta", required_argument, NULL, O_PESERTA },
		{ "pemilihan", required_argument, NULL, O_PEMILIHAN },
		{ "catatan", required_argument, NULL, O_CATATAN },
		{ "dokumen", required_argument, NULL, O_DOKUMEN },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const opt[KEG_NF] = { "UNIT", "--jenis", "--tanggal", "--peserta",
		"--pemilihan", "--catatan", "--dokumen" };
	const char *v[KEG_NF] = { "", "", "", "", "", "", "" };
	const struct date *today;
	struct kegiatan k;
	struct err e;
	int c, rc, outcome;

	while ((c = next_opt(argc, argv, ":h", lo, "kegiatan add")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c < O_JENIS)
			return NX_USAGE;
		v[c - O_JENIS + 1] = optarg;
	}
	if (optind + 1 != argc)
		return usage_error("kegiatan add", _("expected the unit's name"));
	v[KEG_UNIT] = argv[optind];
	if ((rc = app_today(a, &today)) || (rc = app_open(a, DB_WRITE)))
		return rc;
	if (kegiatan_parse(&a->rules, today, v, &k, &e) < 0)
		return fail(NX_DATA, "%s: %s", opt[e.field], e.msg);
	if ((rc = cegah_unit_of(&a->db, k.unit, &k.unit_id, k.unit, &e)) < 0)
		return fail(NX_NOTFOUND, "%s", e.msg);
	if (rc || (rc = db_begin(&a->db)))
		return rc;
	if ((rc = kegiatan_add(&a->db, a->operator, &k, &outcome)) || (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		return rc;
	}
	if (outcome == CT_NEW)
		printf("%lld\n", k.id);
	else
		printf(_("already recorded: %s, %s on %s\n"), k.unit, k.jenis, k.tanggal);
	return 0;
}

struct listing {
	enum format fmt;
	struct csvout cv;
	struct json j;
	struct table t;
};

static int list_row(void *ctx, const struct kegiatan *k)
{
	struct listing *l = ctx;
	char peserta[24];
	const char *v[KEG_NF] = { k->unit, k->jenis, k->tanggal, peserta, k->pemilihan, k->catatan,
		k->dokumen };

	snprintf(peserta, sizeof peserta, "%ld", k->peserta);
	if (k->peserta < 0)
		peserta[0] = '\0';
	if (l->fmt == FMT_JSON) {
		json_obj(&l->j);
		json_kint(&l->j, "id", k->id);
		for (int f = 0; f < KEG_NF; f++)
			if (f == KEG_PESERTA && k->peserta >= 0)
				json_kint(&l->j, kegiatan_cols[f], k->peserta);
			else
				json_kstr(&l->j, kegiatan_cols[f], *v[f] ? v[f] : NULL);
		json_end(&l->j, '}');
		return 0;
	}
	if (l->fmt == FMT_TABLE) {
		table_row(&l->t, v);
		return 0;
	}
	for (int f = 0; f < KEG_NF; f++)
		csvout_text(&l->cv, v[f]);
	csvout_end(&l->cv);
	return 0;
}

static int kegiatan_list(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "excel", no_argument, NULL, 'x' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	long long unit_id = 0;
	struct listing l;
	struct err e;
	char name[UNIT_NAMA_MAX + 1];
	int c, rc, excel = 0;

	memset(&l, 0, sizeof l);
	l.fmt = FMT_TABLE;
	while ((c = next_opt(argc, argv, ":h", lo, "kegiatan list")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c == 'x')
			excel = 1;
		else if (c != 'f' || (rc = opt_format("kegiatan list", optarg, &l.fmt)))
			return c == 'f' ? rc : NX_USAGE;
	}
	if (optind + 1 < argc)
		return usage_error("kegiatan list", _("unexpected argument '%s'"), argv[optind + 1]);
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
		for (int f = 0; f < KEG_NF; f++)
			csvout_plain(&l.cv, kegiatan_cols[f]);
		csvout_end(&l.cv);
	} else if (l.fmt == FMT_JSON) {
		json_init(&l.j, stdout);
		json_arr(&l.j);
	} else {
		table_init(&l.t, KEG_NF);
		table_row(&l.t, kegiatan_cols);
	}
	rc = kegiatan_each(&a->db, unit_id, list_row, &l);
	if (l.fmt == FMT_JSON) {
		json_end(&l.j, ']');
		json_done(&l.j);
	} else if (l.fmt == FMT_TABLE) {
		if (l.t.nrows > 1)
			table_print(&l.t, stdout, 1);
		else
			fputs(_("no activities recorded\n"), stdout);
		table_free(&l.t);
	}
	return rc;
}

static int kegiatan_import(struct app *a, int argc, char **argv)
{
	struct app_impor o = { .cmd = "kegiatan import" };
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
	t.cols = kegiatan_cols;
	t.required = 1u << KEG_UNIT | 1u << KEG_JENIS | 1u << KEG_TANGGAL;
	t.row = cegah_kegiatan_row;
	t.ctx = &im;
	im.d = &a->db;
	im.r = &a->rules;
	im.op = a->operator;
	im.pemilihan = o.pemilihan;
	rc = app_import_run(a, &o, &t);
	cegah_impor_free(&im);
	return rc;
}

int cmd_kegiatan(struct app *a, int argc, char **argv)
{
	static const struct { const char *name; command_fn fn; } sub[] = {
		{ "add", kegiatan_add_cmd }, { "list", kegiatan_list }, { "import", kegiatan_import },
	};

	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
		return print_help(help_text);
	if (argc < 2)
		return kegiatan_list(a, argc, argv);
	for (size_t i = 0; i < sizeof sub / sizeof *sub; i++)
		if (strcmp(argv[1], sub[i].name) == 0) {
			argv[1] = argv[0];
			return sub[i].fn(a, argc - 1, argv + 1);
		}
	return usage_error("kegiatan", _("unknown subcommand '%s' (add, list, import)"), argv[1]);
}
