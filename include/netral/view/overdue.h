/* The overdue cases as a table by agency, CSV, JSON grouped by agency, or
 * a sheet of a workbook. */
#ifndef NETRAL_VIEW_OVERDUE_H
#define NETRAL_VIEW_OVERDUE_H

#include <stdio.h>

#include "netral/io/output.h"
#include "netral/io/xlsxout.h"
#include "netral/kasus/overdue.h"

/* Onto fp, or x, the workbook of FMT_XLSX; excel: CSV for Indonesian
 * Excel (csvout_excel). */
void view_overdue(const struct overdue *o, enum format fmt, FILE *fp, struct xlsxout *x,
		  const char *today, long batas, int excel);

#endif
