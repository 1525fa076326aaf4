/* The overdue cases in every format (overdue.h). */
#include <stdio.h>

#include "netral/io/listing.h"
#include "netral/util/msg.h"
#include "netral/view/overdue.h"

static void overdue_csv(FILE *fp, const struct overdue *o, int excel)
{
	struct csvout cv;

	csvout_init(&cv, fp);
	if (excel)
		csvout_excel(&cv);
	for (int i = 0; i < 8; i++)
		csvout_plain(&cv, overdue_cols[i]);
	csvout_plain(&cv, "batas");
	csvout_plain(&cv, "hari_terlambat");
	csvout_plain(&cv, "blokir_siasn");
	csvout_end(&cv);
	for (size_t i = 0; i < o->n; i++) {
		char over[24];

		for (int k = 0; k < 8; k++)
			csvout_text(&cv, o->rows[i].v[k]);
		snprintf(over, sizeof over, "%ld", o->rows[i].over);
		csvout_plain(&cv, o->rows[i].batas);
		csvout_plain(&cv, over);
		csvout_plain(&cv, o->rows[i].v[8]);
		csvout_end(&cv);
	}
}

/* The CSV's columns and rows as typed cells: the days as dates, the days
 * overdue and the block flag as numbers. */
static void overdue_xlsx(const struct overdue *o, struct xlsxout *x)
{
	const char *cols[11];
	struct listing l;

	for (int i = 0; i < 8; i++)
		cols[i] = overdue_cols[i];
	cols[8] = "batas";
	cols[9] = "hari_terlambat";
	cols[10] = "blokir_siasn";
	listing_begin_xlsx(&l, x, "overdue", cols, 11, 3u << 9, 3u << 7);
	for (size_t i = 0; i < o->n; i++) {
		const char *v[11];
		char over[24];

		for (int k = 0; k < 8; k++)
			v[k] = o->rows[i].v[k];
		snprintf(over, sizeof over, "%ld", o->rows[i].over);
		v[8] = o->rows[i].batas;
		v[9] = over;
		v[10] = o->rows[i].v[8];
		listing_row(&l, v);
	}
	listing_end(&l, "");
}

static void overdue_json(FILE *fp, const struct overdue *o, const char *today, long batas)
{
	struct json j;

	json_init(&j, fp);
	json_obj(&j);
	json_kstr(&j, "hari_ini", today);
	json_kint(&j, "batas_hari", batas);
	json_kint(&j, "jumlah", (long long)o->n);
	json_kint(&j, "tanpa_tanggal_rekomendasi", o->missing);
	json_key(&j, "instansi");
	json_arr(&j);
	for (size_t i = 0; i < o->n; i++) {
		if (i == 0 || o->rows[i].group != o->rows[i - 1].group) {
			if (i)
				json_end(&j, ']'), json_end(&j, '}');
			json_obj(&j);
			json_kstr(&j, "instansi", o->rows[i].v[2]);
			json_key(&j, "kasus");
			json_arr(&j);
		}
		json_obj(&j);
		for (int k = 0; k < 8; k++)
			if (k != 2)
				json_kstr(&j, overdue_cols[k], o->rows[i].v[k]);
		json_kstr(&j, "batas", o->rows[i].batas);
		json_kint(&j, "hari_terlambat", o->rows[i].over);
		json_key(&j, "blokir_siasn");
		json_bool(&j, o->rows[i].v[8][0] == '1');
		json_end(&j, '}');
	}
	if (o->n)
		json_end(&j, ']'), json_end(&j, '}');
	json_end(&j, ']');
	json_end(&j, '}');
	json_done(&j);
}

static void overdue_table(FILE *fp, const struct overdue *o, const char *today, long batas)
{
	char cnt[32];

	fmt_count((long long)o->n, cnt);
	fprintf(fp, P_("%s case past the %ld-day follow-up deadline (today %s)\n",
		  "%s cases past the %ld-day follow-up deadline (today %s)\n", o->n), cnt, batas, today);
	for (size_t i = 0; i < o->n;) {
		struct table t;
		static const char *const head[] = { "nomor", "nama", "jenis", "rekomendasi",
			"batas", "terlambat", "siasn" };
		size_t k = i;

		fprintf(fp, "\n%s\n", o->rows[i].v[2]);
		table_init(&t, 7);
		t.right = 1u << 5;
		table_row(&t, head);
		for (; k < o->n && o->rows[k].group == o->rows[i].group; k++) {
			char rek[160], over[32], jenis[80];
			const char *cells[7];

			snprintf(jenis, sizeof jenis, "%s%s%s", o->rows[k].v[3], *o->rows[k].v[4] ? " " : "",
				 o->rows[k].v[4]);
			snprintf(rek, sizeof rek, "%s %s %s", o->rows[k].v[7], o->rows[k].v[5], o->rows[k].v[6]);
			snprintf(over, sizeof over, P_("%ld day", "%ld days", o->rows[k].over),
				 o->rows[k].over);
			cells[0] = o->rows[k].v[0];
			cells[1] = o->rows[k].v[1];
			cells[2] = jenis;
			cells[3] = rek;
			cells[4] = o->rows[k].batas;
			cells[5] = over;
			cells[6] = o->rows[k].v[8][0] == '1' ? _("blocked") : "";
			table_row(&t, cells);
		}
		table_print(&t, fp, 1);
		table_free(&t);
		i = k;
	}
}

void view_overdue(const struct overdue *o, enum format fmt, FILE *fp, struct xlsxout *x,
		  const char *today, long batas, int excel)
{
	if (fmt == FMT_XLSX)
		overdue_xlsx(o, x);
	else if (fmt == FMT_CSV)
		overdue_csv(fp, o, excel);
	else if (fmt == FMT_JSON)
		overdue_json(fp, o, today, batas);
	else
		overdue_table(fp, o, today, batas);
}
