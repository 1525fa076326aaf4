/* One import of a CSV file, whatever it holds (csvimport.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/csvimport.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/interrupt.h"
#include "netral/util/text.h"

/* The columns netral adds to a reject file, read back and written afresh,
 * so that a reject file of a reject file has one of each. */
static const char *const own_cols[] = { "baris", "alasan" };
#define NOWN (sizeof own_cols / sizeof *own_cols)

#define KIND_UNKNOWN (-1)
#define KIND_OWN (-2)

static unsigned flags_of(const struct csvimport *im, size_t k)
{
	return im->kind->flags ? im->kind->flags[k] : 0;
}

/* A heading as a column is named: lower case, blanks and '-', '.', '/'
 * as one '_' ("No. Laporan" is no_laporan). */
static void plain_name(const char *h, char *out, size_t cap)
{
	size_t n = 0;
	int gap = 0;

	for (; *h && n + 2 < cap; h++) {
		int c = (unsigned char)*h;

		if (c == '-' || c == '_' || c == '.' || c == '/' || ascii_isspace(c)) {
			gap = n > 0;
			continue;
		}
		if (gap)
			out[n++] = '_';
		gap = 0;
		out[n++] = (char)ascii_tolower(c);
	}
	out[n] = '\0';
}

static void say(const struct csvimport *im, long line, const char *kind, const char *col,
		const char *msg)
{
	report_at(im->in->name, line, "%s%s%s%s", kind, col ? col : "", col ? ": " : "", msg);
}

/* Each unknown and each missing required column, said at once. */
static int header_problems(struct csvimport *im, const struct csvin_record *r)
{
	struct strbuf req = STRBUF_INIT;
	char msg[600];
	int bad = 0;

	for (size_t c = 0; c < im->width && !im->ignore_unknown; c++)
		if (im->kind_of[c] == KIND_UNKNOWN && *r->f[c]) {
			snprintf(msg, sizeof msg, _("unknown column '%s' (--ignore-unknown leaves such columns out)"),
				 r->f[c]);
			say(im, r->line, _("header: "), NULL, msg);
			bad = 1;
		}
	for (size_t k = 0; k < im->ncols; k++)
		if (flags_of(im, k) & IMPORT_REQUIRED)
			sb_printf(&req, "%s%s", req.len ? ", " : "", im->kind->cols[k]);
	for (size_t k = 0; k < im->ncols; k++)
		if ((flags_of(im, k) & IMPORT_REQUIRED) && im->col_of[k] < 0) {
			snprintf(msg, sizeof msg, _("missing column '%s' (required: %s)"), im->kind->cols[k],
				 req.buf);
			say(im, r->line, _("header: "), NULL, msg);
			bad = 1;
		}
	sb_free(&req);
	return bad ? NX_DATA : 0;
}

/* The reject file opens as the input did, with its header and the two
 * columns of its own. */
static void reject_header(struct csvimport *im, const struct csvin_record *r)
{
	struct csvout *o = im->reject;

	o->delim = im->in->delim;
	o->crlf = im->in->crlf;
	o->cr = im->in->cr;
	if (im->in->bom)
		csvout_bom(o);
	for (size_t c = 0; c < r->n; c++)
		if (c >= im->width || im->kind_of[c] != KIND_OWN)
			csvout_text(o, r->f[c]);
	for (size_t i = 0; i < NOWN; i++)
		csvout_plain(o, own_cols[i]);
	csvout_end(o);
}

/* Which kind column each heading names. */
static int match(struct csvimport *im, const struct csvin_record *r)
{
	const char **known = xcalloc(im->ncols + NOWN + 1, sizeof *known);
	int *col_of = xcalloc(im->ncols + NOWN + 1, sizeof *col_of), *key_of;
	struct csvin_record canon = *r;
	char (*names)[128] = xcalloc(r->n ? r->n : 1, sizeof *names);
	struct err e;
	int rc = 0;

	for (size_t k = 0; k < im->ncols; k++)
		known[k] = im->kind->cols[k];
	for (size_t i = 0; i < NOWN; i++)
		known[im->ncols + i] = own_cols[i];
	key_of = xcalloc(r->n ? r->n : 1, sizeof *key_of);
	canon.f = xcalloc(r->n ? r->n : 1, sizeof *canon.f);
	/* a heading that names no column stays as written, so a message quotes it */
	for (size_t c = 0; c < r->n; c++) {
		if (im->kind->canonical)
			im->kind->canonical(im->ctx, r->f[c], names[c], sizeof names[c]);
		else
			plain_name(r->f[c], names[c], sizeof names[c]);
		canon.f[c] = r->f[c];
		for (size_t k = 0; k < im->ncols + NOWN; k++)
			if (strcmp(names[c], known[k]) == 0)
				canon.f[c] = names[c];
	}
	if (csvin_header(&canon, known, im->ncols + NOWN, 1, col_of, key_of, &im->width, &e) < 0)
		rc = fail(NX_DATA, "%s:%ld: %s", im->in->name, r->line, e.msg);
	else if (!im->ignore_unknown && key_of[0] < 0 && csvin_one_column(r, &e))
		rc = fail(NX_DATA, "%s:%ld: %s", im->in->name, r->line, e.msg);
	for (size_t k = 0; !rc && k < im->ncols; k++)
		im->col_of[k] = col_of[k];
	for (size_t c = 0; !rc && c < r->n; c++)
		im->kind_of[c] = key_of[c] < 0 ? KIND_UNKNOWN :
				 (size_t)key_of[c] >= im->ncols ? KIND_OWN : key_of[c];
	free(canon.f);
	free(names);
	free(key_of);
	free(col_of);
	free(known);
	return rc;
}

