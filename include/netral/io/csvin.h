/* Reading CSV with libcsv: BOM, delimiter detection, UTF-8 checks and the
 * physical line where each record starts. */
#ifndef NETRAL_CSVIN_H
#define NETRAL_CSVIN_H

#include <stdio.h>

#include "netral/util/msg.h"
#include "netral/util/sha256.h"

struct csvin_record {
	size_t n;             /* number of fields */
	char **f;             /* each NUL-terminated, surrounding blanks removed */
	size_t *len;
	long line;            /* physical line where the record starts (1-based) */
	long index;           /* 0 for the header, then 1, 2, ... */
	const char *problem;  /* set when a field cannot be used as text */
	size_t problem_field; /* CSVIN_WHOLE_RECORD: the record cannot be read */
	const unsigned char *cell; /* a workbook's: what each cell was (CELL_*); NULL for CSV */
};

#define CSVIN_WHOLE_RECORD ((size_t)-1)

/* What a workbook's cell held, beyond its text. */
#define CELL_NUMBER 1u   /* a number, written as its digits (or as Excel wrote it) */
#define CELL_DATE 2u     /* a day, written yyyy-mm-dd */
#define CELL_FORMULA 4u  /* the value saved with a formula */

/* Return 0 to go on; anything else stops the reading and is returned. */
typedef int (*csvin_fn)(void *ctx, const struct csvin_record *r);

struct csvin {
	const char *name;     /* how messages name the input */
	FILE *fp;
	char delim;           /* 0: detect from the header line */
	size_t max_record;    /* bytes; 0 for the default (1 MiB) */
	/* an input that cannot be rewound: a file it is copied to as it is
	 * first read, copying set; csvin_rewind then reads the copy (and
	 * copy is the input, for the caller to close) */
	FILE *copy;
	int copying;
	/* filled in while reading */
	int bom, crlf, cr;    /* how the first line looked, to write alike */
	struct digest sha;
	char sha_hex[65];
	long lines;
	/* a workbook (xlsxin.h): the sheet asked for, the one read, its hidden rows */
	int workbook;
	const char *want_sheet;
	char sheet[256];
	long hidden;
	int worksheets;       /* how many the workbook has */
};

/* Where a record of the input is, as messages name it: FILE:LINE, or
 * FILE: sheet NAME, row N for a workbook.  Returns buf. */
const char *csvin_at(const struct csvin *in, long line, char *buf, size_t cap);

/* Reads the whole input, calling fn once per record (the header included).
 * A record libcsv refuses (a stray quote) is handed on with its problem,
 * its fields as far as they can be split, and the reading goes on at the
 * next line.  An unterminated quote at the end or a record over the limit
 * ends the reading: it is printed as NAME:LINE: problem and NX_DATA
 * returned.  NX_IO for a read error.  Otherwise fn's value or 0. */
int csvin_read(struct csvin *in, csvin_fn fn, void *ctx);
/* Back to the start of the input, or of its copy, to read it again.
 * NX_IO, said. */
int csvin_rewind(struct csvin *in);

/*
 * Matches header names case-insensitively against `known`.  col_of[k] is the
 * column of known name k or -1; key_of[c] the known index of column c or -1.
 * Empty names are allowed only at the end (spreadsheets add them).
 * Unknown names are an error unless allow_unknown.  -1 with e set.
 */
int csvin_header(const struct csvin_record *r, const char *const *known,
		 size_t nknown, int allow_unknown, int *col_of, int *key_of,
		 size_t *width, struct err *e);
/* A header read as one column holding ';' or a tab: the delimiter is
 * likely wrong.  1 with e set to say so. */
int csvin_one_column(const struct csvin_record *r, struct err *e);

/* A cell as it was before csvout marked it: a leading apostrophe before
 * what a spreadsheet runs as a formula is taken off (spreadsheets never
 * write one into CSV: it is their text marker, not text). */
const char *csvin_unmark(const char *cell);

/* Checks a data record against the header width: extra fields must be
 * empty (trailing columns), missing fields are an error. */
int csvin_check_width(const struct csvin_record *r, size_t width,
		      struct err *e);


#endif
