/* The database's copy of the rules: the truth at run time, since users add
 * contests.  Stored at init or when the built-in set changes. */
#ifndef NETRAL_RULES_STORE_H
#define NETRAL_RULES_STORE_H

#include "netral/db/db.h"
#include "netral/rules/rules.h"

/* Within the caller's transaction.  Returns an exit status, reported. */
int rules_store(const struct rules *r, struct db *d, const char *source);
int rules_load_db(struct rules *r, struct db *d);
/* A contest a user adds ('netral election add'). */
int rules_add_pemilihan(struct db *d, const struct pemilihan *p);

#endif
