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

/* A case was created ('buat' by add, 'impor' by import).  The event holds
 * the fingerprint of the stored row: replaying the later events backwards
 * from the current row must arrive at it. */
int audit_created(struct db *d, long long id, const char *op,
		  const char *jenis, const char *fingerprint, const char *catatan);

/* One column changed; tanggal, when given, is the day it took effect. */
int audit_changed(struct db *d, long long id, const char *op,
		  const char *jenis, const char *kolom, const char *lama,
		  const char *baru, const char *catatan, const char *tanggal);

/* The events of a case, oldest first: fn gets waktu, operator, jenis,
 * kolom, lama, baru, catatan and tanggal ("" for none); a non-zero return
 * stops the walk and is returned. */
#define AUDIT_EVENT_COLS 8
extern const char *const audit_event_cols[AUDIT_EVENT_COLS];
int audit_events(struct db *d, long long id,
		 int (*fn)(void *ctx, const char *const *v), void *ctx);

#endif
