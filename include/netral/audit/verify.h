/* Checking the record: SQLite's integrity and foreign keys, the log's
 * triggers, the chain of the log end to end, and every case's row replayed
 * backwards through its events to the state it was created in. */
#ifndef NETRAL_AUDIT_VERIFY_H
#define NETRAL_AUDIT_VERIFY_H

#include "netral/db/db.h"

/* Each problem found is handed to fn, in words, and counted. */
struct audit_report {
	void (*fn)(void *ctx, const char *problem);
	void *ctx;
	int problems;
	long cases, events;
	char head[65];        /* the chain's last link */
	long long head_id;
};

void audit_problem(struct audit_report *rep, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* PRAGMA integrity_check and foreign_key_check, and the log's triggers.
 * Returns a status. */
int audit_check_db(struct db *d, struct audit_report *rep);

/* Every link of the chain recomputed, in order; since, when given, must
 * be one of them (a head recorded earlier: nothing before it rewritten,
 * nothing after it cut off), read from the file from when not NULL.
 * Returns a status. */
int audit_check_chain(struct db *d, const char *since, const char *from, struct audit_report *rep);

/* Where a case's history leads back to: its state then (n values in the
 * columns' order) and its creation event's fingerprint, or NULL when it
 * has none (an import run created it). */
typedef void (*audit_origin_fn)(void *ctx, long long id, const char *nomor,
				char *const *state, const char *fingerprint,
				struct audit_report *rep);

/* Replays table's rows (id, nomor, then the n columns) against the log. */
int audit_replay(struct db *d, const char *table, const char *const *cols, int n,
		 audit_origin_fn origin, void *ctx, struct audit_report *rep);

/* The log's triggers again, where something dropped them ('netral init'). */
int audit_restore_triggers(struct db *d);

#endif
