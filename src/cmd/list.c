/* netral list: the cases of a selection, as a table, in the import format
 * (CSV) or as JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/io/atomic.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral list [--pemilihan CODE] [--instansi I] [--jenis J] [--bentuk B]\n"
"                   [--status S] [--jenis-pegawai T] [--from D] [--to D]\n"
"                   [--format table|csv|json] [--raw] [--bom] [--crlf]\n"
"                   [--delimiter C] [--kontak] [--output FILE]\n"
"\n"
"Lists the cases of the selection in case-number order.  --from and --to\n"
"bound the incident date (inclusive); --jenis is the classification.\n"
"CSV output is in the import format, with the case number first, so that\n"
"'netral import' can load it into another database.  Text cells that a\n"
"spreadsheet would run as a formula get a leading apostrophe unless --raw.\n"
"The reporter's contact (kontak_pelapor) is left out unless --kontak.\n"
"--output FILE writes the list whole or not at all, readable by you alone.\n");

enum { O_PEMILIHAN, O_INSTANSI, O_JENIS, O_BENTUK, O_STATUS, O_JP, O_FROM, O_TO, O_COUNT };

/* Columns after nomor: the import fields, then the derived values. */
static const char *const derived_cols[] = {
	"usia", "kelompok_usia", "kelompok_jabatan", "periode", "tahap", "jenis", "kode", NULL
};
#define N_DERIVED 7

