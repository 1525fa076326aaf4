/* Prevention activities and the pact's signatories (kegiatan.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/field.h"
#include "netral/cegah/kegiatan.h"
#include "netral/util/ascii.h"

const char *const kegiatan_cols[KEG_NF + 1] = { "unit", "jenis", "tanggal", "peserta", "pemilihan",
	"catatan", "dokumen", NULL };
const char *const pakta_cols[PAKTA_NF + 1] = { "nama", "nip", "unit", "tanggal", "pemilihan", NULL };

int cegah_pemilihan(const struct rules *r, const char *s, char out[RULES_PEMILIHAN_MAX + 1],
		    struct err *e)
{
	char up[RULES_PEMILIHAN_MAX + 1];
	size_t i;

	for (i = 0; s[i] && i < RULES_PEMILIHAN_MAX; i++)
		up[i] = (char)ascii_toupper((unsigned char)s[i]);
	up[i] = '\0';
	if (!rules_pemilihan(r, up)) {
		char *valid = rules_list_pemilihan(r);

		err_set(e, _("unknown contest '%s' (valid: %s)"), s, valid);
		free(valid);
		return -1;
	}
	snprintf(out, RULES_PEMILIHAN_MAX + 1, "%s", up);
	return 0;
}

/* A day of a report: not after today. */
static int past_day(const char *s, const struct date *today, char iso[DATE_ISO_LEN], struct err *e)
{
	char t[DATE_ISO_LEN];

	if (cegah_date(s, iso, e) < 0)
		return -1;
	date_format(today, t);
	if (strcmp(iso, t) > 0) {
		err_set(e, _("%s is after today (%s)"), iso, t);
		return -1;
	}
	return 0;
}

int kegiatan_parse(const struct rules *r, const struct date *today, const char *const v[KEG_NF],
		   struct kegiatan *k, struct err *e)
{
	const struct kosakata *kind;

	memset(k, 0, sizeof *k);
	k->peserta = -1;
	if (cegah_text(v[KEG_UNIT], UNIT_NAMA_MAX, 1, 0, e) < 0)
		return err_at(e, KEG_UNIT);
	snprintf(k->unit, sizeof k->unit, "%s", v[KEG_UNIT]);
	if (!*v[KEG_JENIS] || !(kind = rules_kosakata(r, VOCAB_KEGIATAN, v[KEG_JENIS]))) {
		char *valid = rules_list_kosakata(r, VOCAB_KEGIATAN, NULL);

		if (*v[KEG_JENIS])
			err_set(e, _("'%s' is not a kind of activity (valid: %s)"), v[KEG_JENIS], valid);
		else
			err_set(e, _("required (valid: %s)"), valid);
		free(valid);
		return err_at(e, KEG_JENIS);
	}
	snprintf(k->jenis, sizeof k->jenis, "%s", kind->kode);
	if (past_day(v[KEG_TANGGAL], today, k->tanggal, e) < 0)
		return err_at(e, KEG_TANGGAL);
	if (*v[KEG_PESERTA] && cegah_count(v[KEG_PESERTA], &k->peserta, e) < 0)
		return err_at(e, KEG_PESERTA);
	if (*v[KEG_PEMILIHAN] && cegah_pemilihan(r, v[KEG_PEMILIHAN], k->pemilihan, e) < 0)
		return err_at(e, KEG_PEMILIHAN);
	if (cegah_text(v[KEG_CATATAN], 1000, 0, 1, e) < 0)
		return err_at(e, KEG_CATATAN);
	if (cegah_text(v[KEG_DOKUMEN], 1000, 0, 0, e) < 0)
		return err_at(e, KEG_DOKUMEN);
	snprintf(k->catatan, sizeof k->catatan, "%s", v[KEG_CATATAN]);
	snprintf(k->dokumen, sizeof k->dokumen, "%s", v[KEG_DOKUMEN]);
	return 0;
}

/* Per connection: the statements an import runs for every row. */
struct kegiatan_state {
	sqlite3_stmt *insert, *pakta, *signed_in;
};

static void kegiatan_close(void *state)
{
	struct kegiatan_state *s = state;

	sqlite3_finalize(s->insert);
	sqlite3_finalize(s->pakta);
	sqlite3_finalize(s->signed_in);
}

static const struct db_module kegiatan_module = {
	sizeof(struct kegiatan_state), NULL, NULL, kegiatan_close
};

