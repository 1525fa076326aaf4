/* Tables, JSON and CSV writers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/utf8.h"
#include "netral/io/output.h"

int format_parse(const char *s, enum format *out)
{
	if (strcmp(s, "table") == 0)
		*out = FMT_TABLE;
	else if (strcmp(s, "csv") == 0)
		*out = FMT_CSV;
	else if (strcmp(s, "json") == 0)
		*out = FMT_JSON;
	else
		return -1;
	return 0;
}

/* --- JSON --- */

void json_init(struct json *j, FILE *fp)
{
	memset(j, 0, sizeof *j);
	j->fp = fp;
}

static void indent(struct json *j)
{
	fputc('\n', j->fp);
	for (int i = 0; i < j->depth; i++)
		fputs("  ", j->fp);
}

static void before_value(struct json *j)
{
	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->depth > 0) {
		if (j->count[j->depth]++)
			fputc(',', j->fp);
		indent(j);
	}
}

void json_obj(struct json *j)
{
	before_value(j);
	fputc('{', j->fp);
	if (j->depth < 63)
		j->count[++j->depth] = 0;
}

void json_arr(struct json *j)
{
	before_value(j);
	fputc('[', j->fp);
	if (j->depth < 63)
		j->count[++j->depth] = 0;
}

void json_end(struct json *j, char close)
{
	int had = j->count[j->depth];

	j->depth--;
	if (had)
		indent(j);
	fputc(close, j->fp);
}

static void json_escaped(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			fputs("\\\"", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		case '\t':
			fputs("\\t", fp);
			break;
		default:
			if (*p < 0x20)
				fprintf(fp, "\\u%04x", *p);
			else
				fputc(*p, fp);
		}
	}
	fputc('"', fp);
}

void json_key(struct json *j, const char *k)
{
	before_value(j);
	json_escaped(j->fp, k);
	fputs(": ", j->fp);
	j->after_key = 1;
}

void json_str(struct json *j, const char *s)
{
	before_value(j);
	if (s)
		json_escaped(j->fp, s);
	else
		fputs("null", j->fp);
}

void json_int(struct json *j, long long v)
{
	before_value(j);
	fprintf(j->fp, "%lld", v);
}

void json_num(struct json *j, const char *literal)
{
	before_value(j);
	fputs(literal, j->fp);
}

void json_null(struct json *j)
{
	before_value(j);
	fputs("null", j->fp);
}

void json_bool(struct json *j, int v)
{
	before_value(j);
	fputs(v ? "true" : "false", j->fp);
}

void json_kstr(struct json *j, const char *k, const char *s)
{
	json_key(j, k);
	json_str(j, s && *s ? s : NULL);
}

void json_kint(struct json *j, const char *k, long long v)
{
	json_key(j, k);
	json_int(j, v);
}

void json_done(struct json *j)
{
	fputc('\n', j->fp);
}

/* --- tables --- */


void table_init(struct table *t, size_t ncols)
{
	memset(t, 0, sizeof *t);
	t->ncols = ncols;
}

void table_row(struct table *t, const char *const *cells)
{
	if (t->nrows == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		t->cells = xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
	}
	for (size_t c = 0; c < t->ncols; c++) {
		const char *s = cells[c] ? cells[c] : "";
		char *copy = xstrdup(s);

		/* a table row is one line: fold line breaks of free text */
		for (char *p = copy; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		t->cells[t->nrows * t->ncols + c] = copy;
	}
	t->nrows++;
}

void table_print(const struct table *t, FILE *fp, int header_rule)
{
	size_t *w = xcalloc(t->ncols, sizeof *w);

	for (size_t r = 0; r < t->nrows; r++)
		for (size_t c = 0; c < t->ncols; c++) {
			size_t n = utf8_width(t->cells[r * t->ncols + c]);

			if (n > w[c])
				w[c] = n;
		}
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			const char *s = t->cells[r * t->ncols + c];
			size_t pad = w[c] - utf8_width(s);
			int last = c + 1 == t->ncols;

			if (t->right & (1u << c))
				fprintf(fp, "%*s%s", (int)pad, "", s);
			else
				fprintf(fp, "%s%*s", s, last ? 0 : (int)pad, "");
			if (!last)
				fputs("  ", fp);
		}
		fputc('\n', fp);
		if (r == 0 && header_rule) {
			for (size_t c = 0; c < t->ncols; c++) {
				for (size_t i = 0; i < w[c]; i++)
					fputc('-', fp);
				if (c + 1 < t->ncols)
					fputs("  ", fp);
			}
			fputc('\n', fp);
		}
	}
	free(w);
}

void table_free(struct table *t)
{
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	memset(t, 0, sizeof *t);
}

/* --- CSV --- */

void csvout_init(struct csvout *c, FILE *fp)
{
	memset(c, 0, sizeof *c);
	c->fp = fp;
	c->delim = ',';
}

void csvout_bom(struct csvout *c)
{
	fputs("\xEF\xBB\xBF", c->fp);
}

static void csv_cell(struct csvout *c, const char *s, int neutralise)
{
	int quote = 0;

	if (c->nfield++)
		fputc(c->delim, c->fp);
	if (!s)
		return;
	if (neutralise && !c->raw && strchr("=+-@\t\r", *s) && *s)
		neutralise = 1;
	else
		neutralise = 0;
	for (const char *p = s; *p; p++)
		if (*p == c->delim || *p == '"' || *p == '\n' || *p == '\r')
			quote = 1;
	if (*s == ' ' || (*s && s[strlen(s) - 1] == ' '))
		quote = 1;
	if (!quote && !neutralise) {
		fputs(s, c->fp);
		return;
	}
	fputc('"', c->fp);
	if (neutralise)
		fputc('\'', c->fp);
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			fputc('"', c->fp);
		fputc(*p, c->fp);
	}
	fputc('"', c->fp);
}

void csvout_text(struct csvout *c, const char *s)
{
	csv_cell(c, s, 1);
}

void csvout_plain(struct csvout *c, const char *s)
{
	csv_cell(c, s, 0);
}

void csvout_end(struct csvout *c)
{
	fputs(c->crlf ? "\r\n" : "\n", c->fp);
	c->nfield = 0;
}

void fmt_count(long long n, char buf[32])
{
	char digits[24], sep = msg_indonesian() ? '.' : ',';
	int len, out = 0;

	if (n < 0) {
		buf[out++] = '-';
		n = -n;
	}
	len = snprintf(digits, sizeof digits, "%lld", n);
	for (int i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0)
			buf[out++] = sep;
		buf[out++] = digits[i];
	}
	buf[out] = '\0';
}