static int header(struct csvimport *im, const struct csvin_record *r)
{
	struct err e;
	int rc;

	if (r->n > 4096)
		return fail(NX_DATA, _("%s:%ld: header: more than 4096 columns"), im->in->name, r->line);
	for (size_t c = 0; c < r->n; c++)
		if (text_check(r->f[c], strlen(r->f[c]), 0, &e) < 0)
			return fail(NX_DATA, _("%s:%ld: header: column %zu: %s"), im->in->name, r->line, c + 1,
				    e.msg);
	im->nhead = r->n;
	im->kind_of = xcalloc(r->n ? r->n : 1, sizeof *im->kind_of);
	im->header = xcalloc(r->n ? r->n : 1, sizeof *im->header);
	for (size_t c = 0; c < r->n; c++)
		im->header[c] = xstrdup(r->f[c]);
	if ((rc = match(im, r)) || (rc = header_problems(im, r)))
		return rc;
	if (im->reject)
		reject_header(im, r);
	return 0;
}

/* The name of file column c, for a message. */
static const char *column_name(const struct csvimport *im, size_t c, char buf[32])
{
	if (c < im->nhead && im->kind_of[c] >= 0)
		return im->kind->cols[im->kind_of[c]];
	if (c < im->nhead && *im->header[c])
		return im->header[c];
	snprintf(buf, 32, _("column %zu"), c + 1);
	return buf;
}

static void reject(struct csvimport *im, const struct csvin_record *r)
{
	char line[32];

	im->rejected++;
	if (!im->reject)
		return;
	/* every cell the row has, those beyond the header's too; a cell as
	 * it was before a spreadsheet mark, which csvout puts back: one
	 * mark, not one more on each trip */
	for (size_t c = 0; c < r->n; c++)
		if (c >= im->nhead || im->kind_of[c] != KIND_OWN)
			csvout_text(im->reject, csvin_unmark(r->f[c]));
	snprintf(line, sizeof line, "%ld", r->line);
	csvout_plain(im->reject, line);
	csvout_text(im->reject, sb_str(&im->why));
	csvout_end(im->reject);
}

void csvimport_problem(struct csvimport *im, const char *col, const char *fmt, ...)
{
	char msg[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	say(im, im->line, "", col, msg);
	if (im->why.len)
		sb_puts(&im->why, "; ");
	if (col)
		sb_printf(&im->why, "%s: ", col);
	sb_puts(&im->why, msg);
	im->problems++;
}

static void vwarn(struct csvimport *im, const char *col, const char *fmt, va_list ap)
{
	char msg[2048];

	vsnprintf(msg, sizeof msg, fmt, ap);
	say(im, im->line, _("warning: "), col, msg);
}

void csvimport_warning(struct csvimport *im, const char *col, const char *fmt, ...)
{
	va_list ap;

	if (im->quiet)
		return;
	va_start(ap, fmt);
	vwarn(im, col, fmt, ap);
	va_end(ap);
}

void csvimport_kept(struct csvimport *im, const char *col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(im, col, fmt, ap);
	va_end(ap);
}

static int record(void *ctx, const struct csvin_record *r)
{
	struct csvimport *im = ctx;
	const char **v;
	char buf[32];
	struct err e;
	int outcome = IMPORT_SAME, rc = 0;

	if (interrupt_pending())
		return NX_INTERRUPT;
	if (r->index == 0)
		return header(im, r);
	im->rows++;
	if (im->progress)
		im->progress(im->progress_ctx, im->rows);
	sb_reset(&im->why);
	im->line = r->line;
	im->record = r;
	if (r->problem) {
		csvimport_problem(im, column_name(im, r->problem_field, buf), "%s", r->problem);
		reject(im, r);
		return 0;
	}
	if (csvin_check_width(r, im->width, &e) < 0) {
		csvimport_problem(im, NULL, "%s", e.msg);
		reject(im, r);
		return 0;
	}
	v = xcalloc(im->ncols + 1, sizeof *v);
	for (size_t k = 0; k < im->ncols; k++)
		if (im->col_of[k] >= 0)
			v[k] = (size_t)im->col_of[k] < r->n ? csvin_unmark(r->f[im->col_of[k]]) : "";
	rc = im->kind->row(im->ctx, im, v, &outcome);
	free(v);
	if (rc == 0)
		im->n[outcome]++;
	else if (rc < 0)
		reject(im, r);
	im->record = NULL;
	return rc > 0 ? rc : 0;
}

int csvimport_read(struct csvimport *im)
{
	int rc;

	for (im->ncols = 0; im->kind->cols[im->ncols]; im->ncols++)
		;
	im->col_of = xcalloc(im->ncols + 1, sizeof *im->col_of);
	if ((rc = csvin_read(im->in, record, im)))
		return rc;
	if (im->in->lines == 0)
		return fail(NX_DATA, _("%s: empty file (a header row is needed)"), im->in->name);
	return 0;
}

void csvimport_free(struct csvimport *im)
{
	for (size_t c = 0; c < im->nhead; c++)
		free(im->header[c]);
	free(im->header);
	free(im->kind_of);
	free(im->col_of);
	sb_free(&im->why);
	im->header = NULL;
	im->kind_of = im->col_of = NULL;
	im->nhead = 0;
}
