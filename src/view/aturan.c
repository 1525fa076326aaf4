/* 'netral rules': the rules in force, as a reader checks them against the
 * SKB and BKN's tables, or as CSV (the matrix) and JSON (everything). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/catalog.h"
#include "netral/rules/classify.h"
#include "netral/rules/vocab.h"
#include "netral/util/msg.h"
#include "netral/view/aturan.h"
#include "netral/view/elections.h"

/* The columns of a rules table a listing shows: at a terminal the narrow
 * ones (RC_SHOW) under their short names, in CSV and JSON also the wide
 * ones (RC_DATA) under the names of the rules files. */
static int listed(const struct rules_column *c, int terminal)
{
	return (c->flags & RC_SHOW) || (!terminal && (c->flags & RC_DATA));
}

static size_t heading(const struct rules_table *t, int terminal, const char **cells)
{
	size_t n = 0;

	for (size_t k = 0; k < t->ncols; k++)
		if (listed(&t->cols[k], terminal))
			cells[n++] = terminal ? t->cols[k].field : t->cols[k].csv;
	return n;
}

static size_t cells_of(const struct rules_table *t, const void *row, int terminal,
		       const char **cells, char (*buf)[RULES_CELL_MAX])
{
	size_t n = 0;

	for (size_t k = 0; k < t->ncols; k++)
		if (listed(&t->cols[k], terminal)) {
			cells[n] = rules_cell(&t->cols[k], row, buf[n]);
			n++;
		}
	return n;
}

/* The rows of a table (of one ruleset, when rs is not NULL) at a terminal. */
static void table_of(const struct rules *r, enum rules_table_id id, const char *rs, int with_heading)
{
	const struct rules_table *t = &rules_tables[id];
	const struct rules_column *by = rules_column(t, "ruleset");
	const char *cells[RULES_COLS_MAX];
	char buf[RULES_COLS_MAX][RULES_CELL_MAX];
	const void *v;
	size_t n = rules_rows(r, t, &v);
	struct table tb;

	table_init(&tb, heading(t, 1, cells));
	if (with_heading)
		table_row(&tb, cells);
	for (size_t i = 0; i < n; i++) {
		const void *row = RULES_ROW(t, v, i);

		if (rs && by && strcmp(rules_cell(by, row, buf[0]), rs) != 0)
			continue;
		cells_of(t, row, 1, cells, buf);
		table_row(&tb, cells);
	}
	table_print(&tb, stdout, with_heading);
	table_free(&tb);
}

static void json_rows(struct json *j, const struct rules *r, enum rules_table_id id)
{
	const struct rules_table *t = &rules_tables[id];
	const char *head[RULES_COLS_MAX], *cells[RULES_COLS_MAX];
	char buf[RULES_COLS_MAX][RULES_CELL_MAX];
	const void *v;
	size_t n = rules_rows(r, t, &v), nc = heading(t, 0, head);

	json_key(j, t->name);
	json_arr(j);
	for (size_t i = 0; i < n; i++) {
		cells_of(t, RULES_ROW(t, v, i), 0, cells, buf);
		json_obj(j);
		for (size_t k = 0; k < nc; k++)
			json_kstr(j, head[k], cells[k]);
		json_end(j, '}');
	}
	json_end(j, ']');
}

/* CSV is the matrix. */
static void print_csv(const struct rules *r, int excel)
{
	const struct rules_table *t = &rules_tables[RT_MATRIKS];
	const char *cells[RULES_COLS_MAX];
	char buf[RULES_COLS_MAX][RULES_CELL_MAX];
	struct csvout c;
	size_t nc = heading(t, 0, cells);

	csvout_init(&c, stdout);
	if (excel)
		csvout_excel(&c);
	for (size_t k = 0; k < nc; k++)
		csvout_plain(&c, cells[k]);
	csvout_end(&c);
	for (size_t i = 0; i < r->matrix.n; i++) {
		cells_of(t, &r->matrix.v[i], 0, cells, buf);
		for (size_t k = 0; k < nc; k++)
			csvout_text(&c, cells[k] ? cells[k] : "");
		csvout_end(&c);
	}
}

static void json_vocab(struct json *j, const struct rules *r, const char *daftar,
		       const char *sifat)
{
	json_arr(j);
	for (size_t i = 0; i < r->kosakata.n; i++) {
		const struct kosakata *v = &r->kosakata.v[i];

		if (strcmp(v->daftar, daftar) || (sifat && !rules_sifat(v, sifat)))
			continue;
		json_obj(j);
		json_kstr(j, "kode", v->kode);
		json_kstr(j, "uraian", v->uraian);
		json_end(j, '}');
	}
	json_end(j, ']');
}

