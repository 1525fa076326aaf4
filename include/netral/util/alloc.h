/* Allocation that cannot fail (an out-of-memory ends the process with a
 * message and status 6), and the growable array every module uses. */
#ifndef NETRAL_UTIL_ALLOC_H
#define NETRAL_UTIL_ALLOC_H

#include <stddef.h>
#include <string.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* p, allocated by a library; its NULL ends the process as above. */
void *xcheck(void *p);

/* A growable array: ARRAY(struct x) a = { 0 }; then ARRAY_PUSH(a) gives a
 * pointer to a new zeroed element at the end. */
#define ARRAY(T) struct { T *v; size_t n, cap; }

void *array_grow(void *v, size_t *cap, size_t elem);

#define ARRAY_PUSH(arr) \
	((arr).n == (arr).cap ? \
	 (void)((arr).v = array_grow((arr).v, &(arr).cap, sizeof *(arr).v)) : (void)0, \
	 memset(&(arr).v[(arr).n], 0, sizeof *(arr).v), &(arr).v[(arr).n++])

#endif
