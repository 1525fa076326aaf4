/* 'netral rules': the rules in force, as a reader checks them against the
 * SKB and BKN's tables, or as CSV (the matrix) and JSON (everything). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/classify.h"
#include "netral/rules/vocab.h"
#include "netral/util/msg.h"
#include "netral/view/aturan.h"
#include "netral/view/elections.h"

static const char *flag_text(int f)
{
	return f == FLAG_ANY ? "*" : f ? "ya" : "tidak";
}

static const char *sasaran_text(int partai)
{
	return partai == FLAG_ANY ? "*" : partai ? "partai" : "calon";
}

static const char *const matrix_head[] = { "ruleset", "berlaku", "bentuk", "tahap", "sasaran",
	"cltn", "pasangan_calon", "kode", "jenis", "dasar_hukum", "catatan", "baris_bkn" };
enum { MATRIX_COLS = sizeof matrix_head / sizeof *matrix_head };

static void matrix_cells(const struct matrix_row *m, char day[DATE_ISO_LEN],
			 const char *cells[MATRIX_COLS])
{
	date_format(&m->berlaku, day);
	cells[0] = m->ruleset;
	cells[1] = day;
	cells[2] = m->bentuk;
	cells[3] = tahap_name(m->tahap);
	cells[4] = sasaran_text(m->partai);
	cells[5] = flag_text(m->cltn);
	cells[6] = flag_text(m->pasangan);
	cells[7] = m->kode;
	cells[8] = m->jenis;
	cells[9] = m->dasar_hukum;
	cells[10] = m->catatan;
	cells[11] = m->baris_bkn;
}

static void print_csv(const struct rules *r, int excel)
{
	struct csvout c;
	char d[DATE_ISO_LEN];
	const char *cells[MATRIX_COLS];

	csvout_init(&c, stdout);
	if (excel)
		csvout_excel(&c);
	for (size_t i = 0; i < MATRIX_COLS; i++)
		csvout_plain(&c, matrix_head[i]);
	csvout_end(&c);
	for (size_t i = 0; i < r->matrix.n; i++) {
		matrix_cells(&r->matrix.v[i], d, cells);
		for (size_t k = 0; k < MATRIX_COLS; k++)
			csvout_text(&c, cells[k]);
		csvout_end(&c);
	}
}

/* A prevention duty's schedule (jadwal.csv) as cells; v points into
 * cells or the rules. */
#define JADWAL_COLS 7
static const char *const jadwal_head[JADWAL_COLS] = { "pemilihan", "kegiatan", "irama", "mulai",
	"selesai", "batas", "sumber" };

