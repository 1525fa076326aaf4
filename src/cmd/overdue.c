/* netral overdue (tunggakan): proven cases whose PPK has not imposed the
 * sanction within the follow-up deadline, oldest first, by agency.  Exit 1
 * when there is any, so that cron can alert. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral overdue [--batas DAYS] [--instansi I] [--format table|csv|json]\n"
"\n"
"Lists the proven cases (status terbukti) whose sanction the PPK has not\n"
"imposed within the deadline after the recommendation date, oldest first,\n"
"grouped by agency, with the days overdue and the SIASN block flag.  The\n"
"deadline is the setting batas_tindak_lanjut_hari of the rules (30 days by\n"
"default) unless --batas is given.  Today is NETRAL_TODAY when set.\n"
"Exit status 1 when any case is overdue.\n");

struct row {
	char *v[9];               /* the selected columns */
	long over;                /* days past the deadline */
	char batas[DATE_ISO_LEN];
	int group;                /* the agency's position */
};

static const char *const cols[] = { "nomor", "nama", "instansi", "jenis", "kode",
	"rekomendasi_dari", "rekomendasi_sanksi", "rekomendasi_tanggal", "blokir_siasn" };

static int cmp_rows(const void *x, const void *y)
{
	const struct row *a = x, *b = y;

	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return a->over > b->over ? -1 : a->over < b->over;
}

