/* CSV input.  libcsv does the quoting; this file adds what it leaves to the
 * caller: line numbers, BOM, delimiter choice, encoding and size checks. */
#include <csv.h>
#include <errno.h>
#include <string.h>

#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/utf8.h"
#include "netral/io/csvin.h"
#include "netral/io/csvout.h"

#define DEFAULT_MAX_RECORD (1024 * 1024)

struct state {
	struct csvin *in;
	csvin_fn fn;
	void *ctx;
	/* the record being collected: fields as offsets into buf */
	char *buf;
	size_t buflen, bufcap;
	size_t *off, *len;
	char **f;
	size_t nf, fcap;
	long rec_line;
	long index;
	int pending;      /* a record ended; the next non-blank line starts one */
	size_t rec_bytes; /* bytes fed since the record started */
	int stop;
	char why[160];    /* a record's problem, when it needs words made */
	char *raw;        /* the record's lines as read, for one libcsv refuses */
	size_t rawlen, rawcap;
};

static int is_blank(int c)
{
	return c == ' ' || c == '\t';
}

static void on_field(void *data, size_t n, void *vs)
{
	struct state *s = vs;
	const char *p = data ? data : "";

	if (s->stop)
		return;
	while (n && is_blank((unsigned char)*p)) {
		p++;
		n--;
	}
	while (n && is_blank((unsigned char)p[n - 1]))
		n--;
	if (s->nf == s->fcap) {
		s->fcap = s->fcap ? 2 * s->fcap : 32;
		s->off = xrealloc(s->off, s->fcap * sizeof *s->off);
		s->len = xrealloc(s->len, s->fcap * sizeof *s->len);
		s->f = xrealloc(s->f, s->fcap * sizeof *s->f);
	}
	if (s->buflen + n + 1 > s->bufcap) {
		while (s->buflen + n + 1 > s->bufcap)
			s->bufcap = s->bufcap ? 2 * s->bufcap : 4096;
		s->buf = xrealloc(s->buf, s->bufcap);
	}
	memcpy(s->buf + s->buflen, p, n);
	s->buf[s->buflen + n] = '\0';
	s->off[s->nf] = s->buflen;
	s->len[s->nf] = n;
	s->nf++;
	s->buflen += n + 1;
}

/* The record collected, as the callback sees it. */
static void collected(struct state *s, struct csvin_record *r)
{
	memset(r, 0, sizeof *r);
	for (size_t i = 0; i < s->nf; i++)
		s->f[i] = s->buf + s->off[i];
	r->n = s->nf;
	r->f = s->f;
	r->len = s->len;
	r->line = s->rec_line;
	r->index = s->index++;
}

/* Handed on; the next non-blank line starts the next record. */
static void hand_on(struct state *s, const struct csvin_record *r)
{
	s->stop = s->fn(s->ctx, r);
	s->nf = 0;
	s->buflen = 0;
	s->pending = 1;
	s->rec_bytes = 0;
}

static void on_record(int c, void *vs)
{
	struct state *s = vs;
	struct csvin_record r;

	(void)c;
	if (s->stop)
		return;
	collected(s, &r);
	for (size_t i = 0; i < s->nf && !r.problem; i++) {
		long bad;

		if (memchr(s->f[i], '\0', s->len[i])) {
			r.problem = _("contains a NUL byte (is this a spreadsheet file, not CSV?)");
			r.problem_field = i;
		} else if ((bad = utf8_invalid_at(s->f[i], s->len[i])) >= 0) {
			snprintf(s->why, sizeof s->why,
				 _("is not valid UTF-8 (byte 0x%02X; save the file as \"CSV UTF-8\")"),
				 (unsigned char)s->f[i][bad]);
			r.problem = s->why;
			r.problem_field = i;
		}
	}
	hand_on(s, &r);
}

