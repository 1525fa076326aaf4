/* The Satgas's decision: where the matrix leaves a case's tier to the
 * Satgas, the tier it decided replaces the matrix result for every use
 * (show, list, summaries, sanction checks); the matrix result stays
 * beside it. */
#ifndef NETRAL_KASUS_PUTUSAN_H
#define NETRAL_KASUS_PUTUSAN_H

#include "netral/kasus/kasus.h"
#include "netral/util/strbuf.h"

/* After classification: a decision complete and in order takes the place
 * of the matrix result.  -1 with e set. */
int putusan_apply(struct kasus *k, const struct rules *r, struct err *e);

/* On entry (old NULL for a new case): a decision recorded or changed only
 * where the matrix gives the Satgas's tier.  -1 with e set. */
int putusan_entry(const struct kasus *k, const struct kasus *old, const struct rules *r,
		  struct err *e);

#endif
