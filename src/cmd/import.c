/* netral import: cases from a CSV file, in one transaction, streaming.
 * All or nothing by default; --skip-invalid keeps the good rows and can
 * write the bad ones to a reject file to fix and import again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cegah/asal.h"
#include "netral/cli/app.h"
#include "netral/cli/import.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/import.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral import FILE|- [--skip-invalid] [--reject FILE] [--dry-run]\n"
"                     [--update [--force]] [--ignore-unknown] [--delimiter C]\n"
"                     [--sheet NAME] [--asal ORIGIN] [-q]\n"
"\n"
"Imports cases from a CSV file or an Excel workbook (.xlsx, known by its\n"
"content; - for standard input) with a header row; the columns are\n"
"described in netral-import(5).  One transaction: if any row is invalid\n"
"nothing is imported and every bad row is reported as FILE:LINE: column:\n"
"problem (FILE: sheet NAME, row N, column HEADING: problem in a workbook).\n"
"\n"
"  --skip-invalid    import the valid rows; exit 3 if any was rejected\n"
"  --reject FILE     with --skip-invalid: write the rejected rows there,\n"
"                    with 'baris' and 'alasan' columns, to fix and re-import\n"
"  --dry-run, -n     check and classify everything, write nothing\n"
"  --update          for rows already imported, apply the changed fields; a\n"
"                    field changed since by another command is kept, and said\n"
"  --force           with --update: take the file's value even then\n"
"  --ignore-unknown  ignore columns netral does not know\n"
"  --delimiter C     ',', ';' or 'tab' (default: detected from the header)\n"
"  --sheet NAME      the workbook's sheet to read (default: the first)\n"
"  --asal ORIGIN     the file is another agency's (a roll-up): an origin of the\n"
"                    register ('netral asal'), by its code or name; its cases\n"
"                    keep it and are found by its case numbers alone, and an\n"
"                    exchange file (list --pertukaran) is its whole state\n"
"  -q, --quiet       no progress, warnings or summary\n");

/* The import, and the origin --asal names in the register. */
struct case_import {
	struct impor ip;
	struct asal origin;
};

/* The case import's own lines after the summary. */
static void after(void *ctx, const struct import_opts *o, const struct csvimport *im)
{
	const struct impor *ip = &((struct case_import *)ctx)->ip;

	(void)im;
	if (o->quiet)
		return;
	if (ip->conflicts)
		printf(P_("%ld field kept as changed after the import (--force takes the file's)\n",
			  "%ld fields kept as changed after the import (--force takes the file's)\n",
			  ip->conflicts), ip->conflicts);
	if (ip->withdrawn)
		printf(P_("%ld case withdrawn by its origin (batal)\n",
			  "%ld cases withdrawn by its origin (batal)\n", ip->withdrawn), ip->withdrawn);
	if (ip->unclassified)
		warning(P_("%ld case unclassified: 'netral list --jenis belum_diklasifikasi' lists them and 'netral show' says why; a pemilihan column decides a contest the date alone cannot",
			   "%ld cases unclassified: 'netral list --jenis belum_diklasifikasi' lists them and 'netral show' says why; a pemilihan column decides a contest the date alone cannot",
			   ip->unclassified), ip->unclassified);
}

static int begin(void *ctx, struct app *a, const struct import_opts *o, long long run_id)
{
	struct case_import *ci = ctx;
	struct impor *ip = &ci->ip;
	int rc;

	if ((rc = app_today(a, &ip->today)))
		return rc;
	/* an origin is one of the register, by its code or any spelling of
	 * its name: its cases are kept under its official name */
	if (o->asal && (rc = asal_find(&a->db, "--asal", o->asal, &ci->origin)))
		return rc;
	ip->db = &a->db;
	ip->rules = &a->rules;
	ip->op = a->operator;
	ip->update = o->update;
	ip->force = o->force;
	ip->quiet = o->quiet;
	ip->asal = o->asal ? ci->origin.nama : NULL;
	ip->last_head = ci->origin.rantai;
	ip->impor_id = run_id;
	return impor_begin(ip);
}

static int finish(void *ctx, struct app *a, const struct import_opts *o, const struct csvimport *im)
{
	struct case_import *ci = ctx;
	int rc;

	(void)o;
	ci->ip.rejected = im->rejected;
	if ((rc = impor_finish(&ci->ip, im->in)))
		return rc;
	/* the origin's state now held: an older file is refused from here on */
	if (ci->ip.exchange)
		rc = asal_received(&a->db, a->operator, &ci->origin, ci->ip.head, ci->ip.sent);
	return rc;
}

int cmd_import(struct app *a, int argc, char **argv)
{
	struct import_opts o = { .cmd = "import", .takes = IMPORT_TAKES_UPDATE | IMPORT_TAKES_ASAL };
	struct case_import *ci = xcalloc(1, sizeof *ci);
	struct import_run run = { &ci->ip.kind, ci, 0, begin, finish, &ci->ip.created, NULL, after };
	int rc;

	if ((rc = app_import_opts(a, argc, argv, help_text, &o)) < 0)
		rc = app_import(a, &o, &run);
	impor_free(&ci->ip);
	free(ci);
	return rc;
}
