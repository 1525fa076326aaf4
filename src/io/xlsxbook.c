/* The parts of a workbook every sheet reads through (xlsxbook.h).  The
 * archive is libzip's and the XML expat's; this file only follows the
 * links between the parts and keeps the little each sheet needs. */
#include <errno.h>
#include <expat.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "netral/io/xlsxbook.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

#define CHUNK 65536

void xml_stop(struct xmlpart *x, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (x->stop)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	x->stop = fail(NX_DATA, _("%s: %s: %s"), x->b->name, x->path, msg);
	XML_StopParser(x->parser, XML_FALSE);
}

void xml_halt(struct xmlpart *x, int rc)
{
	if (!x->stop) {
		x->stop = rc;
		XML_StopParser(x->parser, XML_FALSE);
	}
}

const char *xml_attr(const char **attr, const char *name)
{
	for (; attr && attr[0]; attr += 2) {
		const char *local = strrchr(attr[0], '|');

		if (strcmp(local ? local + 1 : attr[0], name) == 0)
			return attr[1];
	}
	return NULL;
}

static const char *local_name(const char *el)
{
	const char *bar = strrchr(el, '|');

	return bar ? bar + 1 : el;
}

static void XMLCALL on_start(void *ud, const char *el, const char **attr)
{
	struct xmlpart *x = ud;

	if (x->start && !x->stop)
		x->start(x, local_name(el), attr);
}

static void XMLCALL on_end(void *ud, const char *el)
{
	struct xmlpart *x = ud;

	if (x->end && !x->stop)
		x->end(x, local_name(el));
}

static void XMLCALL on_text(void *ud, const char *s, int len)
{
	struct xmlpart *x = ud;

	if (x->text && !x->stop)
		x->text(x, s, len);
}

/* A workbook never needs a document type: one is where entity bombs
 * hide, so it ends the reading. */
static void XMLCALL on_doctype(void *ud, const char *name, const char *sys, const char *pub,
			       int internal)
{
	(void)name, (void)sys, (void)pub, (void)internal;
	xml_stop(ud, "%s", _("a document type declaration, which no workbook has"));
}

static int parse_chunks(struct xmlpart *x, zip_file_t *zf, uint64_t limit)
{
	char *buf = xmalloc(CHUNK);
	uint64_t total = 0;
	zip_int64_t got;
	int rc = 0;

	do {
		if ((got = zip_fread(zf, buf, CHUNK)) < 0) {
			rc = fail(NX_DATA, _("%s: %s: cannot unpack: %s"), x->b->name, x->path,
				  zip_file_strerror(zf));
			break;
		}
		if ((total += (uint64_t)got) > limit) {
			rc = fail(NX_DATA, _("%s: %s: more than %llu MiB unpacked; not read (a ZIP bomb, or a sheet too big to import at once)"),
				  x->b->name, x->path, (unsigned long long)(limit >> 20));
			break;
		}
		if (XML_Parse(x->parser, buf, (int)got, got == 0) == XML_STATUS_ERROR) {
			if (!(rc = x->stop))
				rc = fail(NX_DATA, _("%s: %s: line %lu: %s"), x->b->name, x->path,
					  (unsigned long)XML_GetCurrentLineNumber(x->parser),
					  XML_ErrorString(XML_GetErrorCode(x->parser)));
			break;
		}
	} while (got > 0 && !(rc = x->stop));
	free(buf);
	return rc;
}

int xlsxbook_part(struct xlsxbook *b, struct xmlpart *x, const char *path, uint64_t limit,
		  int optional)
{
	zip_file_t *zf;
	int rc;

	x->b = b;
	x->path = path;
	x->stop = 0;
	if (!(zf = zip_fopen(b->zip, path, 0))) {
		if (optional)
			return 0;
		return fail(NX_DATA, _("%s: not an Excel workbook: it has no %s"), b->name, path);
	}
	x->parser = XML_ParserCreateNS(NULL, '|');
	if (!x->parser) {
		zip_fclose(zf);
		return fail(NX_IO, _("out of memory"));
	}
	XML_SetUserData(x->parser, x);
	XML_SetElementHandler(x->parser, on_start, on_end);
	XML_SetCharacterDataHandler(x->parser, on_text);
	XML_SetStartDoctypeDeclHandler(x->parser, on_doctype);
	rc = parse_chunks(x, zf, limit);
	XML_ParserFree(x->parser);
	x->parser = NULL;
	zip_fclose(zf);
	return rc;
}

static int hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
	       c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* A link's target as a path in the archive: relative to xl/, or absolute;
 * a link is a URI, so %20 is a space. */
static char *part_path(const char *target)
{
	struct strbuf sb = STRBUF_INIT;

	if (*target == '/')
		target++;
	else
		sb_puts(&sb, "xl/");
	for (const char *p = target; *p; p++) {
		if (p[0] == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0 && (hexval(p[1]) || hexval(p[2]))) {
			sb_putc(&sb, (char)(hexval(p[1]) * 16 + hexval(p[2])));
			p += 2;
		} else {
			sb_putc(&sb, *p);
		}
	}
	return sb_detach(&sb);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Two parts of one name are read one way here and another way elsewhere:
 * a workbook holding them is refused. */
static int one_of_each(struct xlsxbook *b)
{
	zip_int64_t n = zip_get_num_entries(b->zip, 0);
	const char **names;
	int rc = 0;

	if (n < 0 || n > 65536)
		return fail(NX_DATA, _("%s: more than 65536 parts; not read"), b->name);
	names = xcalloc((size_t)n + 1, sizeof *names);
	for (zip_int64_t i = 0; i < n; i++)
		names[i] = zip_get_name(b->zip, (zip_uint64_t)i, 0);
	for (zip_int64_t i = 0; i < n && !rc; i++)
		if (!names[i])
			rc = fail(NX_DATA, _("%s: a part without a name"), b->name);
	if (!rc && n > 1)
		qsort(names, (size_t)n, sizeof *names, by_name);
	for (zip_int64_t i = 1; i < n && !rc; i++)
		if (strcmp(names[i - 1], names[i]) == 0)
			rc = fail(NX_DATA, _("%s: two parts named %s; not read (a damaged or crafted workbook)"),
				  b->name, names[i]);
	free(names);
	return rc;
}

static const char *ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);

	return n >= t && strcmp(s + n - t, tail) == 0 ? s + n - t : NULL;
}

