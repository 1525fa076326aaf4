/* netral unit: the agency's units, their heads and headcounts. */
#include <stdio.h>
#include <string.h>

#include "netral/cegah/impor.h"
#include "netral/cegah/unit.h"
#include "netral/cli/app.h"
#include "netral/cli/import.h"
#include "netral/cli/opt.h"
#include "netral/cli/record.h"
#include "netral/cli/sub.h"
#include "netral/cmd/cmd.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral unit add NAME [--kepala NAME] [--asn N] [--ppnpn N]\n"
"       netral unit rename NAME NEW-NAME --alasan TEXT\n"
"       netral unit deactivate NAME --alasan TEXT\n"
"       netral unit activate NAME --alasan TEXT\n"
"       netral unit list [--format table|csv|json] [--excel]\n"
"       netral unit import FILE|- [--skip-invalid [--reject FILE]] [--dry-run]\n"
"                         [--force] [--ignore-unknown] [--delimiter C]\n"
"                         [--sheet NAME] [-q]\n"
"\n"
"The agency's units (perangkat daerah) with their head and the number of\n"
"ASN and PPNPN the integrity pact must cover.  A unit is one however its\n"
"name is spelt (letter case, accents, blanks): add and import of a name\n"
"recorded update the fields given, keep the others and say each change;\n"
"a field corrected since by 'unit add' is kept, and said, unless --force.\n"
"The import's columns are nama, kepala, jumlah_asn and jumlah_ppnpn, in a\n"
"CSV file or a workbook's sheet (--sheet); it is all or nothing unless\n"
"--skip-invalid, and importing the same file again changes nothing.\n"
"'unit list --format csv' writes the import format.\n"
"A unit with records never goes: 'rename' corrects its name (its records\n"
"follow it); 'deactivate' takes it out of the compliance report (its\n"
"duties and completion) while its records stay its own and it takes no\n"
"new one; 'activate' brings it back.  Each needs the reason (--alasan),\n"
"which the history keeps with the change.\n");

static int unit_add(struct app *a, int argc, char **argv)
{
	const char *v[UNIT_NF];
	struct strbuf changes = STRBUF_INIT;
	struct unit u = { 0 };
	struct err e;
	int rc, outcome;

	if ((rc = app_record_args(a, argc, argv, "unit add", help_text, &unit_record, v)) >= 0)
		return rc;
	if (cegah_parse(&unit_record, NULL, NULL, v, &u, &e) < 0)
		return app_record_refused(&unit_record, &e);
	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	if ((rc = unit_put(&a->db, a->operator, &u, NULL, NULL, &outcome, &changes)) ||
	    (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		sb_free(&changes);
		return rc;
	}
	if (outcome == IMPORT_NEW)
		printf(_("added unit '%s'\n"), u.nama);
	else if (outcome == IMPORT_UPDATED)
		printf(_("updated unit '%s': %s\n"), v[UNIT_NAMA], sb_str(&changes));
	else
		printf(_("unit '%s' unchanged\n"), v[UNIT_NAMA]);
	sb_free(&changes);
	return 0;
}

static int unit_rename_cmd(struct app *a, int argc, char **argv)
{
	char was[CEGAH_NAME_MAX + 1];
	const char *alasan;
	struct unit u;
	struct err e = { .field = -1 };
	int rc;

	if ((rc = app_reason_args(a, argc, argv, "unit rename", help_text, 2, &alasan)) >= 0 ||
	    (rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	e.msg[0] = '\0';
	rc = unit_rename(&a->db, a->operator, argv[optind], argv[optind + 1], alasan, &u, was, &e);
	if (rc || (rc = db_commit(&a->db)))
		db_rollback(&a->db);
	if (rc < 0)
		return fail(NX_DATA, "%s: %s", argv[optind + 1], e.msg);
	if (rc == NX_NOTFOUND)
		return fail(NX_NOTFOUND, _("no unit '%s' ('netral unit list' lists them)"), argv[optind]);
	if (!rc)
		printf(_("renamed unit '%s' to '%s'\n"), was, u.nama);
	return rc;
}

/* deactivate and activate */
static int unit_active(struct app *a, int argc, char **argv, const char *cmd, int active)
{
	const struct date *today;
	char day[DATE_ISO_LEN];
	const char *alasan;
	struct unit u;
	int rc, changed;

	if ((rc = app_reason_args(a, argc, argv, cmd, help_text, 1, &alasan)) >= 0 ||
	    (rc = app_today(a, &today)) || (rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	date_format(today, day);
	rc = unit_set_active(&a->db, a->operator, argv[optind], day, active, alasan, &u, &changed);
	if (rc || (rc = db_commit(&a->db)))
		db_rollback(&a->db);
	if (rc == NX_NOTFOUND)
		return fail(NX_NOTFOUND, _("no unit '%s' ('netral unit list' lists them)"), argv[optind]);
	if (rc)
		return rc;
	if (!changed)
		printf(active ? _("unit '%s' is active already\n") : _("unit '%s' is inactive already\n"), u.nama);
	else
		printf(active ? _("activated unit '%s'\n") : _("deactivated unit '%s': out of the compliance report, its records kept\n"),
		       u.nama);
	return 0;
}

static int unit_deactivate_cmd(struct app *a, int argc, char **argv)
{
	return unit_active(a, argc, argv, "unit deactivate", 0);
}

static int unit_activate_cmd(struct app *a, int argc, char **argv)
{
	return unit_active(a, argc, argv, "unit activate", 1);
}

static int unit_list(struct app *a, int argc, char **argv)
{
	return app_record_list(a, argc, argv, "unit list", help_text, &unit_record, 0, NULL,
			       _("no units ('netral unit add' or 'netral unit import' records them)\n"));
}

static int unit_import(struct app *a, int argc, char **argv)
{
	return app_import_cegah(a, argc, argv, help_text, "unit import", CEGAH_UNIT, IMPORT_TAKES_FORCE);
}

int cmd_unit(struct app *a, int argc, char **argv)
{
	static const struct subcommand sub[] = {
		{ "add", unit_add }, { "rename", unit_rename_cmd }, { "deactivate", unit_deactivate_cmd },
		{ "activate", unit_activate_cmd }, { "list", unit_list }, { "import", unit_import },
	};

	return app_subcommand(a, argc, argv, "unit", help_text, sub, sizeof sub / sizeof *sub, unit_list);
}
