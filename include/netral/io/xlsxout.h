/* Workbooks (.xlsx) for spreadsheets, written with libxlsxwriter: cells
 * typed as what they hold (text stays text however it looks, a day is a
 * date cell shown dd/mm/yyyy, a count a number), a bold header row frozen
 * above an autofilter, columns as wide as their content.  The file
 * appears whole or not at all (atomic.h), readable by its owner alone. */
#ifndef NETRAL_IO_XLSXOUT_H
#define NETRAL_IO_XLSXOUT_H

#include <stddef.h>

struct xlsxout;

/* path "-" is standard output, refused when it is a terminal.  Returns an
 * exit status; *out is set on success. */
int xlsxout_create(const char *path, struct xlsxout **out);

/* A new sheet, its name cut and cleaned to Excel's rules (31 characters,
 * none of []:*?/\, each name once).  0, or -1 (said at close). */
int xlsxout_sheet(struct xlsxout *x, const char *name);
/* The header row: bold, frozen above the rows, an autofilter over its
 * columns.  0 or -1. */
int xlsxout_head(struct xlsxout *x, const char *const *names, size_t n);

/* Cells, left to right: */
void xlsxout_text(struct xlsxout *x, const char *s);   /* never a number or formula */
void xlsxout_number(struct xlsxout *x, double v);
void xlsxout_percent(struct xlsxout *x, double v);     /* 0.473 shown 47.3% */
void xlsxout_date(struct xlsxout *x, const char *iso); /* YYYY-MM-DD, else text */
void xlsxout_end_row(struct xlsxout *x);
/* The row the next cell goes to, counted from 0. */
long xlsxout_row(const struct xlsxout *x);

/* A bar chart beside the table of this sheet: the categories in columns
 * cat0..cat1 (two: grouped), the values in column val, rows first..last. */
void xlsxout_bar_chart(struct xlsxout *x, const char *title, int cat0, int cat1, int val,
		       long first, long last);

/* Writes the workbook whole (beside the target, renamed over it, mode
 * 0600) or leaves the target as it was; frees x.  Returns an exit status. */
int xlsxout_close(struct xlsxout *x);
/* Writes nothing; frees x. */
void xlsxout_discard(struct xlsxout *x);

#endif
