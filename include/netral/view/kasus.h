/* Cases as people and programs read them: the list in the import format
 * (CSV, a workbook), as JSON or a table, and one case for 'show'.  Every column comes
 * from the catalogue; the private ones only when asked. */
#ifndef NETRAL_VIEW_KASUS_H
#define NETRAL_VIEW_KASUS_H

#include "netral/io/output.h"
#include "netral/io/xlsxout.h"
#include "netral/kasus/kasus.h"
#include "netral/kasus/store.h"

struct view_list {
	enum format fmt;
	int kontak;           /* the private columns too */
	int ids;              /* only the case numbers, one a line */
	int asal;             /* a roll-up: the table names each case's origin */
	/* an exchange file (list --pertukaran): the sender, the chain head of
	 * its database and the time, on every row; NULL for a list */
	const char *pertukaran[3];
	FILE *out;
	struct csvout cv;     /* delimiter, CRLF, raw: set before begin */
	struct json j;
	struct table t;
	struct xlsxout *x;    /* FMT_XLSX: the workbook, set before begin */
	long n;
};

void view_list_begin(struct view_list *v, FILE *out, int bom);
/* One row of kasus_select (a callback). */
int view_list_row(void *v, const char *const *cols);
void view_list_end(struct view_list *v);

/* One case: fields, derived values, classification, provenance; for a
 * table and JSON the history follows (view/history.h). */
int view_show(struct db *d, const struct rules *r, const struct kasus *k,
	      long long id, const struct kasus_meta *m, enum format fmt, int kontak, int excel);

#endif
