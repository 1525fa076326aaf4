/* netral election: the contests whose dates decide stage and period. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral election list [--format table|csv|json]\n"
"       netral election add CODE --nama NAME --penetapan D --kampanye-mulai D\n"
"                           --kampanye-selesai D --pemungutan D\n"
"\n"
"Contests decide a case's stage (before or after the designation of\n"
"candidates, penetapan) and campaign period.  Add re-runs and later\n"
"elections with 'add'; cases whose contest was inferred are reclassified.\n");

void print_elections(const struct rules *r, int fmt, struct json *j)
{
	static const char *const head[] = { "kode", "nama", "penetapan",
		"kampanye_mulai", "kampanye_selesai", "pemungutan", "sumber" };
	struct table t;
	struct csvout c;
	struct json own;

	if (fmt == FMT_TABLE)
		table_init(&t, 7);
	if (fmt == FMT_TABLE)
		table_row(&t, head);
	if (fmt == FMT_CSV) {
		csvout_init(&c, stdout);
		for (int i = 0; i < 7; i++)
			csvout_plain(&c, head[i]);
		csvout_end(&c);
	}
	if (fmt == FMT_JSON) {
		if (!j) {
			json_init(&own, stdout);
			j = &own;
		}
		json_arr(j);
	}
	for (size_t i = 0; i < r->pemilihan.n; i++) {
		const struct pemilihan *p = &r->pemilihan.v[i];
		char d[4][DATE_ISO_LEN];
		const char *cells[7];

		date_format(&p->penetapan, d[0]);
		date_format(&p->kampanye_mulai, d[1]);
		date_format(&p->kampanye_selesai, d[2]);
		date_format(&p->pemungutan, d[3]);
		cells[0] = p->kode;
		cells[1] = p->nama;
		for (int k = 0; k < 4; k++)
			cells[2 + k] = d[k];
		cells[6] = p->bawaan ? "bawaan" : "pengguna";
		if (fmt == FMT_TABLE) {
			table_row(&t, cells);
		} else if (fmt == FMT_CSV) {
			for (int k = 0; k < 7; k++)
				csvout_text(&c, cells[k]);
			csvout_end(&c);
		} else {
			json_obj(j);
			for (int k = 0; k < 7; k++)
				json_kstr(j, head[k], cells[k]);
			json_end(j, '}');
		}
	}
	if (fmt == FMT_TABLE) {
		table_print(&t, stdout, 1);
		table_free(&t);
	} else if (fmt == FMT_JSON) {
		json_end(j, ']');
		if (j == &own)
			json_done(j);
	}
}

static int election_add(struct app *a, int argc, char **argv)
{
	enum { O_NAMA = 1000, O_PENETAPAN, O_MULAI, O_SELESAI, O_PEMUNGUTAN };
	static const struct option lo[] = {
		{ "nama", required_argument, NULL, O_NAMA },
		{ "penetapan", required_argument, NULL, O_PENETAPAN },
		{ "kampanye-mulai", required_argument, NULL, O_MULAI },
		{ "kampanye-selesai", required_argument, NULL, O_SELESAI },
		{ "pemungutan", required_argument, NULL, O_PEMUNGUTAN },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const names[] = { "--nama", "--penetapan",
		"--kampanye-mulai", "--kampanye-selesai", "--pemungutan" };
	const char *v[5] = { 0 };
	struct pemilihan p;
	struct date *dates[4] = { &p.penetapan, &p.kampanye_mulai,
		&p.kampanye_selesai, &p.pemungutan };
	char code[65], d[4][DATE_ISO_LEN];
	sqlite3_stmt *st;
	struct err e;
	long changed = 0;
	int c, rc;

	while ((c = next_opt(argc, argv, ":h", lo, "election add")) != -1) {
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
	snprintf(code, sizeof code, "%s", argv[optind]);
	for (char *q = code; *q; q++)
		if (*q >= 'a' && *q <= 'z')
			*q = (char)(*q - 'a' + 'A');
	p.kode = code;
	for (int i = 0; i < 4; i++)
		if (date_parse(v[i + 1], dates[i], &e) < 0)
			return fail(NX_DATA, "%s: %s", names[i + 1], e.msg);
	if (pemilihan_check(&p, &e) < 0)
		return fail(NX_DATA, "%s", e.msg);
	for (int i = 0; i < 4; i++)
		date_format(dates[i], d[i]);
	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	if (rules_pemilihan(&a->db.rules, code)) {
		db_rollback(&a->db);
		return fail(NX_DATA, _("contest '%s' already exists"), code);
	}
	if ((rc = db_prepare(&a->db, "INSERT INTO pemilihan (kode, nama, penetapan, kampanye_mulai, "
			     "kampanye_selesai, pemungutan, sumber) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pengguna')",
			     &st)))
		goto out;
	bind_text(st, 1, code);
	bind_text(st, 2, v[0]);
	for (int i = 0; i < 4; i++)
		bind_text(st, 3 + i, d[i]);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(&a->db, _("cannot add the contest"));
	sqlite3_finalize(st);
	if (rc)
		goto out;
	rules_free(&a->db.rules);
	if ((rc = rules_load_db(&a->db.rules, a->db.h)) ||
	    (rc = reclassify(a, 1, _("contest added"), &changed)) || (rc = db_commit(&a->db)))
		goto out;
	printf(_("contest %s added; %ld cases reclassified\n"), code, changed);
	return 0;
out:
	db_rollback(&a->db);
	return rc;
}

int cmd_election(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum format fmt = FMT_TABLE;
	int c, rc;

	if (argc >= 2 && strcmp(argv[1], "add") == 0) {
		argv[1] = argv[0];
		return election_add(a, argc - 1, argv + 1);
	}
	while ((c = next_opt(argc, argv, ":h", lo, "election")) != -1) {
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'f':
			if (format_parse(optarg, &fmt) < 0)
				return usage_error("election", _("unknown format '%s' (table, csv, json)"), optarg);
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind < argc && strcmp(argv[optind], "list") == 0)
		optind++;
	if (optind < argc)
		return usage_error("election", _("unknown subcommand '%s' (list, add)"), argv[optind]);
	if ((rc = app_open_rules(a)))
		return rc;
	print_elections(&a->db.rules, fmt, NULL);
	return 0;
}
