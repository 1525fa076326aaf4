/* Checking the prevention records against the log: the last event of
 * each unit, activity, signatory and permit holds the digest of its state,
 * so a row changed, added or removed outside netral shows. */
#ifndef NETRAL_CEGAH_VERIFY_H
#define NETRAL_CEGAH_VERIFY_H

#include "netral/audit/verify.h"
#include "netral/db/db.h"

/* Problems go to rep.  Returns an exit status. */
int cegah_verify(struct db *d, struct audit_report *rep);

#endif
