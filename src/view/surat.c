/* Letters from templates (surat.h). */
#include <stdio.h>
#include <string.h>

#include "netral/io/html.h"
#include "netral/util/ident.h"
#include "netral/util/msg.h"
#include "netral/view/surat.h"

int surat_template_check(const char *tmpl, const char *name, int (*known)(const char *, size_t))
{
	long line = 1;
	int bad = 0;

	for (const char *p = tmpl; *p; p++) {
		if (*p == '\n') {
			line++;
		} else if (((unsigned char)*p < 0x20 && *p != '\t' && *p != '\r') || *p == 0x7f) {
			error(_("%s:%ld: a control character"), name, line);
			bad = 1;
		} else if (p[0] == '{' && p[1] == '{') {
			const char *end = strstr(p + 2, "}}");

			if (!end || memchr(p, '\n', (size_t)(end - p))) {
				error(_("%s:%ld: '{{' without '}}'"), name, line);
				return NX_DATA;
			}
			if (!known(p + 2, (size_t)(end - p - 2))) {
				/* said as typed only when it is plain text: a message
				 * reaches a terminal */
				int plain = 1;

				for (const char *q = p; q < end; q++)
					plain &= (unsigned char)*q >= 0x20 && *q != 0x7f;
				if (plain)
					error(_("%s:%ld: unknown field '%.*s'"), name, line, (int)(end - p + 2), p);
				else
					error(_("%s:%ld: an unknown field holding a control character"), name, line);
				bad = 1;
			}
			p = end + 1;
		}
	}
	return bad ? NX_DATA : 0;
}

void surat_date(const char *iso, char *out, size_t n)
{
	static const char *const month[12] = { "Januari", "Februari", "Maret", "April", "Mei", "Juni",
		"Juli", "Agustus", "September", "Oktober", "November", "Desember" };
	struct date d;

	if (date_parse_iso(iso, &d) < 0) {
		snprintf(out, n, "%s", iso);
		return;
	}
	snprintf(out, n, "%d %s %d", d.d, month[d.m - 1], d.y);
}

static void put(FILE *fp, const char *s, size_t n, int html)
{
	char buf[1024];

	if (!html) {
		fwrite(s, 1, n, fp);
		return;
	}
	while (n) {
		size_t m = n < sizeof buf - 1 ? n : sizeof buf - 1;

		memcpy(buf, s, m);
		buf[m] = '\0';
		html_text(fp, buf);
		s += m;
		n -= m;
	}
}

/* One line of the template with its fields filled in. */
static void fill(FILE *fp, const struct surat_fields *f, const char *s, size_t n, int html)
{
	const char *end = s + n;
	char v[SURAT_VALUE_MAX];

	while (s < end) {
		const char *open = strstr(s, "{{"), *close;

		if (!open || open >= end || !(close = strstr(open + 2, "}}")) || close > end) {
			put(fp, s, (size_t)(end - s), html);
			return;
		}
		put(fp, s, (size_t)(open - s), html);
		f->value(f->ctx, open + 2, (size_t)(close - open - 2), v, sizeof v);
		if (!*v)
			snprintf(v, sizeof v, ".....");
		put(fp, v, strlen(v), html);
		s = close + 2;
	}
}

static const char style[] =
	"body{font-family:serif;color:#000;margin:2em auto;max-width:40em;line-height:1.4}"
	"h1{font-size:1.2em;text-align:center;text-decoration:underline;margin:0}"
	"p{margin:0 0 .8em;white-space:pre-wrap}"
	"@page{size:A4;margin:25mm 20mm}"
	"@media print{body{margin:0}}";

void surat_write(FILE *fp, const char *title, const char *tmpl, const struct surat_fields *f, int html)
{
	const char *s = tmpl;
	int first = 1, para = 0;

	if (html) {
		fputs("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"/>\n<title>", fp);
		html_text(fp, title);
		fprintf(fp, "</title>\n<style>%s</style></head>\n<body>\n<main>\n", style);
	}
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);

		if (n && s[n - 1] == '\r')
			n--;
		if (!html) {
			fill(fp, f, s, n, 0);
			fputc('\n', fp);
		} else if (first && n) {
			/* the first line is the letter's title */
			fputs("<h1>", fp);
			fill(fp, f, s, n, 1);
			fputs("</h1>\n", fp);
			first = 0;
		} else if (n == 0) {
			if (para)
				fputs("</p>\n", fp);
			para = 0;
		} else {
			fputs(para ? "\n" : "<p>", fp);
			fill(fp, f, s, n, 1);
			para = 1;
		}
		s = nl ? nl + 1 : s + strlen(s);
	}
	if (html)
		fprintf(fp, "%s</main>\n</body></html>\n", para ? "</p>\n" : "");
}
