/* Reopening a case closed by mistake (selesai, tidak_terbukti, batal):
 * back to the status it had before its last move, along a move of the
 * rules (transisi.csv, buka), with a reason; the close stays in its
 * history. */
#ifndef NETRAL_KASUS_REOPEN_H
#define NETRAL_KASUS_REOPEN_H

#include "netral/db/db.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"

/* The values of kasus_change (change.h, with reopen set) that reopen case
 * nomor: vals[F_STATUS] the status before its last move (into before),
 * and "" for the fields its status records (status.csv mencatat) that
 * the status before does not, so that a void case's reason and the case
 * it was merged into are no longer its own (the history keeps them).
 * Returns 0; NX_DATA with e set when the case is not closed, was
 * recorded closed, or the rules do not reopen it to that status; another
 * status, reported. */
int kasus_reopen_vals(struct db *d, const struct rules *r, const char *nomor,
		      const char *vals[F_COUNT], char before[32], struct err *e);

#endif
