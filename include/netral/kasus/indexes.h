/* The indexes of kasus a bulk import sets aside: those no import reads
 * (neither unique nor partial), which serve the commands about one case,
 * person or agency.  Inserting a large file's rows into them one by one,
 * in no order, costs more than one sort each at the end once they outgrow
 * the page cache. */
#ifndef NETRAL_KASUS_INDEXES_H
#define NETRAL_KASUS_INDEXES_H

#include "netral/db/db.h"
#include "netral/util/strbuf.h"

/* Whether a file of rows rows is worth setting them aside for: its rows
 * are an eighth or more of the cases held.  Returns a status. */
int kasus_indexes_worth(struct db *d, long rows, int *yes);

/* Within the import's transaction, before its first new case: drops those
 * indexes and keeps their SQL in *sql for kasus_indexes_restore (a file
 * of duplicates drops and builds nothing).  Returns a status. */
int kasus_indexes_aside(struct db *d, struct strbuf *sql);

/* Builds again the indexes set aside, if any.  Returns a status. */
int kasus_indexes_restore(struct db *d, struct strbuf *sql);

#endif