static void print_json(const struct rules *r)
{
	struct json j;

	json_init(&j, stdout);
	json_obj(&j);
	json_rows(&j, r, RT_MATRIKS);
	json_key(&j, "pemilihan");
	view_elections(r, FMT_JSON, &j, 0);
	json_key(&j, "sasaran");
	json_vocab(&j, r, VOCAB_SASARAN, NULL);
	json_key(&j, "putusan");
	json_vocab(&j, r, VOCAB_JENIS, "putusan");
	json_rows(&j, r, RT_TINGKAT);
	json_rows(&j, r, RT_UNDANG);
	json_rows(&j, r, RT_JADWAL);
	json_rows(&j, r, RT_LABEL);
	json_end(&j, '}');
	json_done(&j);
}

/* The codes of a ruleset's rows beside the words of the row of BKN
 * Kanreg III's tables they stand for (label.csv, tabel kode), each once. */
static void table_codes(const struct rules *r, const struct ruleset *rs)
{
	struct table t;
	int any = 0;

	table_init(&t, 2);
	for (size_t i = 0; i < r->label.n; i++) {
		const struct label *l = &r->label.v[i];
		const char *cells[2] = { l->kelompok, l->id };
		int used = 0;

		if (strcmp(l->tabel, "kode") != 0)
			continue;
		for (size_t k = 0; k < r->matrix.n && !used; k++)
			used = strcmp(r->matrix.v[k].ruleset, rs->kode) == 0 &&
			       strcmp(r->matrix.v[k].kode, l->kelompok) == 0;
		if (used) {
			table_row(&t, cells);
			any = 1;
		}
	}
	if (any) {
		printf("%s\n", _("The codes as BKN Kanreg III's tables word their rows (label.csv)"));
		table_print(&t, stdout, 0);
		fputc('\n', stdout);
	}
	table_free(&t);
}

/* One table per ruleset, newest first as the rules file lists them. */
static void table_matrix(const struct rules *r)
{
	for (size_t s = 0; s < r->rulesets.n; s++) {
		const struct ruleset *rs = &r->rulesets.v[r->rulesets.n - 1 - s];
		char d[DATE_ISO_LEN];

		date_format(&rs->berlaku, d);
		printf(_("Matrix %s, for acts from %s\n"), rs->kode, d);
		table_of(r, RT_MATRIKS, rs->kode, 1);
		fputc('\n', stdout);
		table_codes(r, rs);
	}
}

static void table_rest(const struct rules *r)
{
	struct table t;
	char *putusan = rules_list_kosakata(r, VOCAB_JENIS, "putusan");
	long pemilu = rules_setting(r, "pasca_pemungutan_hari", 0);

	printf(_("Contests: in progress from tahapan_mulai to %ld days after voting for a Pemilu (UU 7/2017, pasca_pemungutan_hari), %ld for a Pemilihan (pasca_pemungutan_hari_pemilihan, a setting); a candidate's stage from penetapan, a party's from penetapan_partai\n"),
	       pemilu, rules_setting(r, "pasca_pemungutan_hari_pemilihan", pemilu));
	view_elections(r, FMT_TABLE, NULL, 0);
	printf("\n%s\n", _("Sasaran (whom the act favoured, --sasaran)"));
	table_init(&t, 2);
	for (size_t i = 0; i < r->kosakata.n; i++) {
		const struct kosakata *v = &r->kosakata.v[i];
		const char *cells[2] = { v->kode, v->uraian };

		if (strcmp(v->daftar, VOCAB_SASARAN) == 0)
			table_row(&t, cells);
	}
	table_print(&t, stdout, 0);
	table_free(&t);
	printf("\n%s %s\n\n", _("Putusan: the tiers the Satgas decides ('netral putusan CASE --jenis'):"),
	       putusan);
	free(putusan);
	printf("%s\n", _("What a legal basis names by {kunci}, by the act's day (undang.csv)"));
	table_of(r, RT_UNDANG, NULL, 0);
	printf("\n%s\n", _("Tiers of the employee types (tingkat.csv)"));
	table_of(r, RT_TINGKAT, NULL, 1);
	printf("\n%s\n", _("Prevention duties of each contest (jadwal.csv; selesai empty: the end of the stages)"));
	table_of(r, RT_JADWAL, NULL, 1);
	printf("\n%s\n", _("Reports to send up in each contest (kewajiban_lapor.csv; the cadences of jadwal.csv)"));
	table_of(r, RT_KEWAJIBAN, NULL, 1);
	printf("\n%s\n", _("Labels of the summary tables (label.csv)"));
	table_of(r, RT_LABEL, NULL, 0);
}

void view_aturan(const struct rules *r, enum format fmt, int excel)
{
	if (fmt == FMT_CSV) {
		print_csv(r, excel);
	} else if (fmt == FMT_JSON) {
		print_json(r);
	} else {
		table_matrix(r);
		table_rest(r);
	}
}
