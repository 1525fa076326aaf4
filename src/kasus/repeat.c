/* Finding the same act reported twice (repeat.h). */
#include <stdio.h>

#include "netral/kasus/repeat.h"
#include "netral/util/msg.h"

#define PERSON(t) KASUS_PERSON_SQL(t)
#define COUNTED(t) KASUS_COUNTED_SQL(t)

int kasus_repeat_of(struct db *d, long long id, char nomor[32])
{
	sqlite3_stmt *st;
	int rc;

	*nomor = '\0';
	if ((rc = db_prepare(d, "SELECT o.nomor FROM kasus k JOIN kasus o ON o.id < k.id "
			     "AND o.id IN " KASUS_BY_ORIGIN_SQL("nip IS k.nip AND tanggal_kejadian = "
								"k.tanggal_kejadian AND bentuk = k.bentuk")
			     " AND " COUNTED("o.") " AND " PERSON("o.") " = " PERSON("k.")
			     " WHERE k.id = ?1 ORDER BY o.id LIMIT 1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(nomor, 32, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the cases"));
}

int kasus_repeats(struct db *d, long long impor_id,
		  int (*fn)(void *ctx, long line, const char *nomor, const char *first), void *ctx)
{
	sqlite3_stmt *st;
	int rc, s;

	/* one pass over the cases of the run's days and acts, not a look-up
	 * per row: a bulk import stays one scan */
	if ((rc = db_prepare(d, "SELECT berkas_baris, nomor, first FROM ("
			     "SELECT impor_id, berkas_baris, nomor, first_value(nomor) OVER ("
			     "PARTITION BY tanggal_kejadian, bentuk, " PERSON("") " ORDER BY id) AS first "
			     "FROM kasus WHERE " COUNTED("") " AND (tanggal_kejadian, bentuk) IN "
			     "(SELECT tanggal_kejadian, bentuk FROM kasus WHERE impor_id = ?1)) "
			     "WHERE impor_id = ?1 AND nomor <> first ORDER BY berkas_baris", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, impor_id);
	rc = 0;
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW)
		rc = fn(ctx, sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2));
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot read the cases"));
	sqlite3_finalize(st);
	return rc;
}
