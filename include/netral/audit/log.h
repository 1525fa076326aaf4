/* The event log (peristiwa): every change to a case, appended in the same
 * transaction, with who made it and the old and new values. */
#ifndef NETRAL_AUDIT_LOG_H
#define NETRAL_AUDIT_LOG_H

#include "netral/db/db.h"
#include "netral/util/digest.h"

/* --operator, else $NETRAL_OPERATOR, else under sudo the user who ran
 * sudo ($SUDO_USER), else the login name, into out; the command resolves
 * it once (getpwuid reads /etc/passwd).  -1, reported,
 * for a name too long or with control characters. */
#define AUDIT_OPERATOR_MAX 64
int audit_operator(const char *opt, char out[AUDIT_OPERATOR_MAX]);

/* The digest of a record's state (util/digest.h), as creation events and
 * import runs hold it. */
#define AUDIT_STATE_LEN DIGEST_STATE_LEN

/* The chain: an event's link is the SHA-256 of the previous event's link
 * and of its own columns id, kasus_id, waktu, operator, jenis, kolom, lama,
 * baru, catatan, tanggal (digest_link).  Every event netral writes is
 * linked as it is written; since schema 11 an event without its link is
 * one written outside netral. */
#define AUDIT_LINK_COLS DIGEST_LINK_COLS
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
