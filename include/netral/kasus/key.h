/* Telling cases apart: the idempotency key of an import, the person named,
 * and the fingerprint of the stored row that the event log holds. */
#ifndef NETRAL_KASUS_KEY_H
#define NETRAL_KASUS_KEY_H

#include "netral/audit/log.h"
#include "netral/kasus/kasus.h"
#include "netral/util/strbuf.h"

/* The idempotency key: no_laporan and the person, or the row's content;
 * for another agency's case (asal) its number there when the row has it. */
void kasus_key(const struct kasus *k, struct strbuf *out);

/* The person, for duplicate messages: NIP, else NIK, else the name. */
const char *kasus_person(const struct kasus *k);

/* A case as its row stores it: text, or NULL for SQL NULL; the integer
 * columns as decimal text.  The bookkeeping columns are left NULL. */
struct kasus_row {
	const char *v[COL_COUNT];
	char usia[12];
};

void kasus_row_of(const struct kasus *k, struct kasus_row *row);

/* The state of a row: every stored column but the row id, the time of its
 * last change and the state an import run recorded, in catalogue order, v
 * indexed by column (util/digest.h).  What a creation event and an import
 * run hold.  kasus_state_place gives the column at a place of the digest
 * (digest_place), or -1. */
int kasus_state_column(int c);
void kasus_state(const char *const *v, char out[AUDIT_STATE_LEN]);
int kasus_state_place(int place);
/* The same state of the third kind ("3:"), recorded before schema 15. */
void kasus_state_v3(const char *const *v, char out[AUDIT_STATE_LEN]);
/* The states recorded before schema 11 ("2:"), and the fingerprints of
 * events written before schema 4: the columns with a place in the audit
 * order (kasus/column.h).  Only read back. */
void kasus_state_v2(const char *const *v, char out[DIGEST_STATE_V2_LEN]);
void kasus_fingerprint_v1(const char *const *v, char hex[65]);

#endif
