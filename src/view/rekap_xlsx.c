/* The summaries as a workbook (rekap.h): the page of view_rekap_html as
 * sheets, the funnel first, then each table with its rows as the page
 * shows them and a bar chart of Excel's own beside them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/msg.h"
#include "netral/view/rekap.h"

/* A row of a table's sheet: the group, its count, its share of of. */
static void row(struct xlsxout *x, const char *name, long long n, long long of)
{
	xlsxout_text(x, name);
	xlsxout_number(x, (double)n);
	xlsxout_percent(x, (double)tenths(n, of) / 1000);
	xlsxout_end_row(x);
}

static void funnel(struct xlsxout *x, const struct rekap *r)
{
	static const char *const cols[] = { "tahap", "jumlah", "persen" };
	const char *title = _("From report to sanction");

	xlsxout_sheet(x, title);
	xlsxout_head(x, cols, 3);
	row(x, _("dilaporkan (reported)"), r->dilaporkan, r->dilaporkan);
	row(x, _("terbukti (proven)"), r->terbukti, r->dilaporkan);
	row(x, _("ditindaklanjuti (followed up)"), r->ditindaklanjuti, r->terbukti);
	xlsxout_bar_chart(x, title, 0, 0, 1, 1, 3);
}

/* A table as the page shows it: the top rows, the rest as one. */
static void table(struct xlsxout *x, const struct rekap *r, const struct rekap_view *o, int dim)
{
	static const char *const cols[] = { "kelompok", "jumlah", "persen" };
	int top = rekap_top(o, dim);
	size_t n, cut;
	struct group *g = rekap_rows(&r->t[dim], top, &n, &cut);
	char title[256], name[512];
	long long rest = 0;

	if (top > 0)
		snprintf(title, sizeof title, _("%s (top %d)"), rekap_heading(dim), top);
	else
		snprintf(title, sizeof title, "%s", rekap_heading(dim));
	xlsxout_sheet(x, rekap_heading(dim));
	xlsxout_head(x, cols, 3);
	for (size_t i = 0; i < cut; i++)
		row(x, rekap_group(o, dim, g[i].kelompok, name, sizeof name), g[i].n, r->base);
	for (size_t i = cut; i < n; i++)
		rest += g[i].n;
	if (rest) {
		snprintf(name, sizeof name, P_("%zu other", "%zu others", n - cut), n - cut);
		row(x, name, rest, r->base);
	}
	xlsxout_bar_chart(x, title, 0, 0, 1, 1, xlsxout_row(x) - 1);
	free(g);
}

/* The cross table of --by: a row for each pair the page shows, the chart
 * grouped by the first dimension. */
static void cross(struct xlsxout *x, const struct rekap *r, const struct rekap_view *o)
{
	const struct rtable *a = &r->t[r->by[0]], *b = &r->t[r->by[1]];
	const char *cols[] = { dim_names[r->by[0]], dim_names[r->by[1]], "jumlah", "persen" };
	char title[256], name[512];

	snprintf(title, sizeof title, "%s × %s", rekap_heading(r->by[0]), rekap_heading(r->by[1]));
	xlsxout_sheet(x, title);
	xlsxout_head(x, cols, 4);
	for (size_t i = 0; i < a->n; i++) {
		if (a->g[i].n == 0 && !a->fixed)
			continue;
		for (size_t j = 0; j < b->n; j++) {
			long long n = rekap_cross_n(r, a->g[i].kelompok, b->g[j].kelompok);

			if (n == 0 && !b->fixed)
				continue;
			xlsxout_text(x, rekap_group(o, r->by[0], a->g[i].kelompok, name, sizeof name));
			row(x, rekap_group(o, r->by[1], b->g[j].kelompok, name, sizeof name), n, r->base);
		}
	}
	xlsxout_bar_chart(x, title, 0, 1, 2, 1, xlsxout_row(x) - 1);
}

void view_rekap_xlsx(struct xlsxout *x, const struct rekap *r, const struct rekap_view *o)
{
	funnel(x, r);
	if (r->nby == 2)
		cross(x, r, o);
	for (int i = 0; i < D_COUNT && r->nby < 2; i++)
		if (r->nby ? rekap_order[i] == r->by[0] : rekap_shown(r, rekap_order[i]))
			table(x, r, o, rekap_order[i]);
}
