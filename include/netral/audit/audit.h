/* The event log (peristiwa): every change to a case, appended in the same
 * transaction, with who made it and the old and new values. */
#ifndef NETRAL_AUDIT_H
#define NETRAL_AUDIT_H

#include "netral/db/db.h"

/* The columns the log follows, in fingerprint order. */
extern const char *const audit_cols[];
extern const int audit_ncols;

/* --operator, else $NETRAL_OPERATOR, else the login name. */
const char *audit_operator(const char *opt);

/* A case's state as 32 hex digits (SHA-256 truncated to 128 bits) of the
 * audit_cols values, NULL for none; hex needs 65 bytes. */
void audit_fingerprint(const char *const *vals, char hex[65]);

/* A case was created ('buat' by add, 'impor' by import).  The event holds
 * the fingerprint of the stored row (kasus_audit_fingerprint): replaying
 * the later events backwards from the current row must arrive at it. */
int audit_created(struct db *d, long long id, const char *op,
		  const char *jenis, const char *fingerprint, const char *catatan);

/* One column changed; tanggal, when given, is the day it took effect. */
int audit_changed(struct db *d, long long id, const char *op,
		  const char *jenis, const char *kolom, const char *lama,
		  const char *baru, const char *catatan, const char *tanggal);

#endif
