/* Diagnostics, exit statuses and message translation. */
#ifndef NETRAL_MSG_H
#define NETRAL_MSG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s) netral_gettext(s)
/* A message with a count: "1 case", "2 cases" (one form in Indonesian). */
#define P_(s, p, n) ngettext(s, p, (unsigned long)(n))
const char *netral_gettext(const char *s) __attribute__((format_arg(1)));
#else
#define _(s) (s)
#define P_(s, p, n) ((n) == 1 ? (s) : (p))
#endif
#define N_(s) (s)

/*
 * Exit statuses, documented in netral(1).  They are part of the interface:
 * scripts and cron jobs branch on them, so never renumber.
 */
enum {
	NX_OK = 0,
	NX_ATTENTION = 1, /* ran fine, but found something: overdue cases, a failed check */
	NX_USAGE = 2,     /* bad command line */
	NX_DATA = 3,      /* bad input data: a field, a row, a file's content */
	NX_NOTFOUND = 4,  /* no such case, contest or database */
	NX_DATABASE = 5,  /* database unusable: foreign, newer, corrupt, locked, read-only */
	NX_IO = 6,        /* reading or writing a file failed: permissions, full disk */
	NX_INTERRUPT = 130
};

/* The short message buffer modules fill instead of printing. */
#define ERRSZ 512
/*
 * Two contracts.  Domain code that checks input returns -1 and fills a
 * struct err: the message (naming no field, which callers prefix) and the
 * field it concerns, so that an import can say FILE:LINE: field: problem.
 * Code that meets the environment (the database, a file) reports at once
 * and returns an exit status, as commands do.
 */
struct err {
	char msg[ERRSZ];
	int field;        /* the field concerned, or -1 */
};

void err_set(struct err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Names the field of the error just set; returns -1. */
int err_at(struct err *e, int field);

/* Print "netral: ..." on stderr. fail() returns its status so callers can
 * write "return fail(NX_DATA, ...)"; error() returns -1 in git's manner.
 * Callers that honour --quiet decide whether to call warning(). */
int fail(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The one printer behind them: prefix and message on stderr, control
 * characters (but tab and newline) shown as '?'. */
void vreport(const char *prefix, const char *fmt, va_list ap);
/* "WHERE: " and the message, through the same printer: what a file of the
 * user's holds, named where it is (FILE:LINE, a workbook's sheet and row). */
void report_in(const char *where, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A hint on stderr after a message (the way to the help), as it is. */
void report_hint(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Progress on a terminal: the line rewritten in place; NULL clears it. */
void report_progress(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Text on fp with control characters shown as '?'. */
void sanitise(FILE *fp, const char *s);
/* One warning per line of text (lines end with a newline). */
void warning_lines(const char *text);

/* 1 when messages are in Indonesian (numbers are then written 1.596; 47,1%). */
int msg_indonesian(void);


#endif
