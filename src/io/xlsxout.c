/* Workbooks for spreadsheets (xlsxout.h).  libxlsxwriter writes a whole
 * workbook to a file it names itself, at the end: that file is a private
 * scratch copy, copied into the target through atomic.c, so the target is
 * replaced whole or not at all, and standard output (a pipe, which the
 * zip writer cannot seek in) gets it alike. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "netral/io/atomic.h"
#include "netral/io/xlsxout.h"
#include "netral/util/alloc.h"
#include "netral/util/date.h"
#include "netral/util/msg.h"
#include "netral/util/utf8.h"

#define MAX_COLS 256
#define WIDTH_MAX 60     /* a column of long text wraps nothing: cut at this */
#define SHEET_NAME_MAX 31

struct xlsxout {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *bold, *day, *pct;
	struct atomic_file af;     /* the target; unused for standard output */
	int to_stdout;
	const char *target;        /* for messages */
	char scratch[64];
	lxw_row_t row;
	lxw_col_t col, ncols;      /* ncols: the header's, for the autofilter */
	size_t width[MAX_COLS];
	int bad;                   /* a cell or a sheet libxlsxwriter refused */
};

static int scratch_file(struct xlsxout *x)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	snprintf(x->scratch, sizeof x->scratch, "%s/netral-XXXXXX",
		 dir && *dir && strlen(dir) < 40 ? dir : "/tmp");
	/* created private: libxlsxwriter's fopen keeps the mode it finds */
	if ((fd = mkstemp(x->scratch)) < 0)
		return fail(NX_IO, _("cannot create a file in '%s': %s"), dir && *dir ? dir : "/tmp",
			    strerror(errno));
	close(fd);
	return 0;
}

int xlsxout_create(const char *path, struct xlsxout **out)
{
	struct xlsxout *x = xcalloc(1, sizeof *x);
	int rc;

	x->to_stdout = strcmp(path, "-") == 0;
	x->target = x->to_stdout ? _("standard output") : path;
	if (x->to_stdout && isatty(STDOUT_FILENO)) {
		free(x);
		return fail(NX_USAGE, _("a workbook is not for the terminal: give --output FILE or redirect standard output"));
	}
	if (!x->to_stdout && (rc = atomic_open(&x->af, path, 0600))) {
		free(x);
		return rc;
	}
	if ((rc = scratch_file(x))) {
		atomic_abort(&x->af);
		free(x);
		return rc;
	}
	/* rows go to disk as they come, so a list of a million cases is
	 * written in the memory of one row (strings inline, not shared) */
	x->wb = workbook_new_opt(x->scratch, &(lxw_workbook_options){ .constant_memory = LXW_TRUE });
	x->bold = workbook_add_format(x->wb);
	format_set_bold(x->bold);
	x->day = workbook_add_format(x->wb);
	format_set_num_format(x->day, "dd/mm/yyyy");
	x->pct = workbook_add_format(x->wb);
	format_set_num_format(x->pct, "0.0%");
	*out = x;
	return 0;
}

/* The widths the content asked for, of the sheet being left. */
static void fit_columns(struct xlsxout *x)
{
	if (!x->ws)
		return;
	for (lxw_col_t c = 0; c < MAX_COLS; c++)
		if (x->width[c])
			worksheet_set_column(x->ws, c, c, (double)x->width[c] + 2, NULL);
	if (x->ncols)
		worksheet_autofilter(x->ws, 0, 0, x->row ? x->row - 1 : 0, x->ncols - 1);
	memset(x->width, 0, sizeof x->width);
}

/* Excel's rules for a sheet's name, cut by characters, not bytes. */
static void sheet_name(const char *s, char *out, size_t cap)
{
	size_t n = 0, chars = 0;

	while (*s && chars < SHEET_NAME_MAX) {
		size_t len = 1;

		utf8_next(s, &len);
		if (len == 0 || n + len + 1 > cap)
			break;
		if (strchr("[]:*?/\\", *s) || (unsigned char)*s < 0x20)
			out[n++] = '_';
		else
			memcpy(out + n, s, len), n += len;
		s += len;
		chars++;
	}
	out[n] = '\0';
	/* an apostrophe cannot begin or end it; nor can it be empty */
	if (n && out[0] == '\'')
		out[0] = '_';
	if (n && out[n - 1] == '\'')
		out[n - 1] = '_';
	if (!n)
		snprintf(out, cap, "-");
}

int xlsxout_sheet(struct xlsxout *x, const char *name)
{
	char clean[4 * SHEET_NAME_MAX + 1], unique[4 * SHEET_NAME_MAX + 16];

	fit_columns(x);
	sheet_name(name, clean, sizeof clean);
	snprintf(unique, sizeof unique, "%s", clean);
	/* the same name twice: a number after the second, within the length */
	for (int i = 2; workbook_get_worksheet_by_name(x->wb, unique) && i < 1000; i++) {
		char tail[16];
		size_t keep;

		snprintf(tail, sizeof tail, " (%d)", i);
		keep = strlen(clean);
		while (keep && utf8_width(clean) + strlen(tail) > SHEET_NAME_MAX)
			clean[--keep] = '\0';
		snprintf(unique, sizeof unique, "%s%s", clean, tail);
	}
	x->ws = workbook_add_worksheet(x->wb, unique);
	x->row = 0;
	x->col = 0;
	x->ncols = 0;
	if (!x->ws)
		x->bad = 1;
	return x->ws ? 0 : -1;
}

static void widen(struct xlsxout *x, size_t w)
{
	if (x->col < MAX_COLS && w > x->width[x->col])
		x->width[x->col] = w > WIDTH_MAX ? WIDTH_MAX : w;
}

