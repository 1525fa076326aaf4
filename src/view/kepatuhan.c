/* The compliance report shown (kepatuhan.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/html.h"
#include "netral/rekap/rekap.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"
#include "netral/view/kepatuhan.h"
#include "netral/view/rekap.h"

/* "tim-internal" as a column name: tim_internal_... */
static void colname(char *out, size_t n, const char *kind, const char *suffix)
{
	size_t m = 0;

	for (const char *p = kind; *p && m + 1 < n; p++)
		out[m++] = *p == '-' ? '_' : *p;
	snprintf(out + m, n - m, "_%s", suffix);
}

static int per_orang(const struct kepatuhan_view *o, const char *kind)
{
	return rules_in(o->rules, VOCAB_KEGIATAN, kind, "per_orang");
}

static void kurang_list(struct strbuf *sb, const struct kep_cell *c, const char *sep)
{
	for (size_t i = 0; i < c->nkurang; i++)
		sb_printf(sb, "%s%s", i ? sep : "", c->kurang[i]);
}

static void percent(const struct kep_cell *c, int comma, char *out, size_t n, const char *unit)
{
	rekap_pct(tenths(c->ttd, c->pegawai), out, n, comma, unit);
}

/* One cell of the CSV or of the sheet: kind 't' text as given, 's' a
 * name the tool did not write (neutralised in CSV), 'n' a count, 'd' a
 * day, '%' a percentage (47.3). */
static void cell(const struct kepatuhan_view *o, const char *v, char kind)
{
	if (!o->x) {
		if (kind == 's')
			csvout_text(o->cv, v);
		else
			csvout_plain(o->cv, v);
	} else if (!*v || kind == 't' || kind == 's') {
		xlsxout_text(o->x, v);
	} else if (kind == 'd') {
		xlsxout_date(o->x, v);
	} else if (kind == '%') {
		xlsxout_percent(o->x, strtod(v, NULL) / 100);
	} else {
		xlsxout_number(o->x, strtod(v, NULL));
	}
}

static void end_row(const struct kepatuhan_view *o)
{
	if (o->x)
		xlsxout_end_row(o->x);
	else
		csvout_end(o->cv);
}

/* The header: a column for each duty's count, due, missing and deadline,
 * and the signatories' of a duty done by each person. */
static void head(const struct kepatuhan *k, const struct kepatuhan_view *o)
{
	static const char *const each[] = { "dilakukan", "wajib", "kurang", "batas" };
	static const char *const people[] = { "ttd", "pegawai", "persen", "sumber" };
	size_t max = 4 + 8 * k->nkinds, n = 0;
	char (*name)[64] = xcalloc(max, sizeof *name);
	const char **names = xcalloc(max, sizeof *names);

	snprintf(name[n++], 64, "pemilihan");
	snprintf(name[n++], 64, "unit");
	snprintf(name[n++], 64, "status");
	for (size_t i = 0; i < k->nkinds; i++) {
		for (size_t s = 0; s < sizeof each / sizeof *each; s++)
			colname(name[n++], 64, k->kinds[i], each[s]);
		for (size_t s = 0; per_orang(o, k->kinds[i]) && s < sizeof people / sizeof *people; s++)
			colname(name[n++], 64, k->kinds[i], people[s]);
	}
	snprintf(name[n++], 64, "laporan_terakhir");
	for (size_t i = 0; i < n; i++)
		names[i] = name[i];
	if (o->x) {
		xlsxout_sheet(o->x, "kepatuhan");
		xlsxout_head(o->x, names, n);
	} else {
		for (size_t i = 0; i < n; i++)
			csvout_plain(o->cv, names[i]);
		csvout_end(o->cv);
	}
	free(names);
	free(name);
}

/* A duty of a unit: its counts, then its signatories' where counted. */
static void duty(const struct kepatuhan_view *o, const char *kind, const struct kep_cell *c)
{
	int people_cols = per_orang(o, kind);
	struct strbuf sb = STRBUF_INIT;
	char num[32];

	if (!c->j) {
		for (int s = 0; s < 4 + 4 * people_cols; s++)
			cell(o, "", 't');
		return;
	}
	snprintf(num, sizeof num, "%ld", c->dilakukan);
	cell(o, num, 'n');
	snprintf(num, sizeof num, "%ld", c->wajib);
	cell(o, num, 'n');
	kurang_list(&sb, c, " ");
	cell(o, sb_str(&sb), 't');
	sb_free(&sb);
	cell(o, c->j->irama == IRAMA_BEBAS ? "" : c->batas, 'd');
	if (!people_cols)
		return;
	snprintf(num, sizeof num, "%ld", c->ttd);
	cell(o, num, 'n');
	snprintf(num, sizeof num, "%ld", c->pegawai);
	cell(o, num, 'n');
	percent(c, !o->x && o->cv->comma, num, sizeof num, "");
	cell(o, num, '%');
	cell(o, c->klaim ? "klaim" : c->ttd ? "daftar" : "", 't');
}

