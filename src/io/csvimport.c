/* One import of a CSV file, whatever it holds (csvimport.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/csvimport.h"
#include "netral/io/xlsxin.h"
#include "netral/io/xlsxout.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/date.h"
#include "netral/util/interrupt.h"
#include "netral/util/text.h"

/* The columns netral adds to a reject file, read back and written afresh,
 * so that a reject file of a reject file has one of each. */
static const char *const own_cols[] = { "baris", "alasan" };
#define NOWN (sizeof own_cols / sizeof *own_cols)

#define KIND_UNKNOWN (-1)
#define KIND_OWN (-2)
#define KIND_ROW_NUMBER (-3)

/* What a date column's values proved: the first line and value of each
 * order, and whether a value left the order open (10/09/2024). */
enum { DAY_FIRST, MONTH_FIRST };
struct import_dates {
	long line[2];
	char value[2][32];
	int open;
};

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

/* The heading a clerk reads over the column a kind calls col. */
static const char *heading(const struct csvimport *im, const char *col)
{
	for (size_t c = 0; c < im->nhead; c++)
		if (im->kind_of[c] >= 0 && strcmp(im->kind->cols[im->kind_of[c]], col) == 0)
			return im->header[c];
	return col;
}

static void say(const struct csvimport *im, long line, const char *kind, const char *col,
		const char *msg)
{
	char where[600], cell[800];

	csvin_at(im->in, line, where, sizeof where);
	if (im->in->workbook && col) {
		/* a sheet's columns are named by the heading the clerk sees */
		snprintf(cell, sizeof cell, _("%s, column %s"), where, heading(im, col));
		report_in(cell, "%s%s", kind, msg);
	} else {
		report_in(where, "%s%s%s%s", kind, col ? col : "", col ? ": " : "", msg);
	}
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

/* A workbook's rows are rejected into a workbook: its header bold and
 * frozen, each cell typed as it was read, so that the clerk fixes the
 * sheet and imports it as it is. */
static void book_header(struct csvimport *im)
{
	const char **names = xcalloc(im->widest + im->nhead + NOWN + 1, sizeof *names);
	char (*extra)[32] = xcalloc(im->widest + 1, sizeof *extra);
	size_t n = 0;

	for (size_t c = 0; c < im->nhead; c++)
		if (c >= im->width || im->kind_of[c] != KIND_OWN)
			names[n++] = im->header[c];
	for (size_t c = im->nhead; c < im->widest; c++) {
		snprintf(extra[c], sizeof extra[c], "kolom_%zu", c + 1);
		names[n++] = extra[c];
	}
	for (size_t i = 0; i < NOWN; i++)
		names[n++] = own_cols[i];
	xlsxout_sheet(im->reject_book, im->in->sheet);
	xlsxout_head(im->reject_book, names, n);
	free(extra);
	free(names);
}

static void book_cell(struct xlsxout *x, const char *s, unsigned cell)
{
	if (cell & CELL_DATE)
		xlsxout_date(x, s);
	else if ((cell & CELL_NUMBER) && *s)
		xlsxout_number(x, strtod(s, NULL));
	else
		xlsxout_text(x, s);
}

static void book_row(struct csvimport *im, const struct csvin_record *r, const char *why)
{
	size_t width = im->widest > im->nhead ? im->widest : im->nhead;

	for (size_t c = 0; c < width; c++)
		if (c >= im->nhead || im->kind_of[c] != KIND_OWN)
			book_cell(im->reject_book, c < r->n ? r->f[c] : "", r->cell && c < r->n ? r->cell[c] : 0);
	xlsxout_number(im->reject_book, (double)r->line);
	xlsxout_text(im->reject_book, why);
	xlsxout_end_row(im->reject_book);
}

/* The reject file opens as the input did, with its header and the two
 * columns of its own. */
static void reject_header(struct csvimport *im)
{
	struct csvout *o = im->reject;
	char name[32];

	if (im->reject_book)
		return book_header(im);
	o->delim = im->in->delim;
	o->crlf = im->in->crlf;
	o->cr = im->in->cr;
	if (im->in->bom)
		csvout_bom(o);
	for (size_t c = 0; c < im->nhead; c++)
		if (c >= im->width || im->kind_of[c] != KIND_OWN)
			csvout_text(o, im->header[c]);
	/* a name for each cell some row has beyond the header: the two
	 * columns of our own stay where their names are */
	for (size_t c = im->nhead; c < im->widest; c++) {
		snprintf(name, sizeof name, "kolom_%zu", c + 1);
		csvout_plain(o, name);
	}
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
	char (*names)[128] = xcalloc(r->n ? r->n : 1, sizeof *names), where[600];
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
	if (csvin_header(&canon, known, im->ncols + NOWN, 1, col_of, key_of, &im->width, &e) < 0 ||
	    (!im->ignore_unknown && key_of[0] < 0 && csvin_one_column(r, &e)))
		rc = fail(NX_DATA, "%s: %s", csvin_at(im->in, r->line, where, sizeof where), e.msg);
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

/* The row-number column every clerk's sheet begins with ("No", "No.")
 * holds nothing of the record: left out, kept in a reject file. */
static void row_numbers(struct csvimport *im, const struct csvin_record *r)
{
	char name[128];

	for (size_t c = 0; c < im->width; c++) {
		plain_name(r->f[c], name, sizeof name);
		if (im->kind_of[c] == KIND_UNKNOWN && strcmp(name, "no") == 0)
			im->kind_of[c] = KIND_ROW_NUMBER;
	}
}

static int header(struct csvimport *im, const struct csvin_record *r)
{
	struct err e;
	char where[600];
	int rc;

	csvin_at(im->in, r->line, where, sizeof where);
	if (r->n > 4096)
		return fail(NX_DATA, _("%s: header: more than 4096 columns"), where);
	for (size_t c = 0; c < r->n; c++)
		if (text_check(r->f[c], strlen(r->f[c]), 0, &e) < 0)
			return fail(NX_DATA, _("%s: header: column %zu: %s"), where, c + 1, e.msg);
	im->nhead = r->n;
	im->kind_of = xcalloc(r->n ? r->n : 1, sizeof *im->kind_of);
	im->formula_said = xcalloc(r->n ? r->n : 1, 1);
	im->header = xcalloc(r->n ? r->n : 1, sizeof *im->header);
	for (size_t c = 0; c < r->n; c++)
		im->header[c] = xstrdup(r->f[c]);
	if ((rc = match(im, r)))
		return rc;
	row_numbers(im, r);
	return header_problems(im, r);
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

/* The fields of a record but the empty ones past at least n (a
 * spreadsheet's trailing columns). */
static size_t cells(const struct csvin_record *r, size_t n)
{
	size_t m = r->n;

	while (m > n && r->len[m - 1] == 0)
		m--;
	return m;
}

/* Empty cells after a short row's, so that baris and alasan stay under
 * their names. */
static void pad(struct csvimport *im, const struct csvin_record *r)
{
	size_t want = im->widest > im->nhead ? im->widest - im->nhead : 0, have = 0;
	size_t m = cells(r, im->nhead);

	for (size_t c = 0; c < im->nhead; c++)
		want += im->kind_of[c] != KIND_OWN;
	for (size_t c = 0; c < m; c++)
		have += c >= im->nhead || im->kind_of[c] != KIND_OWN;
	for (; have < want; have++)
		csvout_plain(im->reject, "");
}

static void reject(struct csvimport *im, const struct csvin_record *r)
{
	char line[32];

	im->rejected++;
	if (im->reject_book)
		return book_row(im, r, sb_str(&im->why));
	if (!im->reject)
		return;
	/* every cell the row has, those beyond the header's too; a cell as
	 * it was before a spreadsheet mark, which csvout puts back: one
	 * mark, not one more on each trip */
	for (size_t c = 0; c < cells(r, im->nhead); c++)
		if (c >= im->nhead || im->kind_of[c] != KIND_OWN)
			csvout_text(im->reject, csvin_unmark(r->f[c]));
	pad(im, r);
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

/* What a workbook's cells say beyond their text: a number where digits
 * are wanted has lost them (Excel keeps 15), so the row is refused; a
 * formula's saved value is taken, and said once a column. */
static int workbook_cells(struct csvimport *im, const struct csvin_record *r)
{
	int bad = 0;

	for (size_t k = 0; k < im->ncols; k++) {
		int c = im->col_of[k];

		if (c < 0 || (size_t)c >= r->n)
			continue;
		if ((r->cell[c] & CELL_NUMBER) && (flags_of(im, k) & IMPORT_DATE)) {
			csvimport_problem(im, im->kind->cols[k],
					  _("a number (%s), not a date: format the column as a date (dd/mm/yyyy) and save the workbook again"),
					  r->f[c]);
			bad = 1;
		}
		if ((r->cell[c] & CELL_NUMBER) && (flags_of(im, k) & IMPORT_DIGITS)) {
			csvimport_problem(im, im->kind->cols[k],
					  _("stored as a number (%.15G), digits are lost; format the column as Text and type it again"),
					  strtod(r->f[c], NULL));
			bad = 1;
		}
		if ((r->cell[c] & CELL_FORMULA) && !im->formula_said[c]) {
			im->formula_said[c] = 1;
			csvimport_warning(im, im->kind->cols[k], "%s",
					  _("a formula: the value saved with it is read (netral never computes one), here and below"));
		}
	}
	return bad;
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
		return 0;     /* matched by survey */
	im->rows++;
	if (im->progress)
		im->progress(im->progress_ctx, im->rows);
	sb_reset(&im->why);
	im->line = r->line;
	im->record = r;
	if (r->problem) {
		csvimport_problem(im, r->problem_field == CSVIN_WHOLE_RECORD ? NULL :
				  column_name(im, r->problem_field, buf), "%s", r->problem);
		reject(im, r);
		return 0;
	}
	if (csvin_check_width(r, im->width, &e) < 0) {
		csvimport_problem(im, NULL, "%s", e.msg);
		reject(im, r);
		return 0;
	}
	if (r->cell && workbook_cells(im, r)) {
		reject(im, r);
		return 0;
	}
	v = xcalloc(im->ncols + 1, sizeof *v);
	for (size_t k = 0; k < im->ncols; k++)
		if (im->col_of[k] >= 0)
			v[k] = (size_t)im->col_of[k] >= r->n ? "" :
			       /* a workbook's text cell is text as it is: no mark to undo */
			       r->cell ? r->f[im->col_of[k]] : csvin_unmark(r->f[im->col_of[k]]);
	rc = im->kind->row(im->ctx, im, v, &outcome);
	free(v);
	if (rc == 0)
		im->n[outcome]++;
	else if (rc < 0)
		reject(im, r);
	im->record = NULL;
	return rc > 0 ? rc : 0;
}

/* The order a date proves: a first number over 12 is a day, a second one
 * a month, the other a month; -1 for none (ISO, both numbers up to 12, or
 * no day either way, as 00/45). */
static int order_of(const char *v, int *open)
{
	int a, b, month_a, month_b;

	if (!date_parts(v, &a, &b))
		return -1;
	month_a = a >= 1 && a <= 12;
	month_b = b >= 1 && b <= 12;
	if (month_a && month_b)
		*open = 1;
	else if (month_b && a > 12 && a <= 31)
		return DAY_FIRST;
	else if (month_a && b > 12 && b <= 31)
		return MONTH_FIRST;
	return -1;
}

static void survey_dates(struct csvimport *im, const struct csvin_record *r)
{
	for (size_t k = 0; k < im->ncols; k++) {
		struct import_dates *d = &im->dates[k];
		int c = im->col_of[k], order;
		const char *v;

		if (!(flags_of(im, k) & IMPORT_DATE) || c < 0 || (size_t)c >= r->n)
			continue;
		v = r->cell ? r->f[c] : csvin_unmark(r->f[c]);
		if ((order = order_of(v, &d->open)) >= 0 && !d->line[order]) {
			d->line[order] = r->line;
			snprintf(d->value[order], sizeof d->value[order], "%s", v);
		}
	}
}

/* The first reading: the header, the widest record and what each date
 * column's values prove, before any row is taken. */
static int survey(void *ctx, const struct csvin_record *r)
{
	struct csvimport *im = ctx;

	if (interrupt_pending())
		return NX_INTERRUPT;
	if (r->index == 0) {
		im->widest = r->n;
		return header(im, r);
	}
	im->surveyed++;
	if (cells(r, im->nhead) > im->widest)
		im->widest = cells(r, im->nhead);
	/* a row refused for another cell, or one libcsv refused (its cells as
	 * far as they split), still tells the file's order */
	survey_dates(im, r);
	return 0;
}

/*
 * Each date column read one way: day-first, as Indonesian spreadsheets
 * write it, unless a value proves the file month-first (a program in
 * another locale converted it), which would turn 10/09 into 9 October
 * unseen: such a column, or one proven both ways, is refused whole.  A
 * column no value proves is named for the summary.
 */
static int decide_dates(struct csvimport *im)
{
	char msg[1024];
	int bad = 0;

	for (size_t k = 0; k < im->ncols; k++) {
		const struct import_dates *d = &im->dates[k];
		const char *col = im->kind->cols[k];

		if (!(flags_of(im, k) & IMPORT_DATE) || im->col_of[k] < 0)
			continue;
		if (d->line[MONTH_FIRST] && d->line[DAY_FIRST]) {
			snprintf(msg, sizeof msg, _("'%s' is day-first, but line %ld has '%s', month-first: the column writes dates both ways, so none of them can be trusted"),
				 d->value[DAY_FIRST], d->line[MONTH_FIRST], d->value[MONTH_FIRST]);
			say(im, d->line[DAY_FIRST], "", col, msg);
		} else if (d->line[MONTH_FIRST]) {
			snprintf(msg, sizeof msg, _("'%s' is month-first: the file writes its dates month-first (MM/DD/YYYY), and one such as 10/09/2024 would be read wrong; save the dates as YYYY-MM-DD or DD/MM/YYYY, or import the .xlsx workbook itself"),
				 d->value[MONTH_FIRST]);
			say(im, d->line[MONTH_FIRST], "", col, msg);
		} else {
			if (d->open && !d->line[DAY_FIRST])
				sb_printf(&im->day_first, "%s%s", im->day_first.len ? ", " : "", col);
			continue;
		}
		bad = 1;
	}
	return bad ? NX_DATA : 0;
}

/* The rows of a CSV file or of a workbook's sheet, alike. */
static int read_input(struct csvimport *im, csvin_fn fn)
{
	return im->in->workbook ? xlsxin_read(im->in, fn, im) : csvin_read(im->in, fn, im);
}

int csvimport_read(struct csvimport *im)
{
	int rc;

	for (im->ncols = 0; im->kind->cols[im->ncols]; im->ncols++)
		;
	im->col_of = xcalloc(im->ncols + 1, sizeof *im->col_of);
	im->dates = xcalloc(im->ncols + 1, sizeof *im->dates);
	if ((rc = read_input(im, survey)))
		return rc;
	if (im->in->lines == 0 && im->in->workbook)
		return fail(NX_DATA, _("%s: sheet '%s' holds nothing (a header row is needed; --sheet reads another)"),
			    im->in->name, im->in->sheet);
	if (im->in->lines == 0)
		return fail(NX_DATA, _("%s: empty file (a header row is needed)"), im->in->name);
	if ((rc = decide_dates(im)))
		return rc;
	if ((im->reject || im->reject_book) && im->kind_of)
		reject_header(im);
	if ((rc = csvin_rewind(im->in)))
		return rc;
	if (im->kind->start && (rc = im->kind->start(im->ctx, im->surveyed)))
		return rc;
	return read_input(im, record);
}

void csvimport_free(struct csvimport *im)
{
	for (size_t c = 0; c < im->nhead; c++)
		free(im->header[c]);
	free(im->header);
	free(im->kind_of);
	free(im->formula_said);
	free(im->col_of);
	free(im->dates);
	sb_free(&im->why);
	sb_free(&im->day_first);
	im->header = NULL;
	im->kind_of = im->col_of = NULL;
	im->formula_said = NULL;
	im->dates = NULL;
	im->nhead = 0;
}
