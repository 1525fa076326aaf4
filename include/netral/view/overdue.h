/* The overdue cases as a table by agency, CSV, or JSON grouped by agency. */
#ifndef NETRAL_VIEW_OVERDUE_H
#define NETRAL_VIEW_OVERDUE_H

#include "netral/io/output.h"
#include "netral/kasus/overdue.h"

/* excel: CSV for Indonesian Excel (csvout_excel). */
void view_overdue(const struct overdue *o, enum format fmt, const char *today, long batas,
		  int excel);

#endif
