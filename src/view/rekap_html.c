/* The summaries as one page people look at and print (rekap.h): the
 * funnel and a bar chart for each table, as BKN's slides show them.
 * Self-contained: inline CSS and SVG, no script, nothing fetched. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/format.h"
#include "netral/io/html.h"
#include "netral/util/msg.h"
#include "netral/view/rekap.h"

#define CHART_W 320     /* the longest bar, in px */
#define TEXT_W 380      /* beside the funnel: a stage, its count and share */

static const char style[] =
	"body{font-family:sans-serif;color:#222;margin:2em;max-width:60em}"
	"h1{font-size:1.5em;margin:0}h2{font-size:1.15em;margin:1.2em 0 .4em}"
	".sel{color:#555;margin:.3em 0 1em}"
	"table{border-collapse:collapse}td{padding:2px 8px 2px 0;vertical-align:middle}"
	"td.n,td.p,th.n,th.p{text-align:right;white-space:nowrap}th{text-align:left;padding-top:.5em}"
	"thead th{font-weight:normal;color:#555;font-size:.85em}"
	"svg text{font-size:12px;fill:#222}rect.b{fill:#2b6cb0}rect.f{fill:#2f855a}"
	"footer{margin-top:2em;color:#555;font-size:.85em;border-top:1px solid #ccc;padding-top:.5em}"
	"footer code{word-break:break-all}"
	"@page{size:A4;margin:15mm}"
	"@media print{body{margin:0}section{break-inside:avoid}}";

static void funnel(FILE *fp, const struct rekap *r, const struct rekap_view *o)
{
	const long long n[3] = { r->dilaporkan, r->terbukti, r->ditindaklanjuti };
	const long long of[3] = { r->dilaporkan, r->dilaporkan, r->terbukti };
	const char *name[3] = { _("dilaporkan (reported)"), _("terbukti (proven)"),
		_("ditindaklanjuti (followed up)") };
	char num[32], p[40];

	fprintf(fp, "<section class=\"funnel\"><h2>%s</h2>\n", _("From report to sanction"));
	/* a picture: its figures are its name, for those who hear the page */
	fprintf(fp, "<svg role=\"img\" aria-labelledby=\"corong-judul\" width=\"%d\" height=\"%d\" "
		"viewBox=\"0 0 %d %d\">\n<title id=\"corong-judul\">", CHART_W + TEXT_W, 3 * 34,
		CHART_W + TEXT_W, 3 * 34);
	for (int i = 0; i < 3; i++) {
		fmt_count(n[i], num);
		rekap_pct(tenths(n[i], of[i]), p, sizeof p, o->indonesian, "%");
		fputs(i ? "; " : "", fp);
		html_text(fp, name[i]);
		fprintf(fp, ": %s", num);
		if (i)
			fprintf(fp, " (%s)", p);
	}
	fputs("</title>\n", fp);
	for (int i = 0; i < 3; i++) {
		long long w = n[0] ? n[i] * CHART_W / n[0] : 0;

		fmt_count(n[i], num);
		rekap_pct(tenths(n[i], of[i]) , p, sizeof p, o->indonesian, "%");
		fprintf(fp, "<rect class=\"f\" x=\"%lld\" y=\"%d\" width=\"%lld\" height=\"26\"/>", (CHART_W - w) / 2,
			i * 34, w);
		fprintf(fp, "<text x=\"%d\" y=\"%d\" class=\"funnel-%d\">", CHART_W + 10, i * 34 + 18, i);
		html_text(fp, name[i]);
		fprintf(fp, ": <tspan class=\"n\">%s</tspan>", num);
		if (i)
			fprintf(fp, " <tspan class=\"p\">%s</tspan>", p);
		fputs("</text>\n", fp);
	}
	fputs("</svg></section>\n", fp);
}

/* What each column of a table holds, for those who hear the page. */
static void column_heads(FILE *fp, const char *label)
{
	fputs("<thead><tr><th scope=\"col\">", fp);
	html_text(fp, label);
	fprintf(fp, "</th><th scope=\"col\">%s</th><th scope=\"col\" class=\"n\">%s</th>"
		"<th scope=\"col\" class=\"p\">%%</th></tr></thead>\n", _("chart"), _("cases"));
}

/* A table as rows of label, bar, count and percentage. */
static void chart(FILE *fp, const struct rekap *r, const struct rekap_view *o, int dim)
{
	int top = rekap_top(o, dim);
	size_t n, cut;
	struct group *g = rekap_rows(&r->t[dim], top, &n, &cut);
	long long max = 0, rest = 0;
	char num[32], p[40], name[512];

	for (size_t i = 0; i < cut; i++)
		max = g[i].n > max ? g[i].n : max;
	for (size_t i = cut; i < n; i++)
		rest += g[i].n;
	fprintf(fp, "<section class=\"tabel\" id=\"%s\"><h2>", dim_names[dim]);
	html_text(fp, rekap_heading(dim));
	if (top > 0) {
		fputs(" <small>", fp);
		fprintf(fp, _("(top %d)"), top);
		fputs("</small>", fp);
	}
	fputs("</h2>\n<table>\n", fp);
	column_heads(fp, rekap_heading(dim));
	for (size_t i = 0; i <= cut && (i < cut || rest); i++) {
		long long v = i < cut ? g[i].n : rest;
		long long w = max ? v * CHART_W / max : 0;

		fmt_count(v, num);
		rekap_pct(tenths(v, r->base), p, sizeof p, o->indonesian, "%");
		fputs("<tr><td class=\"k\">", fp);
		if (i < cut)
			html_text(fp, rekap_group(o, dim, g[i].kelompok, name, sizeof name));
		else
			fprintf(fp, P_("%zu other", "%zu others", n - cut), n - cut);
		fprintf(fp, "</td><td><svg aria-hidden=\"true\" width=\"%d\" height=\"16\"><rect class=\"b\" width=\"%lld\" "
			"height=\"16\"/></svg></td><td class=\"n\">%s</td><td class=\"p\">%s</td></tr>\n",
			CHART_W, i < cut ? w : 0, num, p);
	}
	fputs("</table>\n", fp);
	if (rekap_tie_rule(&r->t[dim], g, cut, top)) {
		fputs("<p>", fp);
		html_text(fp, rekap_tie_rule(&r->t[dim], g, cut, top));
		fputs("</p>\n", fp);
	}
	fputs("</section>\n", fp);
	free(g);
}

