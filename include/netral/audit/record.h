/* The proof of a stored record that is not a case (a unit, an activity, a
 * signatory of the pact, a permit): each change is an event holding the
 * digest of the record's whole row, read back as stored, every column in
 * the table's order but those the proof leaves out (record.c names them,
 * with why).  A column added to the schema is proven without a word here. */
#ifndef NETRAL_AUDIT_RECORD_H
#define NETRAL_AUDIT_RECORD_H

#include "netral/audit/log.h"
#include "netral/audit/verify.h"

/* Whether the proof covers a column of a table; why not, into why, when
 * it does not (a translated sentence). */
int audit_column_proven(const char *table, const char *column, const char **why);

/* The state of one row of table (its id) as stored now.  Returns a status;
 * NX_NOTFOUND, reported, for no such row. */
int audit_row_state(struct db *d, const char *table, long long id, char out[AUDIT_STATE_LEN]);

/* Records that a row was created (lama NULL) or changed from the state
 * lama: an event of kind table, kolom "table:id", its new state read back
 * from the row; catatan says what it is without personal data.  Within
 * the caller's transaction; returns a status. */
int audit_record(struct db *d, const char *op, const char *table, long long id,
		 const char *lama, const char *catatan);

/* Every row of table against the last event of its record: a row no event
 * records, a row whose state differs (with the column where it can be
 * placed), an event whose row is gone.  A row whose last event holds a
 * state of an older kind (before schema 11) is handed to legacy instead,
 * with that state, the time of its first and of its last event.  Problems
 * go to rep, each row named by its column label (NULL: its id); returns a
 * status. */
typedef void (*audit_legacy_fn)(void *ctx, long long id, const char *state, const char *first,
				const char *last, struct audit_report *rep);
int audit_check_records(struct db *d, const char *table, const char *label,
			audit_legacy_fn legacy, void *ctx, struct audit_report *rep);

/* The rules are proven whole: an event of kind 'aturan' holds the digest
 * of each rules table (every table of the schema but the records' and
 * meta) as stored, written by whoever stores rules (a sync, rules load,
 * election add); meta aturan_peristiwa names it.  Within the caller's
 * transaction; returns a status. */
int audit_rules(struct db *d, const char *op, const char *catatan);
/* Each rules table against the last such event: a table changed, added
 * or emptied outside netral is named.  Returns a status. */
int audit_check_rules(struct db *d, struct audit_report *rep);

#endif
