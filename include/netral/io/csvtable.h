/* Small CSV imports into fixed columns (units, activities, signatories):
 * the header matched against the known columns, each data row handed over
 * as one value per column, a bad row reported as NAME:LINE: column:
 * problem and copied to the reject file with its line and reason. */
#ifndef NETRAL_IO_CSVTABLE_H
#define NETRAL_IO_CSVTABLE_H

#include "netral/io/csvin.h"
#include "netral/io/csvout.h"

/* What became of a good row: counted under its outcome. */
enum csvtable_outcome { CT_NEW, CT_UPDATED, CT_SAME, CT_OUTCOMES };

#define CSVTABLE_COLS 16

struct csvtable {
	const char *const *cols;   /* the known columns, NULL-terminated */
	unsigned required;         /* bit k: column k must be in the header */
	/* One row, v[k] the cell of column k ("" when absent), unmarked.
	 * 0 with *outcome set; -1 with e set (its field a column index, or
	 * -1): the row is rejected; otherwise an exit status that stops. */
	int (*row)(void *ctx, const char *const *v, long line, struct err *e, int *outcome);
	void *ctx;
	struct csvout *reject;     /* NULL: no reject file */
	/* filled in */
	long n[CT_OUTCOMES], rejected;
	int col_of[CSVTABLE_COLS + 2];
	size_t width, ncols;
	const char *name;
};

/* Reads the whole input through t (csvin_read's statuses). */
int csvtable_read(struct csvtable *t, struct csvin *in);

#endif
