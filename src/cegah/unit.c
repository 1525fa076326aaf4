/* The agency's units (unit.h). */
#include <stdio.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/unit.h"
#include "netral/io/csvimport.h"
#include "netral/util/text.h"

#define UNIT_DEF_(id, m, col, opt, type, flags, vocab) CEGAH_FIELD(struct unit, m, col, opt, type, flags, vocab),
#define UNIT_COL_(id, m, col, ...) col,
static const struct cegah_field fields[] = { UNIT_FIELDS(UNIT_DEF_) };
static const char *const cols[] = { UNIT_FIELDS(UNIT_COL_) NULL };
const struct cegah_record unit_record = {
	"unit", fields, UNIT_NF, cols, UNIT_NAMA, "NAME", sizeof(struct unit), "t.kunci", NULL
};

/* Per connection: the statements an import runs for every row. */
struct unit_state {
	sqlite3_stmt *get, *insert, *update;
};

static void unit_close(void *state)
{
	struct unit_state *s = state;

	sqlite3_finalize(s->get);
	sqlite3_finalize(s->insert);
	sqlite3_finalize(s->update);
}

static const struct db_module unit_module = { sizeof(struct unit_state), NULL, NULL, unit_close };

static void read_unit(sqlite3_stmt *st, struct unit *u)
{
	memset(u, 0, sizeof *u);
	cegah_read(&unit_record, st, u);
}

