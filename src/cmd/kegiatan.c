/* netral kegiatan: what the units report doing to prevent violations. */
#include <stdio.h>
#include <string.h>

#include "netral/cegah/impor.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/kepatuhan.h"
#include "netral/cli/app.h"
#include "netral/cli/import.h"
#include "netral/cli/opt.h"
#include "netral/cli/record.h"
#include "netral/cli/sub.h"
#include "netral/cmd/cmd.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral kegiatan add UNIT --jenis KIND --tanggal D [--peserta N]\n"
"                           [--pemilihan CODE] [--catatan TEXT] [--dokumen FILE|URL]\n"
"       netral kegiatan list [UNIT] [--format table|csv|json] [--excel]\n"
"       netral kegiatan import FILE|- [--pemilihan CODE] [--skip-invalid\n"
"                              [--reject FILE]] [--dry-run] [--ignore-unknown]\n"
"                              [--delimiter C] [--sheet NAME] [-q]\n"
"\n"
"Records what a unit did to prevent violations, as the circulars ask:\n"
"ikrar (the pledge at the morning assembly), pakta (the integrity pact\n"
"signed; 'netral pakta import' counts the signatories), tim-internal (the\n"
"internal team formed), sosialisasi, titik-rawan (the vulnerable points of\n"
"the stages identified).  Without --pemilihan an activity counts for every\n"
"contest whose schedule holds its day.  The same kind, day and contest\n"
"again for a unit is recorded once.  --dokumen names the evidence (a file\n"
"name or an address), kept elsewhere.  The import's columns are unit,\n"
"jenis, tanggal, peserta, pemilihan, catatan and dokumen, in a CSV file\n"
"or a workbook's sheet (--sheet).\n");

static int kegiatan_add_cmd(struct app *a, int argc, char **argv)
{
	const char *v[KEG_NF];
	const struct date *today;
	struct kegiatan k = { 0 };
	struct err e;
	int rc, outcome;

	if ((rc = app_record_args(a, argc, argv, "kegiatan add", help_text, &kegiatan_record, v)) >= 0 ||
	    (rc = app_today(a, &today)) || (rc = app_open(a, DB_WRITE)))
		return rc;
	if (cegah_parse(&kegiatan_record, &a->rules, today, v, &k, &e) < 0)
		return app_record_refused(&kegiatan_record, &e);
	if ((rc = cegah_unit_of(&a->db, k.unit, &k.unit_id, k.unit, &e)) < 0)
		return fail(NX_NOTFOUND, "%s", e.msg);
	if (rc || (rc = db_begin(&a->db)))
		return rc;
	if ((rc = kegiatan_add(&a->db, a->operator, &k, NULL, &outcome)) || (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		return rc;
	}
	if (outcome == IMPORT_NEW)
		printf("%lld\n", k.id);
	else
		printf(_("already recorded: %s, %s on %s\n"), k.unit, k.jenis, k.tanggal);
	if (!a->quiet && outcome == IMPORT_NEW && !kepatuhan_counted_in(&a->rules, k.jenis, k.pemilihan, k.tanggal))
		warning(_("no contest's schedule of %s holds %s%s%s (jadwal.csv): the activity is in no compliance report"),
			k.jenis, k.tanggal, *k.pemilihan ? _(" in ") : "", k.pemilihan);
	return 0;
}

/* The activities of one unit, or of all. */
static int kegiatan_list(struct app *a, int argc, char **argv)
{
	return app_record_list(a, argc, argv, "kegiatan list", help_text, &kegiatan_record, 1, NULL,
			       _("no activities recorded\n"));
}

static int kegiatan_import(struct app *a, int argc, char **argv)
{
	return app_import_cegah(a, argc, argv, help_text, "kegiatan import", CEGAH_KEGIATAN, IMPORT_TAKES_PEMILIHAN);
}

int cmd_kegiatan(struct app *a, int argc, char **argv)
{
	static const struct subcommand sub[] = {
		{ "add", kegiatan_add_cmd }, { "list", kegiatan_list }, { "import", kegiatan_import },
	};

	return app_subcommand(a, argc, argv, "kegiatan", help_text, sub, sizeof sub / sizeof *sub,
			      kegiatan_list);
}
