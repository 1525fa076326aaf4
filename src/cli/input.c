/* The input of an import (import.h): a file, or a pipe (standard input, a
 * FIFO) read again from its start through a copy of its own, its format
 * known by its first bytes, whatever its name. */
#define _GNU_SOURCE       /* fopencookie: a pipe's first bytes given back */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/cli/import.h"
#include "netral/io/xlsxin.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/msg.h"

/* A workbook from a pipe is kept whole to be read (a ZIP is read from its
 * end): no bigger than this. */
#define PIPED_BOOK_MAX (1024L * 1024 * 1024)

/* An input read twice that cannot be rewound (standard input, a pipe) is
 * copied as it is first read to a file of its own, mode 0600, unlinked at
 * once: nothing of it outlives the run, and it is never longer than what
 * was read. */
static int copy_file(struct csvin *in)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	int fd;

	snprintf(path, sizeof path, "%s/netral-XXXXXX", dir && *dir ? dir : P_tmpdir);
	if ((fd = mkstemp(path)) < 0 || unlink(path) != 0 || !(in->copy = fdopen(fd, "w+"))) {
		int saved = errno;

		if (fd >= 0)
			close(fd);
		return fail(NX_IO, _("cannot copy %s to a temporary file: %s"), in->name, strerror(saved));
	}
	in->copying = 1;
	return 0;
}

/* A pipe whose first bytes were read to know its format: they are read
 * again first, then the rest, as if never taken. */
struct given_back {
	unsigned char head[XLSXIN_MAGIC];
	size_t n, at;
	FILE *rest;
};

static ssize_t given_back_read(void *cookie, char *buf, size_t size)
{
	struct given_back *g = cookie;
	size_t k = 0;

	if (g->at < g->n) {
		k = g->n - g->at < size ? g->n - g->at : size;
		memcpy(buf, g->head + g->at, k);
		g->at += k;
		return (ssize_t)k;
	}
	k = fread(buf, 1, size, g->rest);
	return k == 0 && ferror(g->rest) ? -1 : (ssize_t)k;
}

static int given_back_close(void *cookie)
{
	struct given_back *g = cookie;

	if (g->rest != stdin)
		fclose(g->rest);
	free(g);
	return 0;
}

/* A workbook from a pipe: the whole of it into the copy, which is then
 * the input. */
static int keep_book(struct csvin *in, struct given_back *g)
{
	char buf[65536];
	long total = (long)g->n;
	size_t n;

	if (fwrite(g->head, 1, g->n, in->copy) != g->n)
		return fail(NX_IO, _("cannot copy %s to a temporary file: %s"), in->name, strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, g->rest)) > 0) {
		if ((total += (long)n) > PIPED_BOOK_MAX)
			return fail(NX_DATA, _("%s: a workbook over 1 GiB; not read"), in->name);
		if (fwrite(buf, 1, n, in->copy) != n)
			return fail(NX_IO, _("cannot copy %s to a temporary file: %s"), in->name,
				    strerror(errno));
	}
	if (ferror(g->rest))
		return fail(NX_IO, _("cannot read '%s': %s"), in->name, strerror(errno));
	if (fflush(in->copy) != 0)
		return fail(NX_IO, _("cannot copy %s to a temporary file: %s"), in->name, strerror(errno));
	rewind(in->copy);
	in->fp = in->copy;
	in->copy = NULL;
	in->copying = 0;
	return 0;
}

/* A workbook is known by its bytes, whatever its name. */
static int format_of(struct csvin *in, const unsigned char *head, size_t n, const char *arg,
		     int quiet)
{
	const char *dot = strrchr(arg, '.');

	switch (xlsxin_magic(head, n)) {
	case 1:
		if (in->delim)
			return fail(NX_USAGE, _("%s: --delimiter is for a CSV file, and this is a workbook"),
				    in->name);
		in->workbook = 1;
		return 0;
	case 2:
		return fail(NX_DATA, _("%s: an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV UTF-8 and import that"),
			    in->name);
	}
	if (in->want_sheet)
		return fail(NX_USAGE, _("%s: --sheet is for a workbook (.xlsx), and this is not one"), in->name);
	if (dot && ascii_casecmp(dot, ".xlsx") == 0 && !quiet)
		warning(_("%s: not a workbook (no ZIP signature): read as CSV"), in->name);
	return 0;
}

/* A pipe: its first bytes say its format; a CSV file is read on through
 * them, a workbook kept whole. */
static int open_pipe(struct csvin *in, FILE *src, const char *arg, int quiet)
{
	struct given_back *g = xcalloc(1, sizeof *g);
	int rc;

	g->rest = src;
	g->n = fread(g->head, 1, sizeof g->head, src);
	if (ferror(src)) {
		given_back_close(g);
		return fail(NX_IO, _("cannot read '%s': %s"), in->name, strerror(errno));
	}
	if ((rc = copy_file(in)) || (rc = format_of(in, g->head, g->n, arg, quiet))) {
		given_back_close(g);
		return rc;
	}
	if (in->workbook) {
		rc = keep_book(in, g);
		given_back_close(g);
		return rc;
	}
	if (!(in->fp = fopencookie(g, "r", (cookie_io_functions_t){ .read = given_back_read,
								     .close = given_back_close }))) {
		given_back_close(g);
		return fail(NX_IO, _("cannot read '%s': %s"), in->name, strerror(errno));
	}
	return 0;
}

int app_open_input(const char *arg, int quiet, struct csvin *in)
{
	unsigned char head[XLSXIN_MAGIC];
	struct stat sb;
	FILE *src;
	size_t n;

	if (strcmp(arg, "-") == 0) {
		in->name = "stdin";
		return open_pipe(in, stdin, arg, quiet);
	}
	in->name = arg;
	if (!(src = fopen(arg, "r")))
		return fail(NX_IO, _("cannot open '%s': %s"), arg, strerror(errno));
	if (fstat(fileno(src), &sb) != 0)
		sb.st_mode = S_IFREG;
	if (S_ISDIR(sb.st_mode)) {
		fclose(src);
		return fail(NX_USAGE, _("'%s' is a directory"), arg);
	}
	if (!S_ISREG(sb.st_mode))
		return open_pipe(in, src, arg, quiet);
	in->fp = src;
	n = fread(head, 1, sizeof head, src);
	rewind(src);
	return format_of(in, head, n, arg, quiet);
}
