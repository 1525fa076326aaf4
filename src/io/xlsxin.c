/* One sheet of a workbook as records (xlsxin.h). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/xlsxbook.h"
#include "netral/io/xlsxin.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/sha256.h"
#include "netral/util/strbuf.h"

#define DEFAULT_MAX_RECORD (1024 * 1024)

struct field {
	size_t off, len;
	unsigned char cell;
};

/* A cell merged down: its value belongs to the rows below it too. */
struct merge {
	long r1, r2, col;
	char *value;
	unsigned char cell;
};

struct sheet {
	struct xlsxbook *b;
	struct csvin *in;
	csvin_fn fn;
	void *ctx;
	size_t max;
	long row, last_row, index;
	size_t width;                   /* of the header */
	int hidden;
	struct strbuf text;             /* the row's fields, each NUL-terminated */
	struct field *f;
	size_t nf, fcap;
	const char *problem;
	size_t problem_field;
	char why[200];
	/* the cell being read */
	long col;
	char type[16];
	unsigned long style;
	int formula, in_c, in_v, in_t;
	struct strbuf v;
	/* merged cells, by their first row; those under way */
	struct merge *m;
	size_t nm, mcap, next;
};

/* "C7" as column 3; 0 when it names no column. */
static long column_of(const char *ref)
{
	long col = 0;

	for (; *ref >= 'A' && *ref <= 'Z'; ref++)
		if ((col = col * 26 + (*ref - 'A' + 1)) > XLSX_MAX_COL)
			return 0;
	return col;
}

static long row_of(const char *ref)
{
	while (*ref >= 'A' && *ref <= 'Z')
		ref++;
	return strtol(ref, NULL, 10);
}

static void merge_start(struct xmlpart *x, const char *el, const char **attr)
{
	struct sheet *s = x->ud;
	const char *ref = xml_attr(attr, "ref"), *colon;
	struct merge m = { 0, 0, 0, NULL, 0 };

	if (strcmp(el, "mergeCell") != 0 || !ref || !(colon = strchr(ref, ':')))
		return;
	m.col = column_of(ref);
	m.r1 = row_of(ref);
	m.r2 = row_of(colon + 1);
	if (m.r2 <= m.r1 || !m.col)
		return;   /* across columns only: the value stays in the first */
	if (s->nm >= XLSX_MAX_MERGES)
		return xml_stop(x, _("more than %d merged cells"), XLSX_MAX_MERGES);
	if (s->nm == s->mcap) {
		s->mcap = s->mcap ? 2 * s->mcap : 16;
		s->m = xrealloc(s->m, s->mcap * sizeof *s->m);
	}
	s->m[s->nm++] = m;
}

static int by_first_row(const void *a, const void *b)
{
	const struct merge *x = a, *y = b;

	return (x->r1 > y->r1) - (x->r1 < y->r1);
}

static struct field *field_at(struct sheet *s, size_t i)
{
	while (s->nf <= i) {
		if (s->nf == s->fcap) {
			s->fcap = s->fcap ? 2 * s->fcap : 32;
			s->f = xrealloc(s->f, s->fcap * sizeof *s->f);
		}
		s->f[s->nf].off = s->text.len;
		s->f[s->nf].len = 0;
		s->f[s->nf++].cell = 0;
		sb_putc(&s->text, '\0');
	}
	return &s->f[i];
}

static void put_field(struct sheet *s, size_t i, const char *v, unsigned char cell)
{
	struct field *f = field_at(s, i);
	size_t n = strlen(v);

	/* blanks around a cell's text are not part of it, as in a CSV file */
	while (n && (*v == ' ' || *v == '\t'))
		v++, n--;
	while (n && (v[n - 1] == ' ' || v[n - 1] == '\t'))
		n--;
	f->off = s->text.len;
	f->len = n;
	f->cell = cell;
	sb_putn(&s->text, v, n);
	sb_putc(&s->text, '\0');
}

static void cell_problem(struct sheet *s, size_t i, const char *fmt, const char *what)
{
	if (s->problem)
		return;
	snprintf(s->why, sizeof s->why, fmt, what);
	s->problem = s->why;
	s->problem_field = i;
}

