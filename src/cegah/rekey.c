/* The keys of the records found by name, folded again (rekey.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/rekey.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/text.h"

struct key {
	long long id;
	char old[600], now[600];
};

typedef ARRAY(struct key) keys;

/* The records keyed by a name, and what their key is made of (a
 * signatory's: its NIP, unit and name). */
static const struct {
	const char *table, *sql;
} kinds[] = {
	{ "unit", "SELECT id, kunci, nama FROM unit ORDER BY id" },
	{ "daftar_asal", "SELECT id, kunci, nama FROM daftar_asal ORDER BY id" },
	{ "pakta", "SELECT id, kunci, nama, nip, unit_id FROM pakta ORDER BY id" },
};

/* The keys of a kind that fold otherwise now. */
static int differing(struct db *d, const char *sql, keys *out)
{
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = db_prepare(d, sql, &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		char now[600];

		if (sqlite3_column_count(st) == 3)
			text_key(col_text(st, 2), now, sizeof now);
		else
			pakta_key(col_text(st, 3), sqlite3_column_int64(st, 4), col_text(st, 2), now, sizeof now);
		if (strcmp(now, col_text(st, 1)) != 0) {
			struct key *k = ARRAY_PUSH(*out);

			k->id = sqlite3_column_int64(st, 0);
			snprintf(k->old, sizeof k->old, "%s", col_text(st, 1));
			snprintf(k->now, sizeof k->now, "%s", now);
		}
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the database"));
}

static int store(struct db *d, const char *table, const struct key *k, const char *op,
		 const char *catatan, struct strbuf *warn)
{
	char sql[96], before[AUDIT_STATE_LEN];
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = audit_row_state(d, table, k->id, before)))
		return rc;
	/* table is one of the code's own names, never a user's */
	snprintf(sql, sizeof sql, "UPDATE %s SET kunci = ?1 WHERE id = ?2", table);
	if ((rc = db_prepare(d, sql, &st)))
		return rc;
	sqlite3_bind_text(st, 1, k->now, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, k->id);
	s = sqlite3_step(st);
	sqlite3_finalize(st);
	if ((s & 0xff) == SQLITE_CONSTRAINT) {
		/* two records the old folding told apart: which one a name
		 * means is for a person to say, not an upgrade */
		sb_printf(warn, _("%s %lld: its name now folds as that of another; its key '%s' is kept"),
			  table, k->id, k->old);
		sb_putc(warn, '\n');
		return 0;
	}
	if (s != SQLITE_DONE)
		return db_fail(d, _("cannot fold the keys of names again"));
	return audit_record(d, op, table, k->id, before, catatan);
}

int cegah_rekey(struct db *d, const char *op, const char *catatan, struct strbuf *warn)
{
	int rc = 0;

	for (size_t i = 0; !rc && i < sizeof kinds / sizeof *kinds; i++) {
		keys v = { 0 };

		rc = differing(d, kinds[i].sql, &v);
		for (size_t j = 0; !rc && j < v.n; j++)
			rc = store(d, kinds[i].table, &v.v[j], op, catatan, warn);
		free(v.v);
	}
	return rc;
}