void view_kepatuhan_csv(const struct kepatuhan *k, const struct kepatuhan_view *o)
{
	head(k, o);
	for (size_t r = 0; r < k->n; r++) {
		const struct kep_row *row = &k->rows[r];

		cell(o, row->pemilihan, 't');
		cell(o, row->unit.nama, 's');
		cell(o, kep_status_names[row->status], 't');
		for (size_t i = 0; i < k->nkinds; i++)
			duty(o, k->kinds[i], &row->cell[i]);
		cell(o, row->terakhir, 'd');
		end_row(o);
	}
}

/* A duty to report: an element of the array with laporan and kepada in
 * place of a unit. */
static void report_json(struct json *j, const struct kep_lapor *l)
{
	static const char *const irama[] = IRAMA_NAMES;

	json_obj(j);
	json_kstr(j, "pemilihan", l->w->pemilihan);
	json_kstr(j, "laporan", l->w->laporan);
	json_kstr(j, "kepada", l->w->kepada);
	json_kstr(j, "status", kep_status_names[l->status]);
	json_kstr(j, "irama", irama[l->w->irama]);
	json_kint(j, "dilakukan", l->cell.dilakukan);
	json_kint(j, "wajib", l->cell.wajib);
	json_kstr(j, "batas", l->w->irama == IRAMA_BEBAS ? NULL : l->cell.batas);
	json_key(j, "terlambat");
	json_bool(j, l->cell.late || l->cell.nkurang);
	json_kstr(j, "laporan_terakhir", *l->terakhir ? l->terakhir : NULL);
	json_kstr(j, "nomor_surat", *l->nomor ? l->nomor : NULL);
	json_end(j, '}');
}

void view_kepatuhan_json(FILE *fp, const struct kepatuhan *k, const struct kepatuhan_view *o)
{
	static const char *const irama[] = IRAMA_NAMES;
	struct json j;
	char num[32];

	json_init(&j, fp);
	json_arr(&j);
	for (size_t r = 0; r < k->n; r++) {
		const struct kep_row *row = &k->rows[r];

		json_obj(&j);
		json_kstr(&j, "pemilihan", row->pemilihan);
		json_kstr(&j, "unit", row->unit.nama);
		json_kstr(&j, "status", kep_status_names[row->status]);
		json_kint(&j, "terlewat", row->missed);
		json_kstr(&j, "laporan_terakhir", *row->terakhir ? row->terakhir : NULL);
		for (size_t i = 0; i < k->nkinds; i++) {
			const struct kep_cell *c = &row->cell[i];

			if (!c->j)
				continue;
			json_key(&j, k->kinds[i]);
			json_obj(&j);
			json_kstr(&j, "irama", irama[c->j->irama]);
			json_kint(&j, "dilakukan", c->dilakukan);
			json_kint(&j, "wajib", c->wajib);
			json_key(&j, "kurang");
			json_arr(&j);
			for (size_t m = 0; m < c->nkurang; m++)
				json_str(&j, c->kurang[m]);
			json_end(&j, ']');
			json_kstr(&j, "batas", c->j->irama == IRAMA_BEBAS ? NULL : c->batas);
			json_key(&j, "terlambat");
			json_bool(&j, c->late);
			if (per_orang(o, k->kinds[i])) {
				json_kint(&j, "ttd", c->ttd);
				json_kint(&j, "pegawai", c->pegawai);
				percent(c, 0, num, sizeof num, "");
				json_key(&j, "persen");
				json_num(&j, num);
				json_kstr(&j, "sumber", c->klaim ? "klaim" : c->ttd ? "daftar" : NULL);
			}
			json_end(&j, '}');
		}
		json_end(&j, '}');
	}
	for (size_t i = 0; i < k->nlapor; i++)
		report_json(&j, &k->lapor[i]);
	json_end(&j, ']');
	json_done(&j);
}

/* What a cell says to people: 3/5 weeks, 3/4 75.0%, done, LATE... */
static void cell_text(const struct kep_cell *c, int comma, char *out, size_t n)
{
	char pct[32];

	switch (c->j->irama) {
	case IRAMA_MINGGUAN:
	case IRAMA_TAHAPAN:
		snprintf(out, n, "%ld/%ld", c->dilakukan, c->wajib);
		break;
	case IRAMA_BEBAS:
		snprintf(out, n, "%ld", c->dilakukan);
		break;
	default:
		if (c->per_orang) {
			percent(c, comma, pct, sizeof pct, "%");
			snprintf(out, n, "%ld/%ld %s%s%s", c->ttd, c->pegawai, pct, c->klaim ? _(" (claimed)") : "",
				 c->late ? _(" LATE") : "");
		} else if (c->done) {
			snprintf(out, n, "%s", _("done"));
		} else if (c->late) {
			snprintf(out, n, _("LATE (by %s)"), c->batas);
		} else if (c->j->batas.y) {
			snprintf(out, n, _("not yet (by %s)"), c->batas);
		} else {
			/* due by the end of the stages: no date of its own to say */
			snprintf(out, n, "%s", _("not yet"));
		}
	}
}