static void jadwal_cells(const struct jadwal *j, char cells[][DATE_ISO_LEN + 200],
			 const char *v[JADWAL_COLS])
{
	static const char *const irama[] = IRAMA_NAMES;
	const struct date *d[3] = { &j->mulai, &j->selesai, &j->batas };

	v[0] = j->pemilihan;
	v[1] = j->kegiatan;
	v[2] = irama[j->irama];
	for (int i = 0; i < 3; i++) {
		cells[i][0] = '\0';
		if (d[i]->y)
			date_format(d[i], cells[i]);
		v[3 + i] = cells[i];
	}
	v[6] = j->sumber;
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
	char d[DATE_ISO_LEN];
	const char *cells[MATRIX_COLS];

	json_init(&j, stdout);
	json_obj(&j);
	json_key(&j, "matriks");
	json_arr(&j);
	for (size_t i = 0; i < r->matrix.n; i++) {
		matrix_cells(&r->matrix.v[i], d, cells);
		json_obj(&j);
		for (size_t k = 0; k < MATRIX_COLS; k++)
			json_kstr(&j, matrix_head[k], cells[k]);
		json_end(&j, '}');
	}
	json_end(&j, ']');
	json_key(&j, "pemilihan");
	view_elections(r, FMT_JSON, &j, 0);
	json_key(&j, "sasaran");
	json_vocab(&j, r, VOCAB_SASARAN, NULL);
	json_key(&j, "putusan");
	json_vocab(&j, r, VOCAB_JENIS, "putusan");
	json_key(&j, "tingkat");
	json_arr(&j);
	for (size_t i = 0; i < r->tingkat.n; i++) {
		const struct tingkat *t = &r->tingkat.v[i];

		json_obj(&j);
		json_kstr(&j, "ruleset", t->ruleset);
		json_kstr(&j, "jenis_pegawai", t->jenis_pegawai);
		json_kstr(&j, "jenis", t->jenis);
		json_kstr(&j, "tingkat", t->tingkat);
		json_kstr(&j, "dasar_hukum", t->dasar_hukum);
		json_end(&j, '}');
	}
	json_end(&j, ']');
	json_key(&j, "undang");
	json_arr(&j);
	for (size_t i = 0; i < r->undang.n; i++) {
		const struct undang *u = &r->undang.v[i];

		date_format(&u->berlaku, d);
		json_obj(&j);
		json_kstr(&j, "kunci", u->kunci);
		json_kstr(&j, "berlaku", d);
		json_kstr(&j, "teks", u->teks);
		json_kstr(&j, "sumber", u->sumber);
		json_end(&j, '}');
	}
	json_end(&j, ']');
	json_key(&j, "jadwal");
	json_arr(&j);
	for (size_t i = 0; i < r->jadwal.n; i++) {
		char cells[JADWAL_COLS][DATE_ISO_LEN + 200];
		const char *v[JADWAL_COLS];

		jadwal_cells(&r->jadwal.v[i], cells, v);
		json_obj(&j);
		for (int c = 0; c < JADWAL_COLS; c++)
			json_kstr(&j, jadwal_head[c], *v[c] ? v[c] : NULL);
		json_end(&j, '}');
	}
	json_end(&j, ']');
	json_key(&j, "label");
	json_arr(&j);
	for (size_t i = 0; i < r->label.n; i++) {
		json_obj(&j);
		json_kstr(&j, "tabel", r->label.v[i].tabel);
		json_kstr(&j, "kelompok", r->label.v[i].kelompok);
		json_kstr(&j, "id", r->label.v[i].id);
		json_kstr(&j, "en", r->label.v[i].en);
		json_end(&j, '}');
	}
	json_end(&j, ']');
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
		static const char *const head[] = { "bentuk", "tahap", "sasaran", "cltn", "pasangan",
			"kode", "jenis", "baris_bkn" };
		char d[DATE_ISO_LEN];
		struct table t;

		date_format(&rs->berlaku, d);
		printf(_("Matrix %s, for acts from %s\n"), rs->kode, d);
		table_init(&t, 8);
		table_row(&t, head);
		for (size_t i = 0; i < r->matrix.n; i++) {
			const struct matrix_row *m = &r->matrix.v[i];
			const char *cells[8] = { m->bentuk, tahap_name(m->tahap), sasaran_text(m->partai),
				flag_text(m->cltn), flag_text(m->pasangan), m->kode, m->jenis,
				m->baris_bkn };

			if (strcmp(m->ruleset, rs->kode) == 0)
				table_row(&t, cells);
		}
		table_print(&t, stdout, 1);
		table_free(&t);
		fputc('\n', stdout);
		table_codes(r, rs);
	}
}

static void table_rest(const struct rules *r)
{
	struct table t;
	static const char *const th[] = { "ruleset", "jenis_pegawai", "jenis", "tingkat", "dasar_hukum" };
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
	table_init(&t, 4);
	for (size_t i = 0; i < r->undang.n; i++) {
		const struct undang *u = &r->undang.v[i];
		char d[DATE_ISO_LEN];
		const char *cells[4] = { u->kunci, d, u->teks, u->sumber };

		date_format(&u->berlaku, d);
		table_row(&t, cells);
	}
	table_print(&t, stdout, 0);
	table_free(&t);
	printf("\n%s\n", _("Tiers of the employee types (tingkat.csv)"));
	table_init(&t, 5);
	table_row(&t, th);
	for (size_t i = 0; i < r->tingkat.n; i++) {
		const struct tingkat *v = &r->tingkat.v[i];
		const char *cells[5] = { v->ruleset, v->jenis_pegawai, v->jenis, v->tingkat,
			v->dasar_hukum };

		table_row(&t, cells);
	}
	table_print(&t, stdout, 1);
	table_free(&t);
	printf("\n%s\n", _("Prevention duties of each contest (jadwal.csv; selesai empty: the end of the stages)"));
	table_init(&t, JADWAL_COLS);
	table_row(&t, jadwal_head);
	for (size_t i = 0; i < r->jadwal.n; i++) {
		char cells[JADWAL_COLS][DATE_ISO_LEN + 200];
		const char *v[JADWAL_COLS];

		jadwal_cells(&r->jadwal.v[i], cells, v);
		table_row(&t, v);
	}
	table_print(&t, stdout, 1);
	table_free(&t);
	printf("\n%s\n", _("Labels of the summary tables (label.csv)"));
	table_init(&t, 4);
	for (size_t i = 0; i < r->label.n; i++) {
		const struct label *l = &r->label.v[i];
		const char *cells[4] = { l->tabel, l->kelompok, l->id, l->en };

		table_row(&t, cells);
	}
	table_print(&t, stdout, 0);
	table_free(&t);
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