static void check(struct xlsxout *x, lxw_error e)
{
	if (e != LXW_NO_ERROR)
		x->bad = 1;
}

int xlsxout_head(struct xlsxout *x, const char *const *names, size_t n)
{
	if (!x->ws && xlsxout_sheet(x, "netral") < 0)
		return -1;
	for (size_t c = 0; c < n; c++) {
		widen(x, utf8_width(names[c]) + 2);  /* room for the filter's button */
		check(x, worksheet_write_string(x->ws, x->row, x->col++, names[c], x->bold));
	}
	worksheet_freeze_panes(x->ws, x->row + 1, 0);
	x->ncols = (lxw_col_t)n;
	xlsxout_end_row(x);
	return 0;
}

void xlsxout_text(struct xlsxout *x, const char *s)
{
	/* a blank cell is an empty one: nothing to write */
	if (s && *s && x->ws) {
		size_t w = 0, line = 0;

		/* the widest line of a cell that has several */
		for (const char *p = s; *p; p++) {
			if (*p == '\n') {
				w = line > w ? line : w;
				line = 0;
			} else if (((unsigned char)*p & 0xc0) != 0x80) {
				line++;
			}
		}
		widen(x, line > w ? line : w);
		check(x, worksheet_write_string(x->ws, x->row, x->col, s, NULL));
	}
	x->col++;
}

void xlsxout_number(struct xlsxout *x, double v)
{
	char buf[32];

	if (x->ws) {
		widen(x, (size_t)snprintf(buf, sizeof buf, "%.15g", v));
		check(x, worksheet_write_number(x->ws, x->row, x->col, v, NULL));
	}
	x->col++;
}

void xlsxout_percent(struct xlsxout *x, double v)
{
	if (x->ws) {
		widen(x, 6);
		check(x, worksheet_write_number(x->ws, x->row, x->col, v, x->pct));
	}
	x->col++;
}

void xlsxout_date(struct xlsxout *x, const char *iso)
{
	struct date d;

	if (!iso || strlen(iso) != 10 || date_parse_iso(iso, &d) < 0) {
		xlsxout_text(x, iso);
		return;
	}
	if (x->ws) {
		lxw_datetime dt = { d.y, d.m, d.d, 0, 0, 0 };

		widen(x, 10);
		check(x, worksheet_write_datetime(x->ws, x->row, x->col, &dt, x->day));
	}
	x->col++;
}

void xlsxout_end_row(struct xlsxout *x)
{
	x->row++;
	x->col = 0;
}

long xlsxout_row(const struct xlsxout *x)
{
	return (long)x->row;
}

void xlsxout_bar_chart(struct xlsxout *x, const char *title, int cat0, int cat1, int val,
		       long first, long last)
{
	lxw_chart *ch;
	lxw_chart_series *s;

	if (!x->ws || last < first)
		return;
	ch = workbook_add_chart(x->wb, LXW_CHART_BAR);
	s = chart_add_series(ch, NULL, NULL);
	chart_series_set_categories(s, x->ws->name, (lxw_row_t)first, (lxw_col_t)cat0,
				    (lxw_row_t)last, (lxw_col_t)cat1);
	chart_series_set_values(s, x->ws->name, (lxw_row_t)first, (lxw_col_t)val,
				(lxw_row_t)last, (lxw_col_t)val);
	chart_title_set_name(ch, title);
	chart_legend_set_position(ch, LXW_CHART_LEGEND_NONE);
	/* the first row at the top, as the table reads */
	chart_axis_set_reverse(ch->y_axis);
	check(x, worksheet_insert_chart(x->ws, 0, (lxw_col_t)(val + 2), ch));
}

/* The scratch copy into fp. */
static int copy_into(struct xlsxout *x, FILE *fp)
{
	char buf[65536];
	FILE *in = fopen(x->scratch, "rb");
	size_t n;
	int err = 0;

	if (!in)
		return errno;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, fp) != n) {
			err = errno ? errno : EIO;
			break;
		}
	if (!err && ferror(in))
		err = errno ? errno : EIO;
	fclose(in);
	return err;
}

int xlsxout_close(struct xlsxout *x)
{
	/* a stream (standard output, a FIFO, a device) has no previous file */
	int stream = x->to_stdout || x->af.stream, rc = 0, err = 0;
	lxw_error e;

	fit_columns(x);
	e = workbook_close(x->wb);
	if (x->bad || e != LXW_NO_ERROR)
		rc = fail(NX_IO, _("cannot write '%s': %s; the previous file, if any, is unchanged"),
			  x->target, e != LXW_NO_ERROR ? lxw_strerror(e) : _("a cell or sheet was refused"));
	else if ((err = copy_into(x, x->to_stdout ? stdout : x->af.fp)) ||
		 (x->to_stdout && (fflush(stdout) != 0 || ferror(stdout))))
		err = err ? err : errno ? errno : EIO;
	if (err && stream)
		rc = fail(NX_IO, _("cannot write '%s': %s"), x->target, strerror(err));
	else if (err)
		rc = fail(NX_IO, _("cannot write '%s': %s; the previous file, if any, is unchanged"),
			  x->target, strerror(err));
	unlink(x->scratch);
	if (!x->to_stdout) {
		if (rc)
			atomic_abort(&x->af);
		else
			rc = atomic_commit(&x->af);
	}
	free(x);
	return rc;
}

void xlsxout_discard(struct xlsxout *x)
{
	if (!x)
		return;
	/* libxlsxwriter frees only by writing: write the scratch, then drop it */
	workbook_close(x->wb);
	unlink(x->scratch);
	if (!x->to_stdout)
		atomic_abort(&x->af);
	free(x);
}
