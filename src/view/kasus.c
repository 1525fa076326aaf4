/* Cases in every format (kasus.h).  The workflow fields are grouped under
 * tindak_lanjut in JSON: the top-level "sanksi" of 'show' is the options
 * of the classification. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/msg.h"
#include "netral/view/history.h"
#include "netral/view/kasus.h"
#include "netral/view/klasifikasi.h"

static int shown(int c, int kontak)
{
	return kontak || !(kasus_columns[c].flags & CF_PRIVATE);
}

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

/* The fields of one case as JSON, the workflow in its own object;
 * val[f] is a field's text.  with_pemilihan: the contest and whether it
 * was inferred are written by the caller when 0. */
static void json_field(struct json *j, const char *const *val, enum field f,
		       int with_pemilihan, int disimpulkan)
{
	const struct column_def *def = field_def(f);

	if (f == F_PEMILIHAN) {
		if (!with_pemilihan)
			return;
		json_kstr(j, def->name, or_empty(val[f]));
		json_key(j, "pemilihan_disimpulkan");
		json_bool(j, disimpulkan);
	} else if (def->flags & CF_BOOL) {
		json_key(j, def->name);
		json_bool(j, val[f] && *val[f] == '1');
	} else {
		json_kstr(j, def->name, or_empty(val[f]));
	}
}

/* The reported fields, then the follow-up as one object "tindak_lanjut"
 * (its fields are not all adjacent in the table). */
static void json_fields(struct json *j, const char *const *val, int kontak,
			int with_pemilihan, int disimpulkan)
{
	for (int f = 0; f < F_COUNT; f++)
		if (field_def(f)->kind != KIND_WORKFLOW && shown(field_column(f), kontak))
			json_field(j, val, f, with_pemilihan, disimpulkan);
	json_key(j, "tindak_lanjut");
	json_obj(j);
	for (int f = 0; f < F_COUNT; f++)
		if (field_def(f)->kind == KIND_WORKFLOW && shown(field_column(f), kontak))
			json_field(j, val, f, with_pemilihan, disimpulkan);
	json_end(j, '}');
}

/* The columns an exchange file adds to a list's (kasus/import.h). */
static const char *const exchange_cols[3] = { "pengirim", "rantai", "dikirim" };

/* The names of the import format's columns, as CSV and workbooks head
 * them; returns their number. */
static size_t list_head(const struct view_list *v, const char **names)
{
	size_t n = 0;

	names[n++] = "nomor";
	for (int f = 0; f < F_COUNT; f++)
		if (shown(field_column(f), v->kontak))
			names[n++] = field_def(f)->name;
	for (int c = 0; c < COL_COUNT; c++)
		if (column_listed(c))
			names[n++] = kasus_columns[c].name;
	for (int i = 0; v->pertukaran[0] && i < 3; i++)
		names[n++] = exchange_cols[i];
	return n;
}

/* Beside a column's flags: the identifiers CSV spaces. */
#define LIST_NIP 0x10000u
#define LIST_NIK 0x20000u

/* A row in those columns: each value and its column's flags (CF_DATE,
 * CF_INTEGER, LIST_NIP, LIST_NIK); an inferred contest is left empty, so
 * an import infers it again.  Returns the number of values. */
static size_t list_values(const struct view_list *v, const char *const *cols, const char **val,
			  unsigned *flags)
{
	int inferred = cols[COL_PEMILIHAN_DISIMPULKAN] && *cols[COL_PEMILIHAN_DISIMPULKAN] == '1';
	size_t n = 0;

	flags[n] = 0;
	val[n++] = or_empty(cols[COL_NOMOR]);
	for (int f = 0; f < F_COUNT; f++) {
		int c = field_column(f);

		if (!shown(c, v->kontak))
			continue;
		flags[n] = kasus_columns[c].flags | (f == F_NIP ? LIST_NIP : f == F_NIK ? LIST_NIK : 0);
		val[n++] = f == F_PEMILIHAN && inferred ? "" : or_empty(cols[c]);
	}
	for (int c = 0; c < COL_COUNT; c++)
		if (column_listed(c)) {
			flags[n] = kasus_columns[c].flags;
			val[n++] = or_empty(cols[c]);
		}
	for (int i = 0; v->pertukaran[0] && i < 3; i++) {
		flags[n] = 0;
		val[n++] = v->pertukaran[i];
	}
	return n;
}

