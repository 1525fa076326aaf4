/* The descriptors of the rules tables (catalog.h), made from their columns
 * so that loading, storing, freeing and listing walk one list. */
#include <stdio.h>
#include <string.h>

#include "netral/rules/label.h"
#include "netral/rules/catalog.h"
#include "netral/rules/rows.h"
#include "netral/rules/vocab.h"
#include "netral/util/msg.h"

static const char *const flag_names[] = { "*", "tidak", "ya" };
static const char *const tahap_names[] = { "bakal_calon", "calon", "*", "kapan_saja" };
static const char *const sasaran_names[] = { "*", "calon", "partai" };
static const char *const irama_names[] = IRAMA_NAMES;
static const char *const origin_names[] = { "pengguna", "bawaan" };

#define ENUM_OF(names, first, unknown, spelled) \
	{ names, (int)(sizeof names / sizeof *names), first, unknown, spelled }
static const struct rules_enum en_flag = ENUM_OF(flag_names, FLAG_ANY, 0, N_("ya, tidak or *"));
static const struct rules_enum en_tahap =
	ENUM_OF(tahap_names, TAHAP_BAKAL, TAHAP_BAKAL, N_("bakal_calon, calon, * or kapan_saja"));
static const struct rules_enum en_sasaran = ENUM_OF(sasaran_names, FLAG_ANY, 0, NULL);
static const struct rules_enum en_irama =
	ENUM_OF(irama_names, IRAMA_MINGGUAN, IRAMA_BEBAS, N_("mingguan, sekali, bebas or tahapan"));
static const struct rules_enum en_origin = ENUM_OF(origin_names, 0, 0, NULL);

/* The kind of each type of catalog.h, and the names of an enumeration. */
#define KIND_TEXT RV_TEXT, NULL
#define KIND_DATE RV_DATE, NULL
#define KIND_INT RV_INT, NULL
#define KIND_LINE RV_LINE, NULL
#define KIND_ORDER RV_ORDER, NULL
#define KIND_NONE RV_NONE, NULL
#define KIND_DERIVED RV_INT, NULL
#define KIND_FLAG RV_ENUM, &en_flag
#define KIND_TAHAP RV_ENUM, &en_tahap
#define KIND_SASARAN RV_ENUM, &en_sasaran
#define KIND_IRAMA RV_ENUM, &en_irama
#define KIND_ORIGIN RV_ENUM, &en_origin
/* where a member is: what has none (ORDER, NONE) is at 0, never read */
#define OFF_TEXT(T, f) offsetof(T, f)
#define OFF_DATE(T, f) offsetof(T, f)
#define OFF_INT(T, f) offsetof(T, f)
#define OFF_LINE(T, f) offsetof(T, f)
#define OFF_ORDER(T, f) 0
#define OFF_NONE(T, f) 0
#define OFF_DERIVED(T, f) offsetof(T, f)
#define OFF_FLAG(T, f) offsetof(T, f)
#define OFF_TAHAP(T, f) offsetof(T, f)
#define OFF_SASARAN(T, f) offsetof(T, f)
#define OFF_IRAMA(T, f) offsetof(T, f)
#define OFF_ORIGIN(T, f) offsetof(T, f)

