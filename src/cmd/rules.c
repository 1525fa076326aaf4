/* netral rules: print the rules in force, check a rules folder, or load
 * one into the database. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/rules/vocab.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/rules/load.h"
#include "netral/rules/store.h"
#include "netral/view/aturan.h"
#include "netral/view/izin.h"
#include "netral/view/pelaporan.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral rules [--format table|csv|json] [--excel]\n"
"       netral rules check DIR\n"
"       netral rules load DIR | --builtin\n"
"\n"
"Without a subcommand, prints the rules in force (the database's copy when\n"
"it exists, else the built-in rules): the matrix of each ruleset, its codes\n"
"beside the wording of BKN Kanreg III's rows they stand for, the contests\n"
"and their spans, the targets of an act (sasaran), the tiers the Satgas\n"
"decides (putusan), the statute a legal basis names by the act's day\n"
"(undang.csv), the tiers of each employee type and the labels of the\n"
"summaries.  CSV is the matrix.\n"
"'check' validates a rules folder (bentuk.csv, kosakata.csv, undang.csv,\n"
"matriks.csv, sanksi.csv, pemilihan.csv, jabatan.csv, status.csv,\n"
"transisi.csv, pengaturan.csv, label.csv, tingkat.csv, sanksi_instansi.csv,\n"
"jadwal.csv, jadwal_instansi.csv, kewajiban_lapor.csv,\n"
"kewajiban_lapor_instansi.csv, the permit's letter surat_izin.txt and a\n"
"report's cover letter surat_pengantar.txt; one it lacks is the built-in\n"
"one, with a warning unless -q; the rows of sanksi_instansi.csv for a\n"
"ruleset and employee type replace those of sanksi.csv, those of\n"
"jadwal_instansi.csv for a contest and duty those of jadwal.csv, those of\n"
"kewajiban_lapor_instansi.csv for a contest, report and recipient those\n"
"of kewajiban_lapor.csv) and prints each problem as FILE:LINE: problem.\n"
"'load' replaces the database's rules with a checked folder, or with the\n"
"built-in set again, and reclassifies every case.\n");

/* The folder's letters, checked as the built-in ones are, by the fields
 * they name. */
static int letter_check(const struct rules *r, const char *dir)
{
	char izin[4200], pengantar[4200];
	int rc;

	snprintf(izin, sizeof izin, "%s/surat_izin.txt", dir ? dir : "data/rules");
	snprintf(pengantar, sizeof pengantar, "%s/surat_pengantar.txt", dir ? dir : "data/rules");
	rc = r->surat_izin ? izin_template_check(r->surat_izin, izin) : 0;
	if (r->surat_pengantar && pelaporan_template_check(r->surat_pengantar, pengantar))
		rc = NX_DATA;
	return rc;
}

static int load_folder(struct app *a, const char *dir)
{
	struct rules r;
	long changed = 0;
	int rc;

	rc = dir ? rules_load_dir(&r, dir, a->quiet) : rules_load_builtin(&r);
	if (!rc)
		rc = letter_check(&r, dir);
	if (rc) {
		rules_free(&r);
		return rc;
	}
	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db))) {
		rules_free(&r);
		return rc;
	}
	rc = rules_store(&r, &a->db, dir ? "folder" : "bawaan");
	rules_free(&r);
	if (!rc)
		rc = app_reload_rules(a);
	if (!rc)
		rc = reclassify(a, 0, dir ? _("rules loaded from a folder") : _("built-in rules loaded"), &changed);
	if (!rc)
		rc = audit_rules(&a->db, a->operator, dir ? "folder" : "bawaan");
	if (!rc)
		rc = db_commit(&a->db);
	if (rc) {
		db_rollback(&a->db);
		return rc;
	}
	printf(P_("rules loaded from %s; %ld case reclassified\n",
		  "rules loaded from %s; %ld cases reclassified\n", changed),
	       dir ? dir : _("the built-in set"), changed);
	return 0;
}

int cmd_rules(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		OUT_OPTIONS,
		{ "builtin", no_argument, NULL, 'B' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct out_opts out = { .fmt = FMT_TABLE };
	int c, rc, builtin = 0;

	while ((c = next_opt(a, argc, argv, ":h", lo, "rules")) != -1) {
		if ((rc = out_option("rules", c, optarg, &out)) < 0)
			return -rc;
		if (rc)
			continue;
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'B':
			builtin = 1;
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind < argc && strcmp(argv[optind], "check") == 0) {
		struct rules r;

		if (optind + 2 != argc)
			return usage_error("rules", _("'rules check' takes one folder"));
		rc = rules_load_dir(&r, argv[optind + 1], a->quiet);
		if (!rc)
			rc = letter_check(&r, argv[optind + 1]);
		if (!rc)
			printf(_("%s: ok: %zu bentuk, %zu matrix rows, %zu sanctions, %zu contests, %zu position spellings, %zu statuses, %zu transitions, %zu settings, %zu vocabulary values\n"),
			       argv[optind + 1], r.bentuk.n, r.matrix.n, r.sanksi.n,
			       r.pemilihan.n, r.jabatan.n, r.status.n, r.transisi.n,
			       r.pengaturan.n, r.kosakata.n);
		rules_free(&r);
		return rc;
	}
	if (optind < argc && strcmp(argv[optind], "load") == 0) {
		if (builtin ? optind + 1 != argc : optind + 2 != argc)
			return usage_error("rules", _("'rules load' takes one folder, or --builtin"));
		return load_folder(a, builtin ? NULL : argv[optind + 1]);
	}
	if (optind < argc)
		return usage_error("rules", _("unknown subcommand '%s' (check, load)"), argv[optind]);
	if ((rc = app_open_rules(a)))
		return rc;
	view_aturan(&a->rules, out.fmt, out.excel);
	return 0;
}
