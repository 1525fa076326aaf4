/* A case's history as a table, CSV, or a JSON array. */
#ifndef NETRAL_VIEW_HISTORY_H
#define NETRAL_VIEW_HISTORY_H

#include "netral/audit/log.h"
#include "netral/db/db.h"
#include "netral/io/output.h"
#include "netral/io/xlsxout.h"

/* The events f selects: a table or CSV on fp, a JSON array in j, or
 * a sheet of the workbook x.
 * The old and new values of a private column (the reporter's contact)
 * are left out unless kontak; across cases, those of the person's name,
 * NIP, NIK and birth date unless pribadi.  CSV for Indonesian Excel when
 * excel (csvout_excel). */
int view_history(struct db *d, const struct audit_filter *f, enum format fmt, FILE *fp,
		 struct json *j, struct xlsxout *x, int kontak, int pribadi, int excel);

#endif
