/* Reading one sheet of an .xlsx workbook as csvin reads a CSV file: a
 * record per row that holds anything, the first the header, each named
 * by the row number the clerk sees.  A date cell gives its day as
 * yyyy-mm-dd, counted in the workbook's own date system whatever the
 * locale; a number keeps CELL_NUMBER so that a column of identity
 * numbers can refuse it; a formula gives the value saved with it and is
 * never computed.  A cell merged down over rows belongs to each of them;
 * one merged across columns to its first.  Hidden rows and columns are
 * read like any other (in->hidden counts the rows). */
#ifndef NETRAL_IO_XLSXIN_H
#define NETRAL_IO_XLSXIN_H

#include <stdio.h>

#include "netral/io/csvin.h"

/* 1 when an input's first bytes begin a ZIP archive (an .xlsx is one), 2
 * an Excel 97-2003 file (.xls), 0 otherwise. */
#define XLSXIN_MAGIC 8
int xlsxin_magic(const unsigned char *head, size_t n);
/* Reads the sheet in->want_sheet (NULL: the first) of the workbook in
 * in->fp, as csvin_read does; in->sheet names it, in->sha_hex is the
 * digest of the file's bytes. */
int xlsxin_read(struct csvin *in, csvin_fn fn, void *ctx);

#endif
