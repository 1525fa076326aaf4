/* netral show: every field of a case, what is derived from them, and the
 * classification with its reason. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"
#include "netral/view/klasifikasi.h"

static const char help_text[] = N_(
"usage: netral show CASE [--format table|csv|json] [--kontak]\n"
"\n"
"Shows every field of the case, the derived age, age band, campaign period\n"
"and stage, the classification with its reason, and the history.  The\n"
"reporter's contact (kontak_pelapor) is shown only with --kontak.\n");

enum { M_NOMOR, M_BERKAS, M_SHA, M_BARIS, M_DIBUAT, M_DIUBAH, M_COUNT };
static const char *const meta_names[M_COUNT] = {
	"nomor", "berkas", "berkas_sha256", "berkas_baris", "dibuat", "diubah"
};

static int load_meta(struct db *d, long long id, char meta[M_COUNT][300])
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT k.nomor, i.berkas, i.sha256, k.berkas_baris, k.dibuat, "
			     "k.diubah FROM kasus k LEFT JOIN impor i ON i.id = k.impor_id "
			     "WHERE k.id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = db_fail(d, _("cannot read the case"));
		sqlite3_finalize(st);
		return rc;
	}
	for (int i = 0; i < M_COUNT; i++)
		snprintf(meta[i], 300, "%s", col_text(st, i));
	sqlite3_finalize(st);
	return 0;
}

/* The derived values, as name and text. */
enum { D_USIA, D_KELOMPOK_USIA, D_JENIS_KELAMIN, D_KELOMPOK_JABATAN, D_PERIODE, D_COUNT };
static const char *const derived_names[D_COUNT] = {
	"usia", "kelompok_usia", "jenis_kelamin", "kelompok_jabatan", "periode"
};

static void derived(const struct kasus *k, char out[D_COUNT][64])
{
	if (k->usia >= 0)
		snprintf(out[D_USIA], 64, "%d", k->usia);
	else
		out[D_USIA][0] = '\0';
	snprintf(out[D_KELOMPOK_USIA], 64, "%s", k->kelompok_usia);
	snprintf(out[D_JENIS_KELAMIN], 64, "%s",
		 k->sex == 1 ? "laki-laki" : k->sex == 2 ? "perempuan" : "");
	snprintf(out[D_KELOMPOK_JABATAN], 64, "%s", k->kelompok_jabatan);
	snprintf(out[D_PERIODE], 64, "%s", k->periode);
}

/* --kontak: the reporter's contact is personal data, shown when asked */
static int show_private;

static int hidden(int f)
{
	return (field_defs[f].flags & FF_PRIVATE) && !show_private;
}

static void json_fields(struct json *j, const struct kasus *k, int from, int to)
{
	for (int f = from; f < to; f++) {
		if (hidden(f))
			continue;
		if (field_defs[f].flags & FF_BOOL) {
			json_key(j, field_defs[f].name);
			json_bool(j, *kasus_value(k, f) == '1');
		} else if (f != F_PEMILIHAN) {
			json_kstr(j, field_defs[f].name, kasus_value(k, f));
		}
	}
}