int cmd_overdue(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "batas", required_argument, NULL, 'b' },
		{ "instansi", required_argument, NULL, 'i' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum format fmt = FMT_TABLE;
	const char *instansi = NULL;
	long batas = 0, missing = 0;
	struct row *rows = NULL;
	size_t n = 0, cap = 0;
	char **groups = NULL;
	size_t ngroups = 0;
	struct date today;
	char today_s[DATE_ISO_LEN], *end;
	sqlite3_stmt *st;
	struct err e;
	int c, rc, s;

	while ((c = next_opt(argc, argv, ":h", lo, "overdue")) != -1) {
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'b':
			batas = strtol(optarg, &end, 10);
			if (*end || batas < 1 || batas > 3650)
				return usage_error("overdue", _("--batas needs a number of days, not '%s'"), optarg);
			break;
		case 'i':
			instansi = optarg;
			break;
		case 'f':
			if (format_parse(optarg, &fmt) < 0)
				return usage_error("overdue", _("unknown format '%s' (table, csv, json)"), optarg);
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind < argc)
		return usage_error("overdue", _("unexpected argument '%s'"), argv[optind]);
	if (date_today(&today, &e) < 0)
		return fail(NX_USAGE, "%s", e.msg);
	date_format(&today, today_s);
	if ((rc = app_open(a, DB_READ)))
		return rc;
	if (!batas)
		batas = rules_setting(&a->db.rules, "batas_tindak_lanjut_hari", 30);

	if ((rc = db_prepare(&a->db, "SELECT k.nomor, k.nama, k.instansi, k.jenis, k.kode, "
			     "k.rekomendasi_dari, k.rekomendasi_sanksi, k.rekomendasi_tanggal, "
			     "k.blokir_siasn FROM kasus k JOIN status s ON s.kode = k.status "
			     "WHERE s.terbukti = 1 AND s.ditindaklanjuti = 0 "
			     "AND (?1 IS NULL OR k.instansi = ?1 COLLATE NOCASE) "
			     "ORDER BY k.rekomendasi_tanggal, k.id", &st)))
		return rc;
	bind_text(st, 1, instansi);
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct date rek, dl;
		struct row *r;
		long over;
		size_t g;

		if (date_parse_iso(col_text(st, 7), &rek) < 0) {
			missing++;
			continue;
		}
		over = date_days(&today) - (date_days(&rek) + batas);
		if (over <= 0)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			rows = xrealloc(rows, cap * sizeof *rows);
		}
		r = &rows[n++];
		for (int i = 0; i < 9; i++)
			r->v[i] = xstrdup(col_text(st, i));
		r->over = over;
		date_from_days(date_days(&rek) + batas, &dl);
		date_format(&dl, r->batas);
		for (g = 0; g < ngroups && strcmp(groups[g], r->v[2]) != 0; g++)
			;
		if (g == ngroups) {
			groups = xrealloc(groups, (ngroups + 1) * sizeof *groups);
			groups[ngroups++] = r->v[2];
		}
		r->group = (int)g;
	}
	sqlite3_finalize(st);
	if (s != SQLITE_DONE) {
		rc = db_fail(&a->db, _("cannot read the cases"));
		goto out;
	}
	/* agencies in the order of their oldest case, oldest first within */
	if (n > 1)
		qsort(rows, n, sizeof *rows, cmp_rows);

	if (fmt == FMT_CSV) {
		struct csvout cv;

		csvout_init(&cv, stdout);
		for (int i = 0; i < 8; i++)
			csvout_plain(&cv, cols[i]);
		csvout_plain(&cv, "batas");
		csvout_plain(&cv, "hari_terlambat");
		csvout_plain(&cv, "blokir_siasn");
		csvout_end(&cv);
		for (size_t i = 0; i < n; i++) {
			char over[24];

			for (int k = 0; k < 8; k++)
				csvout_text(&cv, rows[i].v[k]);
			snprintf(over, sizeof over, "%ld", rows[i].over);
			csvout_plain(&cv, rows[i].batas);
			csvout_plain(&cv, over);
			csvout_plain(&cv, rows[i].v[8]);
			csvout_end(&cv);
		}
	} else if (fmt == FMT_JSON) {
		struct json j;

		json_init(&j, stdout);
		json_obj(&j);
		json_kstr(&j, "hari_ini", today_s);
		json_kint(&j, "batas_hari", batas);
		json_kint(&j, "jumlah", (long long)n);
		json_kint(&j, "tanpa_tanggal_rekomendasi", missing);
		json_key(&j, "instansi");
		json_arr(&j);
		for (size_t i = 0; i < n; i++) {
			if (i == 0 || rows[i].group != rows[i - 1].group) {
				if (i)
					json_end(&j, ']'), json_end(&j, '}');
				json_obj(&j);
				json_kstr(&j, "instansi", rows[i].v[2]);
				json_key(&j, "kasus");
				json_arr(&j);
			}
			json_obj(&j);
			for (int k = 0; k < 8; k++)
				if (k != 2)
					json_kstr(&j, cols[k], rows[i].v[k]);
			json_kstr(&j, "batas", rows[i].batas);
			json_kint(&j, "hari_terlambat", rows[i].over);
			json_key(&j, "blokir_siasn");
			json_bool(&j, rows[i].v[8][0] == '1');
			json_end(&j, '}');
		}
		if (n)
			json_end(&j, ']'), json_end(&j, '}');
		json_end(&j, ']');
		json_end(&j, '}');
		json_done(&j);
	} else {
		char cnt[32];

		fmt_count((long long)n, cnt);
		printf(_("%s cases past the %ld-day follow-up deadline (today %s)\n"), cnt, batas, today_s);
		for (size_t i = 0; i < n;) {
			struct table t;
			static const char *const head[] = { "nomor", "nama", "jenis", "rekomendasi",
				"batas", "terlambat", "siasn" };
			size_t k = i;

			printf("\n%s\n", rows[i].v[2]);
			table_init(&t, 7);
			t.right = 1u << 5;
			table_row(&t, head);
			for (; k < n && rows[k].group == rows[i].group; k++) {
				char rek[160], over[32], jenis[80];
				const char *cells[7];

				snprintf(jenis, sizeof jenis, "%s%s%s", rows[k].v[3], *rows[k].v[4] ? " " : "",
					 rows[k].v[4]);
				snprintf(rek, sizeof rek, "%s %s %s", rows[k].v[7], rows[k].v[5], rows[k].v[6]);
				snprintf(over, sizeof over, _("%ld days"), rows[k].over);
				cells[0] = rows[k].v[0];
				cells[1] = rows[k].v[1];
				cells[2] = jenis;
				cells[3] = rek;
				cells[4] = rows[k].batas;
				cells[5] = over;
				cells[6] = rows[k].v[8][0] == '1' ? _("blocked") : "";
				table_row(&t, cells);
			}
			table_print(&t, stdout, 1);
			table_free(&t);
			i = k;
		}
	}
	if (missing)
		warning(_("%ld proven cases have no recommendation date; record it with 'netral edit CASE --rekomendasi-tanggal D'"),
			missing);
	rc = n ? NX_ATTENTION : 0;
out:
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < 9; k++)
			free(rows[i].v[k]);
	free(rows);
	free(groups);
	return rc;
}
