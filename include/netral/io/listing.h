/* A listing of records with named columns, one call a row, in any of the
 * formats: an aligned table with its header for people, CSV with a
 * header for spreadsheets and scripts, a JSON array of objects, a sheet
 * of a workbook with typed cells. */
#ifndef NETRAL_IO_LISTING_H
#define NETRAL_IO_LISTING_H

#include <stdio.h>

#include "netral/io/output.h"
#include "netral/io/xlsxout.h"

struct listing {
	enum format fmt;
	const char *const *cols;
	size_t ncols;
	unsigned numeric;      /* bit c: column c is a number in JSON and workbooks */
	unsigned dates;        /* bit c: column c is a day, a date cell in workbooks */
	long rows;
	struct xlsxout *x;
	struct csvout cv;
	struct json j;
	struct table t;
	FILE *fp;
};

/* excel: CSV for Indonesian Excel (csvout_excel), whatever fmt says. */
void listing_begin(struct listing *l, FILE *fp, enum format fmt, int excel,
		   const char *const *cols, size_t ncols, unsigned numeric);
/* A listing into a new sheet of a workbook (FMT_XLSX). */
void listing_begin_xlsx(struct listing *l, struct xlsxout *x, const char *sheet,
			const char *const *cols, size_t ncols, unsigned numeric, unsigned dates);
/* One row of ncols values; "" is null in JSON. */
void listing_row(struct listing *l, const char *const *v);
/* none: what the table says when there were no rows. */
void listing_end(struct listing *l, const char *none);

#endif