int cmd_show(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "kontak", no_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum format fmt = FMT_TABLE;
	char nomor[32], meta[M_COUNT][300], der[D_COUNT][64];
	struct kasus *k;
	long long id;
	int c, rc;

	while ((c = next_opt(argc, argv, ":h", lo, "show")) != -1) {
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'f':
			if (format_parse(optarg, &fmt) < 0)
				return usage_error("show", _("unknown format '%s' (table, csv, json)"), optarg);
			break;
		case 'k':
			show_private = 1;
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind + 1 != argc)
		return usage_error("show", _("expected one case number"));
	if (nomor_normalise(argv[optind], nomor) < 0)
		return usage_error("show", _("'%s' is not a case number (like 2024-0007)"), argv[optind]);
	if ((rc = app_open(a, DB_READ)))
		return rc;
	k = xmalloc(sizeof *k);
	if ((rc = kasus_load(&a->db, nomor, k, &id)) ||
	    (rc = load_meta(&a->db, id, meta)))
		goto out;
	derived(k, der);

	if (fmt == FMT_JSON) {
		struct json j;

		json_init(&j, stdout);
		json_obj(&j);
		json_kstr(&j, "nomor", meta[M_NOMOR]);
		json_fields(&j, k, 0, F_REKOMENDASI_NOMOR);
		json_fields(&j, k, F_BLOKIR_SIASN + 1, F_COUNT);
		/* the workflow apart: its "sanksi" is the imposed sanction, the
		 * top-level "sanksi" the options of the classification */
		json_key(&j, "tindak_lanjut");
		json_obj(&j);
		json_fields(&j, k, F_REKOMENDASI_NOMOR, F_BLOKIR_SIASN + 1);
		json_end(&j, '}');
		json_key(&j, "usia");
		if (k->usia >= 0)
			json_int(&j, k->usia);
		else
			json_null(&j);
		for (int i = D_KELOMPOK_USIA; i < D_COUNT; i++)
			json_kstr(&j, derived_names[i], der[i]);
		view_klasifikasi_json(&j, &a->db.rules, &k->k, k->v[F_JENIS_PEGAWAI]);
		json_kstr(&j, "berkas", meta[M_BERKAS]);
		json_kstr(&j, "berkas_sha256", meta[M_SHA]);
		json_key(&j, "berkas_baris");
		if (*meta[M_BARIS])
			json_num(&j, meta[M_BARIS]);
		else
			json_null(&j);
		json_kstr(&j, "dibuat", meta[M_DIBUAT]);
		json_kstr(&j, "diubah", meta[M_DIUBAH]);
		json_key(&j, "riwayat");
		rc = history_emit(&a->db, id, FMT_JSON, &j);
		json_end(&j, '}');
		json_done(&j);
	} else if (fmt == FMT_CSV) {
		struct csvout cv;

		csvout_init(&cv, stdout);
		csvout_plain(&cv, "nomor");
		for (int f = 0; f < F_COUNT; f++)
			if (!hidden(f))
				csvout_plain(&cv, field_defs[f].name);
		for (int i = 0; i < D_COUNT; i++)
			csvout_plain(&cv, derived_names[i]);
		view_klasifikasi_csv_header(&cv);
		for (int i = M_BERKAS; i < M_COUNT; i++)
			csvout_plain(&cv, meta_names[i]);
		csvout_end(&cv);
		csvout_plain(&cv, meta[M_NOMOR]);
		for (int f = 0; f < F_COUNT; f++)
			if (!hidden(f))
				csvout_text(&cv, kasus_value(k, f));
		for (int i = 0; i < D_COUNT; i++)
			csvout_plain(&cv, der[i]);
		view_klasifikasi_csv(&cv, &a->db.rules, &k->k, k->v[F_JENIS_PEGAWAI]);
		for (int i = M_BERKAS; i < M_COUNT; i++)
			csvout_text(&cv, meta[i]);
		csvout_end(&cv);
	} else {
		struct table t;
		const char *cells[2];

		table_init(&t, 2);
		cells[0] = "nomor";
		cells[1] = meta[M_NOMOR];
		table_row(&t, cells);
		for (int f = 0; f < F_COUNT; f++) {
			if (f == F_PEMILIHAN || hidden(f))
				continue; /* the contest is shown with the classification */
			cells[0] = field_defs[f].name;
			cells[1] = kasus_value(k, f);
			table_row(&t, cells);
		}
		for (int i = 0; i < D_COUNT; i++) {
			cells[0] = derived_names[i];
			cells[1] = der[i];
			table_row(&t, cells);
		}
		view_klasifikasi_rows(&t, &a->db.rules, &k->k, k->v[F_JENIS_PEGAWAI]);
		if (*meta[M_BERKAS]) {
			char src[1024];

			snprintf(src, sizeof src, "%s:%s (sha256 %s)", meta[M_BERKAS],
				 meta[M_BARIS], meta[M_SHA]);
			cells[0] = "berkas";
			cells[1] = src;
			table_row(&t, cells);
		}
		cells[0] = "dibuat";
		cells[1] = meta[M_DIBUAT];
		table_row(&t, cells);
		cells[0] = "diubah";
		cells[1] = meta[M_DIUBAH];
		table_row(&t, cells);
		table_print(&t, stdout, 0);
		table_free(&t);
		printf("\n%s\n", _("riwayat (history):"));
		rc = history_emit(&a->db, id, FMT_TABLE, NULL);
	}
out:
	free(k);
	return rc;
}
