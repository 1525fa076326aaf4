/* The agency's units (unit.h). */
#include <stdio.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/field.h"
#include "netral/cegah/unit.h"
#include "netral/io/csvimport.h"
#include "netral/util/distance.h"

const char *const unit_cols[UNIT_NF + 1] = { "nama", "kepala", "jumlah_asn", "jumlah_ppnpn", NULL };

int unit_parse(const char *const v[UNIT_NF], struct unit *u, struct err *e)
{
	memset(u, 0, sizeof *u);
	for (int f = 0; f < UNIT_NF; f++) {
		const char *s = v[f] ? v[f] : "";
		long n;

		if (f != UNIT_NAMA && !*s)
			continue;
		u->given |= 1u << f;
		switch (f) {
		case UNIT_NAMA:
		case UNIT_KEPALA:
			if (cegah_text(s, UNIT_NAMA_MAX, 1, 0, e) < 0)
				return err_at(e, f);
			snprintf(f == UNIT_NAMA ? u->nama : u->kepala, UNIT_NAMA_MAX + 1, "%s", s);
			break;
		default:
			if (cegah_count(s, &n, e) < 0)
				return err_at(e, f);
			*(f == UNIT_ASN ? &u->asn : &u->ppnpn) = n;
		}
	}
	return 0;
}

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
	u->id = sqlite3_column_int64(st, 0);
	snprintf(u->nama, sizeof u->nama, "%s", col_text(st, 1));
	snprintf(u->kepala, sizeof u->kepala, "%s", col_text(st, 2));
	u->asn = (long)sqlite3_column_int64(st, 3);
	u->ppnpn = (long)sqlite3_column_int64(st, 4);
	u->given = 0;
}

int unit_get(struct db *d, const char *nama, struct unit *out)
{
	struct unit_state *s = db_state(d, &unit_module);
	char kunci[512];
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_cached(d, &s->get, "SELECT id, nama, kepala, jumlah_asn, jumlah_ppnpn FROM unit "
			    "WHERE kunci = ?1", &st)))
		return rc;
	cegah_kunci(nama, kunci, sizeof kunci);
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

	if ((rc = db_cached(d, &s->insert, "INSERT INTO unit (nama, kunci, kepala, jumlah_asn, "
			    "jumlah_ppnpn, dibuat, diubah) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", &st)))
		return rc;
	cegah_kunci(u->nama, kunci, sizeof kunci);
	bind_text(st, 1, u->nama);
	sqlite3_bind_text(st, 2, kunci, -1, SQLITE_TRANSIENT);
	bind_text(st, 3, u->kepala);
	sqlite3_bind_int64(st, 4, u->asn);
	sqlite3_bind_int64(st, 5, u->ppnpn);
	bind_text(st, 6, db_now(d));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot add the unit"));
	sqlite3_reset(st);
	if (rc)
		return rc;
	u->id = sqlite3_last_insert_rowid(d->h);
	return audit_record(d, op, "unit", u->id, NULL, from ? from : u->nama);
}

/* What an update changes, field by field. */
static void say_changes(const struct unit *old, const struct unit *u, struct strbuf *said)
{
	size_t start = said->len;

	if (strcmp(old->kepala, u->kepala) != 0)
		sb_printf(said, "kepala: %s → %s", *old->kepala ? old->kepala : "-", *u->kepala ? u->kepala : "-");
	if (old->asn != u->asn)
		sb_printf(said, "%sjumlah_asn: %ld → %ld", said->len > start ? "; " : "", old->asn, u->asn);
	if (old->ppnpn != u->ppnpn)
		sb_printf(said, "%sjumlah_ppnpn: %ld → %ld", said->len > start ? "; " : "", old->ppnpn, u->ppnpn);
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
	if (strcmp(old->kepala, u->kepala) != 0) {
		kept->field[kept->n++] = UNIT_KEPALA;
		if (!kept->force)
			snprintf(u->kepala, sizeof u->kepala, "%s", old->kepala);
	}
	if (old->asn != u->asn) {
		kept->field[kept->n++] = UNIT_ASN;
		if (!kept->force)
			u->asn = old->asn;
	}
	if (old->ppnpn != u->ppnpn) {
		kept->field[kept->n++] = UNIT_PPNPN;
		if (!kept->force)
			u->ppnpn = old->ppnpn;
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
	int rc = unit_get(d, in->nama, &old);

	if (rc == NX_NOTFOUND) {
		*outcome = IMPORT_NEW;
		return insert(d, s, op, &u, from);
	}
	if (rc)
		return rc;
	/* the name keeps its first spelling; the fields not given are kept */
	u.id = old.id;
	snprintf(u.nama, sizeof u.nama, "%s", old.nama);
	if (!(in->given & 1u << UNIT_KEPALA))
		snprintf(u.kepala, sizeof u.kepala, "%s", old.kepala);
	if (!(in->given & 1u << UNIT_ASN))
		u.asn = old.asn;
	if (!(in->given & 1u << UNIT_PPNPN))
		u.ppnpn = old.ppnpn;
	if (from && (rc = keep_correction(d, &old, &u, kept)))
		return rc;
	*outcome = strcmp(old.kepala, u.kepala) == 0 && old.asn == u.asn && old.ppnpn == u.ppnpn ?
		   IMPORT_SAME : IMPORT_UPDATED;
	if (*outcome == IMPORT_SAME)
		return 0;
	if (said)
		say_changes(&old, &u, said);
	if ((rc = audit_row_state(d, "unit", u.id, before)) ||
	    (rc = db_cached(d, &s->update, "UPDATE unit SET kepala = ?2, jumlah_asn = ?3, "
			    "jumlah_ppnpn = ?4, diubah = ?5 WHERE id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, u.id);
	bind_text(st, 2, u.kepala);
	sqlite3_bind_int64(st, 3, u.asn);
	sqlite3_bind_int64(st, 4, u.ppnpn);
	bind_text(st, 5, db_now(d));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot update the unit"));
	sqlite3_reset(st);
	return rc ? rc : audit_record(d, op, "unit", u.id, before, from ? from : u.nama);
}

int unit_each(struct db *d, int (*fn)(void *ctx, const struct unit *u), void *ctx)
{
	sqlite3_stmt *st;
	struct unit u;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT id, nama, kepala, jumlah_asn, jumlah_ppnpn FROM unit "
			     "ORDER BY kunci", &st)))
		return rc;
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW) {
		read_unit(st, &u);
		rc = fn(ctx, &u);
	}
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot read the units"));
	sqlite3_finalize(st);
	return rc;
}

struct near {
	char key[512], best[UNIT_NAMA_MAX + 1];
	int dist;
};

static int nearer(void *ctx, const struct unit *u)
{
	struct near *n = ctx;
	char k[512];
	int dist;

	cegah_kunci(u->nama, k, sizeof k);
	dist = word_distance(n->key, k);
	if (dist < n->dist) {
		n->dist = dist;
		snprintf(n->best, sizeof n->best, "%s", u->nama);
	}
	return 0;
}

int unit_nearest(struct db *d, const char *nama, char out[UNIT_NAMA_MAX + 1])
{
	struct near n;
	int rc;

	cegah_kunci(nama, n.key, sizeof n.key);
	n.best[0] = '\0';
	/* a slip of a few letters, not another unit */
	n.dist = strlen(n.key) / 4 + 1;
	if ((rc = unit_each(d, nearer, &n)))
		return rc;
	snprintf(out, UNIT_NAMA_MAX + 1, "%s", n.best);
	return 0;
}
