/* Allocation that cannot fail, and the growth of arrays (alloc.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/alloc.h"
#include "netral/util/msg.h"

static void oom(void)
{
	error("%s", _("out of memory"));
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

void *xcheck(void *p)
{
	if (!p)
		oom();
	return p;
}

void *array_grow(void *v, size_t *cap, size_t elem)
{
	*cap = *cap ? 2 * *cap : 16;
	return xrealloc(v, *cap * elem);
}