static void raw_add(struct state *s, const char *q, size_t len)
{
	if (!len)
		return;   /* nothing to keep, and no buffer yet to keep it in */
	if (s->rawlen + len > s->rawcap) {
		while (s->rawlen + len > s->rawcap)
			s->rawcap = s->rawcap ? 2 * s->rawcap : 4096;
		s->raw = xrealloc(s->raw, s->rawcap);
	}
	memcpy(s->raw + s->rawlen, q, len);
	s->rawlen += len;
}

/* A field of a record libcsv refused, as far as it can be told: blanks
 * around it and the quotes of a quoted field taken off. */
static void raw_field(struct state *s, char *p, size_t n)
{
	size_t j = 0;

	while (n && is_blank((unsigned char)*p)) {
		p++;
		n--;
	}
	while (n && is_blank((unsigned char)p[n - 1]))
		n--;
	if (n >= 2 && p[0] == '"' && p[n - 1] == '"') {
		for (size_t i = 1; i + 1 < n; i++, j++) {
			p[j] = p[i];
			i += p[i] == '"' && i + 2 < n && p[i + 1] == '"';
		}
		n = j;
	}
	on_field(p, n, s);
}

/*
 * A record libcsv refuses (a quote inside an unquoted field, text after a
 * closing quote): handed on with its problem and its lines split at each
 * delimiter, as far as that goes, and the reading goes on at the next
 * line with a fresh parser, so that one stray quote costs one record.
 */