/* Days since 1970-01-01 as a day of the calendar (Hinnant's algorithm). */
static void civil(long days, char out[11])
{
	long z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
	char day[64];

	snprintf(day, sizeof day, "%04ld-%02ld-%02ld", yoe + era * 400 + (m <= 2), m, d);
	memcpy(out, day, 11);
}

/* A date cell's serial number as its day.  Excel counts 1900 as a leap
 * year (serial 60 is a 29 February that never was); a workbook of the
 * 1904 system counts from 1 January 1904.  -1 when no day is meant. */
static int serial_day(double serial, int date1904, char out[11])
{
	long s;

	if (!isfinite(serial) || serial < 1 || serial >= 2958466)
		return -1;
	s = (long)floor(serial);
	if (date1904)
		civil(s - 24107, out);
	else if (s == 60)
		return -1;
	else
		civil(s < 60 ? s - 25568 : s - 25569, out);
	return 0;
}

/* A number as a workbook writes one: decimal digits, a sign, a point, an
 * exponent; nothing strtod takes beyond that (hex, inf, nan). */
static int decimal(const char *v)
{
	int digits = 0;

	v += *v == '-' || *v == '+';
	for (; *v >= '0' && *v <= '9'; v++)
		digits++;
	if (*v == '.')
		for (v++; *v >= '0' && *v <= '9'; v++)
			digits++;
	if (digits && (*v == 'e' || *v == 'E')) {
		v++;
		v += *v == '-' || *v == '+';
		if (*v < '0' || *v > '9')
			return 0;
		while (*v >= '0' && *v <= '9')
			v++;
	}
	return digits && !*v;
}

static void number_cell(struct sheet *s, size_t i, const char *v)
{
	char *end, text[40];
	double d = strtod(v, &end);

	if (!*v)
		return put_field(s, i, "", 0);
	if (end == v || *end || !isfinite(d) || !decimal(v))
		return cell_problem(s, i, _("not a number: '%s'"), v);
	if (s->style < s->b->nxf && s->b->xf_date[s->style]) {
		if (serial_day(d, s->b->date1904, text) < 0)
			return cell_problem(s, i, _("formatted as a date, but %s is no day"), v);
		return put_field(s, i, text, CELL_DATE | (s->formula ? CELL_FORMULA : 0));
	}
	/* digits as they were typed, where a double holds them exactly */
	if (d == floor(d) && fabs(d) < 1e15)
		snprintf(text, sizeof text, "%.0f", d);
	else
		snprintf(text, sizeof text, "%s", v);
	put_field(s, i, text, CELL_NUMBER | (s->formula ? CELL_FORMULA : 0));
}

static void end_cell(struct sheet *s)
{
	size_t i = (size_t)s->col - 1;
	const char *v = sb_str(&s->v), *str;
	unsigned char formula = s->formula ? CELL_FORMULA : 0;

	if (s->formula && !*v && strcmp(s->type, "inlineStr") != 0)
		return cell_problem(s, i, "%s", _("a formula with no value saved (a workbook written by a program): open it in a spreadsheet, save it, and import it again"));
	if (strcmp(s->type, "s") == 0) {
		if (!*v || v[strspn(v, "0123456789")] || !(str = xlsxbook_string(s->b, strtoul(v, NULL, 10))))
			return cell_problem(s, i, _("shared string '%s' is not in the workbook"), v);
		put_field(s, i, str, 0);
	} else if (strcmp(s->type, "inlineStr") == 0 || strcmp(s->type, "str") == 0) {
		xlsx_unescape(s->v.buf ? s->v.buf : "");
		put_field(s, i, sb_str(&s->v), formula);
	} else if (strcmp(s->type, "b") == 0) {
		put_field(s, i, strcmp(v, "1") == 0 ? "TRUE" : "FALSE", formula);
	} else if (strcmp(s->type, "e") == 0) {
		cell_problem(s, i, _("holds the error %s"), v);
	} else if (strcmp(s->type, "d") == 0) {
		char day[11];

		snprintf(day, sizeof day, "%s", v);
		put_field(s, i, day, CELL_DATE | formula);
	} else {
		number_cell(s, i, v);
	}
}

