/* Diagnostics, exit statuses and message translation. */
#ifndef NETRAL_MSG_H
#define NETRAL_MSG_H

#include <stdarg.h>
#include <stddef.h>

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s) netral_gettext(s)
const char *netral_gettext(const char *s) __attribute__((format_arg(1)));
#else
#define _(s) (s)
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
struct err {
	char msg[ERRSZ];
};

void err_set(struct err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Print "netral: ..." on stderr. fail() returns its status so callers can
 * write "return fail(NX_DATA, ...)"; error() returns -1 in git's manner. */
int fail(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void vmessage(const char *prefix, const char *fmt, va_list ap);
/* One warning per line of text (lines end with a newline). */
void warning_lines(const char *text);

/* 1 when messages are in Indonesian (numbers are then written 1.596; 47,1%). */
int msg_indonesian(void);

/* Set once at start-up: quiet mode for warnings. */
extern int msg_quiet;

/* Allocation that cannot return NULL: an out-of-memory aborts with a message. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
