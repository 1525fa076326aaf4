/* A listing of records with named columns, one call a row, in any of the
 * three formats: an aligned table with its header for people, CSV with a
 * header for spreadsheets and scripts, a JSON array of objects. */
#ifndef NETRAL_IO_LISTING_H
#define NETRAL_IO_LISTING_H

#include <stdio.h>

#include "netral/io/output.h"

struct listing {
	enum format fmt;
	const char *const *cols;
	size_t ncols;
	unsigned numeric;      /* bit c: column c is a number in JSON */
	long rows;
	struct csvout cv;
	struct json j;
	struct table t;
	FILE *fp;
};

/* excel: CSV for Indonesian Excel (csvout_excel), whatever fmt says. */
void listing_begin(struct listing *l, FILE *fp, enum format fmt, int excel,
		   const char *const *cols, size_t ncols, unsigned numeric);
/* One row of ncols values; "" is null in JSON. */
void listing_row(struct listing *l, const char *const *v);
/* none: what the table says when there were no rows. */
void listing_end(struct listing *l, const char *none);

#endif
