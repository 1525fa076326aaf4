/* Letters as an agency signs them (surat.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/html.h"
#include "netral/io/textfile.h"
#include "netral/rules/pola.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/ident.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"
#include "netral/util/utf8.h"
#include "netral/view/surat.h"

#define WIDTH 72       /* a text letter's line */
#define SIGN_COLUMN 40 /* where its signature block starts */

int surat_template_check(const char *tmpl, const char *name, surat_known_fn known)
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

struct letter {
	FILE *fp;
	surat_value_fn value;
	void *ctx;
	int html;
	size_t label; /* the widest field label, in characters */
};

/* s (n bytes) with its fields filled in, into out (emptied first). */
static void fill(const struct letter *l, const char *s, size_t n, struct strbuf *out)
{
	const char *end = s + n;

	sb_reset(out);
	while (s < end) {
		const char *open = strstr(s, "{{"), *close;
		char v[SURAT_VALUE_MAX];

		if (!open || open >= end || !(close = strstr(open + 2, "}}")) || close > end) {
			sb_putn(out, s, (size_t)(end - s));
			return;
		}
		l->value(l->ctx, open + 2, (size_t)(close - open - 2), v, sizeof v);
		sb_putn(out, s, (size_t)(open - s));
		sb_puts(out, *v ? v : ".....");
		s = close + 2;
	}
}

enum kind { BLANK, TITLE, TEXT, FIELD, SIGN, SIGN_BLANK };

/* What a line is, and where a field's label ends (colon: its " : "). */
static enum kind kind_of(const char *s, size_t n, int title, const char **colon)
{
	const char *c = NULL;

	for (size_t i = 0; i + 2 < n && !c; i++)
		if (s[i] == ' ' && s[i + 1] == ':' && s[i + 2] == ' ')
			c = s + i;
	*colon = c;
	if (n == 0)
		return BLANK;
	if (s[0] == '>')
		return n == 1 || strspn(s + 1, " \t") >= n - 1 ? SIGN_BLANK : SIGN;
	if (title)
		return TITLE;
	/* a label and a value: "ini : " alone is a sentence ending in a colon */
	return c && c > s && strspn(c + 3, " \t") < n - (size_t)(c + 3 - s) ? FIELD : TEXT;
}

static void text_centred(FILE *fp, const char *s)
{
	size_t w = utf8_width(s);

	fprintf(fp, "%*s%s\n", w < WIDTH ? (int)(WIDTH - w) / 2 : 0, "", s);
}

#define LOGO_MAX (512 * 1024)

int surat_kop_load(const struct rules *r, struct surat_kop *k)
{
	static const char *const keys[] = { "kop_instansi", "kop_nama", "kop_alamat", "kop_kontak" };
	static const struct {
		const char *ext, *type;
	} types[] = { { ".png", "image/png" }, { ".jpg", "image/jpeg" }, { ".jpeg", "image/jpeg" },
		{ ".gif", "image/gif" }, { ".svg", "image/svg+xml" } };
	const char *logo = pola_setting(r, "kop_logo");
	size_t n = strlen(logo);
	int rc;

	memset(k, 0, sizeof *k);
	/* copies: the rules are read again when the database reopens */
	for (size_t i = 0; i < 4; i++)
		k->baris[i] = xstrdup(pola_setting(r, keys[i]));
	if (!n)
		return 0;
	for (size_t i = 0; i < sizeof types / sizeof *types && !k->logo_type; i++) {
		size_t e = strlen(types[i].ext);

		if (n > e && ascii_casecmp(logo + n - e, types[i].ext) == 0)
			k->logo_type = types[i].type;
	}
	if (!k->logo_type)
		rc = fail(NX_DATA, _("kop_logo: '%s' is not a PNG, JPEG, GIF or SVG file"), logo);
	else if ((rc = file_read(logo, LOGO_MAX, &k->logo, &k->logo_n)))
		/* the file's own message names the file, not where it came from */
		fail(rc, _("kop_logo: the letterhead's logo, '%s', cannot be read"), logo);
	if (rc)
		surat_kop_free(k);
	return rc;
}

void surat_kop_free(struct surat_kop *k)
{
	for (size_t i = 0; i < 4; i++)
		free(k->baris[i]);
	free(k->logo);
	k->logo = NULL;
}