void view_list_begin(struct view_list *v, FILE *out, int bom)
{
	static const char *const head[] = { "nomor", "kejadian", "nama", "pegawai",
		"instansi", "bentuk", "jenis", "kode", "status", "siasn", "asal" };
	const char *names[1 + F_COUNT + COL_COUNT + 3];
	size_t n = list_head(v, names);

	v->out = out;
	v->cv.fp = out;
	v->n = 0;
	if (v->ids) {
		return;
	} else if (v->fmt == FMT_XLSX) {
		xlsxout_sheet(v->x, "list");
		xlsxout_head(v->x, names, n);
	} else if (v->fmt == FMT_CSV) {
		if (bom)
			csvout_bom(&v->cv);
		for (size_t i = 0; i < n; i++)
			csvout_plain(&v->cv, names[i]);
		csvout_end(&v->cv);
	} else if (v->fmt == FMT_JSON) {
		json_init(&v->j, out);
		json_arr(&v->j);
	} else {
		table_init(&v->t, v->asal ? 11 : 10);
		table_row(&v->t, head);
	}
}

static void csv_row(struct view_list *v, const char *const *cols)
{
	const char *val[1 + F_COUNT + COL_COUNT + 3];
	unsigned flags[1 + F_COUNT + COL_COUNT + 3];
	size_t n = list_values(v, cols, val, flags);
	char spaced[32];

	for (size_t i = 0; i < n; i++) {
		/* identifiers a spreadsheet opening the list keeps whole */
		if (flags[i] & LIST_NIP)
			nip_spaced(val[i], spaced);
		else if (flags[i] & LIST_NIK)
			nik_spaced(val[i], spaced);
		csvout_text(&v->cv, flags[i] & (LIST_NIP | LIST_NIK) ? spaced : val[i]);
	}
	csvout_end(&v->cv);
}

/* Typed cells: a day a date, a count a number, the rest (an NIP, an NIK,
 * a name that looks like a formula) text as it is. */
static void xlsx_row(struct view_list *v, const char *const *cols)
{
	const char *val[1 + F_COUNT + COL_COUNT + 3];
	unsigned flags[1 + F_COUNT + COL_COUNT + 3];
	size_t n = list_values(v, cols, val, flags);

	for (size_t i = 0; i < n; i++) {
		char *end;
		double d = strtod(val[i], &end);

		if (flags[i] & CF_DATE)
			xlsxout_date(v->x, val[i]);
		else if ((flags[i] & CF_INTEGER) && *val[i] && !*end)
			xlsxout_number(v->x, d);
		else
			xlsxout_text(v->x, val[i]);
	}
	xlsxout_end_row(v->x);
}

static void json_row(struct view_list *v, const char *const *cols, int inferred)
{
	const char *val[F_COUNT];

	for (int f = 0; f < F_COUNT; f++)
		val[f] = cols[field_column(f)];
	json_obj(&v->j);
	json_kstr(&v->j, "nomor", or_empty(cols[COL_NOMOR]));
	json_fields(&v->j, val, v->kontak, 1, inferred && cols[COL_PEMILIHAN]);
	json_key(&v->j, "usia");
	if (cols[COL_USIA])
		json_int(&v->j, atoll(cols[COL_USIA]));
	else
		json_null(&v->j);
	for (int c = 0; c < COL_COUNT; c++)
		if (column_listed(c) && c != COL_USIA)
			json_kstr(&v->j, kasus_columns[c].name, or_empty(cols[c]));
	json_end(&v->j, '}');
}

