/* Presenting the summaries: the terminal table, CSV and JSON. */
#ifndef NETRAL_VIEW_REKAP_H
#define NETRAL_VIEW_REKAP_H

#include <stdio.h>

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
};

/* Every table, or the one or two of --by. */
void view_rekap_csv(FILE *fp, const struct rekap *r, const struct rekap_view *o);
/* One table (dim; -1 the funnel) with its header, for a file of its own. */
void view_rekap_csv_one(FILE *fp, const struct rekap *r, const struct rekap_view *o, int dim);
void view_rekap_json(FILE *fp, const struct rekap *r, const struct rekap_view *o);
void view_rekap_table(FILE *fp, const struct rekap *r, const struct rekap_view *o);

#endif
