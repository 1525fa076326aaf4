/* Every message goes through vreport, so that each has the same shape
 * and none carries a control character to the terminal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/msg.h"
#include "netral/util/utf8.h"

#ifdef ENABLE_NLS
const char *netral_gettext(const char *s)
{
	/* gettext("") returns the catalogue header, never what a caller wants */
	if (!s || !*s)
		return s;
	return gettext(s);
}
#endif

void err_set(struct err *e, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	e->field = -1;
}

int err_at(struct err *e, int field)
{
	e->field = field;
	return -1;
}

void sanitise(FILE *fp, const char *s)
{
	/* what users typed reaches the terminal in messages: an escape
	 * sequence in a file name or a cell must not act on it, nor a C1
	 * control or a bidirectional override turn the text around; a byte
	 * that is not UTF-8 shows as '?' too */
	while (*s) {
		size_t len;
		unsigned long cp = utf8_next(s, &len);

		if (cp == UTF8_BAD || (cp != '\t' && cp != '\n' && utf8_unsafe(cp)))
			fputc('?', fp);
		else
			fwrite(s, 1, len, fp);
		s += len;
	}
}

/* A message on stderr, ending its line once. */
static void emit(const char *prefix, char *msg)
{
	size_t n = strlen(msg);

	fflush(stdout);
	if (n && msg[n - 1] == '\n')
		msg[n - 1] = '\0';
	if (prefix)
		sanitise(stderr, prefix);
	sanitise(stderr, msg);
	fputc('\n', stderr);
}

void vreport(const char *prefix, const char *fmt, va_list ap)
{
	char msg[4096];

	vsnprintf(msg, sizeof msg, fmt, ap);
	emit(prefix, msg);
}

void report_in(const char *where, const char *fmt, ...)
{
	char prefix[4200];
	va_list ap;

	snprintf(prefix, sizeof prefix, "%s: ", where);
	va_start(ap, fmt);
	vreport(prefix, fmt, ap);
	va_end(ap);
}

void report_hint(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(NULL, fmt, ap);
	va_end(ap);
}

void report_progress(const char *fmt, ...)
{
	char text[512];
	va_list ap;

	if (!fmt) {
		fputs("\r\033[K", stderr);
		return;
	}
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	fputc('\r', stderr);
	sanitise(stderr, text);
}

int fail(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("netral: ", fmt, ap);
	va_end(ap);
	return status;
}

int error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("netral: ", fmt, ap);
	va_end(ap);
	return -1;
}

void warning(const char *fmt, ...)
{
	char prefix[64];
	va_list ap;

	snprintf(prefix, sizeof prefix, "netral: %s", _("warning: "));
	va_start(ap, fmt);
	vreport(prefix, fmt, ap);
	va_end(ap);
}

int msg_indonesian(void)
{
	/* the catalogue says which language it speaks */
	return strcmp(_("language-code:en"), "language-code:id") == 0;
}

void warning_lines(const char *text)
{
	const char *nl;

	for (; text && (nl = strchr(text, '\n')); text = nl + 1)
		warning("%.*s", (int)(nl - text), text);
}
