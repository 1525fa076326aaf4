/* An import run, of cases or of prevention records: its row in impor (the
 * provenance of what it created: the file, its SHA-256, when, by whom,
 * the counts) and one event holding that record and the digest of the
 * states of the cases it created, in line order, so that none of them
 * can change, appear or vanish unseen. */
#ifndef NETRAL_AUDIT_RUN_H
#define NETRAL_AUDIT_RUN_H

#include "netral/db/db.h"
#include "netral/util/sha256.h"

struct run_counts {
	long imported, duplicates, updated, rejected;
};

/* The digest of the states a run created, in line order. */
struct run_digest {
	struct digest d;
	long n;
};
void run_digest_init(struct run_digest *run);
void run_digest_add(struct run_digest *run, const char *state);
void run_digest_hex(struct run_digest *run, char out[65]);

/* The run's row, at its start; within the caller's transaction.  Returns
 * a status. */
int audit_run_start(struct db *d, const char *berkas, const char *op, long long *id);
/* Its counts and the file's hash, and its event.  Returns a status. */
int audit_run_finish(struct db *d, long long id, const char *berkas, const char *op,
		     const char *sha256, const struct run_counts *c, struct run_digest *created);

/* What the run's event says of the run, as check compares it with the
 * impor row: the file, its SHA-256 and the counts. */
void audit_run_record(const char *berkas, const char *sha256, const struct run_counts *c,
		      char *out, size_t cap);

#endif
