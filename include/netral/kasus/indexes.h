/* The indexes of kasus a bulk import sets aside: those no import reads
 * (neither unique nor partial), which serve the commands about one case,
 * person or agency.  Inserting a large file's rows into them one by one,
 * in no order, costs more than one sort each at the end once they outgrow
 * the page cache. */
#ifndef NETRAL_KASUS_INDEXES_H
#define NETRAL_KASUS_INDEXES_H

#include "netral/db/db.h"
#include "netral/util/strbuf.h"

/* Within the import's transaction, before its rows: when the file's rows
 * are an eighth or more of the cases held, drops those indexes and keeps
 * their SQL in *sql for kasus_indexes_restore.  Returns a status. */
int kasus_indexes_aside(struct db *d, long rows, struct strbuf *sql);

/* Builds again the indexes set aside, if any.  Returns a status. */
int kasus_indexes_restore(struct db *d, struct strbuf *sql);

#endif
