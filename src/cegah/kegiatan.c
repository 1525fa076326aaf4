/* Prevention activities and the pact's signatories (kegiatan.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/kegiatan.h"
#include "netral/util/text.h"

#define KEGIATAN_DEF_(id, m, col, opt, type, flags, vocab) \
	CEGAH_FIELD(struct kegiatan, m, col, opt, type, flags, vocab),
#define PAKTA_DEF_(id, m, col, opt, type, flags, vocab) \
	CEGAH_FIELD(struct pakta, m, col, opt, type, flags, vocab),
#define COL_(id, m, col, ...) col,
static const struct cegah_field kegiatan_fields[] = { KEGIATAN_FIELDS(KEGIATAN_DEF_) };
static const char *const kegiatan_cols[] = { KEGIATAN_FIELDS(COL_) NULL };
const struct cegah_record kegiatan_record = {
	"kegiatan", kegiatan_fields, KEG_NF, kegiatan_cols, -1, "UNIT", sizeof(struct kegiatan),
	"u.kunci, t.tanggal, t.id", "t.batal_alasan IS NULL"
};
static const struct cegah_field pakta_fields[] = { PAKTA_FIELDS(PAKTA_DEF_) };
static const char *const pakta_cols[] = { PAKTA_FIELDS(COL_) NULL };
const struct cegah_record pakta_record = {
	"pakta", pakta_fields, PAKTA_NF, pakta_cols, -1, NULL, sizeof(struct pakta),
	"u.kunci, t.tanggal, t.id", "t.batal_alasan IS NULL"
};

/* Per connection: the statements an import runs for every row. */
struct kegiatan_state {
	sqlite3_stmt *insert, *find, *pakta, *signed_in;
};

static void kegiatan_close(void *state)
{
	struct kegiatan_state *s = state;

	sqlite3_finalize(s->insert);
	sqlite3_finalize(s->find);
	sqlite3_finalize(s->pakta);
	sqlite3_finalize(s->signed_in);
}

static const struct db_module kegiatan_module = {
	sizeof(struct kegiatan_state), NULL, NULL, kegiatan_close
};

int kegiatan_add(struct db *d, const char *op, struct kegiatan *k, const char *from, int *outcome)
{
	struct kegiatan_state *s = db_state(d, &kegiatan_module);
	char what[CEGAH_NAME_MAX + 64];
	sqlite3_stmt *st;
	int rc;

	/* the same kind, day and contest again for a unit: once */
	if ((rc = cegah_statement(d, &kegiatan_record, CEGAH_INSERT_ONCE, "dibuat", &s->insert, &st)))
		return rc;
	cegah_bind(&kegiatan_record, st, k);
	bind_text(st, KEG_NF + 1, db_now(d));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the activity"));
	sqlite3_reset(st);
	if (rc)
		return rc;
	if (sqlite3_changes(d->h) == 0) {
		*outcome = IMPORT_SAME;
		return 0;
	}
	*outcome = IMPORT_NEW;
	k->id = sqlite3_last_insert_rowid(d->h);
	snprintf(what, sizeof what, "%s %s %s", k->unit, k->jenis, k->tanggal);
	return audit_record(d, op, "kegiatan", k->id, NULL, from ? from : what);
}

