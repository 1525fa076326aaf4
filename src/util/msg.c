/* Diagnostics in one place so every message has the same shape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/msg.h"

int msg_quiet;

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
}

void vmessage(const char *prefix, const char *fmt, va_list ap)
{
	fflush(stdout);
	fputs("netral: ", stderr);
	if (prefix)
		fputs(prefix, stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

int fail(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(NULL, fmt, ap);
	va_end(ap);
	return status;
}

int error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(NULL, fmt, ap);
	va_end(ap);
	return -1;
}

void warning(const char *fmt, ...)
{
	va_list ap;

	if (msg_quiet)
		return;
	va_start(ap, fmt);
	vmessage(_("warning: "), fmt, ap);
	va_end(ap);
}

static void oom(void)
{
	fputs("netral: out of memory\n", stderr);
	exit(NX_IO);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
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
