/* The keys records are found by when the folding of names changes. */
#ifndef NETRAL_CEGAH_REKEY_H
#define NETRAL_CEGAH_REKEY_H

#include "netral/db/db.h"
#include "netral/util/strbuf.h"

/* Folds again the keys of the records found by their name (units,
 * origins, signatories without an NIP: text_key), after an upgrade of the
 * folding (meta lipat_ulang).  Each key that differs is stored and its
 * record's change logged as operator op with the note catatan, so that
 * check still proves the row; a key that would now be another record's is
 * kept as it was, and said in warn, a line each.  Within the caller's
 * transaction; returns a status. */
int cegah_rekey(struct db *d, const char *op, const char *catatan, struct strbuf *warn);

#endif