static int malformed(struct csv_parser *p, struct state *s)
{
	struct csvin_record r;
	char *q = s->raw, *end = s->raw + s->rawlen, *d;

	if (csv_error(p) != CSV_EPARSE)
		return fail(NX_IO, _("out of memory"));
	csv_free(p);
	if (csv_init(p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return fail(NX_IO, _("out of memory"));
	csv_set_delim(p, (unsigned char)s->in->delim);
	s->nf = 0;
	s->buflen = 0;
	while (end > q && (end[-1] == '\n' || end[-1] == '\r'))
		end--;
	for (; (d = memchr(q, s->in->delim, (size_t)(end - q))); q = d + 1)
		raw_field(s, q, (size_t)(d - q));
	raw_field(s, q, (size_t)(end - q));
	collected(s, &r);
	r.problem = _("malformed CSV: a quote inside an unquoted field, or text after a closing quote");
	r.problem_field = CSVIN_WHOLE_RECORD;
	hand_on(s, &r);
	return 0;
}

static char detect_delim(const char *line, size_t n)
{
	size_t comma = 0, semi = 0, tab = 0;
	int quoted = 0;

	for (size_t i = 0; i < n; i++) {
		if (line[i] == '"')
			quoted = !quoted;
		else if (!quoted && line[i] == ',')
			comma++;
		else if (!quoted && line[i] == ';')
			semi++;
		else if (!quoted && line[i] == '\t')
			tab++;
	}
	if (semi > comma && semi >= tab)
		return ';';
	if (tab > comma && tab > semi)
		return '\t';
	return ',';
}

static int blank_line(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
			return 0;
	return 1;
}

/*
 * Physical lines in bounded memory: a line ends at LF, CR LF or a lone CR
 * (old Mac spreadsheets), and one longer than the record limit stops the
 * reading instead of growing the buffer.  A read error is an error, never
 * an end of file.
 */
#define CHUNK (64 * 1024)

struct lines {
	FILE *fp, *copy;
	char *buf;
	size_t cap, start, end;
	int eof;
};

enum { LINE_END = 0, LINE_OK = 1, LINE_LONG = -1, LINE_ERROR = -2, LINE_COPY = -3 };

static int next_line(struct lines *l, size_t max, char **line, size_t *len)
{
	for (;;) {
		char *p = l->buf + l->start, *lf, *cr, *eol;
		size_t have = l->end - l->start, got;

		/* (nothing read yet: no buffer to search) */
		lf = have ? memchr(p, '\n', have) : NULL;
		cr = have ? memchr(p, '\r', lf ? (size_t)(lf - p) : have) : NULL;
		eol = cr ? cr : lf;
		/* a CR at the end of what is read may be the first half of CR LF */
		if (eol && !(eol == cr && eol + 1 == l->buf + l->end && !l->eof)) {
			if (eol == cr && eol + 1 < l->buf + l->end && eol[1] == '\n')
				eol++;
			*line = p;
			*len = (size_t)(eol - p) + 1;
			l->start += *len;
			return LINE_OK;
		}
		if (have > max)
			return LINE_LONG;
		if (l->eof) {
			if (!have)
				return LINE_END;
			*line = p;
			*len = have;
			l->start = l->end;
			return LINE_OK;
		}
		if (have)
			memmove(l->buf, p, have);
		l->start = 0;
		l->end = have;
		if (l->cap - l->end < CHUNK) {
			l->cap = l->end + CHUNK;
			l->buf = xrealloc(l->buf, l->cap);
		}
		got = fread(l->buf + l->end, 1, l->cap - l->end, l->fp);
		if (l->copy && got && fwrite(l->buf + l->end, 1, got, l->copy) != got)
			return LINE_COPY;
		l->end += got;
		if (got == 0) {
			if (ferror(l->fp))
				return LINE_ERROR;
			l->eof = 1;
		}
	}
}

/* The first line tells the dialect: a BOM (taken off), its line end and
 * the delimiter. */
static void first_line(struct csvin *in, struct csv_parser *p, char **q, size_t *len)
{
	if (*len >= 3 && memcmp(*q, "\xEF\xBB\xBF", 3) == 0) {
		*q += 3;
		*len -= 3;
		in->bom = 1;
	}
	in->crlf = *len >= 2 && (*q)[*len - 2] == '\r' && (*q)[*len - 1] == '\n';
	in->cr = !in->crlf && *len >= 1 && (*q)[*len - 1] == '\r';
	if (!in->delim)
		in->delim = detect_delim(*q, *len);
	csv_set_delim(p, (unsigned char)in->delim);
}

int csvin_read(struct csvin *in, csvin_fn fn, void *ctx)
{
	struct csv_parser p;
	struct state s;
	struct lines lr = { in->fp, in->copying ? in->copy : NULL, NULL, 0, 0, 0, 0 };
	size_t max = in->max_record ? in->max_record : DEFAULT_MAX_RECORD, len;
	char *q;
	int rc = 0, got;

	memset(&s, 0, sizeof s);
	s.in = in;
	s.fn = fn;
	s.ctx = ctx;
	s.pending = 1;
	digest_init(&in->sha);
	in->lines = 0;
	in->bom = in->crlf = 0;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return fail(NX_IO, _("out of memory"));
	while ((got = next_line(&lr, max, &q, &len)) == LINE_OK) {
		digest_update(&in->sha, q, len);
		if (++in->lines == 1)
			first_line(in, &p, &q, &len);
		if (s.pending)
			s.rawlen = 0;
		if (s.pending && !blank_line(q, len)) {
			s.rec_line = in->lines;
			s.pending = 0;
		}
		s.rec_bytes += len;
		if (s.rec_bytes > max) {
			rc = fail(NX_DATA, _("%s:%ld: record longer than %zu bytes (an unterminated quote?)"),
				  in->name, s.rec_line, max);
			goto out;
		}
		raw_add(&s, q, len);
		if (csv_parse(&p, q, len, on_field, on_record, &s) != len && (rc = malformed(&p, &s)))
			goto out;
		if (s.stop) {
			rc = s.stop;
			goto out;
		}
	}
	if (got == LINE_LONG) {
		rc = fail(NX_DATA, _("%s:%ld: record longer than %zu bytes (an unterminated quote?)"),
			  in->name, s.pending ? in->lines + 1 : s.rec_line, max);
		goto out;
	}
	if (got == LINE_ERROR) {
		rc = fail(NX_IO, _("cannot read '%s': %s"), in->name, strerror(errno));
		goto out;
	}
	if (got == LINE_COPY) {
		rc = fail(NX_IO, _("cannot copy %s to a temporary file: %s"), in->name, strerror(errno));
		goto out;
	}
	if (csv_fini(&p, on_field, on_record, &s) != 0) {
		rc = fail(NX_DATA, _("%s:%ld: unterminated quoted field at the end of the file"),
			  in->name, s.rec_line);
		goto out;
	}
	rc = s.stop;
out:
	digest_hex(&in->sha, in->sha_hex);
	csv_free(&p);
	free(lr.buf);
	free(s.raw);
	free(s.buf);
	free(s.off);
	free(s.len);
	free(s.f);
	return rc;
}

int csvin_rewind(struct csvin *in)
{
	if (in->copying) {
		FILE *fp = in->fp;

		if (fflush(in->copy) != 0)
			return fail(NX_IO, _("cannot copy %s to a temporary file: %s"), in->name,
				    strerror(errno));
		in->fp = in->copy;
		in->copy = fp;
		in->copying = 0;
	}
	if (fseeko(in->fp, 0, SEEK_SET) != 0)
		return fail(NX_IO, _("cannot read '%s' again: %s"), in->name, strerror(errno));
	return 0;
}

const char *csvin_unmark(const char *cell)
{
	return cell[0] == '\'' && csv_needs_mark(cell + 1) ? cell + 1 : cell;
}

int csvin_one_column(const struct csvin_record *r, struct err *e)
{
	if (r->n != 1 || !(strchr(r->f[0], ';') || strchr(r->f[0], '\t')))
		return 0;
	err_set(e, _("header: one column '%s': is the delimiter wrong? (see --delimiter)"), r->f[0]);
	return 1;
}

int csvin_header(const struct csvin_record *r, const char *const *known,
		 size_t nknown, int allow_unknown, int *col_of, int *key_of,
		 size_t *width, struct err *e)
{
	size_t w = r->n;

	while (w > 0 && r->len[w - 1] == 0)
		w--;
	if (w == 0) {
		err_set(e, _("the header row is empty"));
		return -1;
	}
	if (r->problem) {
		err_set(e, _("header: %s"), r->problem);
		return -1;
	}
	for (size_t k = 0; k < nknown; k++)
		col_of[k] = -1;
	for (size_t c = 0; c < r->n; c++) {
		key_of[c] = -1;
		if (c >= w)
			continue;
		if (r->len[c] == 0) {
			err_set(e, _("header: column %zu has no name"), c + 1);
			return -1;
		}
		for (size_t k = 0; k < nknown; k++) {
			if (ascii_casecmp(r->f[c], known[k]) != 0)
				continue;
			if (col_of[k] >= 0) {
				err_set(e, _("header: column '%s' appears twice (columns %d and %zu)"),
					known[k], col_of[k] + 1, c + 1);
				return -1;
			}
			col_of[k] = (int)c;
			key_of[c] = (int)k;
		}
		if (key_of[c] < 0) {
			for (size_t d = 0; d < c; d++)
				if (ascii_casecmp(r->f[c], r->f[d]) == 0) {
					err_set(e, _("header: column '%s' appears twice (columns %zu and %zu)"),
						r->f[c], d + 1, c + 1);
					return -1;
				}
			if (!allow_unknown) {
				if (!csvin_one_column(r, e))
					err_set(e, _("header: unknown column '%s'"), r->f[c]);
				return -1;
			}
		}
	}
	*width = w;
	return 0;
}

int csvin_check_width(const struct csvin_record *r, size_t width,
		      struct err *e)
{
	if (r->n < width) {
		err_set(e, _("has %zu fields, the header has %zu"), r->n, width);
		return -1;
	}
	for (size_t c = width; c < r->n; c++)
		if (r->len[c] != 0) {
			err_set(e, _("has %zu fields, the header has %zu"), r->n, width);
			return -1;
		}
	return 0;
}

const char *csvin_at(const struct csvin *in, long line, char *buf, size_t cap)
{
	if (in->workbook)
		snprintf(buf, cap, _("%s: sheet %s, row %ld"), in->name, in->sheet, line);
	else
		snprintf(buf, cap, "%s:%ld", in->name, line);
	return buf;
}