static size_t contest_end(const struct kepatuhan *k, size_t from)
{
	size_t to = from;

	while (to < k->n && strcmp(k->rows[to].pemilihan, k->rows[from].pemilihan) == 0)
		to++;
	return to;
}

static void missing_weeks(FILE *fp, const struct kepatuhan *k, size_t from, size_t to)
{
	for (size_t r = from; r < to; r++)
		for (size_t i = 0; i < k->nkinds; i++) {
			const struct kep_cell *c = &k->rows[r].cell[i];
			struct strbuf sb = STRBUF_INIT;

			if (!c->j || !c->nkurang)
				continue;
			kurang_list(&sb, c, ", ");
			if (c->j->irama == IRAMA_TAHAPAN)
				fprintf(fp, _("  %s: no %s in the stages beginning %s\n"), k->rows[r].unit.nama,
					k->kinds[i], sb_str(&sb));
			else
				fprintf(fp, _("  %s: no %s in the weeks of %s\n"), k->rows[r].unit.nama,
					k->kinds[i], sb_str(&sb));
			sb_free(&sb);
		}
}

/* The duties an agency's own circular sets (jadwal_instansi.csv) bind it
 * because it said so: the report names the circular, as lines or as the
 * paragraphs of a page. */
static void own_circulars(FILE *fp, const struct kepatuhan *k, size_t from, int html)
{
	for (size_t i = 0; i < k->nkinds; i++) {
		const struct jadwal *j = k->rows[from].cell[i].j;
		char line[512];

		if (!j || !j->instansi)
			continue;
		snprintf(line, sizeof line, _("%s: the agency's own schedule, %s"), j->kegiatan, j->sumber);
		if (!html) {
			fprintf(fp, "  %s\n", line);
			continue;
		}
		fputs("<p>", fp);
		html_text(fp, line);
		fputs("</p>\n", fp);
	}
}

/* The last report sent for a duty: its day and letter number. */
static void sent(const struct kep_lapor *l, char *out, size_t n)
{
	if (*l->terakhir)
		snprintf(out, n, "%s %s", l->terakhir, l->nomor);
	else
		snprintf(out, n, "-");
}

