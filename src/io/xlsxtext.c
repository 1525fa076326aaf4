/* What a cell's style and string index mean (xlsxbook.h): the cell
 * formats that show a day, and the shared strings. */
#include <stdlib.h>
#include <string.h>

#include "netral/io/xlsxbook.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

/* The built-in number formats that show a day: 14-17 and 22 (m/d/yyyy,
 * d-mmm-yy, d-mmm, mmm-yy, m/d/yyyy h:mm), 27-36 and 50-58 (the East
 * Asian dates).  18-21 and 45-47 show only a time of day. */
static int builtin_date(unsigned long id)
{
	return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/* A format code shows a day when its first section, without its quoted
 * text, escaped characters and [bracketed] colours and locales, asks for
 * a day or a year ('m' alone may be minutes). */
static int code_is_date(const char *code)
{
	for (const char *p = code; *p && *p != ';'; p++) {
		if (*p == '"') {
			while (p[1] && p[1] != '"')
				p++;
			if (p[1])
				p++;
		} else if (*p == '\\' || *p == '_' || *p == '*') {
			if (p[1])
				p++;
		} else if (*p == '[') {
			while (p[1] && p[1] != ']')
				p++;
		} else if (strchr("dDyY", *p)) {
			return 1;
		}
	}
	return 0;
}

struct styles {
	unsigned long *date_ids;   /* the workbook's own formats that show a day */
	size_t ndate;
	int in_xfs;
};

static void styles_start(struct xmlpart *x, const char *el, const char **attr)
{
	struct styles *st = x->ud;
	struct xlsxbook *b = x->b;
	const char *id = xml_attr(attr, "numFmtId"), *code = xml_attr(attr, "formatCode");
	unsigned long n = id ? strtoul(id, NULL, 10) : 0;
	int date;

	if (strcmp(el, "numFmt") == 0 && id && code && code_is_date(code)) {
		if (st->ndate >= 65536)
			return xml_stop(x, "%s", _("more than 65536 number formats"));
		st->date_ids = xrealloc(st->date_ids, (st->ndate + 1) * sizeof *st->date_ids);
		st->date_ids[st->ndate++] = n;
	} else if (strcmp(el, "cellXfs") == 0) {
		st->in_xfs = 1;
	} else if (strcmp(el, "xf") == 0 && st->in_xfs) {
		if (b->nxf >= 65536)
			return xml_stop(x, "%s", _("more than 65536 cell formats"));
		date = builtin_date(n);
		for (size_t i = 0; !date && i < st->ndate; i++)
			date = st->date_ids[i] == n;
		b->xf_date = xrealloc(b->xf_date, b->nxf + 1);
		b->xf_date[b->nxf++] = (unsigned char)date;
	}
}

static void styles_end(struct xmlpart *x, const char *el)
{
	struct styles *st = x->ud;

	if (strcmp(el, "cellXfs") == 0)
		st->in_xfs = 0;
}

int xlsxbook_styles(struct xlsxbook *b)
{
	struct styles st = { NULL, 0, 0 };
	struct xmlpart x = { .start = styles_start, .end = styles_end, .ud = &st };
	int rc;

	if (!b->styles_path)
		return 0;
	rc = xlsxbook_part(b, &x, b->styles_path, XLSX_MAX_SMALL, 1);
	free(st.date_ids);
	return rc;
}

static size_t put_utf8(char *out, unsigned long cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (char)(0xE0 | cp >> 12);
	out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

static int hex4(const char *p, unsigned long *cp)
{
	char digits[5];

	for (int i = 0; i < 4; i++)
		if (!strchr("0123456789abcdefABCDEF", p[i]) || !p[i])
			return 0;
	memcpy(digits, p, 4);
	digits[4] = '\0';
	*cp = strtoul(digits, NULL, 16);
	return 1;
}

void xlsx_unescape(char *s)
{
	char *out = s;
	unsigned long cp;

	/* Excel writes a character XML cannot hold as _xHHHH_, and a text
	 * that looks like one with its '_' as _x005F_; a NUL stays written */
	for (const char *p = s; *p;) {
		if (p[0] == '_' && p[1] == 'x' && hex4(p + 2, &cp) && p[6] == '_' && cp) {
			out += put_utf8(out, cp);
			p += 7;
		} else {
			*out++ = *p++;
		}
	}
	*out = '\0';
}

struct strings {
	int in_si, in_t, in_rph;
	size_t start;
};

static void strings_start(struct xmlpart *x, const char *el, const char **attr)
{
	struct strings *ss = x->ud;
	struct xlsxbook *b = x->b;

	(void)attr;
	if (strcmp(el, "si") == 0) {
		if (b->nsst >= 16 * 1024 * 1024)
			return xml_stop(x, "%s", _("more than 16,777,216 shared strings"));
		ss->in_si = 1;
		ss->start = b->sst_len;
	} else if (strcmp(el, "t") == 0) {
		ss->in_t = 1;
	} else if (strcmp(el, "rPh") == 0) {
		ss->in_rph = 1;   /* a reading aid of East Asian text, not the text */
	}
}

/* Room for len bytes and a NUL after the strings kept so far; 0 when the
 * table would pass its limit (said). */
static int room(struct xmlpart *x, size_t len)
{
	struct xlsxbook *b = x->b;

	if (b->sst_len + len + 1 > XLSX_MAX_STRINGS) {
		xml_stop(x, _("more than %llu MiB of shared strings"),
			 (unsigned long long)(XLSX_MAX_STRINGS >> 20));
		return 0;
	}
	while (b->sst_len + len + 1 > b->sst_cap) {
		b->sst_cap = b->sst_cap ? 2 * b->sst_cap : 65536;
		b->sst = xrealloc(b->sst, b->sst_cap);
	}
	return 1;
}

static void strings_text(struct xmlpart *x, const char *s, int len)
{
	struct strings *ss = x->ud;
	struct xlsxbook *b = x->b;

	if (!ss->in_si || !ss->in_t || ss->in_rph || !room(x, (size_t)len))
		return;
	memcpy(b->sst + b->sst_len, s, (size_t)len);
	b->sst_len += (size_t)len;
}

static void strings_end(struct xmlpart *x, const char *el)
{
	struct strings *ss = x->ud;
	struct xlsxbook *b = x->b;

	if (strcmp(el, "t") == 0) {
		ss->in_t = 0;
	} else if (strcmp(el, "rPh") == 0) {
		ss->in_rph = 0;
	} else if (strcmp(el, "si") == 0 && ss->in_si) {
		/* an empty string (<si/>, <si><t/></si>) is a string too */
		if (!room(x, 0))
			return;
		b->sst[b->sst_len] = '\0';
		xlsx_unescape(b->sst + ss->start);
		b->sst_len = ss->start + strlen(b->sst + ss->start) + 1;
		if (b->nsst == b->sst_ocap) {
			b->sst_ocap = b->sst_ocap ? 2 * b->sst_ocap : 1024;
			b->sst_off = xrealloc(b->sst_off, b->sst_ocap * sizeof *b->sst_off);
		}
		b->sst_off[b->nsst++] = ss->start;
		ss->in_si = 0;
	}
}

int xlsxbook_strings(struct xlsxbook *b)
{
	struct strings ss = { 0, 0, 0, 0 };
	struct xmlpart x = { .start = strings_start, .end = strings_end, .text = strings_text, .ud = &ss };

	if (!b->sst_path)
		return 0;
	return xlsxbook_part(b, &x, b->sst_path, XLSX_MAX_PART, 1);
}

const char *xlsxbook_string(const struct xlsxbook *b, unsigned long i)
{
	return i < b->nsst ? b->sst + b->sst_off[i] : NULL;
}
