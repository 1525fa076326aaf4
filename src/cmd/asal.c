/* netral asal: the register of a roll-up's origins. */
#include <stdio.h>
#include <string.h>

#include "netral/cegah/asal.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cli/record.h"
#include "netral/cli/sub.h"
#include "netral/cmd/cmd.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral asal add NAME --kode CODE\n"
"       netral asal list [--format table|csv|json] [--excel]\n"
"\n"
"The origins of a roll-up: the agencies whose exchange files ('netral list\n"
"--pertukaran') a province or BKN imports, each with its official name and\n"
"a code (the region's code, 3325 for Kabupaten Batang, or any the province\n"
"gives).  'import --asal' and 'list --asal' take the code or the name in\n"
"any spelling that folds to it (letter case, accents, blanks, a no-break\n"
"space); an origin not registered is refused, with the nearest name.\n");

static int asal_add_cmd(struct app *a, int argc, char **argv)
{
	const char *v[ASAL_NF];
	struct asal o = { 0 };
	struct err e;
	int rc;

	if ((rc = app_record_args(a, argc, argv, "asal add", help_text, &asal_record, v)) >= 0)
		return rc;
	if (cegah_parse(&asal_record, NULL, NULL, v, &o, &e) < 0)
		return app_record_refused(&asal_record, &e);
	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	if ((rc = asal_add(&a->db, a->operator, &o)) || (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		return rc;
	}
	printf(_("registered origin '%s' (%s)\n"), o.nama, o.kode);
	return 0;
}

static int asal_list(struct app *a, int argc, char **argv)
{
	return app_record_list(a, argc, argv, "asal list", help_text, &asal_record, 0, NULL,
			       _("no origins ('netral asal add' registers them)\n"));
}

int cmd_asal(struct app *a, int argc, char **argv)
{
	static const struct subcommand sub[] = { { "add", asal_add_cmd }, { "list", asal_list } };

	return app_subcommand(a, argc, argv, "asal", help_text, sub, sizeof sub / sizeof *sub, asal_list);
}