static void base64(FILE *fp, const unsigned char *p, size_t n)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	for (size_t i = 0; i < n; i += 3) {
		unsigned long v = (unsigned long)p[i] << 16 | (i + 1 < n ? (unsigned long)p[i + 1] << 8 : 0) |
				  (i + 2 < n ? p[i + 2] : 0);

		fputc(b64[v >> 18 & 63], fp);
		fputc(b64[v >> 12 & 63], fp);
		fputc(i + 1 < n ? b64[v >> 6 & 63] : '=', fp);
		fputc(i + 2 < n ? b64[v & 63] : '=', fp);
	}
}

/* The letterhead: the government, the agency, its address and contact,
 * a rule below them; nothing when none is set. */
static void kop(const struct letter *l, const struct surat_kop *k)
{
	static const char *const cls[] = { "kop_instansi", "kop_nama", "kop_alamat", "kop_kontak" };
	int any = 0;

	for (size_t i = 0; i < 4; i++)
		any |= *k->baris[i] != '\0';
	if (!any)
		return;
	if (l->html) {
		fputs("<header class=\"kop\">\n", l->fp);
		if (k->logo) {
			fprintf(l->fp, "<img class=\"logo\" alt=\"Logo\" src=\"data:%s;base64,", k->logo_type);
			base64(l->fp, (const unsigned char *)k->logo, k->logo_n);
			fputs("\"/>\n", l->fp);
		}
	}
	for (size_t i = 0; i < 4; i++) {
		if (!*k->baris[i])
			continue;
		if (!l->html) {
			text_centred(l->fp, k->baris[i]);
			continue;
		}
		fprintf(l->fp, "<p class=\"%s\">", cls[i]);
		html_text(l->fp, k->baris[i]);
		fputs("</p>\n", l->fp);
	}
	if (l->html)
		fputs("</header>\n", l->fp);
	else
		fprintf(l->fp, "%.*s\n\n", WIDTH, "========================================================================");
}

/* A field's label (before colon, its padding dropped) into out. */
static void label_of(const char *s, const char *colon, char *out, size_t cap)
{
	size_t n = (size_t)(colon - s);

	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	snprintf(out, cap, "%.*s", (int)n, s);
}

static void text_line(const struct letter *l, enum kind k, const char *s, size_t n, const char *colon)
{
	struct strbuf buf = STRBUF_INIT;
	char label[256];

	if (k == FIELD) {
		label_of(s, colon, label, sizeof label);
		fill(l, colon + 3, n - (size_t)(colon + 3 - s), &buf);
		fprintf(l->fp, "%s%*s : %s\n", label, (int)(l->label - utf8_width(label)), "", sb_str(&buf));
	} else if (k == SIGN || k == SIGN_BLANK) {
		size_t skip = 1 + (n > 1 && s[1] == ' ');

		fill(l, s + skip, k == SIGN ? n - skip : 0, &buf);
		fprintf(l->fp, "%*s%s\n", *sb_str(&buf) ? SIGN_COLUMN : 0, "", sb_str(&buf));
	} else if (k == TITLE) {
		fill(l, s, n, &buf);
		text_centred(l->fp, sb_str(&buf));
	} else {
		fill(l, s, n, &buf);
		fprintf(l->fp, "%s\n", sb_str(&buf));
	}
	sb_free(&buf);
}

enum box { NONE, PARA, TABLE, BLOCK };

static enum box html_open(const struct letter *l, enum box open, enum box want)
{
	static const char *const close[] = { "", "</p>\n", "</table>\n", "</div>\n" };
	static const char *const start[] = { "", "<p>", "<table class=\"isian\">\n", "<div class=\"ttd\">\n" };

	if (open == want)
		return open;
	fputs(close[open], l->fp);
	fputs(start[want], l->fp);
	return want;
}

/* A value of several lines (a list of attachments) keeps its lines. */
static void html_put(const struct letter *l, const char *s, size_t n)
{
	struct strbuf buf = STRBUF_INIT;
	char *p, *nl;

	fill(l, s, n, &buf);
	/* written only where a line break was: never the empty "" */
	for (p = (char *)sb_str(&buf); (nl = strchr(p, '\n')); p = nl + 1) {
		*nl = '\0';
		html_text(l->fp, p);
		fputs("<br/>\n", l->fp);
	}
	html_text(l->fp, p);
	sb_free(&buf);
}

