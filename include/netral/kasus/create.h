/* A new case, recorded in one place whoever makes it ('add', an import):
 * its key, its row and number, the state its creation proves, and the
 * earlier case it may repeat. */
#ifndef NETRAL_KASUS_CREATE_H
#define NETRAL_KASUS_CREATE_H

#include "netral/db/db.h"
#include "netral/kasus/kasus.h"
#include "netral/kasus/store.h"

/* Records k within the caller's transaction, its number into nomor and
 * its row into *id.  The key that makes one report one case is the
 * report's number and person (or, for an import's row, the row's whole
 * content: the same file twice is one set of cases).  Where that key is
 * recorded already nothing is stored, *id is 0 and nomor the case that
 * holds it.  'add' (p NULL) logs the creation as an event and names in
 * repeat ("" for none) an earlier case this one may repeat; an import (p)
 * keeps the state in the row (p->state) for its run's event, and finds
 * repeats once at its end.  Returns a status. */
int kasus_create(struct db *d, const struct kasus *k, const char *op, struct provenance *p,
		 char nomor[32], long long *id, char repeat[32]);

#endif
