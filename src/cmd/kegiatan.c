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
"       netral kegiatan correct UNIT --jenis KIND --tanggal D [--pemilihan CODE]\n"
"                           [--peserta N] [--catatan TEXT] [--dokumen FILE|URL]\n"
"                           --alasan TEXT\n"
"       netral kegiatan void UNIT --jenis KIND --tanggal D [--pemilihan CODE]\n"
"                           --alasan TEXT\n"
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
"again for a unit is recorded once: 'add' of it again, or an imported\n"
"row naming it, changes nothing, and with other values is refused (exit\n"
"status 3), pointing to 'correct'.\n"
"--dokumen names the evidence (a file name or an address), kept elsewhere.\n"
"'correct' changes the participants, the note or the evidence of the\n"
"activity of that unit, kind, day and contest; 'void' takes an activity\n"
"recorded by mistake out of every list and report (it may then be\n"
"recorded again); both need the reason (--alasan), which the history keeps\n"
"with the change.  An inactive unit takes no new activity.  The\n"
"import's columns are unit, jenis, tanggal, peserta, pemilihan, catatan\n"
"and dokumen, in a CSV file or a workbook's sheet (--sheet).\n");

/* The activity the command line names, its unit found: -1 to go on, else
 * the exit status. */
static int named(struct app *a, const char *const *v, const struct date *today, int for_new,
		 struct kegiatan *k)
{
	struct err e;
	int rc;

	if (cegah_parse(&kegiatan_record, &a->rules, today, v, k, &e) < 0)
		return app_record_refused(&kegiatan_record, &e);
	if ((rc = cegah_unit_of(&a->db, k->unit, for_new, &k->unit_id, k->unit, &e)) < 0)
		return fail(rc == CEGAH_UNIT_INACTIVE ? NX_DATA : NX_NOTFOUND, "%s", e.msg);
	return rc ? rc : -1;
}

/* The same activity again: nothing changed, or other values refused with
 * the command that corrects them.  Returns an exit status. */
static int again(struct app *a, const struct kegiatan *k)
{
	struct strbuf said = STRBUF_INIT;
	int rc;

	if ((rc = kegiatan_differs(&a->db, k, &said)))
		;
	else if (said.len)
		rc = fail(NX_DATA, _("already recorded: %s, %s on %s; not changed (%s): 'netral kegiatan correct' with the same unit, --jenis, --tanggal and --alasan corrects it"),
			  k->unit, k->jenis, k->tanggal, said.buf);
	else
		printf(_("already recorded: %s, %s on %s\n"), k->unit, k->jenis, k->tanggal);
	sb_free(&said);
	return rc;
}

static int kegiatan_add_cmd(struct app *a, int argc, char **argv)
{
	const char *v[KEG_NF];
	const struct date *today;
	struct kegiatan k = { 0 };
	int rc, outcome;

	if ((rc = app_record_args(a, argc, argv, "kegiatan add", help_text, &kegiatan_record, v)) >= 0 ||
	    (rc = app_today(a, &today)) || (rc = app_open(a, DB_WRITE)) ||
	    (rc = named(a, v, today, 1, &k)) >= 0 || (rc = db_begin(&a->db)))
		return rc;
	if ((rc = kegiatan_add(&a->db, a->operator, &k, NULL, &outcome)) || (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		return rc;
	}
	if (outcome != IMPORT_NEW)
		return again(a, &k);
	printf("%lld\n", k.id);
	if (!a->quiet && !kepatuhan_counted_in(&a->rules, k.jenis, k.pemilihan, k.tanggal))
		warning(_("no contest's schedule of %s holds %s%s%s (jadwal.csv): the activity is in no compliance report"),
			k.jenis, k.tanggal, *k.pemilihan ? _(" in ") : "", k.pemilihan);
	return 0;
}

/* correct and void: the activity named, changed with the reason. */
static int kegiatan_fix(struct app *a, int argc, char **argv, const char *cmd, int void_it)
{
	struct strbuf said = STRBUF_INIT;
	const char *v[KEG_NF], *alasan;
	const struct date *today;
	struct kegiatan k = { 0 };
	int rc;

	if ((rc = app_record_correction_args(a, argc, argv, cmd, help_text, &kegiatan_record, v, &alasan)) >= 0 ||
	    (rc = app_today(a, &today)) || (rc = app_open(a, DB_WRITE)) ||
	    (rc = named(a, v, today, 0, &k)) >= 0 || (rc = db_begin(&a->db)))
		return rc;
	rc = void_it ? kegiatan_void(&a->db, a->operator, &k, alasan) :
	     kegiatan_correct(&a->db, a->operator, &k, alasan, &said);
	if (rc || (rc = db_commit(&a->db)))
		db_rollback(&a->db);
	if (rc == NX_NOTFOUND)
		rc = fail(NX_NOTFOUND, _("no activity %s of %s on %s%s%s ('netral kegiatan list' lists them)"),
			  k.jenis, k.unit, k.tanggal, *k.pemilihan ? _(" in ") : "", k.pemilihan);
	else if (!rc && void_it)
		printf(_("voided: %s, %s on %s\n"), k.unit, k.jenis, k.tanggal);
	else if (!rc && said.len)
		printf(_("corrected: %s, %s on %s: %s\n"), k.unit, k.jenis, k.tanggal, said.buf);
	else if (!rc)
		printf(_("%s, %s on %s unchanged\n"), k.unit, k.jenis, k.tanggal);
	sb_free(&said);
	return rc;
}

static int kegiatan_correct_cmd(struct app *a, int argc, char **argv)
{
	return kegiatan_fix(a, argc, argv, "kegiatan correct", 0);
}

static int kegiatan_void_cmd(struct app *a, int argc, char **argv)
{
	return kegiatan_fix(a, argc, argv, "kegiatan void", 1);
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
		{ "add", kegiatan_add_cmd }, { "correct", kegiatan_correct_cmd },
		{ "void", kegiatan_void_cmd }, { "list", kegiatan_list }, { "import", kegiatan_import },
	};

	return app_subcommand(a, argc, argv, "kegiatan", help_text, sub, sizeof sub / sizeof *sub,
			      kegiatan_list);
}
