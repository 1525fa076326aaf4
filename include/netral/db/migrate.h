/* The schema: created in a new file, or migrated step by step (migrate.c).
 * Used by db_open only. */
#ifndef NETRAL_DB_MIGRATE_H
#define NETRAL_DB_MIGRATE_H

#include "netral/db/db.h"

/* A file with no tables (ours to create), else NX_DATABASE, reported. */
int db_empty_or_foreign(struct db *d);
/* The schema of a new file, or the migrations from version on, in one
 * transaction; a new file's is left open for the caller's rules (d->fresh).
 * Returns a status. */
int db_create_or_migrate(struct db *d, int version);

#endif
