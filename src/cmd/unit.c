/* netral unit: the agency's units, their heads and headcounts. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "netral/cegah/impor.h"
#include "netral/cegah/unit.h"
#include "netral/cli/app.h"
#include "netral/cli/import.h"
#include "netral/cli/opt.h"
#include "netral/cli/sub.h"
#include "netral/cmd/cmd.h"
#include "netral/io/listing.h"
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
"recorded update the fields given, keep the others and say each change.\n"
"The import's columns are nama, kepala, jumlah_asn and jumlah_ppnpn; it is\n"
"all or nothing unless --skip-invalid, and importing the same file again\n"
"changes nothing.  'unit list --format csv' writes the import format.\n");

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
	struct strbuf changes = STRBUF_INIT;
	struct unit u;
	struct err e;
	int c, rc, outcome;

	while ((c = next_opt(a, argc, argv, ":h", lo, "unit add")) != -1) {
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
	if ((rc = unit_put(&a->db, a->operator, &u, NULL, NULL, &outcome, &changes)) ||
	    (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		sb_free(&changes);
		return rc;
	}
	if (outcome == IMPORT_NEW)
		printf(_("added unit '%s'\n"), u.nama);
	else if (outcome == IMPORT_UPDATED)
		printf(_("updated unit '%s': %s\n"), argv[optind], sb_str(&changes));
	else
		printf(_("unit '%s' unchanged\n"), argv[optind]);
	sb_free(&changes);
	return 0;
}

static int list_row(void *ctx, const struct unit *u)
{
	char asn[24], ppnpn[24];
	const char *v[UNIT_NF] = { u->nama, u->kepala, asn, ppnpn };

	snprintf(asn, sizeof asn, "%ld", u->asn);
	snprintf(ppnpn, sizeof ppnpn, "%ld", u->ppnpn);
	listing_row(ctx, v);
	return 0;
}

static int unit_list(struct app *a, int argc, char **argv)
{
	struct listing l;
	enum format fmt;
	int rc, excel;

	if ((rc = app_list_opts(a, argc, argv, "unit list", help_text, 0, &fmt, &excel)) >= 0 ||
	    (rc = app_open(a, DB_READ)))
		return rc;
	listing_begin(&l, stdout, fmt, excel, unit_cols, UNIT_NF, 1u << UNIT_ASN | 1u << UNIT_PPNPN);
	rc = unit_each(&a->db, list_row, &l);
	listing_end(&l, _("no units ('netral unit add' or 'netral unit import' records them)\n"));
	return rc;
}

static int unit_import(struct app *a, int argc, char **argv)
{
	return app_import_cegah(a, argc, argv, help_text, "unit import", CEGAH_UNIT, IMPORT_TAKES_FORCE);
}

int cmd_unit(struct app *a, int argc, char **argv)
{
	static const struct subcommand sub[] = {
		{ "add", unit_add }, { "list", unit_list }, { "import", unit_import },
	};

	return app_subcommand(a, argc, argv, "unit", help_text, sub, sizeof sub / sizeof *sub, unit_list);
}