int view_list_row(void *vp, const char *const *cols)
{
	struct view_list *v = vp;
	int inferred = cols[COL_PEMILIHAN_DISIMPULKAN] && *cols[COL_PEMILIHAN_DISIMPULKAN] == '1';

	v->n++;
	if (v->ids) {
		fprintf(v->out, "%s\n", or_empty(cols[COL_NOMOR]));
	} else if (v->fmt == FMT_XLSX) {
		xlsx_row(v, cols);
	} else if (v->fmt == FMT_CSV) {
		csv_row(v, cols);
	} else if (v->fmt == FMT_JSON) {
		json_row(v, cols, inferred);
	} else {
		const char *cells[11] = {
			or_empty(cols[COL_NOMOR]), or_empty(cols[COL_TANGGAL_KEJADIAN]),
			or_empty(cols[COL_NAMA]), or_empty(cols[COL_JENIS_PEGAWAI]),
			or_empty(cols[COL_INSTANSI]), or_empty(cols[COL_BENTUK]),
			or_empty(cols[COL_JENIS]), or_empty(cols[COL_KODE]),
			or_empty(cols[COL_STATUS]),
			cols[COL_BLOKIR_SIASN] && *cols[COL_BLOKIR_SIASN] == '1' ? _("blocked") : "",
			or_empty(cols[COL_ASAL])
		};

		table_row(&v->t, cells);
	}
	return 0;
}

void view_list_end(struct view_list *v)
{
	if (v->ids) {
		return;
	} else if (v->fmt == FMT_JSON) {
		json_end(&v->j, ']');
		json_done(&v->j);
	} else if (v->fmt == FMT_TABLE) {
		if (v->n)
			table_print(&v->t, v->out, 1);
		else
			report_hint("%s", _("no cases\n"));
		table_free(&v->t);
	}
}

/* The derived values 'show' prints, as name and text. */
enum { SHOWN_USIA, SHOWN_KELOMPOK_USIA, SHOWN_JENIS_KELAMIN, SHOWN_KELOMPOK_JABATAN, SHOWN_PERIODE, SHOWN_COUNT };
static const char *const derived_names[SHOWN_COUNT] = {
	"usia", "kelompok_usia", "jenis_kelamin", "kelompok_jabatan", "periode"
};

static void derived(const struct kasus *k, char out[SHOWN_COUNT][64])
{
	if (k->usia >= 0)
		snprintf(out[SHOWN_USIA], 64, "%d", k->usia);
	else
		out[SHOWN_USIA][0] = '\0';
	snprintf(out[SHOWN_KELOMPOK_USIA], 64, "%s", k->kelompok_usia);
	snprintf(out[SHOWN_JENIS_KELAMIN], 64, "%s",
		 k->sex == 1 ? "laki-laki" : k->sex == 2 ? "perempuan" : "");
	snprintf(out[SHOWN_KELOMPOK_JABATAN], 64, "%s", k->kelompok_jabatan);
	snprintf(out[SHOWN_PERIODE], 64, "%s", k->periode);
}

static int show_json(struct db *d, const struct rules *r, const struct kasus *k,
		     long long id, const struct kasus_meta *m, int kontak)
{
	const char *val[F_COUNT];
	char der[SHOWN_COUNT][64];
	struct json j;
	int rc;

	derived(k, der);
	for (int f = 0; f < F_COUNT; f++)
		val[f] = kasus_value(k, f);
	json_init(&j, stdout);
	json_obj(&j);
	json_kstr(&j, "nomor", m->nomor);
	/* the contest is one of the classification's keys */
	json_fields(&j, val, kontak, 0, 0);
	json_key(&j, "usia");
	if (k->usia >= 0)
		json_int(&j, k->usia);
	else
		json_null(&j);
	for (int i = SHOWN_KELOMPOK_USIA; i < SHOWN_COUNT; i++)
		json_kstr(&j, derived_names[i], der[i]);
	view_klasifikasi_json(&j, r, &k->klas, k->v[F_JENIS_PEGAWAI]);
	json_kstr(&j, "berkas", m->berkas);
	json_kstr(&j, "berkas_sha256", m->sha256);
	json_key(&j, "berkas_baris");
	if (*m->baris)
		json_num(&j, m->baris);
	else
		json_null(&j);
	json_kstr(&j, "dibuat", m->dibuat);
	json_kstr(&j, "diubah", m->diubah);
	json_kstr(&j, "gabungan", m->gabungan);
	json_kstr(&j, "alias", m->alias);
	json_kstr(&j, "izin", *m->izin ? m->izin : NULL);
	json_key(&j, "riwayat");
	rc = view_history(d, &(struct audit_filter){ .kasus_id = id }, FMT_JSON, stdout, &j, NULL, kontak, 0, 0);
	json_end(&j, '}');
	json_done(&j);
	return rc;
}

