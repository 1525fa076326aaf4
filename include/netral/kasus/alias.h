/* A merge's two cases: what tells them apart (the person, the day, the
 * act), and the aliases the case kept takes of the duplicate, its report
 * numbers and sources, by which an import finds it (store.h
 * kasus_find_key). */
#ifndef NETRAL_KASUS_ALIAS_H
#define NETRAL_KASUS_ALIAS_H

#include "netral/audit/verify.h"
#include "netral/db/db.h"
#include "netral/util/strbuf.h"

/* What differs between case into and case dup, as "column: a ≠ b; ...":
 * the person (the NIP where both have one, else the name as people write
 * it) into person, the incident's day and the act into act.  Returns a
 * status. */
int kasus_merge_differs(struct db *d, const char *into, const char *dup, struct strbuf *person,
			struct strbuf *act);

/* The case into takes dup's report number and source as an alias, and
 * the aliases dup had; each row logged with catatan.  Within the caller's
 * transaction; returns a status. */
int kasus_alias_take(struct db *d, const char *op, const char *into, const char *dup,
		     const char *catatan);

/* The case kept that a merged duplicate's key stands for, by its alias,
 * into nomor: 2, or 1 when it has none (nomor left as it was); minus a
 * status when the database fails. */
int kasus_alias_follow(struct db *d, const char *kunci, long long dari_id, char nomor[32]);

/* Each alias against its events (audit/record.h). */
int kasus_alias_verify(struct db *d, struct audit_report *rep);

#endif