/* The duties to report up, a row each: as a table, or (html) a page's. */
static void reports(FILE *fp, const struct kepatuhan *k, const struct kepatuhan_view *o, int html)
{
	static const char *const head[] = { "pemilihan", "laporan", "kepada", "status", "irama" };
	static const char *const irama[] = IRAMA_NAMES;
	struct table t;

	if (!k->nlapor)
		return;
	if (html) {
		fprintf(fp, "<section><h2>%s</h2>\n<table><tr>", _("Reports to send"));
		for (size_t i = 0; i < 5; i++)
			fprintf(fp, "<th scope=\"col\">%s</th>", head[i]);
		fprintf(fp, "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr>\n", _("sent"),
			_("last report"));
	} else {
		fprintf(fp, _("%sReports to send as of %s (kewajiban_lapor.csv)\n"), k->n ? "\n" : "", k->per);
		table_init(&t, 7);
		table_row(&t, (const char *[]){ head[0], head[1], head[2], head[3], head[4], _("sent"),
						_("last report") });
	}
	for (size_t i = 0; i < k->nlapor; i++) {
		const struct kep_lapor *l = &k->lapor[i];
		char cell[96], last[CEGAH_NAME_MAX + 32];
		const char *v[7] = { l->w->pemilihan, l->w->laporan, l->w->kepada, kep_status_names[l->status],
			irama[l->w->irama], cell, last };

		cell_text(&l->cell, o->indonesian, cell, sizeof cell);
		sent(l, last, sizeof last);
		if (!html) {
			table_row(&t, v);
			continue;
		}
		fprintf(fp, "<tr class=\"%s\">", kep_status_names[l->status]);
		for (size_t c = 0; c < 7; c++) {
			fputs("<td>", fp);
			html_text(fp, v[c]);
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	if (html) {
		fputs("</table>\n</section>\n", fp);
		return;
	}
	table_print(&t, fp, 1);
	table_free(&t);
}

void view_kepatuhan_table(FILE *fp, const struct kepatuhan *k, const struct kepatuhan_view *o)
{
	if (k->n == 0)
		fputs(_("no units: 'netral unit add' or 'netral unit import' records them\n"), fp);
	for (size_t from = 0, to; from < k->n; from = to) {
		const char *head[KEP_KINDS + 3];
		size_t cols[KEP_KINDS], nc = 0, behind = 0;
		struct table t;

		to = contest_end(k, from);
		for (size_t i = 0; i < k->nkinds; i++)
			if (k->rows[from].cell[i].j)
				cols[nc++] = i;
		head[0] = "unit";
		head[1] = "status";
		for (size_t c = 0; c < nc; c++)
			head[2 + c] = k->kinds[cols[c]];
		head[2 + nc] = _("last report");
		table_init(&t, nc + 3);
		table_row(&t, head);
		for (size_t r = from; r < to; r++) {
			char cells[KEP_KINDS][96];
			const char *v[KEP_KINDS + 3];

			v[0] = k->rows[r].unit.nama;
			v[1] = kep_status_names[k->rows[r].status];
			for (size_t c = 0; c < nc; c++) {
				cell_text(&k->rows[r].cell[cols[c]], o->indonesian, cells[c], sizeof cells[c]);
				v[2 + c] = cells[c];
			}
			v[2 + nc] = *k->rows[r].terakhir ? k->rows[r].terakhir : "-";
			table_row(&t, v);
			behind += k->rows[r].status == KEP_TERTINGGAL;
		}
		fprintf(fp, _("%s: prevention duties as of %s (%zu of %zu units behind)\n"),
			k->rows[from].pemilihan, k->per, behind, to - from);
		table_print(&t, fp, 1);
		table_free(&t);
		missing_weeks(fp, k, from, to);
		own_circulars(fp, k, from, 0);
		if (to < k->n)
			fputc('\n', fp);
	}
	reports(fp, k, o, 0);
}

static const char style[] =
	"body{font-family:sans-serif;color:#222;margin:2em;max-width:70em}"
	"h1{font-size:1.5em;margin:0}h2{font-size:1.15em;margin:1.2em 0 .4em}"
	"table{border-collapse:collapse}th,td{padding:3px 10px 3px 0;text-align:left;vertical-align:top}"
	"th{border-bottom:1px solid #888}tr.tertinggal td{color:#9b2c2c;font-weight:bold}"
	"ul{margin:.4em 0 0 1em;padding:0}"
	"@page{size:A4 landscape;margin:15mm}@media print{body{margin:0}section{break-inside:avoid}}";

void view_kepatuhan_html(FILE *fp, const struct kepatuhan *k, const struct kepatuhan_view *o)
{
	fputs("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"/>\n<title>", fp);
	fprintf(fp, "%s %s</title>\n<style>%s</style></head>\n<body>\n<main>\n<h1>", _("Kepatuhan pencegahan"), k->per,
		style);
	fprintf(fp, "%s %s</h1>\n", _("Kepatuhan pencegahan"), k->per);
	for (size_t from = 0, to; from < k->n; from = to) {
		to = contest_end(k, from);
		fputs("<section><h2>", fp);
		html_text(fp, k->rows[from].pemilihan);
		fputs("</h2>\n<table><tr><th scope=\"col\">unit</th><th scope=\"col\">status</th>", fp);
		for (size_t i = 0; i < k->nkinds; i++)
			if (k->rows[from].cell[i].j)
				fprintf(fp, "<th scope=\"col\">%s</th>", k->kinds[i]);
		fprintf(fp, "<th scope=\"col\">%s</th></tr>\n", _("last report"));
		for (size_t r = from; r < to; r++) {
			const struct kep_row *row = &k->rows[r];
			char cell[96];

			fprintf(fp, "<tr class=\"%s\"><td>", kep_status_names[row->status]);
			html_text(fp, row->unit.nama);
			fprintf(fp, "</td><td>%s</td>", kep_status_names[row->status]);
			for (size_t i = 0; i < k->nkinds; i++) {
				const struct kep_cell *c = &row->cell[i];
				struct strbuf sb = STRBUF_INIT;

				if (!c->j)
					continue;
				cell_text(c, o->indonesian, cell, sizeof cell);
				fputs("<td>", fp);
				html_text(fp, cell);
				kurang_list(&sb, c, ", ");
				if (sb.len) {
					fputs("<ul><li>", fp);
					html_text(fp, sb_str(&sb));
					fputs("</li></ul>", fp);
				}
				sb_free(&sb);
				fputs("</td>", fp);
			}
			fprintf(fp, "<td>%s</td></tr>\n", *row->terakhir ? row->terakhir : "-");
		}
		fputs("</table>\n", fp);
		own_circulars(fp, k, from, 1);
		fputs("</section>\n", fp);
	}
	if (k->n == 0)
		fprintf(fp, "<p>%s</p>\n", _("No units recorded."));
	reports(fp, k, o, 1);
	fputs("</main>\n</body></html>\n", fp);
}