int cmd_list(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "pemilihan", required_argument, NULL, 1000 + O_PEMILIHAN },
		{ "instansi", required_argument, NULL, 1000 + O_INSTANSI },
		{ "jenis", required_argument, NULL, 1000 + O_JENIS },
		{ "bentuk", required_argument, NULL, 1000 + O_BENTUK },
		{ "status", required_argument, NULL, 1000 + O_STATUS },
		{ "jenis-pegawai", required_argument, NULL, 1000 + O_JP },
		{ "from", required_argument, NULL, 1000 + O_FROM },
		{ "to", required_argument, NULL, 1000 + O_TO },
		{ "format", required_argument, NULL, 'f' },
		{ "raw", no_argument, NULL, 'r' },
		{ "bom", no_argument, NULL, 'b' },
		{ "crlf", no_argument, NULL, 'c' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "kontak", no_argument, NULL, 'k' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *opt[O_COUNT] = { 0 };
	char norm[O_COUNT][64];
	enum format fmt = FMT_TABLE;
	struct csvout cv;
	struct err e;
	sqlite3_stmt *st;
	struct json j;
	struct table t;
	int c, rc, s, bom = 0, kontak = 0;
	const char *output = NULL;
	struct atomic_file af;
	FILE *out = stdout;
	long n = 0;

	csvout_init(&cv, stdout);
	while ((c = next_opt(argc, argv, ":h", lo, "list")) != -1) {
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'f':
			if (format_parse(optarg, &fmt) < 0)
				return usage_error("list", _("unknown format '%s' (table, csv, json)"), optarg);
			break;
		case 'r':
			cv.raw = 1;
			break;
		case 'b':
			bom = 1;
			break;
		case 'c':
			cv.crlf = 1;
			break;
		case 'k':
			kontak = 1;
			break;
		case 'o':
			output = optarg;
			break;
		case 'd':
			if (strlen(optarg) != 1 || strchr("\"\r\n", *optarg))
				return usage_error("list", _("the delimiter must be one character, not '%s'"), optarg);
			cv.delim = *optarg;
			break;
		default:
			if (c >= 1000 && c < 1000 + O_COUNT) {
				opt[c - 1000] = optarg;
				break;
			}
			return NX_USAGE;
		}
	}
	if (optind < argc)
		return usage_error("list", _("unexpected argument '%s'"), argv[optind]);
	if ((rc = app_open(a, DB_READ)))
		return rc;

	/* the same checks and spellings as the fields they filter */
	{
		static const int as_field[O_COUNT] = { F_PEMILIHAN, -1, -1, F_BENTUK,
			F_STATUS, F_JENIS_PEGAWAI, F_TANGGAL_KEJADIAN, F_TANGGAL_KEJADIAN };
		static const char *const names[O_COUNT] = { "--pemilihan", "--instansi",
			"--jenis", "--bentuk", "--status", "--jenis-pegawai", "--from", "--to" };
		for (int o = 0; o < O_COUNT; o++) {
			if (!opt[o] || as_field[o] < 0)
				continue;
			if (field_normalise(&a->db.rules, as_field[o], opt[o], norm[o],
					    sizeof norm[o], &e) < 0)
				return fail(NX_USAGE, "%s: %s", names[o], e.msg);
			opt[o] = norm[o];
		}
		if (opt[O_JENIS] && !jenis_valid(opt[O_JENIS], 0) &&
		    strcmp(opt[O_JENIS], JENIS_UNCLASSIFIED) != 0)
			return fail(NX_USAGE, _("--jenis: unknown '%s' (valid: kode_etik, disiplin_sedang, disiplin_berat, ptdh, satgas, tidak_melanggar, belum_diklasifikasi)"),
				    opt[O_JENIS]);
	}

	{
		struct strbuf sql = STRBUF_INIT;

		/* nomor, the fields (an inferred contest as empty, so an import
		 * infers it again), the derived columns, the contest as stored */
		sb_puts(&sql, "SELECT nomor");
		for (int f = 0; f < F_COUNT; f++)
			sb_printf(&sql, f == F_PEMILIHAN ?
				  ", CASE WHEN pemilihan_disimpulkan THEN NULL ELSE pemilihan END" :
				  ", %s", field_defs[f].name);
		for (int i = 0; derived_cols[i]; i++)
			sb_printf(&sql, ", %s", derived_cols[i]);
		sb_puts(&sql, ", pemilihan FROM kasus "
			"WHERE (?1 IS NULL OR pemilihan = ?1) "
			"AND (?2 IS NULL OR instansi = ?2 COLLATE NOCASE) "
			"AND (?3 IS NULL OR jenis = ?3) AND (?4 IS NULL OR bentuk = ?4) "
			"AND (?5 IS NULL OR status = ?5) AND (?6 IS NULL OR jenis_pegawai = ?6) "
			"AND (?7 IS NULL OR tanggal_kejadian >= ?7) "
			"AND (?8 IS NULL OR tanggal_kejadian <= ?8) ORDER BY id");
		rc = db_prepare(&a->db, sql.buf, &st);
		sb_free(&sql);
		if (rc)
			return rc;
	}
	for (int o = 0; o < O_COUNT; o++)
		bind_text(st, o + 1, opt[o]);
	if (output) {
		/* it holds names: private, as the database is */
		if ((rc = atomic_open(&af, output, 0600))) {
			sqlite3_finalize(st);
			return rc;
		}
		out = af.fp;
		cv.fp = out;
	}

	if (fmt == FMT_CSV) {
		if (bom)
			csvout_bom(&cv);
		csvout_plain(&cv, "nomor");
		for (int f = 0; f < F_COUNT; f++)
			if (kontak || !(field_defs[f].flags & FF_PRIVATE))
				csvout_plain(&cv, field_defs[f].name);
		for (int i = 0; derived_cols[i]; i++)
			csvout_plain(&cv, derived_cols[i]);
		csvout_end(&cv);
	} else if (fmt == FMT_JSON) {
		json_init(&j, out);
		json_arr(&j);
	} else {
		static const char *const head[] = { "nomor", "kejadian", "nama", "pegawai",
			"instansi", "bentuk", "jenis", "kode", "status", "siasn" };

		table_init(&t, 10);
		table_row(&t, head);
	}
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		if (fmt == FMT_CSV) {
			csvout_plain(&cv, col_text(st, 0));
			for (int i = 1; i <= F_COUNT + N_DERIVED; i++)
				if (i > F_COUNT || kontak || !(field_defs[i - 1].flags & FF_PRIVATE))
					csvout_text(&cv, col_text(st, i));
			csvout_end(&cv);
		} else if (fmt == FMT_JSON) {
			json_obj(&j);
			json_kstr(&j, "nomor", col_text(st, 0));
			for (int f = 0; f < F_COUNT; f++) {
				/* the workflow apart, as 'show' has it */
				if (f == F_REKOMENDASI_NOMOR) {
					json_key(&j, "tindak_lanjut");
					json_obj(&j);
				}
				if (!((field_defs[f].flags & FF_PRIVATE) && !kontak)) {
					if (field_defs[f].flags & FF_BOOL) {
						json_key(&j, field_defs[f].name);
						json_bool(&j, sqlite3_column_int(st, 1 + f));
					} else if (f == F_PEMILIHAN) {
						json_kstr(&j, "pemilihan", col_text(st, F_COUNT + N_DERIVED + 1));
						json_key(&j, "pemilihan_disimpulkan");
						json_bool(&j, sqlite3_column_type(st, 1 + f) == SQLITE_NULL &&
							  sqlite3_column_type(st, F_COUNT + N_DERIVED + 1) != SQLITE_NULL);
					} else {
						json_kstr(&j, field_defs[f].name, col_text(st, 1 + f));
					}
				}
				if (f == F_BLOKIR_SIASN)
					json_end(&j, '}');
			}
			json_key(&j, "usia");
			if (sqlite3_column_type(st, F_COUNT + 1) == SQLITE_NULL)
				json_null(&j);
			else
				json_int(&j, sqlite3_column_int(st, F_COUNT + 1));
			for (int i = 1; derived_cols[i]; i++)
				json_kstr(&j, derived_cols[i], col_text(st, F_COUNT + 1 + i));
			json_end(&j, '}');
		} else {
			const char *cells[10] = {
				col_text(st, 0), col_text(st, 1 + F_TANGGAL_KEJADIAN),
				col_text(st, 1 + F_NAMA), col_text(st, 1 + F_JENIS_PEGAWAI),
				col_text(st, 1 + F_INSTANSI), col_text(st, 1 + F_BENTUK),
				col_text(st, F_COUNT + 6), col_text(st, F_COUNT + 7),
				col_text(st, 1 + F_STATUS),
				sqlite3_column_int(st, 1 + F_BLOKIR_SIASN) ? _("blocked") : ""
			};

			table_row(&t, cells);
		}
	}
	if (s != SQLITE_DONE)
		rc = db_fail(&a->db, _("cannot list the cases"));
	sqlite3_finalize(st);
	if (fmt == FMT_JSON) {
		json_end(&j, ']');
		json_done(&j);
	} else if (fmt == FMT_TABLE) {
		if (n)
			table_print(&t, out, 1);
		else
			fputs(_("no cases\n"), stderr);
		table_free(&t);
	}
	if (output) {
		if (rc)
			atomic_abort(&af);
		else
			rc = atomic_commit(&af);
	}
	return rc;
}