int kegiatan_add(struct db *d, const char *op, struct kegiatan *k, const char *from, int *outcome)
{
	struct kegiatan_state *s = db_state(d, &kegiatan_module);
	char what[UNIT_NAMA_MAX + 64];
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_cached(d, &s->insert, "INSERT INTO kegiatan (unit_id, jenis, tanggal, pemilihan, "
			    "peserta, catatan, dokumen, dibuat) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
			    "ON CONFLICT DO NOTHING", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, k->unit_id);
	bind_text(st, 2, k->jenis);
	bind_text(st, 3, k->tanggal);
	bind_text(st, 4, k->pemilihan);
	bind_int_or_null(st, 5, (int)k->peserta, k->peserta < 0);
	bind_text(st, 6, k->catatan);
	bind_text(st, 7, k->dokumen);
	bind_text(st, 8, db_now(d));
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

int kegiatan_each(struct db *d, long long unit_id,
		  int (*fn)(void *ctx, const struct kegiatan *k), void *ctx)
{
	sqlite3_stmt *st;
	struct kegiatan k;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT g.id, g.unit_id, u.nama, g.jenis, g.tanggal, g.pemilihan, "
			     "g.peserta, g.catatan, g.dokumen FROM kegiatan g JOIN unit u ON u.id = g.unit_id "
			     "WHERE ?1 = 0 OR g.unit_id = ?1 ORDER BY u.kunci, g.tanggal, g.id", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, unit_id);
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&k, 0, sizeof k);
		k.id = sqlite3_column_int64(st, 0);
		k.unit_id = sqlite3_column_int64(st, 1);
		snprintf(k.unit, sizeof k.unit, "%s", col_text(st, 2));
		snprintf(k.jenis, sizeof k.jenis, "%s", col_text(st, 3));
		snprintf(k.tanggal, sizeof k.tanggal, "%s", col_text(st, 4));
		snprintf(k.pemilihan, sizeof k.pemilihan, "%s", col_text(st, 5));
		k.peserta = sqlite3_column_type(st, 6) == SQLITE_NULL ? -1 : (long)sqlite3_column_int64(st, 6);
		snprintf(k.catatan, sizeof k.catatan, "%s", col_text(st, 7));
		snprintf(k.dokumen, sizeof k.dokumen, "%s", col_text(st, 8));
		rc = fn(ctx, &k);
	}
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot read the activities"));
	sqlite3_finalize(st);
	return rc;
}

int pakta_parse(const struct rules *r, const struct date *today, const char *const v[PAKTA_NF],
		struct pakta *p, struct err *e)
{
	memset(p, 0, sizeof *p);
	if (cegah_text(v[PAKTA_NAMA], UNIT_NAMA_MAX, 1, 0, e) < 0)
		return err_at(e, PAKTA_NAMA);
	snprintf(p->nama, sizeof p->nama, "%s", v[PAKTA_NAMA]);
	/* a PPNPN has no NIP */
	if (*v[PAKTA_NIP] && cegah_nip(v[PAKTA_NIP], p->nip, e) < 0)
		return err_at(e, PAKTA_NIP);
	if (cegah_text(v[PAKTA_UNIT], UNIT_NAMA_MAX, 1, 0, e) < 0)
		return err_at(e, PAKTA_UNIT);
	snprintf(p->unit, sizeof p->unit, "%s", v[PAKTA_UNIT]);
	if (past_day(v[PAKTA_TANGGAL], today, p->tanggal, e) < 0)
		return err_at(e, PAKTA_TANGGAL);
	if (*v[PAKTA_PEMILIHAN] && cegah_pemilihan(r, v[PAKTA_PEMILIHAN], p->pemilihan, e) < 0)
		return err_at(e, PAKTA_PEMILIHAN);
	return 0;
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
			    "ON u.id = p.unit_id WHERE p.kunci = ?2 AND (coalesce(p.pemilihan, '') = ?1 "
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

int pakta_add(struct db *d, const char *op, struct pakta *p, const char *from, int *outcome,
	      struct err *e)
{
	struct kegiatan_state *s = db_state(d, &kegiatan_module);
	char kunci[600], folded[512], unit[UNIT_NAMA_MAX + 1];
	long long other = 0;
	sqlite3_stmt *st;
	int rc;

	if (*p->nip) {
		snprintf(kunci, sizeof kunci, "%s", p->nip);
	} else {
		cegah_kunci(p->nama, folded, sizeof folded);
		snprintf(kunci, sizeof kunci, "%lld:%s", p->unit_id, folded);
	}
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
	if ((rc = db_cached(d, &s->pakta, "INSERT INTO pakta (unit_id, pemilihan, nama, nip, kunci, "
			    "tanggal, dibuat) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, p->unit_id);
	bind_text(st, 2, p->pemilihan);
	bind_text(st, 3, p->nama);
	bind_text(st, 4, p->nip);
	sqlite3_bind_text(st, 5, kunci, -1, SQLITE_TRANSIENT);
	bind_text(st, 6, p->tanggal);
	bind_text(st, 7, db_now(d));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the signatory"));
	sqlite3_reset(st);
	if (rc)
		return rc;
	*outcome = IMPORT_NEW;
	p->id = sqlite3_last_insert_rowid(d->h);
	/* the unit, not the person: the history names no one */
	return audit_record(d, op, "pakta", p->id, NULL, from ? from : p->unit);
}

int pakta_each(struct db *d, long long unit_id, int (*fn)(void *ctx, const struct pakta *p),
	       void *ctx)
{
	sqlite3_stmt *st;
	struct pakta p;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT p.id, p.unit_id, p.nama, p.nip, u.nama, p.tanggal, p.pemilihan "
			     "FROM pakta p JOIN unit u ON u.id = p.unit_id WHERE ?1 = 0 OR p.unit_id = ?1 "
			     "ORDER BY u.kunci, p.tanggal, p.id", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, unit_id);
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&p, 0, sizeof p);
		p.id = sqlite3_column_int64(st, 0);
		p.unit_id = sqlite3_column_int64(st, 1);
		snprintf(p.nama, sizeof p.nama, "%s", col_text(st, 2));
		snprintf(p.nip, sizeof p.nip, "%s", col_text(st, 3));
		snprintf(p.unit, sizeof p.unit, "%s", col_text(st, 4));
		snprintf(p.tanggal, sizeof p.tanggal, "%s", col_text(st, 5));
		snprintf(p.pemilihan, sizeof p.pemilihan, "%s", col_text(st, 6));
		rc = fn(ctx, &p);
	}
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot read the signatories"));
	sqlite3_finalize(st);
	return rc;
}