int unit_get(struct db *d, const char *nama, struct unit *out)
{
	struct unit_state *s = db_state(d, &unit_module);
	char kunci[512];
	sqlite3_stmt *st;
	int rc;

	if ((rc = cegah_statement(d, &unit_record, CEGAH_SELECT, "WHERE t.kunci = ?1", &s->get, &st)))
		return rc;
	text_key(nama, kunci, sizeof kunci);
	sqlite3_bind_text(st, 1, kunci, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_unit(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? NX_NOTFOUND : db_fail(d, _("cannot read the units"));
}

static int insert(struct db *d, struct unit_state *s, const char *op, struct unit *u,
		  const char *from)
{
	char kunci[512];
	sqlite3_stmt *st;
	int rc;

	if ((rc = cegah_statement(d, &unit_record, CEGAH_INSERT, "kunci, dibuat, diubah", &s->insert, &st)))
		return rc;
	/* a headcount not given is none yet */
	u->asn = u->asn < 0 ? 0 : u->asn;
	u->ppnpn = u->ppnpn < 0 ? 0 : u->ppnpn;
	text_key(u->nama, kunci, sizeof kunci);
	cegah_bind(&unit_record, st, u);
	sqlite3_bind_text(st, UNIT_NF + 1, kunci, -1, SQLITE_TRANSIENT);
	bind_text(st, UNIT_NF + 2, db_now(d));
	bind_text(st, UNIT_NF + 3, db_now(d));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot add the unit"));
	sqlite3_reset(st);
	if (rc)
		return rc;
	u->id = sqlite3_last_insert_rowid(d->h);
	return audit_record(d, op, "unit", u->id, NULL, from ? from : u->nama);
}

/* Whether field f differs between two units. */
static int differs(const struct unit *a, const struct unit *b, int f)
{
	char x[24], y[24];

	return strcmp(cegah_value(&unit_record, a, f, x), cegah_value(&unit_record, b, f, y)) != 0;
}

/* The last change of unit id: its day and operator, and whether an
 * import made it (its event says the FILE:LINE of a run's file).  0, or a
 * status. */
static int last_change(struct db *d, long long id, struct unit_kept *kept, int *from_import)
{
	char kolom[40];
	sqlite3_stmt *st;
	int rc;

	snprintf(kolom, sizeof kolom, "unit:%lld", id);
	if ((rc = db_prepare(d, "SELECT substr(e.waktu, 1, 10), e.operator, "
			     "EXISTS (SELECT 1 FROM impor i WHERE e.catatan GLOB i.berkas || ':[0-9]*') "
			     "FROM peristiwa e WHERE e.kasus_id IS NULL AND e.jenis = 'unit' AND e.kolom = ?1 "
			     "ORDER BY e.id DESC LIMIT 1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, kolom, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*from_import = 1;
	if (rc == SQLITE_ROW) {
		snprintf(kept->day, sizeof kept->day, "%s", col_text(st, 0));
		snprintf(kept->operator, sizeof kept->operator, "%s", col_text(st, 1));
		*from_import = sqlite3_column_int(st, 2);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the event log"));
}

/* An import of a unit corrected since by 'unit add' keeps the correction
 * field by field, unless forced: the fields kept are listed in kept. */
static int keep_correction(struct db *d, const struct unit *old, struct unit *u, struct unit_kept *kept)
{
	int from_import, rc;

	if ((rc = last_change(d, old->id, kept, &from_import)) || from_import)
		return rc;
	for (int f = UNIT_NAMA + 1; f < UNIT_NF; f++) {
		if (!differs(old, u, f))
			continue;
		kept->field[kept->n++] = f;
		if (!kept->force)
			cegah_copy_field(&unit_record, u, old, f);
	}
	return 0;
}

int unit_put(struct db *d, const char *op, const struct unit *in, const char *from,
	     struct unit_kept *kept, int *outcome, struct strbuf *said)
{
	struct unit_state *s = db_state(d, &unit_module);
	struct unit old, u = *in;
	char before[AUDIT_STATE_LEN];
	sqlite3_stmt *st;
	int rc = unit_get(d, in->nama, &old), same;

	if (rc == NX_NOTFOUND) {
		*outcome = IMPORT_NEW;
		return insert(d, s, op, &u, from);
	}
	if (rc)
		return rc;
	/* the name keeps its first spelling; the fields not given are kept */
	u.id = old.id;
	cegah_copy_field(&unit_record, &u, &old, UNIT_NAMA);
	for (int f = UNIT_NAMA + 1; f < UNIT_NF; f++)
		if (!(in->given & 1u << f))
			cegah_copy_field(&unit_record, &u, &old, f);
	if (from && (rc = keep_correction(d, &old, &u, kept)))
		return rc;
	same = cegah_changes(&unit_record, &old, &u, UNIT_NAMA + 1, said) == 0;
	*outcome = same ? IMPORT_SAME : IMPORT_UPDATED;
	if (same)
		return 0;
	if ((rc = audit_row_state(d, "unit", u.id, before)) ||
	    (rc = cegah_statement(d, &unit_record, CEGAH_UPDATE, "diubah", &s->update, &st)))
		return rc;
	cegah_bind(&unit_record, st, &u);
	bind_text(st, UNIT_NF + 1, db_now(d));
	sqlite3_bind_int64(st, UNIT_NF + 2, u.id);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot update the unit"));
	sqlite3_reset(st);
	return rc ? rc : audit_record(d, op, "unit", u.id, before, from ? from : u.nama);
}

/* Stores the unit's new name (and key) or active state, logged with the
 * reason. */
static int unit_store(struct db *d, const char *op, const struct unit *u, const char *nonaktif,
		      const char *alasan)
{
	char before[AUDIT_STATE_LEN], kunci[512];
	sqlite3_stmt *st;
	int rc;

	if ((rc = audit_row_state(d, "unit", u->id, before)) ||
	    (rc = db_prepare(d, "UPDATE unit SET nama = ?1, kunci = ?2, nonaktif = ?3, diubah = ?4 WHERE id = ?5", &st)))
		return rc;
	text_key(u->nama, kunci, sizeof kunci);
	sqlite3_bind_text(st, 1, u->nama, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, kunci, -1, SQLITE_TRANSIENT);
	bind_text(st, 3, nonaktif);
	bind_text(st, 4, db_now(d));
	sqlite3_bind_int64(st, 5, u->id);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot update the unit"));
	sqlite3_finalize(st);
	return rc ? rc : audit_record(d, op, "unit", u->id, before, alasan);
}

int unit_inactive(struct db *d, long long id, char day[DATE_ISO_LEN])
{
	sqlite3_stmt *st;
	int rc;

	*day = '\0';
	if ((rc = db_prepare(d, "SELECT nonaktif FROM unit WHERE id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		snprintf(day, DATE_ISO_LEN, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the units"));
}

int unit_rename(struct db *d, const char *op, const char *nama, const char *baru, const char *alasan,
		struct unit *u, char was[CEGAH_NAME_MAX + 1], struct err *e)
{
	char day[DATE_ISO_LEN], name[CEGAH_NAME_MAX + 1];
	struct unit other;
	long n;
	int rc;

	if ((rc = unit_get(d, nama, u)) || (rc = unit_inactive(d, u->id, day)))
		return rc;
	if ((n = text_field(baru, CEGAH_NAME_MAX, 0, name, sizeof name, e)) <= 0) {
		if (n == 0)
			err_set(e, _("required"));
		return -1;
	}
	rc = unit_get(d, name, &other);
	if (rc == 0 && other.id != u->id) {
		err_set(e, _("'%s' is the name of another unit, '%s' (deactivate one of them instead)"),
			name, other.nama);
		return -1;
	}
	if (rc && rc != NX_NOTFOUND)
		return rc;
	snprintf(was, CEGAH_NAME_MAX + 1, "%s", u->nama);
	snprintf(u->nama, sizeof u->nama, "%s", name);
	return unit_store(d, op, u, *day ? day : NULL, alasan);
}

int unit_set_active(struct db *d, const char *op, const char *nama, const char *today, int active,
		    const char *alasan, struct unit *u, int *changed)
{
	char day[DATE_ISO_LEN];
	int rc;

	*changed = 0;
	if ((rc = unit_get(d, nama, u)) || (rc = unit_inactive(d, u->id, day)))
		return rc;
	if ((*day == '\0') == (active != 0))
		return 0;
	*changed = 1;
	return unit_store(d, op, u, active ? NULL : today, alasan);
}

int unit_nearest(struct db *d, const char *nama, char out[CEGAH_NAME_MAX + 1])
{
	return cegah_nearest(d, &unit_record, UNIT_NAMA, nama, out);
}
