/* The compliance report shown: a table per contest for people, CSV and
 * JSON for the cron job's mail and for programs, a page to print, a
 * workbook. */
#ifndef NETRAL_VIEW_KEPATUHAN_H
#define NETRAL_VIEW_KEPATUHAN_H

#include <stdio.h>

#include "netral/cegah/kepatuhan.h"
#include "netral/io/output.h"
#include "netral/io/xlsxout.h"
#include "netral/rules/rules.h"

struct kepatuhan_view {
	const struct rules *rules;
	struct csvout *cv;          /* CSV: configured by the command (--excel...) */
	struct xlsxout *x;          /* a workbook instead (view_kepatuhan_csv) */
	int indonesian;             /* decimal commas at the terminal */
};

/* One row a unit and contest, columns for each kind of activity of the
 * rules (empty where it is not a duty of the contest); with o->x the same
 * as a sheet of typed cells. */
void view_kepatuhan_csv(const struct kepatuhan *k, const struct kepatuhan_view *o);
void view_kepatuhan_json(FILE *fp, const struct kepatuhan *k, const struct kepatuhan_view *o);
void view_kepatuhan_table(FILE *fp, const struct kepatuhan *k, const struct kepatuhan_view *o);
void view_kepatuhan_html(FILE *fp, const struct kepatuhan *k, const struct kepatuhan_view *o);

#endif
