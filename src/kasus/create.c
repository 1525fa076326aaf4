/* A new case (create.h). */
#include "netral/audit/log.h"
#include "netral/kasus/column.h"
#include "netral/kasus/create.h"
#include "netral/kasus/key.h"
#include "netral/kasus/repeat.h"
#include "netral/util/strbuf.h"

/* The state as stored: the row with its number, key and time. */
static void created_state(struct db *d, const struct kasus *k, const char *nomor, const char *kunci,
			  char state[AUDIT_STATE_LEN])
{
	struct kasus_row row;

	kasus_row_of(k, &row);
	row.v[COL_NOMOR] = nomor;
	row.v[COL_KUNCI] = kunci;
	row.v[COL_DIBUAT] = db_now(d);
	kasus_state(row.v, state);
}

int kasus_create(struct db *d, const struct kasus *k, const char *op, struct provenance *p,
		 char nomor[32], long long *id, char repeat[32])
{
	struct strbuf key = STRBUF_INIT;
	char state[AUDIT_STATE_LEN];
	int rc;

	if (repeat)
		repeat[0] = '\0';
	if (p || k->v[F_NO_LAPORAN])
		kasus_key(k, &key);
	rc = kasus_insert(d, k, p, key.len ? key.buf : NULL, nomor, id);
	if (!rc && *id && !p) {
		created_state(d, k, nomor, key.len ? key.buf : NULL, state);
		if (!(rc = audit_created(d, *id, op, "buat", state, NULL)) && repeat)
			rc = kasus_repeat_of(d, *id, repeat);
	}
	sb_free(&key);
	return rc;
}
