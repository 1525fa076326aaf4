/* Presenting a classification: the same facts in table, JSON and CSV. */
#include <stdio.h>
#include <string.h>

#include "netral/rules/vocab.h"
#include "netral/util/strbuf.h"
#include "netral/view/klasifikasi.h"

static void row2(struct table *t, const char *k, const char *v)
{
	const char *cells[2] = { k, v };

	table_row(t, cells);
}

/* The sanction options for the classification and employee type. */
static size_t options(const struct rules *r, const struct klasifikasi *k,
		      const char *jp, const struct sanksi **out, size_t max)
{
	size_t n = 0;

	if (!k->row)
		return 0;
	for (size_t i = 0; i < r->sanksi.n && n < max; i++) {
		const struct sanksi *s = &r->sanksi.v[i];

		/* the tier decided by the Satgas, when it decided */
		if (strcmp(s->ruleset, k->row->ruleset) == 0 &&
		    strcmp(s->jenis, k->jenis) == 0 &&
		    strcmp(s->jenis_pegawai, jp ? jp : rules_first(r, VOCAB_JENIS_PEGAWAI)) == 0)
			out[n++] = s;
	}
	return n;
}

static const char *pemilihan_text(const struct klasifikasi *k, char *buf, size_t n)
{
	if (!k->pemilihan)
		return "";
	snprintf(buf, n, "%s%s", k->pemilihan->kode,
		 k->disimpulkan ? _(" (inferred from the incident date)") : "");
	return buf;
}

void view_klasifikasi_rows(struct table *t, const struct rules *r,
			   const struct klasifikasi *k, const char *jp)
{
	const struct sanksi *s[32];
	size_t n = options(r, k, jp, s, 32);
	char buf[1024];

	row2(t, "jenis", k->jenis);
	if (k->matriks)
		row2(t, "jenis_matriks", k->matriks);
	row2(t, "kode", k->kode);
	row2(t, "tahap", tahap_name(k->tahap));
	row2(t, "pemilihan", pemilihan_text(k, buf, sizeof buf));
	/* a word for people, where JSON and CSV keep the key "ruleset" */
	row2(t, _("ruleset"), k->row ? k->row->ruleset : "");
	row2(t, "dasar_hukum", k->dasar_hukum);
	for (size_t i = 0; i < n; i++) {
		char basis[640];

		snprintf(buf, sizeof buf, "%s: %s (%s)", s[i]->kode, s[i]->uraian,
			 rules_dasar(r, s[i]->dasar_hukum, &k->tanggal, basis, sizeof basis));
		row2(t, i == 0 ? "sanksi" : "", buf);
	}
	if (n == 0)
		row2(t, "sanksi", "");
	row2(t, "alasan", k->alasan);
}

void view_klasifikasi_json(struct json *j, const struct rules *r,
			   const struct klasifikasi *k, const char *jp)
{
	const struct sanksi *s[32];
	size_t n = options(r, k, jp, s, 32);

	json_kstr(j, "jenis", k->jenis);
	json_kstr(j, "jenis_matriks", k->matriks ? k->matriks : k->jenis);
	json_kstr(j, "kode", k->kode);
	json_kstr(j, "tahap", tahap_name(k->tahap));
	json_kstr(j, "pemilihan", k->pemilihan ? k->pemilihan->kode : NULL);
	json_key(j, "pemilihan_disimpulkan");
	json_bool(j, k->disimpulkan);
	json_kstr(j, "ruleset", k->row ? k->row->ruleset : NULL);
	json_key(j, "sanksi");
	json_arr(j);
	for (size_t i = 0; i < n; i++) {
		char basis[640];

		json_obj(j);
		json_kstr(j, "kode", s[i]->kode);
		json_kstr(j, "uraian", s[i]->uraian);
		json_kstr(j, "dasar_hukum", rules_dasar(r, s[i]->dasar_hukum, &k->tanggal, basis,
							 sizeof basis));
		json_end(j, '}');
	}
	json_end(j, ']');
	json_kstr(j, "dasar_hukum", k->dasar_hukum);
	json_kstr(j, "alasan", k->alasan);
}

void view_klasifikasi_csv_header(struct csvout *c)
{
	/* sanksi_pilihan: the options; "sanksi" is the imposed one in a case */
	static const char *const h[] = { "jenis", "jenis_matriks", "kode", "tahap", "pemilihan",
		"pemilihan_disimpulkan", "ruleset", "sanksi_pilihan", "dasar_hukum", "alasan" };

	for (size_t i = 0; i < sizeof h / sizeof *h; i++)
		csvout_plain(c, h[i]);
}

void view_klasifikasi_csv(struct csvout *c, const struct rules *r,
			  const struct klasifikasi *k, const char *jp)
{
	const struct sanksi *s[32];
	size_t n = options(r, k, jp, s, 32);
	struct strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_putc(&sb, ' ');
		sb_puts(&sb, s[i]->kode);
	}
	csvout_plain(c, k->jenis);
	csvout_plain(c, k->matriks ? k->matriks : k->jenis);
	csvout_plain(c, k->kode);
	csvout_plain(c, tahap_name(k->tahap));
	csvout_plain(c, k->pemilihan ? k->pemilihan->kode : "");
	csvout_plain(c, k->disimpulkan ? "1" : "0");
	csvout_plain(c, k->row ? k->row->ruleset : "");
	csvout_plain(c, sb_str(&sb));
	csvout_text(c, k->dasar_hukum);
	csvout_text(c, k->alasan);
	sb_free(&sb);
}
