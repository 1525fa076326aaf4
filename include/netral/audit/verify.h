/* Checking the record: SQLite's integrity and foreign keys, and every
 * case's current row replayed backwards through its events to the
 * fingerprint recorded at its creation. */
#ifndef NETRAL_AUDIT_VERIFY_H
#define NETRAL_AUDIT_VERIFY_H

#include "netral/db/db.h"

/* Each problem found is handed to fn, in words, and counted. */
struct audit_report {
	void (*fn)(void *ctx, const char *problem);
	void *ctx;
	int problems;
	long cases, events;
};

/* PRAGMA integrity_check and foreign_key_check.  Returns a status. */
int audit_check_db(struct db *d, struct audit_report *rep);

/* Replays table's rows (id, nomor, then the n followed columns in
 * fingerprint order) against the log.  Returns a status. */
int audit_replay(struct db *d, const char *table, const char *const *cols, int n,
		 struct audit_report *rep);

#endif