static void show_csv(const struct rules *r, const struct kasus *k,
		     const struct kasus_meta *m, int kontak, int excel)
{
	const char *meta[] = { m->berkas, m->sha256, m->baris, m->dibuat, m->diubah };
	static const char *const meta_names[] = { "berkas", "berkas_sha256", "berkas_baris",
		"dibuat", "diubah" };
	char der[SHOWN_COUNT][64];
	struct csvout cv;

	derived(k, der);
	csvout_init(&cv, stdout);
	if (excel)
		csvout_excel(&cv);
	csvout_plain(&cv, "nomor");
	for (int f = 0; f < F_COUNT; f++)
		if (shown(field_column(f), kontak))
			csvout_plain(&cv, field_def(f)->name);
	for (int i = 0; i < SHOWN_COUNT; i++)
		csvout_plain(&cv, derived_names[i]);
	view_klasifikasi_csv_header(&cv);
	for (int i = 0; i < 5; i++)
		csvout_plain(&cv, meta_names[i]);
	csvout_end(&cv);
	csvout_plain(&cv, m->nomor);
	for (int f = 0; f < F_COUNT; f++)
		if (shown(field_column(f), kontak))
			csvout_text(&cv, kasus_value(k, f));
	for (int i = 0; i < SHOWN_COUNT; i++)
		csvout_plain(&cv, der[i]);
	view_klasifikasi_csv(&cv, r, &k->klas, k->v[F_JENIS_PEGAWAI]);
	for (int i = 0; i < 5; i++)
		csvout_text(&cv, meta[i]);
	csvout_end(&cv);
}

static void row2(struct table *t, const char *key, const char *value)
{
	const char *cells[2] = { key, value };

	table_row(t, cells);
}

static int show_table(struct db *d, const struct rules *r, const struct kasus *k,
		      long long id, const struct kasus_meta *m, int kontak)
{
	char der[SHOWN_COUNT][64];
	struct table t;

	derived(k, der);
	table_init(&t, 2);
	row2(&t, "nomor", m->nomor);
	for (int f = 0; f < F_COUNT; f++)
		/* the contest is shown with the classification */
		if (f != F_PEMILIHAN && shown(field_column(f), kontak))
			row2(&t, field_def(f)->name, kasus_value(k, f));
	for (int i = 0; i < SHOWN_COUNT; i++)
		row2(&t, derived_names[i], der[i]);
	view_klasifikasi_rows(&t, r, &k->klas, k->v[F_JENIS_PEGAWAI]);
	if (*m->berkas) {
		char src[1024];

		snprintf(src, sizeof src, "%s:%s (sha256 %s)", m->berkas, m->baris, m->sha256);
		row2(&t, "berkas", src);
	}
	row2(&t, "dibuat", m->dibuat);
	row2(&t, "diubah", m->diubah);
	if (*m->gabungan)
		row2(&t, "gabungan", m->gabungan);
	if (*m->alias)
		row2(&t, "alias", m->alias);
	if (*m->izin)
		row2(&t, "izin", m->izin);
	table_print(&t, stdout, 0);
	table_free(&t);
	printf("\n%s\n", _("riwayat (history):"));
	return view_history(d, &(struct audit_filter){ .kasus_id = id }, FMT_TABLE, stdout, NULL, NULL, kontak,
			    0, 0);
}

int view_show(struct db *d, const struct rules *r, const struct kasus *k,
	      long long id, const struct kasus_meta *m, enum format fmt, int kontak, int excel)
{
	if (fmt == FMT_JSON)
		return show_json(d, r, k, id, m, kontak);
	if (fmt == FMT_CSV) {
		show_csv(r, k, m, kontak, excel);
		return 0;
	}
	return show_table(d, r, k, id, m, kontak);
}
