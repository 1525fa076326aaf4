/* netral classify: the classification of a recorded case, or of an act
 * described on the command line (nothing is recorded). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/derive.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/view/klasifikasi.h"

static const char help_text[] = N_(
"usage: netral classify CASE [--format table|csv|json] [--excel]\n"
"       netral classify --bentuk B --tanggal D [--pemilihan CODE]\n"
"                       [--jenis-pegawai T] [--cltn] [--pasangan-calon]\n"
"                       [--sasaran calon|partai]\n"
"                       [--format table|csv|json] [--excel]\n"
"\n"
"The first form shows how a recorded case is classified.  The second\n"
"classifies an act on a date without recording anything: the contest is\n"
"inferred from the date when --pemilihan is omitted.  --sasaran partai: the\n"
"act favoured a party, whose stage runs from its designation as a\n"
"participant (penetapan_partai).\n");

static int output(const struct out_opts *out, const struct rules *r,
		  const struct klasifikasi *k, const char *jp)
{
	const enum format fmt = out->fmt;

	if (fmt == FMT_JSON) {
		struct json j;

		json_init(&j, stdout);
		json_obj(&j);
		view_klasifikasi_json(&j, r, k, jp);
		json_end(&j, '}');
		json_done(&j);
	} else if (fmt == FMT_CSV) {
		struct csvout c;

		csvout_init(&c, stdout);
		if (out->excel)
			csvout_excel(&c);
		view_klasifikasi_csv_header(&c);
		csvout_end(&c);
		view_klasifikasi_csv(&c, r, k, jp);
		csvout_end(&c);
	} else {
		struct table t;

		table_init(&t, 2);
		view_klasifikasi_rows(&t, r, k, jp);
		table_print(&t, stdout, 0);
		table_free(&t);
	}
	return 0;
}

/* A recorded case, as it is classified now. */
static int recorded(struct app *a, int argc, char **argv, const struct out_opts *fmt, struct kasus *k)
{
	char nomor[32];
	long long id;
	int rc;

	if (optind + 1 != argc)
		return usage_error("classify", _("expected a case number, or --bentuk and --tanggal"));
	if ((rc = arg_case("classify", argv[optind], nomor)) || (rc = app_open(a, DB_READ)) ||
	    (rc = kasus_load(&a->db, &a->rules, nomor, k, &id)))
		return rc;
	return output(fmt, &a->rules, &k->klas, k->v[F_JENIS_PEGAWAI]);
}

/* An act described by the options, recorded nowhere. */
static int what_if_act(struct app *a, const char **v, const struct out_opts *fmt, struct kasus *k)
{
	struct klasifikasi_in in;
	struct err e;
	int rc;

	if ((rc = app_open_rules(a)))
		return rc;
	kasus_init(k);
	for (int f = 0; f < F_COUNT; f++)
		if (v[f] && kasus_set(k, f, v[f], &a->rules, &e) < 0)
			return fail(NX_DATA, "%s: %s", f == F_TANGGAL_KEJADIAN ? "tanggal" :
				    field_def(f)->name, e.msg);
	if (kasus_check_cltn(k, &a->rules, &e) < 0)
		return fail(NX_DATA, "cltn: %s", e.msg);
	kasus_act(k, &in);
	if (classify(&a->rules, &in, &k->klas, &e) < 0)
		return fail(NX_DATA, "%s", e.msg);
	return output(fmt, &a->rules, &k->klas, in.jenis_pegawai);
}

int cmd_classify(struct app *a, int argc, char **argv)
{
	enum { O_BENTUK = 1000, O_TANGGAL, O_PEMILIHAN, O_JP, O_CLTN, O_PASANGAN, O_SASARAN };
	static const struct option lo[] = {
		{ "bentuk", required_argument, NULL, O_BENTUK },
		{ "tanggal", required_argument, NULL, O_TANGGAL },
		{ "tanggal-kejadian", required_argument, NULL, O_TANGGAL },
		{ "pemilihan", required_argument, NULL, O_PEMILIHAN },
		{ "jenis-pegawai", required_argument, NULL, O_JP },
		{ "cltn", optional_argument, NULL, O_CLTN },
		{ "pasangan-calon", optional_argument, NULL, O_PASANGAN },
		{ "sasaran", required_argument, NULL, O_SASARAN },
		{ "format", required_argument, NULL, 'f' },
		{ "excel", no_argument, NULL, 'x' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *v[F_COUNT] = { 0 };
	struct out_opts out = { .fmt = FMT_TABLE };
	struct kasus *k;
	int c, rc, what_if = 0;

	while ((c = next_opt(a, argc, argv, ":h", lo, "classify")) != -1) {
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'f':
		case 'x':
			if ((rc = out_option("classify", c, optarg, &out)) < 0)
				return -rc;
			break;
		case O_BENTUK:
			v[F_BENTUK] = optarg;
			break;
		case O_TANGGAL:
			v[F_TANGGAL_KEJADIAN] = optarg;
			break;
		case O_PEMILIHAN:
			v[F_PEMILIHAN] = optarg;
			break;
		case O_JP:
			v[F_JENIS_PEGAWAI] = optarg;
			break;
		case O_CLTN:
			v[F_CLTN] = optarg ? optarg : "1";
			break;
		case O_PASANGAN:
			v[F_PASANGAN_CALON] = optarg ? optarg : "1";
			break;
		case O_SASARAN:
			v[F_SASARAN] = optarg;
			break;
		default:
			return NX_USAGE;
		}
		if (c >= 1000)
			what_if = 1;
	}
	k = xmalloc(sizeof *k);
	if (!what_if)
		rc = recorded(a, argc, argv, &out, k);
	else if (optind < argc)
		rc = usage_error("classify", _("a case number and --bentuk do not go together"));
	else if (!v[F_BENTUK] || !v[F_TANGGAL_KEJADIAN])
		rc = usage_error("classify", _("--bentuk and --tanggal are both needed"));
	else
		rc = what_if_act(a, v, &out, k);
	free(k);
	return rc;
}
