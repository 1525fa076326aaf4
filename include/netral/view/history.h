/* A case's history as a table, CSV, or a JSON array. */
#ifndef NETRAL_VIEW_HISTORY_H
#define NETRAL_VIEW_HISTORY_H

#include "netral/db/db.h"
#include "netral/io/output.h"

/* The events of case id: a table or CSV on stdout, or a JSON array in j.
 * The old and new values of a private column (the reporter's contact)
 * are left out unless kontak. */
int view_history(struct db *d, long long id, enum format fmt, struct json *j, int kontak);

#endif
