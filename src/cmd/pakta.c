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
"       netral pakta correct NIP|NAME [--pemilihan CODE] [--nama NAME]\n"
"                           [--unit UNIT] [--tanggal D] --alasan TEXT\n"
"       netral pakta void NIP|NAME [--pemilihan CODE] --alasan TEXT\n"
"\n"
"The signatories of the integrity pact (pakta integritas netralitas), which\n"
"every ASN and PPNPN signs: the compliance report counts a unit's coverage\n"
"from them against its headcount.  The import (a CSV file or a workbook's\n"
"sheet) has the columns nama, nip (empty for a PPNPN), unit, tanggal and\n"
"pemilihan (else --pemilihan, else every contest whose schedule holds the\n"
"day).  A person signs once a contest: the same person again in the same\n"
"unit is a duplicate, in another unit an error.  The list holds names and\n"
"NIPs: it is the register, not a summary.\n"
"'correct' puts right the name, unit or day of a signature, found by the\n"
"NIP (or a PPNPN's name) and, when the person signed for several\n"
"contests, --pemilihan; 'void' takes a signature recorded by mistake out of\n"
"the register and the coverage.  Both need the reason (--alasan), which the\n"
"history keeps with the change.\n");

/* What a correction of a signature is asked with. */
struct fix {
	const char *who, *pemilihan, *alasan, *v[PAKTA_NF];
};

static int fix_args(struct app *a, int argc, char **argv, const char *cmd, int correct, struct fix *f)
{
	static const struct option lo[] = {
		{ "pemilihan", required_argument, NULL, 'p' },
		{ "alasan", required_argument, NULL, 'a' },
		{ "nama", required_argument, NULL, 'n' },
		{ "unit", required_argument, NULL, 'u' },
		{ "tanggal", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	memset(f, 0, sizeof *f);
	while ((c = next_opt(a, argc, argv, ":h", lo, cmd)) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c == 'p')
			f->pemilihan = optarg;
		else if (c == 'a')
			f->alasan = optarg;
		else if (c == 'n' && correct)
			f->v[PAKTA_NAMA] = optarg;
		else if (c == 'u' && correct)
			f->v[PAKTA_UNIT] = optarg;
		else if (c == 't' && correct)
			f->v[PAKTA_TANGGAL] = optarg;
		else if (c == 'n' || c == 'u' || c == 't')
			return usage_error(cmd, _("a void changes no field ('netral pakta correct' does)"));
		else
			return NX_USAGE;
	}
	if (optind + 1 != argc)
		return usage_error(cmd, _("expected the signatory's NIP, or a PPNPN's name"));
	f->who = argv[optind];
	return app_reason_given(cmd, f->alasan);
}

/* The one live signature the command names, into old.  Returns an exit
 * status. */
static int signature(struct app *a, const struct fix *f, struct pakta *old)
{
	char pemilihan[RULES_PEMILIHAN_MAX + 1] = "";
	struct nip_info ni;
	struct err e;
	int rc, n;

	if (f->pemilihan && cegah_pemilihan(&a->rules, f->pemilihan, pemilihan, &e) < 0)
		return fail(NX_DATA, "--pemilihan: %s", e.msg);
	if ((rc = pakta_find(&a->db, nip_parse(f->who, &ni, &e) == 0 ? ni.digits : "", f->who, pemilihan,
			     old, &n)))
		return rc;
	if (n == 0)
		return fail(NX_NOTFOUND, _("no signature of '%s'%s%s ('netral pakta list' lists them)"), f->who,
			    *pemilihan ? _(" in ") : "", pemilihan);
	if (n > 1)
		return usage_error("pakta", _("'%s' signed for %d contests: name one with --pemilihan"), f->who, n);
	return 0;
}

/* The signature as corrected: the fields given over the old ones, checked
 * as an import's. */
static int corrected(struct app *a, const struct fix *f, const struct pakta *old, struct pakta *now)
{
	const char *v[PAKTA_NF];
	struct err e;
	int rc;

	v[PAKTA_NAMA] = f->v[PAKTA_NAMA] ? f->v[PAKTA_NAMA] : old->nama;
	v[PAKTA_NIP] = old->nip;
	v[PAKTA_UNIT] = f->v[PAKTA_UNIT] ? f->v[PAKTA_UNIT] : old->unit;
	v[PAKTA_TANGGAL] = f->v[PAKTA_TANGGAL] ? f->v[PAKTA_TANGGAL] : old->tanggal;
	v[PAKTA_PEMILIHAN] = old->pemilihan;
	memset(now, 0, sizeof *now);
	if (cegah_parse(&pakta_record, &a->rules, &a->today, v, now, &e) < 0)
		return fail(NX_DATA, "--%s: %s", pakta_record.f[e.field].opt ? pakta_record.f[e.field].opt : "nama",
			    e.msg);
	now->id = old->id;
	rc = cegah_unit_of(&a->db, now->unit, f->v[PAKTA_UNIT] != NULL, &now->unit_id, now->unit, &e);
	return rc < 0 ? fail(rc == CEGAH_UNIT_INACTIVE ? NX_DATA : NX_NOTFOUND, "%s", e.msg) : rc;
}

static int pakta_fix(struct app *a, int argc, char **argv, const char *cmd, int correct)
{
	struct strbuf said = STRBUF_INIT;
	struct pakta old, now;
	const struct date *today;
	struct fix f;
	int rc;

	if ((rc = fix_args(a, argc, argv, cmd, correct, &f)) >= 0 || (rc = app_today(a, &today)) ||
	    (rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	if (!(rc = signature(a, &f, &old)))
		rc = correct ? corrected(a, &f, &old, &now) : cegah_void(&a->db, a->operator, &pakta_record, old.id, f.alasan);
	if (!rc && correct)
		rc = pakta_correct(&a->db, a->operator, &old, &now, f.alasan, &said);
	if (rc || (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		sb_free(&said);
		return rc;
	}
	if (!correct)
		printf(_("voided the signature of '%s' (%s)\n"), f.who, old.unit);
	else if (said.len)
		printf(_("corrected the signature of '%s': %s\n"), f.who, said.buf);
	else
		printf(_("the signature of '%s' unchanged\n"), f.who);
	sb_free(&said);
	return 0;
}

static int pakta_correct_cmd(struct app *a, int argc, char **argv)
{
	return pakta_fix(a, argc, argv, "pakta correct", 1);
}

static int pakta_void_cmd(struct app *a, int argc, char **argv)
{
	return pakta_fix(a, argc, argv, "pakta void", 0);
}

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
		{ "import", pakta_import }, { "list", pakta_list }, { "correct", pakta_correct_cmd },
		{ "void", pakta_void_cmd },
	};

	return app_subcommand(a, argc, argv, "pakta", help_text, sub, sizeof sub / sizeof *sub,
			      pakta_list);
}
