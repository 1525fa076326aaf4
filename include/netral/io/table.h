/* Aligned text tables for people. */
#ifndef NETRAL_IO_TABLE_H
#define NETRAL_IO_TABLE_H

#include <stddef.h>
#include <stdio.h>

/* An aligned text table; cells are copied. */
struct table {
	size_t ncols, nrows, cap;
	char **cells;
	unsigned right;  /* bit i: right-align column i */
};

void table_init(struct table *t, size_t ncols);
void table_row(struct table *t, const char *const *cells);
void table_print(const struct table *t, FILE *fp, int header_rule);
void table_free(struct table *t);

#endif
