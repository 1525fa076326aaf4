/* netral rules: print the rules in force, check a rules folder, or load
 * one into the database. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/vocab.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/rules/load.h"
#include "netral/rules/store.h"
#include "netral/view/elections.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral rules [--format table|csv|json]\n"
"       netral rules check DIR\n"
"       netral rules load DIR | --builtin\n"
"\n"
"Without a subcommand, prints the violation matrix and the contests in\n"
"force (the database's copy when it exists, else the built-in rules).\n"
"'check' validates a rules folder (bentuk.csv, kosakata.csv, matriks.csv,\n"
"sanksi.csv, pemilihan.csv, jabatan.csv, status.csv, transisi.csv,\n"
"pengaturan.csv, label.csv, tingkat.csv, sanksi_instansi.csv; one it lacks\n"
"is the built-in one; the rows of sanksi_instansi.csv for a ruleset and\n"
"employee type replace those of sanksi.csv) and prints each problem as\n"
"FILE:LINE: problem.  'load'\n"
"replaces the database's rules with a checked folder, or with the built-in\n"
"set again, and reclassifies every case.\n");

static const char *flag_text(int f)
{
	return f == FLAG_ANY ? "*" : f ? "ya" : "tidak";
}

static void print_csv(const struct rules *r)
{
	struct csvout c;
	char d[DATE_ISO_LEN];
	static const char *const head[] = { "ruleset", "berlaku", "bentuk", "tahap",
		"cltn", "pasangan_calon", "kode", "jenis", "dasar_hukum", "catatan" };

	csvout_init(&c, stdout);
	for (size_t i = 0; i < sizeof head / sizeof *head; i++)
		csvout_plain(&c, head[i]);
	csvout_end(&c);
	for (size_t i = 0; i < r->matrix.n; i++) {
		const struct matrix_row *m = &r->matrix.v[i];

		date_format(&m->berlaku, d);
		csvout_plain(&c, m->ruleset);
		csvout_plain(&c, d);
		csvout_plain(&c, m->bentuk);
		csvout_plain(&c, tahap_name(m->tahap));
		csvout_plain(&c, flag_text(m->cltn));
		csvout_plain(&c, flag_text(m->pasangan));
		csvout_plain(&c, m->kode);
		csvout_plain(&c, m->jenis);
		csvout_text(&c, m->dasar_hukum);
		csvout_text(&c, m->catatan);
		csvout_end(&c);
	}
}

static void print_json(const struct rules *r)
{
	struct json j;
	char d[DATE_ISO_LEN];

	json_init(&j, stdout);
	json_obj(&j);
	json_key(&j, "matriks");
	json_arr(&j);
	for (size_t i = 0; i < r->matrix.n; i++) {
		const struct matrix_row *m = &r->matrix.v[i];

		date_format(&m->berlaku, d);
		json_obj(&j);
		json_kstr(&j, "ruleset", m->ruleset);
		json_kstr(&j, "berlaku", d);
		json_kstr(&j, "bentuk", m->bentuk);
		json_kstr(&j, "tahap", tahap_name(m->tahap));
		json_kstr(&j, "cltn", flag_text(m->cltn));
		json_kstr(&j, "pasangan_calon", flag_text(m->pasangan));
		json_kstr(&j, "kode", m->kode);
		json_kstr(&j, "jenis", m->jenis);
		json_kstr(&j, "dasar_hukum", m->dasar_hukum);
		json_kstr(&j, "catatan", m->catatan);
		json_end(&j, '}');
	}
	json_end(&j, ']');
	json_key(&j, "pemilihan");
	view_elections(r, FMT_JSON, &j);
	json_end(&j, '}');
	json_done(&j);
}

static void print_table(const struct rules *r)
{
	struct table t;
	static const char *const head[] = { "ruleset", "bentuk", "tahap", "cltn", "kode", "jenis" };

	table_init(&t, 6);
	table_row(&t, head);
	for (size_t i = 0; i < r->matrix.n; i++) {
		const struct matrix_row *m = &r->matrix.v[i];
		const char *cells[6] = { m->ruleset, m->bentuk, tahap_name(m->tahap),
			flag_text(m->cltn), m->kode, m->jenis };

		table_row(&t, cells);
	}
	table_print(&t, stdout, 1);
	table_free(&t);
	fputc('\n', stdout);
	view_elections(r, FMT_TABLE, NULL);
}

static int load_folder(struct app *a, const char *dir)
{
	struct rules r;
	long changed = 0;
	int rc;

	rc = dir ? rules_load_dir(&r, dir) : rules_load_builtin(&r);
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
		{ "format", required_argument, NULL, 'f' },
		{ "builtin", no_argument, NULL, 'B' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum format fmt = FMT_TABLE;
	int c, rc, builtin = 0;

	while ((c = next_opt(argc, argv, ":h", lo, "rules")) != -1) {
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'f':
			if ((rc = opt_format("rules", optarg, &fmt)))
				return rc;
			break;
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
		rc = rules_load_dir(&r, argv[optind + 1]);
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
	if (fmt == FMT_CSV)
		print_csv(&a->rules);
	else if (fmt == FMT_JSON)
		print_json(&a->rules);
	else
		print_table(&a->rules);
	return 0;
}
