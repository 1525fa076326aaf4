/* JSON, pretty-printed with two-space indentation. */
#include <stdio.h>
#include <string.h>

#include "netral/io/json.h"
#include "netral/util/utf8.h"

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
			if (*p < 0x20 || *p == 0x7f) {
				fprintf(fp, "\\u%04x", *p);
			} else if (*p >= 0x80) {
				/* a C1, bidirectional or invisible character stored
				 * before it was refused: escaped, the same text to a
				 * JSON reader, inert on a terminal */
				size_t len;
				unsigned long cp = utf8_next((const char *)p, &len);

				if (cp != UTF8_BAD && utf8_unsafe(cp))
					fprintf(fp, "\\u%04lx", cp);
				else
					fwrite(p, 1, len, fp);
				p += len - 1;
			} else {
				fputc(*p, fp);
			}
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
