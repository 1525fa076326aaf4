/* Presenting the summaries: the terminal table, CSV, JSON, a page and a
 * workbook. */
#ifndef NETRAL_VIEW_REKAP_H
#define NETRAL_VIEW_REKAP_H

#include <stdio.h>

#include "netral/io/xlsxout.h"
#include "netral/rekap/rekap.h"

struct rekap_view {
	const struct selection *sel;
	const struct rules *rules;   /* the labels (label.csv) */
	int top;                     /* rows of the top-N tables; 0: their default */
	int raw, bom, crlf;          /* CSV: see csvout.h */
	int excel;                   /* CSV for Indonesian Excel (csvout_excel) */
	char delim;
	int indonesian;              /* the terminal in Indonesian: labels, decimal comma */
	int bars;                    /* the table with a bar a row (a terminal) */
	const char *today, *head;    /* HTML: the day, the chain's head */
};

/* Every table, or the one or two of --by. */
void view_rekap_csv(FILE *fp, const struct rekap *r, const struct rekap_view *o);
/* One table (dim; -1 the funnel) with its header, for a file of its own. */
void view_rekap_csv_one(FILE *fp, const struct rekap *r, const struct rekap_view *o, int dim);
void view_rekap_json(FILE *fp, const struct rekap *r, const struct rekap_view *o);
void view_rekap_table(FILE *fp, const struct rekap *r, const struct rekap_view *o);

/* One self-contained page: inline CSS and SVG, no script, nothing fetched. */
void view_rekap_html(FILE *fp, const struct rekap *r, const struct rekap_view *o);
/* The page as a workbook: a sheet for the funnel, then one a table, each
 * with a bar chart beside it. */
void view_rekap_xlsx(struct xlsxout *x, const struct rekap *r, const struct rekap_view *o);

/* Shared by the views. */
extern const int rekap_order[D_COUNT];       /* the tables, as KASN prints them */
int rekap_top(const struct rekap_view *o, int dim); /* rows of a top-N table, or 0 */
const char *rekap_heading(int dim);
const char *rekap_label(const struct rekap_view *o, const char *tabel, const char *kelompok,
			int local);
void rekap_pct(long long tenths, char *buf, size_t n, int comma, const char *unit);
/* A group as a table shows it: its label, a matrix code before its words
 * (into buf when so). */
const char *rekap_group(const struct rekap_view *o, int dim, const char *kelompok, char *buf,
			size_t n);
/* The rows shown: a top-N view by count, ties at the cut kept (to free). */
struct group *rekap_rows(const struct rtable *t, int top, size_t *n, size_t *cut);
/* The order of equal counts among the cut rows g of a top-N view of t, to
 * print under it, or NULL when no two are equal. */
const char *rekap_tie_rule(const struct rtable *t, const struct group *g, size_t cut, int top);

#endif