static void workbook_start(struct xmlpart *x, const char *el, const char **attr)
{
	struct xlsxbook *b = x->b;
	const char *v;

	if (strcmp(el, "workbookPr") == 0 && (v = xml_attr(attr, "date1904")))
		b->date1904 = strcmp(v, "1") == 0 || strcmp(v, "true") == 0;
	if (strcmp(el, "sheet") != 0)
		return;
	if (b->nsheets >= 4096)
		return xml_stop(x, "%s", _("more than 4096 sheets"));
	b->sheets = xrealloc(b->sheets, (b->nsheets + 1) * sizeof *b->sheets);
	b->sheets[b->nsheets].name = xstrdup((v = xml_attr(attr, "name")) ? v : "");
	b->sheets[b->nsheets].rid = xstrdup((v = xml_attr(attr, "id")) ? v : "");
	b->sheets[b->nsheets].hidden = (v = xml_attr(attr, "state")) && strcmp(v, "visible") != 0;
	b->sheets[b->nsheets++].path = NULL;
}

static void rels_start(struct xmlpart *x, const char *el, const char **attr)
{
	struct xlsxbook *b = x->b;
	const char *id = xml_attr(attr, "Id"), *target = xml_attr(attr, "Target");
	const char *type = xml_attr(attr, "Type");

	if (strcmp(el, "Relationship") != 0 || !id || !target || !type)
		return;
	if (ends_with(type, "/sharedStrings") && !b->sst_path)
		b->sst_path = part_path(target);
	else if (ends_with(type, "/styles") && !b->styles_path)
		b->styles_path = part_path(target);
	else if (ends_with(type, "/worksheet"))
		for (size_t i = 0; i < b->nsheets; i++)
			if (!b->sheets[i].path && strcmp(b->sheets[i].rid, id) == 0)
				b->sheets[i].path = part_path(target);
}

int xlsxbook_open(struct xlsxbook *b, FILE *fp, const char *name)
{
	struct xmlpart x = { .start = workbook_start };
	zip_error_t ze;
	int fd, err, rc;

	memset(b, 0, sizeof *b);
	b->name = name;
	if ((fd = dup(fileno(fp))) < 0)
		return fail(NX_IO, _("cannot read '%s': %s"), name, strerror(errno));
	if (!(b->zip = zip_fdopen(fd, 0, &err))) {
		close(fd);
		zip_error_init_with_code(&ze, err);
		rc = fail(NX_DATA, _("%s: not a readable workbook: %s"), name, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return rc;
	}
	if ((rc = one_of_each(b)) || (rc = xlsxbook_part(b, &x, "xl/workbook.xml", XLSX_MAX_SMALL, 0)))
		return rc;
	x = (struct xmlpart){ .start = rels_start };
	if ((rc = xlsxbook_part(b, &x, "xl/_rels/workbook.xml.rels", XLSX_MAX_SMALL, 0)))
		return rc;
	if (!b->nsheets)
		return fail(NX_DATA, _("%s: the workbook has no sheet"), name);
	return 0;
}

int xlsxbook_sheet(const struct xlsxbook *b, const char *want)
{
	struct strbuf names = STRBUF_INIT;
	size_t i;

	/* a hidden sheet first (last year's data, a lookup list) is not
	 * what a clerk means by the workbook */
	for (i = 0; !want && i < b->nsheets; i++)
		if (b->sheets[i].path && !b->sheets[i].hidden)
			return (int)i;
	for (i = 0; !want && i < b->nsheets; i++)
		if (b->sheets[i].path)
			return (int)i;
	if (!want) {
		fail(NX_DATA, _("%s: the workbook has no worksheet"), b->name);
		return -1;
	}
	for (i = 0; i < b->nsheets; i++)
		if (strcmp(b->sheets[i].name, want) == 0)
			return (int)i;
	for (i = 0; i < b->nsheets; i++)
		if (ascii_casecmp(b->sheets[i].name, want) == 0)
			return (int)i;
	for (i = 0; i < b->nsheets && i < 20; i++)
		sb_printf(&names, "%s'%s'", i ? ", " : "", b->sheets[i].name);
	fail(NX_NOTFOUND, _("%s: no sheet '%s' (the workbook has %s)"), b->name, want, sb_str(&names));
	sb_free(&names);
	return -1;
}

void xlsxbook_close(struct xlsxbook *b)
{
	if (b->zip)
		zip_discard(b->zip);
	for (size_t i = 0; i < b->nsheets; i++) {
		free(b->sheets[i].name);
		free(b->sheets[i].rid);
		free(b->sheets[i].path);
	}
	free(b->sheets);
	free(b->xf_date);
	free(b->sst);
	free(b->sst_off);
	free(b->sst_path);
	free(b->styles_path);
	memset(b, 0, sizeof *b);
}
