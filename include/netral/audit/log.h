/* The event log (peristiwa): every change to a case, appended in the same
 * transaction, with who made it and the old and new values. */
#ifndef NETRAL_AUDIT_LOG_H
#define NETRAL_AUDIT_LOG_H

#include "netral/db/db.h"

/* --operator, else $NETRAL_OPERATOR, else the login name, into out; the
 * command resolves it once (getpwuid reads /etc/passwd).  -1, reported,
 * for a name too long or with control characters. */
#define AUDIT_OPERATOR_MAX 64
int audit_operator(const char *opt, char out[AUDIT_OPERATOR_MAX]);

/* A state as 32 hex digits (SHA-256 truncated to 128 bits) of n values
 * (the followed columns in their order, kasus/column.h), NULL for none;
 * hex needs 65 bytes. */
void audit_fingerprint(const char *const *vals, int n, char hex[65]);

/* The digest of a case's whole state (every stored column but its row id
 * and the time of its last change, in catalogue order): "2:" and 32 hex
 * digits, so that a fingerprint of the older kind (32 hex digits over
 * fewer columns) is told apart. */
#define AUDIT_STATE_LEN 35
void audit_state_digest(const char *const *vals, int n, char out[AUDIT_STATE_LEN]);

/* The chain: an event's link is the SHA-256 of the previous event's link
 * and of its own columns id, kasus_id, waktu, operator, jenis, kolom, lama,
 * baru, catatan, tanggal (as text, NULL for none). */
#define AUDIT_LINK_COLS 10
void audit_link(const char *prev, const char *const ev[AUDIT_LINK_COLS], char out[65]);
/* Links the events written before the chain (schema 4); within the
 * caller's transaction.  Returns a status. */
int audit_chain_fill(struct db *d);
/* The last event's link and id ("" and 0 for an empty log). */
int audit_head(struct db *d, char out[65], long long *id);

/* An import run: one event, no case of its own, holding the run's id,
 * the digest of the cases it created in line order and its record (file,
 * hash, counts) as record. */
int audit_run(struct db *d, const char *op, long long impor_id, const char *digest,
	      const char *record);

/* A case was created ('buat' by add, 'impor' by import).  The event holds
 * the fingerprint of the stored row: replaying the later events backwards
 * from the current row must arrive at it. */
int audit_created(struct db *d, long long id, const char *op,
		  const char *jenis, const char *fingerprint, const char *catatan);

/* One column changed; tanggal, when given, is the day it took effect. */
int audit_changed(struct db *d, long long id, const char *op,
		  const char *jenis, const char *kolom, const char *lama,
		  const char *baru, const char *catatan, const char *tanggal);

/* A record that is not a case was created or changed: a unit, an
 * activity, a signatory of the pact, a permit.  No case of its own:
 * jenis is the record's kind, kolom names it ("unit:12"), lama and baru
 * are the digests of its state before and after (lama NULL when created),
 * catatan says what it is without personal data. */
int audit_object(struct db *d, const char *op, const char *jenis, const char *kolom,
		 const char *lama, const char *baru, const char *catatan);
/* The kinds of event, NULL-terminated: buat, impor, ubah, status, ... */
extern const char *const audit_kinds[];
int audit_kind_known(const char *jenis);

/* Which events to walk: those of one case (kasus_id), oldest first, or of
 * every case, newest first; NULL filters select everything. */
struct audit_filter {
	long long kasus_id;     /* 0: every case */
	const char *since, *until; /* days of waktu (UTC), inclusive */
	const char *operator, *jenis;
	long limit;             /* 0: no limit */
};

/* fn gets waktu, operator, jenis, kolom, lama, baru, catatan and tanggal
 * ("" for none), after the case number ("" for an import run) when the
 * walk is over every case; a non-zero return stops it and is returned. */
#define AUDIT_EVENT_COLS 8
extern const char *const audit_event_cols[AUDIT_EVENT_COLS];
int audit_events(struct db *d, const struct audit_filter *f,
		 int (*fn)(void *ctx, const char *const *v), void *ctx);

#endif
