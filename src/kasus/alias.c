/* A merge's two cases and the aliases of the case kept (alias.h). */
#include <stdio.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/kasus/alias.h"
#include "netral/util/msg.h"

static void differ(struct strbuf *sb, const char *col, const char *a, const char *b)
{
	sb_printf(sb, "%s%s: %s ≠ %s", sb->len ? "; " : "", col, *a ? a : "-", *b ? b : "-");
}

int kasus_merge_differs(struct db *d, const char *into, const char *dup, struct strbuf *person,
			struct strbuf *act)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT a.nip, b.nip, a.nama, b.nama, orang(a.nama) = orang(b.nama), "
			     "a.tanggal_kejadian, b.tanggal_kejadian, a.bentuk, b.bentuk "
			     "FROM kasus a, kasus b WHERE a.nomor = ?1 AND b.nomor = ?2", &st)))
		return rc;
	sqlite3_bind_text(st, 1, into, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, dup, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *nip_a = col_text(st, 0), *nip_b = col_text(st, 1);

		/* the NIP names the person; without one on both, the name */
		if (*nip_a && *nip_b) {
			if (strcmp(nip_a, nip_b) != 0)
				differ(person, "nip", nip_a, nip_b);
		} else if (!sqlite3_column_int(st, 4)) {
			differ(person, "nama", col_text(st, 2), col_text(st, 3));
		}
		if (strcmp(col_text(st, 5), col_text(st, 6)) != 0)
			differ(act, "tanggal_kejadian", col_text(st, 5), col_text(st, 6));
		if (strcmp(col_text(st, 7), col_text(st, 8)) != 0)
			differ(act, "bentuk", col_text(st, 7), col_text(st, 8));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the cases"));
}

int kasus_alias_take(struct db *d, const char *op, const char *into, const char *dup,
		     const char *catatan)
{
	sqlite3_stmt *st;
	int rc, s, before;

	if ((rc = db_int(d, "SELECT coalesce(max(id), 0) FROM kasus_alias", &before)))
		return rc;
	/* the duplicate's own report, and those merged into it before; a
	 * roll-up's case is found by its origin's number only: no key */
	if ((rc = db_prepare(d, "INSERT INTO kasus_alias (kasus_id, dari_id, no_laporan, sumber, kunci, dibuat) "
			     "SELECT k.id, x.dari_id, x.no_laporan, x.sumber, x.kunci, ?3 FROM kasus k, ("
			     "SELECT 0 AS o, id AS dari_id, no_laporan, sumber, "
			     "CASE WHEN asal IS NULL THEN kunci END AS kunci FROM kasus WHERE nomor = ?2 "
			     "UNION ALL SELECT 1, a.dari_id, a.no_laporan, a.sumber, a.kunci FROM kasus_alias a "
			     "JOIN kasus g ON g.id = a.kasus_id WHERE g.nomor = ?2 ORDER BY 1, 2) x "
			     "WHERE k.nomor = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, into, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, dup, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, db_now(d), -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the aliases"));
	sqlite3_finalize(st);
	/* the rows just inserted, each logged */
	if (rc || (rc = db_prepare(d, "SELECT id FROM kasus_alias WHERE id > ?1 ORDER BY id", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, before);
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW)
		rc = audit_record(d, op, "kasus_alias", sqlite3_column_int64(st, 0), NULL, catatan);
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot record the aliases"));
	sqlite3_finalize(st);
	return rc;
}

/* An alias has no state of an older kind: it came with version 15. */
static void no_legacy(void *ctx, long long id, const char *state, const char *first,
		      const char *last, struct audit_report *rep)
{
	(void)ctx, (void)state, (void)first, (void)last;
	audit_problem(rep, _("kasus_alias %lld: its event holds no state of this version"), id);
}

int kasus_alias_verify(struct db *d, struct audit_report *rep)
{
	return audit_check_records(d, "kasus_alias", NULL, no_legacy, NULL, rep);
}

int kasus_alias_follow(struct db *d, const char *kunci, long long dari_id, char nomor[32])
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT g.nomor FROM kasus_alias a JOIN kasus g ON g.id = a.kasus_id "
			     "AND g.gabung_ke IS NULL WHERE a.kunci = ?1 AND a.dari_id = ?2 "
			     "ORDER BY a.id DESC LIMIT 1", &st)))
		return -rc;
	sqlite3_bind_text(st, 1, kunci, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, dari_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && nomor)
		snprintf(nomor, 32, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -db_fail(d, _("cannot read the cases"));
	return rc == SQLITE_ROW ? 2 : 1;
}
