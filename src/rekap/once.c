/* Counting once across origins in one pass (once.h). */
#include <stdlib.h>
#include <string.h>

#include "netral/rekap/once.h"
#include "netral/util/alloc.h"

static uint64_t act_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h ? h : 1;
}

/* The index of origin among those met; consecutive cases mostly share
 * theirs (a file imported at once), and the origins are a few hundred. */
static uint32_t origin_index(struct once *o, const char *origin)
{
	if (o->norigins && strcmp(o->origins[o->last], origin) == 0)
		return o->last;
	for (size_t i = 0; i < o->norigins; i++)
		if (strcmp(o->origins[i], origin) == 0)
			return o->last = (uint32_t)i;
	if (o->norigins == o->cap)
		o->origins = array_grow(o->origins, &o->cap, sizeof *o->origins);
	o->origins[o->norigins] = xstrdup(origin);
	return o->last = (uint32_t)o->norigins++;
}

static void grow(struct once *o)
{
	size_t n = o->nslot ? 2 * o->nslot : 1024;
	uint64_t *act = xcalloc(n, sizeof *act);
	uint32_t *origin = xmalloc(n * sizeof *origin);

	for (size_t i = 0; i < o->nslot; i++) {
		size_t h;

		if (!o->act[i])
			continue;
		for (h = o->act[i] & (n - 1); act[h]; h = (h + 1) & (n - 1))
			;
		act[h] = o->act[i];
		origin[h] = o->origin[i];
	}
	free(o->act);
	free(o->origin);
	o->act = act;
	o->origin = origin;
	o->nslot = n;
}

int once_counts(struct once *o, const char *origin, const char *act)
{
	uint32_t oi = origin_index(o, origin);
	uint64_t h = act_hash(act);
	size_t i;

	/* three quarters full at most: 12 bytes a slot, 16 an act */
	if (4 * (o->n + 1) > 3 * o->nslot)
		grow(o);
	for (i = h & (o->nslot - 1); o->act[i]; i = (i + 1) & (o->nslot - 1))
		if (o->act[i] == h)
			return o->origin[i] == oi;
	o->act[i] = h;
	o->origin[i] = oi;
	o->n++;
	return 1;
}

void once_free(struct once *o)
{
	for (size_t i = 0; i < o->norigins; i++)
		free(o->origins[i]);
	free(o->origins);
	free(o->act);
	free(o->origin);
	memset(o, 0, sizeof *o);
}