#define COLUMN(T, field, csv, sql, type, flags, dflt, limit, check) \
	{ #field, csv, sql, OFF_##type(T, field), KIND_##type, flags, dflt, limit, check },
#define COLUMNS(id, tag, member, cols) \
	static const struct rules_column cols_##tag[] = { cols(COLUMN, struct tag) }; \
	_Static_assert(sizeof cols_##tag / sizeof *cols_##tag <= RULES_COLS_MAX, #tag " fits RULES_COLS_MAX");
RULES_TABLES(COLUMNS)

#define TABLE(tag, member) \
	.array = offsetof(struct rules, member), .size = sizeof(struct tag), \
	.cols = cols_##tag, .ncols = sizeof cols_##tag / sizeof *cols_##tag

const struct rules_table rules_tables[RT_COUNT] = {
	[RT_BENTUK] = { "bentuk", "bentuk.csv", NULL, TABLE(bentuk, bentuk),
		.flags = RT_KEEP_USED, .order = "rowid", .what = N_("cannot store bentuk"),
		.drop = N_("a bentuk the new rules drop is still used by cases"),
		.dup = N_("duplicate bentuk '%s' (also line %ld)") },
	[RT_KOSAKATA] = { "kosakata", "kosakata.csv", NULL, TABLE(kosakata, kosakata),
		.order = "baris", .what = N_("cannot store the vocabularies"), .row = row_kosakata },
	[RT_UNDANG] = { "undang", "undang.csv", NULL, TABLE(undang, undang),
		.flags = RT_LATER, .order = "rowid",
		.what = N_("cannot store the texts of the legal bases") },
	[RT_MATRIKS] = { "matriks", "matriks.csv", NULL, TABLE(matrix_row, matrix),
		.order = "baris", .what = N_("cannot store the matrix"), .row = row_matriks },
	/* an agency's ladder replaces the shipped one of its ruleset and type */
	[RT_SANKSI] = { "sanksi", "sanksi.csv", "sanksi_instansi.csv", TABLE(sanksi, sanksi),
		.order = "baris", .what = N_("cannot store the sanctions"), .row = row_sanksi },
	[RT_TINGKAT] = { "tingkat", "tingkat.csv", NULL, TABLE(tingkat, tingkat),
		.flags = RT_LATER, .order = "rowid",
		.what = N_("cannot store the tiers of the employee types") },
	[RT_PEMILIHAN] = { "pemilihan", "pemilihan.csv", NULL, TABLE(pemilihan, pemilihan),
		.flags = RT_USER_ROWS, .order = "pemungutan, penetapan, kode",
		.what = N_("cannot store the contests"), .dup = N_("duplicate contest '%s' (also line %ld)"),
		.row = row_pemilihan, .settle = settle_pemilihan },
	[RT_JABATAN] = { "jabatan", "jabatan.csv", NULL, TABLE(jabatan, jabatan),
		.order = "rowid", .what = N_("cannot store the positions"),
		.dup = N_("duplicate spelling '%s' (also line %ld)") },
	[RT_STATUS] = { "status", "status.csv", NULL, TABLE(status, status),
		.flags = RT_KEEP_USED, .order = "urutan", .what = N_("cannot store the statuses"),
		.drop = N_("a status the new rules drop is still used by cases"),
		.dup = N_("duplicate status '%s'"), .row = row_status },
	[RT_TRANSISI] = { "transisi", "transisi.csv", NULL, TABLE(transisi, transisi),
		.order = "rowid", .what = N_("cannot store the transitions"), .row = row_transisi },
	[RT_PENGATURAN] = { "pengaturan", "pengaturan.csv", NULL, TABLE(pengaturan, pengaturan),
		.order = "rowid", .what = N_("cannot store the settings"),
		.dup = N_("duplicate setting '%s'"), .row = row_pengaturan },
	[RT_LABEL] = { "label", "label.csv", NULL, TABLE(label, label),
		.flags = RT_LATER, .order = "rowid", .what = N_("cannot store the labels"),
		.row = row_label },
	/* a regional circular binds the agencies it names only: an agency that
	 * follows one says so in its own file, empty as shipped */
	[RT_JADWAL] = { "jadwal", "jadwal.csv", "jadwal_instansi.csv", TABLE(jadwal, jadwal),
		.flags = RT_LATER, .order = "rowid",
		.what = N_("cannot store the schedule of the prevention duties"), .row = row_jadwal },
	[RT_KEWAJIBAN] = { "kewajiban_lapor", "kewajiban_lapor.csv", "kewajiban_lapor_instansi.csv",
		TABLE(kewajiban, kewajiban), .flags = RT_LATER, .order = "rowid",
		.what = N_("cannot store the duties to report"), .row = row_kewajiban },
};

#define TEXT(member, file, name, max) { file, name, offsetof(struct rules, member), max },
const struct rules_text rules_texts[RULES_NTEXTS] = { RULES_TEXTS(TEXT) };

const struct rules_column *rules_column(const struct rules_table *t, const char *name)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (t->cols[i].csv && strcmp(t->cols[i].csv, name) == 0)
			return &t->cols[i];
	for (size_t i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].field, name) == 0)
			return &t->cols[i];
	return NULL;
}

const char *rules_enum_name(const struct rules_enum *en, int v)
{
	return v >= en->first && v - en->first < en->n ? en->names[v - en->first] : NULL;
}

const char *rules_cell(const struct rules_column *c, const void *row, char buf[RULES_CELL_MAX])
{
	const void *m = (const char *)row + c->off;

	switch (c->kind) {
	case RV_TEXT:
		return *(char *const *)m;
	case RV_DATE:
		if (!((const struct date *)m)->y)
			return NULL;
		date_format(m, buf);
		return buf;
	case RV_INT:
		snprintf(buf, RULES_CELL_MAX, "%d", *(const int *)m);
		return buf;
	case RV_LINE:
		snprintf(buf, RULES_CELL_MAX, "%ld", *(const long *)m);
		return buf;
	case RV_ENUM:
		return rules_enum_name(c->en, *(const int *)m);
	default:
		return NULL;
	}
}

const char *tahap_name(int tahap)
{
	const char *s = rules_enum_name(&en_tahap, tahap);

	return s ? s : RULES_UNKNOWN;
}
