/* A roll-up's storage: the cases an exchange file named, and those of its
 * origin it did not, which the origin no longer holds. */
#ifndef NETRAL_KASUS_ROLLUP_H
#define NETRAL_KASUS_ROLLUP_H

#include "netral/db/db.h"

/* Forgets the numbers named so far: a new file.  Returns a status. */
int rollup_seen_begin(struct db *d);
/* The origin's case number asal_nomor is in the file.  Returns a status. */
int rollup_seen(struct db *d, const char *asal_nomor);
/* Each case kept for origin asal, not void, whose number there the file
 * did not name, in order: fn gets our number and the origin's.  A non-zero
 * return of fn stops and is returned. */
int rollup_unseen(struct db *d, const char *asal,
		  int (*fn)(void *ctx, const char *nomor, const char *asal_nomor), void *ctx);

#endif