int kegiatan_find(struct db *d, const struct kegiatan *k, struct kegiatan *out)
{
	struct kegiatan_state *s = db_state(d, &kegiatan_module);
	sqlite3_stmt *st;
	int rc;

	/* prepared once: an import asks it of every row it has already */
	if ((rc = cegah_statement(d, &kegiatan_record, CEGAH_SELECT, "WHERE t.unit_id = ?1 AND t.jenis = ?2 "
				  "AND t.tanggal = ?3 AND coalesce(t.pemilihan, '') = ?4 AND t.batal_alasan IS NULL",
				  &s->find, &st)))
		return rc;
	sqlite3_bind_int64(st, 1, k->unit_id);
	sqlite3_bind_text(st, 2, k->jenis, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, k->tanggal, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, k->pemilihan, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		memset(out, 0, sizeof *out);
		cegah_read(&kegiatan_record, st, out);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? NX_NOTFOUND : db_fail(d, _("cannot read the activities"));
}

/* The activity k names as recorded (old), and as k would have it (now):
 * the key (unit, kind, day, contest) names it, the rest as given; what
 * differs onto said, how many in *changed.  Returns a status. */
static int as_given(struct db *d, const struct kegiatan *k, struct kegiatan *old,
		    struct kegiatan *now, struct strbuf *said, int *changed)
{
	int rc;

	if ((rc = kegiatan_find(d, k, old)))
		return rc;
	*now = *old;
	for (int f = KEG_PESERTA; f < KEG_NF; f++)
		if (f != KEG_PEMILIHAN && (k->given & 1u << f))
			cegah_copy_field(&kegiatan_record, now, k, f);
	*changed = cegah_changes(&kegiatan_record, old, now, KEG_PESERTA, said);
	return 0;
}

int kegiatan_differs(struct db *d, const struct kegiatan *k, struct strbuf *said)
{
	struct kegiatan old, now;
	int changed;

	return as_given(d, k, &old, &now, said, &changed);
}

int kegiatan_correct(struct db *d, const char *op, const struct kegiatan *k, const char *alasan,
		     struct strbuf *said)
{
	struct kegiatan old, now;
	char before[AUDIT_STATE_LEN];
	sqlite3_stmt *st;
	int rc, changed;

	if ((rc = as_given(d, k, &old, &now, said, &changed)))
		return rc;
	if (!changed)
		return 0;
	if ((rc = audit_row_state(d, "kegiatan", old.id, before)) ||
	    (rc = cegah_statement(d, &kegiatan_record, CEGAH_UPDATE, NULL, NULL, &st)))
		return rc;
	cegah_bind(&kegiatan_record, st, &now);
	sqlite3_bind_int64(st, KEG_NF + 1, old.id);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the activity"));
	sqlite3_finalize(st);
	return rc ? rc : audit_record(d, op, "kegiatan", old.id, before, alasan);
}

int kegiatan_void(struct db *d, const char *op, const struct kegiatan *k, const char *alasan)
{
	struct kegiatan old;
	int rc;

	if ((rc = kegiatan_find(d, k, &old)))
		return rc;
	return cegah_void(d, op, &kegiatan_record, old.id, alasan);
}

/* The unit of an earlier signature by the same person and contest:
 * 0 with *unit_id set, NX_NOTFOUND, or a status. */
static int signed_before(struct db *d, struct kegiatan_state *s, const struct pakta *p,
			 const char *kunci, long long *unit_id, char *unit, size_t n)
{
	sqlite3_stmt *st;
	int rc;

	/* a signature that names no contest counts for every contest its day
	 * is in: it meets one that names a contest, either way round */
	if ((rc = db_cached(d, &s->signed_in, "SELECT p.unit_id, u.nama FROM pakta p JOIN unit u "
			    "ON u.id = p.unit_id WHERE p.kunci = ?2 AND p.batal_alasan IS NULL AND (coalesce(p.pemilihan, '') = ?1 "
			    "OR p.pemilihan IS NULL OR ?1 = '') ORDER BY p.id LIMIT 1",
			    &st)))
		return rc;
	sqlite3_bind_text(st, 1, p->pemilihan, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, kunci, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*unit_id = sqlite3_column_int64(st, 0);
		snprintf(unit, n, "%s", col_text(st, 1));
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? NX_NOTFOUND : db_fail(d, _("cannot read the signatories"));
}

void pakta_key(const char *nip, long long unit_id, const char *nama, char *out, size_t n)
{
	char folded[512];

	if (*nip) {
		snprintf(out, n, "%s", nip);
		return;
	}
	text_key(nama, folded, sizeof folded);
	snprintf(out, n, "%lld:%s", unit_id, folded);
}

int pakta_add(struct db *d, const char *op, struct pakta *p, const char *from, int *outcome,
	      struct err *e)
{
	struct kegiatan_state *s = db_state(d, &kegiatan_module);
	char kunci[600], unit[CEGAH_NAME_MAX + 1];
	long long other = 0;
	sqlite3_stmt *st;
	int rc;

	pakta_key(p->nip, p->unit_id, p->nama, kunci, sizeof kunci);
	rc = signed_before(d, s, p, kunci, &other, unit, sizeof unit);
	if (rc == 0 && other == p->unit_id) {
		*outcome = IMPORT_SAME;
		return 0;
	}
	if (rc == 0) {
		err_set(e, _("%s signed already (%s)"), p->nip, unit);
		return err_at(e, PAKTA_NIP);
	}
	if (rc != NX_NOTFOUND)
		return rc;
	if ((rc = cegah_statement(d, &pakta_record, CEGAH_INSERT, "kunci, dibuat", &s->pakta, &st)))
		return rc;
	cegah_bind(&pakta_record, st, p);
	sqlite3_bind_text(st, PAKTA_NF + 1, kunci, -1, SQLITE_TRANSIENT);
	bind_text(st, PAKTA_NF + 2, db_now(d));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the signatory"));
	sqlite3_reset(st);
	if (rc)
		return rc;
	*outcome = IMPORT_NEW;
	p->id = sqlite3_last_insert_rowid(d->h);
	/* the unit, not the person: the history names no one */
	return audit_record(d, op, "pakta", p->id, NULL, from ? from : p->unit);
}

int pakta_find(struct db *d, const char *nip, const char *nama, const char *pemilihan,
	       struct pakta *out, int *count)
{
	char folded[512];
	sqlite3_stmt *st;
	int rc, s;

	*count = 0;
	if ((rc = cegah_statement(d, &pakta_record, CEGAH_SELECT, "WHERE t.batal_alasan IS NULL AND "
				  "(t.nip = ?1 OR (t.nip IS NULL AND t.kunci = t.unit_id || ':' || ?2)) "
				  "AND (?3 = '' OR coalesce(t.pemilihan, '') = ?3) ORDER BY t.id", NULL, &st)))
		return rc;
	text_key(nama, folded, sizeof folded);
	sqlite3_bind_text(st, 1, nip, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, *nip ? "" : folded, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, pemilihan, -1, SQLITE_STATIC);
	while ((s = sqlite3_step(st)) == SQLITE_ROW)
		if ((*count)++ == 0) {
			memset(out, 0, sizeof *out);
			cegah_read(&pakta_record, st, out);
		}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the signatories"));
}

int pakta_correct(struct db *d, const char *op, const struct pakta *old, const struct pakta *now,
		  const char *alasan, struct strbuf *said)
{
	char before[AUDIT_STATE_LEN], kunci[600];
	sqlite3_stmt *st;
	int rc;

	if (!cegah_changes(&pakta_record, old, now, 0, said))
		return 0;
	if ((rc = audit_row_state(d, "pakta", old->id, before)) ||
	    (rc = cegah_statement(d, &pakta_record, CEGAH_UPDATE, "kunci", NULL, &st)))
		return rc;
	pakta_key(now->nip, now->unit_id, now->nama, kunci, sizeof kunci);
	cegah_bind(&pakta_record, st, now);
	sqlite3_bind_text(st, PAKTA_NF + 1, kunci, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, PAKTA_NF + 2, old->id);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the signatory"));
	sqlite3_finalize(st);
	return rc ? rc : audit_record(d, op, "pakta", old->id, before, alasan);
}
