/* CSV output: quoting, and the neutralisation of what a spreadsheet would
 * run as a formula. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "netral/io/csvout.h"
#include "netral/util/utf8.h"

void csvout_init(struct csvout *c, FILE *fp)
{
	memset(c, 0, sizeof *c);
	c->fp = fp;
	c->delim = ',';
	c->tty = isatty(fileno(fp));
}

/* A cell's text; on a terminal what could act on it (a value stored
 * before such characters were refused) shows as '?', while a file or a
 * pipe gets every byte. */
static void put(struct csvout *c, const char *s, int doubled)
{
	while (*s) {
		size_t len;
		unsigned long cp = utf8_next(s, &len);

		if (*s == '"' && doubled)
			fputc('"', c->fp);
		if (c->tty && (cp == UTF8_BAD || utf8_unsafe(cp)) && cp != '\n' && cp != '\t')
			fputc('?', c->fp);
		else
			fwrite(s, 1, len, c->fp);
		s += len;
	}
}

void csvout_bom(struct csvout *c)
{
	fputs("\xEF\xBB\xBF", c->fp);
}

void csvout_excel(struct csvout *c)
{
	c->delim = ';';
	c->crlf = 1;
	c->comma = 1;
	csvout_bom(c);
}

int csv_needs_mark(const char *s)
{
	/* after any apostrophes, so that a value that begins with one comes
	 * back whole: the import takes exactly one off */
	size_t digits;

	while (*s == '\'')
		s++;
	if (*s && strchr("=+-@\t\r", *s))
		return 1;
	/* "0812..." loses its zero, 16 digits their last one */
	digits = strspn(s, "0123456789");
	return digits && !s[digits] && ((digits >= 2 && *s == '0') || digits > 15);
}

static void csv_cell(struct csvout *c, const char *s, int neutralise)
{
	int quote = 0;

	if (c->nfield++)
		fputc(c->delim, c->fp);
	if (!s)
		return;
	neutralise = neutralise && !c->raw && csv_needs_mark(s);
	for (const char *p = s; *p; p++)
		if (*p == c->delim || *p == '"' || *p == '\n' || *p == '\r')
			quote = 1;
	if (*s == ' ' || (*s && s[strlen(s) - 1] == ' '))
		quote = 1;
	if (!quote && !neutralise) {
		put(c, s, 0);
		return;
	}
	fputc('"', c->fp);
	if (neutralise)
		fputc('\'', c->fp);
	put(c, s, 1);
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
	fputs(c->crlf ? "\r\n" : c->cr ? "\r" : "\n", c->fp);
	c->nfield = 0;
}