static void start_cell(struct xmlpart *x, struct sheet *s, const char **attr)
{
	const char *r = xml_attr(attr, "r"), *t = xml_attr(attr, "t"), *st = xml_attr(attr, "s");
	long col = r ? column_of(r) : s->col + 1;

	if (!col || col > XLSX_MAX_COL || col <= s->col)
		return xml_stop(x, _("row %ld: cell '%s' out of place"), s->row, r ? r : "");
	s->col = col;
	snprintf(s->type, sizeof s->type, "%s", t ? t : "n");
	s->style = st ? strtoul(st, NULL, 10) : 0;
	s->formula = 0;
	s->in_c = 1;
	sb_reset(&s->v);
}

static void start_row(struct xmlpart *x, struct sheet *s, const char **attr)
{
	const char *r = xml_attr(attr, "r"), *h = xml_attr(attr, "hidden");
	long row = r ? strtol(r, NULL, 10) : s->last_row + 1;

	if (row <= s->last_row || row > XLSX_MAX_ROW)
		return xml_stop(x, _("row %ld out of place (after row %ld)"), row, s->last_row);
	s->row = s->last_row = row;
	s->hidden = h && (strcmp(h, "1") == 0 || strcmp(h, "true") == 0);
	s->col = 0;
	s->nf = 0;
	s->problem = NULL;
	sb_reset(&s->text);
}

static void sheet_start(struct xmlpart *x, const char *el, const char **attr)
{
	struct sheet *s = x->ud;

	if (strcmp(el, "row") == 0)
		start_row(x, s, attr);
	else if (strcmp(el, "c") == 0 && s->row)
		start_cell(x, s, attr);
	else if (strcmp(el, "v") == 0 && s->in_c)
		s->in_v = 1;
	else if (strcmp(el, "t") == 0 && s->in_c)
		s->in_t = 1;
	else if (strcmp(el, "f") == 0 && s->in_c)
		s->formula = 1;
}

static void sheet_text(struct xmlpart *x, const char *t, int len)
{
	struct sheet *s = x->ud;

	if (!s->in_v && !s->in_t)
		return;
	if (s->v.len + (size_t)len > s->max)
		return xml_stop(x, _("row %ld: a cell longer than %zu bytes"), s->row, s->max);
	sb_putn(&s->v, t, (size_t)len);
}

/* The values of cells merged down from rows above, where this row's own
 * cell is empty. */
static void fill_merged(struct sheet *s)
{
	while (s->next < s->nm && s->m[s->next].r1 <= s->row)
		s->next++;
	for (size_t i = 0; i < s->next; i++) {
		struct merge *m = &s->m[i];
		size_t c = (size_t)m->col - 1;

		/* a heading merged down is the header's, not the rows' */
		if (m->r1 == s->row && c < s->nf && s->f[c].len && s->index) {
			free(m->value);
			m->value = xstrdup(s->text.buf + s->f[c].off);
			m->cell = s->f[c].cell;
		} else if (m->r1 < s->row && s->row <= m->r2 && m->value &&
			   (c >= s->nf || !s->f[c].len)) {
			put_field(s, c, m->value, m->cell);
		}
	}
}

static int blank_row(const struct sheet *s)
{
	for (size_t i = 0; i < s->nf; i++)
		if (s->f[i].len)
			return 0;
	return !s->problem;
}

static void end_row(struct xmlpart *x, struct sheet *s)
{
	struct csvin_record r = { 0 };
	int rc;

	if (blank_row(s))
		return;   /* an empty row, as a blank line in a CSV file */
	fill_merged(s);
	/* a row's empty cells at its end are not written: empty fields */
	if (s->index && s->nf < s->width)
		field_at(s, s->width - 1);
	else if (!s->index)
		s->width = s->nf;
	if (s->text.len > s->max)
		return xml_stop(x, _("row %ld longer than %zu bytes"), s->row, s->max);
	r.n = s->nf;
	r.f = xcalloc(s->nf + 1, sizeof *r.f);
	r.len = xcalloc(s->nf + 1, sizeof *r.len);
	r.cell = xcalloc(s->nf + 1, 1);
	for (size_t i = 0; i < s->nf; i++) {
		r.f[i] = s->text.buf + s->f[i].off;
		r.len[i] = s->f[i].len;
		((unsigned char *)r.cell)[i] = s->f[i].cell;
	}
	r.line = s->row;
	r.index = s->index++;
	r.problem = s->problem;
	r.problem_field = s->problem_field;
	s->in->lines = s->row;
	s->in->hidden += s->hidden && r.index;
	rc = s->fn(s->ctx, &r);
	free(r.f);
	free(r.len);
	free((void *)r.cell);
	if (rc)
		xml_halt(x, rc);
}

