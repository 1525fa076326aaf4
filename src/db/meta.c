/* The meta table: what netral keeps of its own bookkeeping (db.h). */
#include <stdio.h>

#include "netral/db/db.h"
#include "netral/util/msg.h"

int db_meta_get(struct db *d, const char *key, char *out, size_t cap)
{
	sqlite3_stmt *st;
	int rc;

	*out = '\0';
	if ((rc = db_prepare(d, "SELECT nilai FROM meta WHERE kunci = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(out, cap, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the database"));
}

int db_meta_set(struct db *d, const char *key, const char *value)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "INSERT INTO meta (kunci, nilai) VALUES (?1, ?2) "
			     "ON CONFLICT (kunci) DO UPDATE SET nilai = excluded.nilai", &st)))
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot write to the database"));
	sqlite3_finalize(st);
	return rc;
}

int db_meta_delete(struct db *d, const char *key)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "DELETE FROM meta WHERE kunci = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot write to the database"));
}
