/* netral election: the contests whose dates decide stage and period. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/rules/store.h"
#include "netral/view/elections.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral election list [--format table|csv|json] [--excel]\n"
"       netral election add CODE --nama NAME --penetapan D --kampanye-mulai D\n"
"                           --kampanye-selesai D --pemungutan D\n"
"                           [--tahapan-mulai D] [--penetapan-partai D]\n"
"                           [--sebutan NAME]\n"
"\n"
"Contests decide a case's stage (before or after the designation of\n"
"candidates, penetapan) and campaign period.  A contest with parties as\n"
"participants (--penetapan-partai) is a Pemilu, one without a Pemilihan of\n"
"regional heads.  A contest is in progress from the start of its stages\n"
"(--tahapan-mulai; its designation when not given) to\n"
"pasca_pemungutan_hari days after voting for a Pemilu,\n"
"pasca_pemungutan_hari_pemilihan for a Pemilihan: a case without\n"
"--pemilihan is classified only when one contest is in progress on its\n"
"date.  --sebutan: the event as the law and a permit's letter name it\n"
"(Pemilihan Umum Tahun 2024 for both votes of the Pemilu 2024; NAME when\n"
"not given).  Add re-runs and later elections with 'add'; cases whose\n"
"contest was inferred are reclassified.\n");

static int election_add(struct app *a, int argc, char **argv)
{
	enum { O_NAMA = 1000, O_PENETAPAN, O_MULAI, O_SELESAI, O_PEMUNGUTAN, O_TAHAPAN,
	       O_PARTAI, O_SEBUTAN };
	static const struct option lo[] = {
		{ "nama", required_argument, NULL, O_NAMA },
		{ "penetapan", required_argument, NULL, O_PENETAPAN },
		{ "kampanye-mulai", required_argument, NULL, O_MULAI },
		{ "kampanye-selesai", required_argument, NULL, O_SELESAI },
		{ "pemungutan", required_argument, NULL, O_PEMUNGUTAN },
		{ "tahapan-mulai", required_argument, NULL, O_TAHAPAN },
		{ "penetapan-partai", required_argument, NULL, O_PARTAI },
		{ "sebutan", required_argument, NULL, O_SEBUTAN },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const names[] = { "--nama", "--penetapan",
		"--kampanye-mulai", "--kampanye-selesai", "--pemungutan",
		"--tahapan-mulai", "--penetapan-partai", "--sebutan" };
	const char *v[8] = { 0 };
	struct pemilihan p;
	struct date *dates[6] = { &p.penetapan, &p.kampanye_mulai,
		&p.kampanye_selesai, &p.pemungutan, &p.tahapan_mulai, &p.penetapan_partai };
	char code[RULES_PEMILIHAN_MAX + 2], what[RULES_PEMILIHAN_MAX + 16];
	struct err e;
	long changed = 0;
	int c, rc;

	while ((c = next_opt(a, argc, argv, ":h", lo, "election add")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c < O_NAMA)
			return NX_USAGE;
		v[c - O_NAMA] = optarg;
	}
	if (optind + 1 != argc)
		return usage_error("election add", _("expected one contest code"));
	for (int i = 0; i < 5; i++)
		if (!v[i] || !*v[i])
			return usage_error("election add", _("%s is needed"), names[i]);
	memset(&p, 0, sizeof p);
	if (strlen(argv[optind]) > RULES_PEMILIHAN_MAX)
		return fail(NX_DATA, _("kode: %zu bytes long, the limit is %d"), strlen(argv[optind]),
			    RULES_PEMILIHAN_MAX);
	snprintf(code, sizeof code, "%s", argv[optind]);
	for (char *q = code; *q; q++)
		if (*q >= 'a' && *q <= 'z')
			*q = (char)(*q - 'a' + 'A');
	p.kode = code;
	p.nama = (char *)v[0];
	p.sebutan = (char *)(v[7] ? v[7] : v[0]);
	for (int i = 0; i < 6; i++)
		if (v[i + 1] && date_parse(v[i + 1], dates[i], &e) < 0)
			return fail(NX_DATA, "%s: %s", names[i + 1], e.msg);
	if (pemilihan_check(&p, &e) < 0)
		return fail(NX_DATA, "%s", e.msg);
	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	if (rules_pemilihan(&a->rules, code)) {
		db_rollback(&a->db);
		return fail(NX_DATA, _("contest '%s' already exists"), code);
	}
	snprintf(what, sizeof what, "pemilihan %s", code);
	if ((rc = rules_add_pemilihan(&a->db, &p)) || (rc = app_reload_rules(a)) ||
	    (rc = reclassify(a, 1, _("contest added"), &changed)) ||
	    (rc = audit_rules(&a->db, a->operator, what)) || (rc = db_commit(&a->db)))
		goto out;
	printf(P_("contest %s added; %ld case reclassified\n",
		  "contest %s added; %ld cases reclassified\n", changed), code, changed);
	return 0;
out:
	db_rollback(&a->db);
	return rc;
}

int cmd_election(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		OUT_OPTIONS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct out_opts out = { .fmt = FMT_TABLE };
	int c, rc;

	if (argc >= 2 && strcmp(argv[1], "add") == 0) {
		argv[1] = argv[0];
		return election_add(a, argc - 1, argv + 1);
	}
	while ((c = next_opt(a, argc, argv, ":h", lo, "election")) != -1) {
		if ((rc = out_option("election", c, optarg, &out)) < 0)
			return -rc;
		if (rc)
			continue;
		if (c == 'h')
			return print_help(help_text);
		return NX_USAGE;
	}
	if (optind < argc && strcmp(argv[optind], "list") == 0)
		optind++;
	if (optind < argc)
		return usage_error("election", _("unknown subcommand '%s' (list, add)"), argv[optind]);
	if ((rc = app_open_rules(a)))
		return rc;
	view_elections(&a->rules, out.fmt, NULL, out.excel);
	return 0;
}
