/* netral pakta: who signed the integrity pact, so that its coverage is
 * counted per person. */
#include <stdio.h>
#include <string.h>

#include "netral/cegah/impor.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cli/app.h"
#include "netral/cli/import.h"
#include "netral/cli/opt.h"
#include "netral/cli/record.h"
#include "netral/cli/sub.h"
#include "netral/cmd/cmd.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral pakta import FILE|- [--pemilihan CODE] [--skip-invalid\n"
"                           [--reject FILE]] [--dry-run] [--ignore-unknown]\n"
"                           [--delimiter C] [--sheet NAME] [-q]\n"
"       netral pakta list [UNIT] [--format table|csv|json] [--excel]\n"
"\n"
"The signatories of the integrity pact (pakta integritas netralitas), which\n"
"every ASN and PPNPN signs: the compliance report counts a unit's coverage\n"
"from them against its headcount.  The import (a CSV file or a workbook's\n"
"sheet) has the columns nama, nip (empty for a PPNPN), unit, tanggal and\n"
"pemilihan (else --pemilihan, else every contest whose schedule holds the\n"
"day).  A person signs once a contest: the same person again in the same\n"
"unit is a duplicate, in another unit an error.  The list holds names and\n"
"NIPs: it is the register, not a summary.\n");

static int pakta_list(struct app *a, int argc, char **argv)
{
	return app_record_list(a, argc, argv, "pakta list", help_text, &pakta_record, 1, NULL,
			       _("no signatories recorded ('netral pakta import' records them)\n"));
}

static int pakta_import(struct app *a, int argc, char **argv)
{
	return app_import_cegah(a, argc, argv, help_text, "pakta import", CEGAH_PAKTA, IMPORT_TAKES_PEMILIHAN);
}

int cmd_pakta(struct app *a, int argc, char **argv)
{
	static const struct subcommand sub[] = {
		{ "import", pakta_import }, { "list", pakta_list },
	};

	return app_subcommand(a, argc, argv, "pakta", help_text, sub, sizeof sub / sizeof *sub,
			      pakta_list);
}
