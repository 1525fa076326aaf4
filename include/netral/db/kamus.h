/* The dictionary of a table's few-valued texts (the table kamus): a row
 * stores a small code, the text is kept once.  A code once given keeps its
 * text for good, whatever rules are loaded later. */
#ifndef NETRAL_DB_KAMUS_H
#define NETRAL_DB_KAMUS_H

#include "netral/db/db.h"

/* The code of text, given it when it has none (in the open transaction).
 * Returns an exit status; 0 on success. */
int db_kamus_code(struct db *d, const char *text, long long *code);

/* The text of code into *text: "?N" for a code N the dictionary lacks (a
 * row changed outside netral).  One address for one text, valid until a
 * transaction that gave a code ends or the connection closes.  Returns an
 * exit status; 0 on success. */
int db_kamus_text(struct db *d, long long code, const char **text);

/* SQL for a coded column's text, as db_kamus_text gives it, and for the
 * code of a bound text: KAMUS_TEXT_SQL("k.jenis"), KAMUS_CODE_SQL("?3"). */
#define KAMUS_TEXT_SQL(col) "coalesce((SELECT nilai FROM kamus WHERE id = " col "), '?' || " col ")"
#define KAMUS_CODE_SQL(param) "(SELECT id FROM kamus WHERE nilai = " param ")"

#endif
