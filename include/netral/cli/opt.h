/* Option parsing shared by the commands, so that an option is spelt, checked
 * and refused the same way everywhere. */
#ifndef NETRAL_CLI_OPT_H
#define NETRAL_CLI_OPT_H

#include <getopt.h>

#include "netral/cli/app.h"
#include "netral/io/atomic.h"
#include "netral/io/output.h"
#include "netral/io/xlsxout.h"
#include "netral/kasus/column.h"

/* getopt_long with netral's messages: unknown options and missing values
 * are reported as "netral CMD: ..." and returned as '?'.  --db, --operator
 * and -q/--quiet given after the command go into a, as every command
 * takes them. */
int next_opt(struct app *a, int argc, char **argv, const char *shortopts,
	     const struct option *lo, const char *cmd);
/* "netral CMD: message" and the hint to --help; returns NX_USAGE. */
int usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Prints help text (translated) on stdout; returns 0. */
int print_help(const char *text);

/* How a command writes its result, as every command that writes one takes
 * it: --format (-f), --excel (-x: CSV for Indonesian Excel: a BOM, ';',
 * CRLF, decimal commas) and, where the command takes them, --output FILE
 * (-o) and the CSV's dialect one by one (--raw, --bom, --crlf,
 * --delimiter C). */
enum { OPT_RAW = 2000, OPT_BOM, OPT_CRLF, OPT_DELIM };
#define OUT_OPTIONS \
	{ "format", required_argument, NULL, 'f' }, { "excel", no_argument, NULL, 'x' }
#define OUT_OUTPUT { "output", required_argument, NULL, 'o' }
#define OUT_DIALECT \
	{ "raw", no_argument, NULL, OPT_RAW }, { "bom", no_argument, NULL, OPT_BOM }, \
	{ "crlf", no_argument, NULL, OPT_CRLF }, { "delimiter", required_argument, NULL, OPT_DELIM }
struct out_opts {
	enum format fmt;
	int xlsx;                 /* set by a command that writes workbooks */
	int fmt_given, excel, raw, bom, crlf;
	char delim;               /* 0: the format's own */
	const char *output;
	const char *db;           /* the database's file, which no output replaces */
};
/* One of those options: 1 taken, 0 when c is none of them, or minus
 * NX_USAGE (reported). */
int out_option(const char *cmd, int c, const char *arg, struct out_opts *o);
/* Where the result goes: --output's file, written whole or not at all
 * (mode before the umask: 0600 for personal data), or standard output;
 * for --format xlsx a workbook (x, fp NULL) into the file or onto a
 * standard output that is not a terminal, private whatever mode says.
 * out_end commits the file when rc is 0 and gives the status. */
struct out_file {
	struct atomic_file af;
	FILE *fp;
	struct xlsxout *x;
	int open;
};
int out_begin(const struct out_opts *o, mode_t mode, struct out_file *f);
int out_end(struct out_file *f, int rc);
/* A whole number within [min, max] for option name; 0, or NX_USAGE
 * reported with the range. */
int opt_number(const char *cmd, const char *name, const char *arg, long min, long max,
	       long *out);
/* --delimiter: one character, or 'tab'; 0, or NX_USAGE reported. */
int opt_delimiter(const char *cmd, const char *arg, char *out);
/* A case number argument in its normal form; 0, or NX_USAGE reported. */
int arg_case(const char *cmd, const char *arg, char nomor[32]);

/* Case numbers: the arguments, where "-" reads them from standard input
 * (one or more a line, blank lines skipped), in their normal form and each
 * once, in the order given.  0, or NX_USAGE reported with the argument or
 * the line; *out is freed with free().  *count is 0 only when "-" read no
 * number: an empty selection, which the caller reports as nothing done. */
int arg_cases(const char *cmd, char **args, int n, char (**out)[32], size_t *count);

/* One option per field of the given kinds (KIND_REPORTED, KIND_WORKFLOW;
 * 0 for both), named as the field with '-' for '_', returning 1000 + the
 * field; a yes/no field's value is optional.  names holds the spellings.
 * Returns the number of options written. */
#define FIELD_OPT 1000
int field_options(struct option *lo, char names[][32], int kind);
/* The value of a field option: a yes/no field without value is "1". */
const char *field_optarg(enum field f, const char *arg);

#endif
