/* The origins of a roll-up (asal.h). */
#include <stdio.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/asal.h"
#include "netral/util/text.h"

#define ASAL_DEF_(id, m, col, opt, type, flags, vocab) CEGAH_FIELD(struct asal, m, col, opt, type, flags, vocab),
#define ASAL_COL_(id, m, col, ...) col,
static const struct cegah_field fields[] = { ASAL_FIELDS(ASAL_DEF_) };
static const char *const cols[] = { ASAL_FIELDS(ASAL_COL_) NULL };
const struct cegah_record asal_record = {
	"daftar_asal", fields, ASAL_NF, cols, ASAL_NAMA, "NAME", sizeof(struct asal), "t.kode", NULL
};

/* The chain head of the last exchange file taken from origin a. */
static int last_head(struct db *d, struct asal *a)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT coalesce(rantai, '') FROM daftar_asal WHERE id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, a->id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		snprintf(a->rantai, sizeof a->rantai, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_fail(d, _("cannot read the origins"));
}

/* The origin of that code, or whose name folds to kunci: 0, NX_NOTFOUND,
 * or a status. */
static int lookup(struct db *d, const char *kode, const char *kunci, struct asal *out)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = cegah_statement(d, &asal_record, CEGAH_SELECT,
				  "WHERE t.kode = ?1 OR t.kunci = ?2 ORDER BY t.kode = ?1 DESC", NULL, &st)))
		return rc;
	sqlite3_bind_text(st, 1, kode, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, kunci, -1, SQLITE_STATIC);
	memset(out, 0, sizeof *out);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		cegah_read(&asal_record, st, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return last_head(d, out);
	return rc == SQLITE_DONE ? NX_NOTFOUND : db_fail(d, _("cannot read the origins"));
}

int asal_add(struct db *d, const char *op, struct asal *a)
{
	struct asal old;
	char kunci[512];
	sqlite3_stmt *st;
	int rc;

	text_key(a->nama, kunci, sizeof kunci);
	if ((rc = lookup(d, a->kode, kunci, &old)) != NX_NOTFOUND)
		return rc ? rc : fail(NX_DATA, _("'%s' is registered already as '%s' (%s)"),
				      strcmp(old.kode, a->kode) == 0 ? a->kode : a->nama, old.nama, old.kode);
	if ((rc = cegah_statement(d, &asal_record, CEGAH_INSERT, "kunci, dibuat, diubah", NULL, &st)))
		return rc;
	cegah_bind(&asal_record, st, a);
	sqlite3_bind_text(st, ASAL_NF + 1, kunci, -1, SQLITE_TRANSIENT);
	bind_text(st, ASAL_NF + 2, db_now(d));
	bind_text(st, ASAL_NF + 3, db_now(d));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot add the origin"));
	sqlite3_finalize(st);
	if (rc)
		return rc;
	a->id = sqlite3_last_insert_rowid(d->h);
	return audit_record(d, op, "daftar_asal", a->id, NULL, a->nama);
}

int asal_find(struct db *d, const char *opt, const char *text, struct asal *out)
{
	char kunci[512], near[CEGAH_NAME_MAX + 1];
	int rc;

	text_key(text, kunci, sizeof kunci);
	if ((rc = lookup(d, text, kunci, out)) != NX_NOTFOUND)
		return rc;
	if ((rc = cegah_nearest(d, &asal_record, ASAL_NAMA, text, near)))
		return rc;
	if (*near)
		return fail(NX_USAGE, _("%s: '%s' is not a registered origin; did you mean '%s'?"),
			    opt, text, near);
	return fail(NX_USAGE, _("%s: '%s' is not a registered origin ('netral asal add' registers it)"),
		    opt, text);
}

int asal_received(struct db *d, const char *op, const struct asal *a, const char *rantai,
		  const char *dikirim)
{
	char before[AUDIT_STATE_LEN];
	sqlite3_stmt *st;
	int rc;

	if ((rc = audit_row_state(d, "daftar_asal", a->id, before)) ||
	    (rc = db_prepare(d, "UPDATE daftar_asal SET rantai = ?1, dikirim = ?2, diubah = ?3 WHERE id = ?4", &st)))
		return rc;
	bind_text(st, 1, rantai);
	bind_text(st, 2, dikirim);
	bind_text(st, 3, db_now(d));
	sqlite3_bind_int64(st, 4, a->id);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the exchange file"));
	sqlite3_finalize(st);
	return rc ? rc : audit_record(d, op, "daftar_asal", a->id, before, a->nama);
}