/* A cross table as a grouped bar chart: a group of bars for each value of
 * the first dimension, a bar for each of the second, one scale for all. */
static void cross(FILE *fp, const struct rekap *r, const struct rekap_view *o)
{
	const struct rtable *a = &r->t[r->by[0]], *b = &r->t[r->by[1]];
	long long max = 0;
	char num[32], p[40], name[512];

	for (size_t k = 0; k < r->cross.n; k++)
		max = r->cross.g[k].n > max ? r->cross.g[k].n : max;
	fprintf(fp, "<section class=\"silang\" id=\"%s-%s\"><h2>", dim_names[r->by[0]],
		dim_names[r->by[1]]);
	html_text(fp, rekap_heading(r->by[0]));
	fputs(" × ", fp);
	html_text(fp, rekap_heading(r->by[1]));
	fputs("</h2>\n<table>\n", fp);
	column_heads(fp, rekap_heading(r->by[1]));
	for (size_t i = 0; i < a->n; i++) {
		if (a->g[i].n == 0 && !a->fixed)
			continue;
		fputs("<tbody class=\"kelompok\"><tr><th colspan=\"4\" scope=\"rowgroup\">", fp);
		html_text(fp, rekap_group(o, r->by[0], a->g[i].kelompok, name, sizeof name));
		fputs("</th></tr>\n", fp);
		for (size_t j = 0; j < b->n; j++) {
			long long n = rekap_cross_n(r, a->g[i].kelompok, b->g[j].kelompok);

			if (n == 0 && !b->fixed)
				continue;
			fmt_count(n, num);
			rekap_pct(tenths(n, r->base), p, sizeof p, o->indonesian, "%");
			fputs("<tr><td class=\"k\">", fp);
			html_text(fp, rekap_group(o, r->by[1], b->g[j].kelompok, name, sizeof name));
			fprintf(fp, "</td><td><svg aria-hidden=\"true\" width=\"%d\" height=\"14\"><rect class=\"b\" width=\"%lld\" "
				"height=\"14\"/></svg></td><td class=\"n\">%s</td><td class=\"p\">%s</td></tr>\n",
				CHART_W, max ? n * CHART_W / max : 0, num, p);
		}
		fputs("</tbody>\n", fp);
	}
	fputs("</table></section>\n", fp);
}

void view_rekap_html(FILE *fp, const struct rekap *r, const struct rekap_view *o)
{
	char num[32];

	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"/>\n<title>",
		o->indonesian ? "id" : "en");
	html_text(fp, _("Rekap pelanggaran netralitas"));
	fprintf(fp, "</title>\n<style>%s</style></head>\n<body>\n<header><h1>", style);
	html_text(fp, _("Rekap pelanggaran netralitas"));
	for (int i = 0; i < o->sel->npemilihan; i++) {
		fputs(i ? ", " : " — ", fp);
		html_text(fp, o->sel->pemilihan[i]);
	}
	fputs("</h1>\n<p class=\"sel\">", fp);
	html_text(fp, o->sel->ppnpn ? _("ASN and PPNPN") : _("ASN (PNS and PPPK)"));
	if (o->sel->instansi) {
		fputs(" · ", fp);
		html_text(fp, o->sel->instansi);
	}
	if (o->sel->from || o->sel->to) {
		fputs(" · ", fp);
		html_text(fp, o->sel->from ? o->sel->from : "");
		fputs(" – ", fp);
		html_text(fp, o->sel->to ? o->sel->to : "");
	}
	fmt_count(r->base, num);
	fputs(" · ", fp);
	fprintf(fp, _("tables over the %s cases (%s)"), o->sel->basis_all ? _("reported") : _("proven"),
		num);
	fputs("</p></header>\n<main>\n", fp);
	funnel(fp, r, o);
	if (r->nby == 2)
		cross(fp, r, o);
	for (int i = 0; i < D_COUNT && r->nby < 2; i++)
		if (r->nby ? rekap_order[i] == r->by[0] : rekap_shown(r, rekap_order[i]))
			chart(fp, r, o, rekap_order[i]);
	fputs("</main>\n<footer>", fp);
	fprintf(fp, _("Made by netral on %s; the head of the event log: "), o->today ? o->today : "");
	fputs("<code>", fp);
	html_text(fp, o->head ? o->head : "");
	fputs("</code></footer>\n</body></html>\n", fp);
}
