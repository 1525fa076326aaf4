/* What is read of a case beside its fields (store.h): its row id, the
 * last change of a column and the last move, its bookkeeping, the numbers
 * of the cases.  One statement each, prepared when asked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

int kasus_id_of(struct db *d, const char *nomor, long long *id)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT id FROM kasus WHERE nomor = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, nomor, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? fail(NX_NOTFOUND, _("no case '%s'"), nomor) :
		       db_fail(d, _("cannot read the case"));
	return 0;
}

int kasus_last_change(struct db *d, long long id, const char *kolom, struct last_change *out)
{
	sqlite3_stmt *st;
	int rc;

	/* an update from a file says FILE:LINE: a file an import run read */
	if ((rc = db_prepare(d, "SELECT e.jenis, e.operator, substr(e.waktu, 1, 10), e.baru, "
			     "EXISTS (SELECT 1 FROM impor i WHERE e.catatan GLOB i.berkas || ':[0-9]*') "
			     "FROM peristiwa e WHERE e.kasus_id = ?1 AND e.kolom = ?2 ORDER BY e.id DESC LIMIT 1",
			     &st)))
		return -rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, kolom, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		snprintf(out->jenis, sizeof out->jenis, "%s", col_text(st, 0));
		snprintf(out->operator, sizeof out->operator, "%s", col_text(st, 1));
		snprintf(out->day, sizeof out->day, "%s", col_text(st, 2));
		out->from_import = sqlite3_column_int(st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -db_fail(d, _("cannot read the event log"));
	return rc == SQLITE_ROW;
}

int kasus_last_move(struct db *d, long long id, char out[16])
{
	sqlite3_stmt *st;
	int rc;

	*out = '\0';
	if ((rc = db_prepare(d, "SELECT tanggal FROM peristiwa WHERE kasus_id = ?1 AND jenis = 'status' "
			     "AND tanggal IS NOT NULL ORDER BY id DESC LIMIT 1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(out, 16, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the history"));
}

int kasus_meta(struct db *d, long long id, struct kasus_meta *m)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT k.nomor, i.berkas, i.sha256, k.berkas_baris, k.dibuat, "
			     "k.diubah, (SELECT group_concat(g.nomor, ', ') FROM kasus g "
			     "WHERE g.gabung_ke = k.nomor), (SELECT group_concat(coalesce(a.no_laporan, '-') || ' ' || "
			     "coalesce(a.sumber, '-') || ' (' || g.nomor || ')', '; ') FROM kasus_alias a JOIN kasus g "
			     "ON g.id = a.dari_id AND g.gabung_ke IS NOT NULL WHERE a.kasus_id = k.id) FROM kasus k "
			     "LEFT JOIN impor i ON i.id = k.impor_id WHERE k.id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = db_fail(d, _("cannot read the case"));
		sqlite3_finalize(st);
		return rc;
	}
	snprintf(m->nomor, sizeof m->nomor, "%s", col_text(st, 0));
	snprintf(m->berkas, sizeof m->berkas, "%s", col_text(st, 1));
	snprintf(m->sha256, sizeof m->sha256, "%s", col_text(st, 2));
	snprintf(m->baris, sizeof m->baris, "%s", col_text(st, 3));
	snprintf(m->dibuat, sizeof m->dibuat, "%s", col_text(st, 4));
	snprintf(m->diubah, sizeof m->diubah, "%s", col_text(st, 5));
	snprintf(m->gabungan, sizeof m->gabungan, "%s", col_text(st, 6));
	snprintf(m->alias, sizeof m->alias, "%s", col_text(st, 7));
	sqlite3_finalize(st);
	return 0;
}

int kasus_numbers(struct db *d, int inferred_only, char (**out)[32], size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc, s;

	*out = NULL;
	*n = 0;
	if ((rc = db_prepare(d, "SELECT nomor FROM kasus WHERE ?1 = 0 OR "
			     "pemilihan_disimpulkan = 1 OR pemilihan IS NULL ORDER BY id", &st)))
		return rc;
	sqlite3_bind_int(st, 1, inferred_only);
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap)
			*out = array_grow(*out, &cap, sizeof **out);
		snprintf((*out)[(*n)++], 32, "%s", col_text(st, 0));
	}
	sqlite3_finalize(st);
	if (s != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		return db_fail(d, _("cannot read the cases"));
	}
	return 0;
}
