/* One import of a CSV file, whatever kind of record it holds (cases,
 * units, activities, signatories of the pact): the header matched against
 * the kind's columns (its aliases, letter case, blanks), every unknown and
 * every missing required column said at once, each row handed to the
 * kind as one cell per column, a bad row said as FILE:LINE: column:
 * problem and written to the reject file in the input's own dialect (BOM,
 * delimiter, line ends) with its line and reason, counts by outcome.
 * Bounded memory: one record at a time. */
#ifndef NETRAL_IO_CSVIMPORT_H
#define NETRAL_IO_CSVIMPORT_H

#include "netral/io/csvin.h"
#include "netral/io/csvout.h"
#include "netral/io/xlsxout.h"
#include "netral/util/strbuf.h"

/* What became of a good row. */
enum import_outcome { IMPORT_NEW, IMPORT_UPDATED, IMPORT_SAME, IMPORT_OUTCOMES };

/* A column's properties. */
#define IMPORT_REQUIRED 1u   /* the header must name it */
#define IMPORT_IGNORED 2u    /* netral writes it (a list's derived values): read back, unused */
#define IMPORT_DIGITS 4u     /* digits that are not a number (NIP, NIK, telephone): a workbook's number cell is refused */
#define IMPORT_DATE 8u       /* a day: its order (DD/MM or MM/DD) decided from the whole column */

struct csvimport;

struct import_kind {
	const char *const *cols;        /* the columns, NULL-terminated, in the kind's order */
	const unsigned char *flags;     /* per column; NULL for none */
	/* The column a heading names (an alias table), into out; NULL: the
	 * heading in lower case, blanks, '-', '.' and '/' as '_'. */
	void (*canonical)(void *ctx, const char *heading, char *out, size_t cap);
	/* One row: v[k] the cell of column k, unmarked, NULL when the header
	 * lacks it.  0 with *outcome set; -1 when the row is refused (its
	 * problems said with csvimport_problem); else an exit status that
	 * stops the import. */
	int (*row)(void *ctx, struct csvimport *im, const char *const *v, int *outcome);
	/* Before the first row, once the file is read through: how many rows
	 * it holds.  A status; NULL for nothing to do. */
	int (*start)(void *ctx, long rows);
};

struct csvimport {
	/* set by the caller */
	const struct import_kind *kind;
	void *ctx;
	struct csvin *in;             /* its name is how messages name the file */
	struct csvout *reject;        /* NULL: no reject file */
	struct xlsxout *reject_book;  /* or a workbook's, for a workbook's rows */
	int ignore_unknown, quiet;
	void (*progress)(void *ctx, long rows);
	void *progress_ctx;
	/* the run */
	long n[IMPORT_OUTCOMES], rejected, rows;
	long line;                    /* of the row being read */
	const struct csvin_record *record;
	struct strbuf day_first;      /* the date columns read day-first with no value proving it */
	/* private */
	int *col_of, *kind_of;        /* kind column -> file column; file column -> kind column */
	char **header;
	size_t ncols, width, nhead;
	unsigned char *formula_said;  /* per file column: its formulas were said */
	size_t widest;                /* the most fields of any record: the reject file's width */
	long surveyed;                /* the rows, header aside */
	struct import_dates *dates;   /* per kind column: the lines proving each order */
	struct strbuf why;
	long problems;
};

/* Reads the whole input twice (its file rewound): once to match the
 * header and decide the order of each date column, from all its values,
 * before any row is taken; then each row.  csvin_read's statuses, or the
 * kind's; NX_DATA for a header it cannot use, a date column written
 * month-first or both ways (said), or an empty file. */
int csvimport_read(struct csvimport *im);
/* A problem of the row being read: said as FILE:LINE: column: problem (col
 * NULL: the row), kept as the reason of its reject file line. */
void csvimport_problem(struct csvimport *im, const char *col, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A warning about the row being read, unless quiet. */
void csvimport_warning(struct csvimport *im, const char *col, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A value of the file not taken (or taken only because forced), said even
 * when quiet: what an import leaves as it was is never unseen. */
void csvimport_kept(struct csvimport *im, const char *col, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void csvimport_free(struct csvimport *im);

#endif