static enum box html_line(const struct letter *l, enum box open, enum kind k, const char *s,
			  size_t n, const char *colon, int first)
{
	char label[256];

	if (k == TITLE) {
		open = html_open(l, open, NONE);
		fputs(first ? "<h1>" : "<p class=\"nomor\">", l->fp);
		html_put(l, s, n);
		fputs(first ? "</h1>\n" : "</p>\n", l->fp);
	} else if (k == FIELD) {
		open = html_open(l, open, TABLE);
		label_of(s, colon, label, sizeof label);
		fputs("<tr><th scope=\"row\">", l->fp);
		html_text(l->fp, label);
		fputs("</th><td class=\"titik\">:</td><td>", l->fp);
		html_put(l, colon + 3, n - (size_t)(colon + 3 - s));
		fputs("</td></tr>\n", l->fp);
	} else if (k == SIGN || k == SIGN_BLANK) {
		open = html_open(l, open, BLOCK);
		fputs(k == SIGN ? "<p>" : "<p class=\"ruang\">", l->fp);
		if (k == SIGN)
			html_put(l, s + 1 + (s[1] == ' '), n - 1 - (s[1] == ' '));
		fputs("</p>\n", l->fp);
	} else if (k == TEXT) {
		fputs(open == PARA ? "<br/>\n" : "", l->fp);
		open = html_open(l, open, PARA);
		html_put(l, s, n);
	} else {
		open = html_open(l, open, NONE);
	}
	return open;
}

/* The lines of the template, each as its kind; widest: the labels'. */
static void body(struct letter *l, const char *tmpl, int measure)
{
	enum box open = NONE;
	int title = 1, first = 1;
	const char *colon;
	char label[256];

	for (const char *s = tmpl; *s; ) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		enum kind k;

		if (n && s[n - 1] == '\r')
			n--;
		k = kind_of(s, n, title, &colon);
		if (measure && k == FIELD) {
			label_of(s, colon, label, sizeof label);
			if (utf8_width(label) > l->label)
				l->label = utf8_width(label);
		} else if (!measure && l->html) {
			open = html_line(l, open, k, s, n, colon, first);
		} else if (!measure) {
			text_line(l, k, s, n, colon);
		}
		first &= k != TITLE;
		title &= k == TITLE || (first && k == BLANK);
		s = nl ? nl + 1 : s + strlen(s);
	}
	if (!measure && l->html)
		html_open(l, open, NONE);
}

static const char style[] =
	"body{font-family:'Times New Roman',Times,serif;font-size:12pt;color:#000;"
	"margin:0 auto;max-width:165mm;line-height:1.4}"
	".kop{text-align:center;border-bottom:3px double #000;padding:0 0 4pt;margin:0 0 10pt;"
	"position:relative;min-height:22mm}"
	".kop .logo{position:absolute;left:0;top:0;height:22mm}"
	".kop p{margin:0}.kop_instansi{font-size:13pt;font-weight:bold}"
	".kop_nama{font-size:15pt;font-weight:bold}.kop_alamat,.kop_kontak{font-size:10pt}"
	"h1{font-size:12pt;text-align:center;text-decoration:underline;margin:10pt 0 0}"
	".nomor{text-align:center;margin:0 0 10pt}"
	"p{margin:0 0 6pt}"
	"table.isian{border-collapse:collapse;margin:0 0 6pt}"
	"table.isian th{font-weight:normal;text-align:left;width:11em;padding:0;vertical-align:top}"
	"table.isian td{padding:0;vertical-align:top}"
	"table.isian td.titik{width:1.2em;text-align:center}"
	".ttd{margin:12pt 0 10pt 45%}.ttd p{margin:0}.ttd .ruang{height:1.4em}"
	"@page{size:A4;margin:15mm 20mm 15mm 25mm}"
	"@media print{body{max-width:none}}";

void surat_write(FILE *fp, const struct surat_kop *k, const char *tmpl, const char *title,
		 surat_value_fn value, void *ctx, int html)
{
	struct letter l = { fp, value, ctx, html, 0 };

	body(&l, tmpl, 1);
	if (html) {
		fputs("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"/>\n<title>", fp);
		html_text(fp, title);
		fprintf(fp, "</title>\n<style>%s</style></head>\n<body>\n", style);
	}
	kop(&l, k);
	if (html)
		fputs("<main>\n", fp);
	body(&l, tmpl, 0);
	if (html)
		fputs("</main>\n</body></html>\n", fp);
}