static void sheet_end(struct xmlpart *x, const char *el)
{
	struct sheet *s = x->ud;

	if (strcmp(el, "v") == 0)
		s->in_v = 0;
	else if (strcmp(el, "t") == 0)
		s->in_t = 0;
	else if (strcmp(el, "c") == 0 && s->in_c) {
		s->in_c = 0;
		end_cell(s);
	} else if (strcmp(el, "row") == 0 && s->row) {
		end_row(x, s);
		s->row = 0;
	}
}

int xlsxin_magic(const unsigned char *head, size_t n)
{
	if (n >= 4 && memcmp(head, "PK\3\4", 4) == 0)
		return 1;
	if (n == 8 && memcmp(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
		return 2;
	return 0;
}

/* The digest of the file's bytes, as the run records a CSV file's. */
static int digest_file(struct csvin *in)
{
	char buf[65536];
	size_t n;

	digest_init(&in->sha);
	while ((n = fread(buf, 1, sizeof buf, in->fp)) > 0)
		digest_update(&in->sha, buf, n);
	digest_hex(&in->sha, in->sha_hex);
	if (ferror(in->fp))
		return fail(NX_IO, _("cannot read '%s': %s"), in->name, strerror(errno));
	rewind(in->fp);
	return 0;
}

static int read_rows(struct xlsxbook *b, struct sheet *s, const char *path)
{
	struct xmlpart x = { .start = merge_start, .ud = s };
	int rc;

	/* the merged cells come after the rows: a first reading finds them */
	if ((rc = xlsxbook_part(b, &x, path, XLSX_MAX_PART, 0)))
		return rc;
	if (s->nm)
		qsort(s->m, s->nm, sizeof *s->m, by_first_row);
	x = (struct xmlpart){ .start = sheet_start, .end = sheet_end, .text = sheet_text, .ud = s };
	return xlsxbook_part(b, &x, path, XLSX_MAX_PART, 0);
}

int xlsxin_read(struct csvin *in, csvin_fn fn, void *ctx)
{
	struct xlsxbook b;
	struct sheet s;
	int rc, i;

	memset(&s, 0, sizeof s);
	memset(&b, 0, sizeof b);
	in->lines = in->hidden = in->worksheets = 0;
	if ((rc = digest_file(in)) || (rc = xlsxbook_open(&b, in->fp, in->name)) ||
	    (rc = xlsxbook_styles(&b)) || (rc = xlsxbook_strings(&b)))
		goto out;
	if ((i = xlsxbook_sheet(&b, in->want_sheet)) < 0) {
		rc = in->want_sheet ? NX_NOTFOUND : NX_DATA;
		goto out;
	}
	for (size_t k = 0; k < b.nsheets; k++)
		in->worksheets += b.sheets[k].path != NULL;
	snprintf(in->sheet, sizeof in->sheet, "%s", b.sheets[i].name);
	if (!b.sheets[i].path) {
		rc = fail(NX_DATA, _("%s: sheet '%s' is not a worksheet (a chart?)"), in->name, in->sheet);
		goto out;
	}
	s.b = &b;
	s.in = in;
	s.fn = fn;
	s.ctx = ctx;
	s.max = in->max_record ? in->max_record : DEFAULT_MAX_RECORD;
	rc = read_rows(&b, &s, b.sheets[i].path);
out:
	for (size_t m = 0; m < s.nm; m++)
		free(s.m[m].value);
	free(s.m);
	free(s.f);
	sb_free(&s.text);
	sb_free(&s.v);
	xlsxbook_close(&b);
	return rc;
}
