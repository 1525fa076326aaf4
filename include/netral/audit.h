/* The event log (peristiwa): every change to a case, appended in the same
 * transaction, with who made it and the old and new values. */
#ifndef NETRAL_AUDIT_H
#define NETRAL_AUDIT_H

#include "netral/db.h"

/* --operator, else $NETRAL_OPERATOR, else the login name. */
const char *audit_operator(const char *opt);

/* A case was created ('buat' by add, 'impor' by import): the event holds a
 * JSON snapshot of the stored row, from which its state can be rebuilt. */
int audit_created(struct db *d, long long id, const char *op,
		  const char *jenis, const char *catatan);

/* One field changed. */
int audit_changed(struct db *d, long long id, const char *op,
		  const char *jenis, const char *kolom, const char *lama,
		  const char *baru, const char *catatan);

/* The columns a snapshot holds and a rebuild compares, as SQL text. */
extern const char audit_snapshot_sql[];

#endif
