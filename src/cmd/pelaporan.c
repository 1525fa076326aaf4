/* netral pelaporan: the register of reports sent up, and their cover
 * letters. */
#include <stdio.h>

#include "netral/cegah/pelaporan.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cli/record.h"
#include "netral/cli/sub.h"
#include "netral/cli/surat.h"
#include "netral/cmd/cmd.h"
#include "netral/util/msg.h"
#include "netral/view/pelaporan.h"

static const char help_text[] = N_(
"usage: netral pelaporan add --nomor NUMBER --tanggal D --jenis KIND\n"
"                            --kepada TO [--pemilihan CODE] [--perihal TEXT]\n"
"                            FILE...\n"
"       netral pelaporan list [--format table|csv|json] [--excel]\n"
"       netral pelaporan surat NUMBER [--format text|html] [--template FILE]\n"
"                              [--output FILE]\n"
"\n"
"The reports the agency sent up: what (--jenis: pencegahan, the\n"
"sosialisasi, ikrar and pact done; rekap, a period's summary; kasus, a\n"
"proven case; monev, the results for the Satgas), to whom (--kepada:\n"
"dirjen-otda, the Minister of Home Affairs c.q. the Dirjen Otda; bkd; bkn;\n"
"bawaslu; panwaslu-kecamatan; satgas), on which day, under the letter's\n"
"number in the agency's agenda (B/123/800.1.6.2/XI/2024), which is never\n"
"given twice, in any letter case, nor one a permit's letter holds.  netral\n"
"reads each FILE sent and records\n"
"its SHA-256 and name as sha256sum(1) prints them.  Both lists are the\n"
"rules' (kosakata.csv); the duties to report are kewajiban_lapor.csv and an\n"
"agency's own kewajiban_lapor_instansi.csv, which 'netral kepatuhan' sets\n"
"the reports against.  'pelaporan surat' writes the cover letter (surat\n"
"pengantar) listing the files: text, or a page to print (--format html),\n"
"from the rules' surat_pengantar.txt or --template FILE.\n");

static int pelaporan_add_cmd(struct app *a, int argc, char **argv)
{
	const char *v[LAP_NF];
	const struct date *today;
	struct pelaporan p = { 0 };
	struct err e;
	int rc;

	if ((rc = app_record_args(a, argc, argv, "pelaporan add", help_text, &pelaporan_record, v)) >= 0 ||
	    (rc = app_today(a, &today)) || (rc = app_open(a, DB_WRITE)))
		return rc;
	if (cegah_parse(&pelaporan_record, &a->rules, today, v, &p, &e) < 0)
		return app_record_refused(&pelaporan_record, &e);
	/* every file read before anything is written */
	for (int i = optind; i < argc; i++)
		if ((rc = pelaporan_attach(&p, argv[i])))
			return rc;
	if ((rc = db_begin(&a->db)))
		return rc;
	if ((rc = pelaporan_add(&a->db, a->operator, &p)) || (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		return rc;
	}
	printf("%s\n%s\n", p.nomor_surat, p.lampiran);
	return 0;
}

static int pelaporan_list(struct app *a, int argc, char **argv)
{
	return app_record_list(a, argc, argv, "pelaporan list", help_text, &pelaporan_record, 0, NULL,
			       _("no reports sent ('netral pelaporan add' records one)\n"));
}

static int pelaporan_one(struct app *a, const char *nomor, void *obj)
{
	int rc = pelaporan_get(&a->db, nomor, obj);

	if (rc == NX_NOTFOUND)
		return fail(rc, _("no report '%s' ('netral pelaporan list' lists them)"), nomor);
	return rc;
}

/* The number is the report's own, recorded with it (--nomor). */
static void pelaporan_write(FILE *fp, const struct rules *r, const struct surat_kop *kop, const void *obj,
			    const char *nomor, const char *tmpl, int html)
{
	(void)nomor;
	pelaporan_letter(fp, r, kop, obj, tmpl, html);
}

static int pelaporan_surat(struct app *a, int argc, char **argv)
{
	struct pelaporan p;
	const struct app_surat s = { "pelaporan surat", help_text, _("expected the report's letter number"),
		&rules_texts[RX_surat_pengantar], pelaporan_one, pelaporan_template_check, NULL, pelaporan_write, &p };

	return app_surat(a, argc, argv, &s);
}

int cmd_pelaporan(struct app *a, int argc, char **argv)
{
	static const struct subcommand sub[] = {
		{ "add", pelaporan_add_cmd }, { "list", pelaporan_list }, { "surat", pelaporan_surat },
	};

	return app_subcommand(a, argc, argv, "pelaporan", help_text, sub, sizeof sub / sizeof *sub,
			      pelaporan_list);
}
