/* The prevention records against their events (verify.h): the rows and
 * the last event of each, both in id order, walked side by side. */
#include <stdio.h>
#include <string.h>

#include "netral/cegah/izin.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/unit.h"
#include "netral/cegah/verify.h"
#include "netral/util/msg.h"

/* One kind of record: its rows, id first, and how to digest and name one. */
struct kind {
	const char *jenis, *rows;
	void (*digest)(sqlite3_stmt *st, char out[64]);
	void (*name)(sqlite3_stmt *st, char *out, size_t n);
};

static void unit_row(sqlite3_stmt *st, char out[64])
{
	struct unit u;

	memset(&u, 0, sizeof u);
	snprintf(u.nama, sizeof u.nama, "%s", col_text(st, 1));
	snprintf(u.kepala, sizeof u.kepala, "%s", col_text(st, 2));
	u.asn = (long)sqlite3_column_int64(st, 3);
	u.ppnpn = (long)sqlite3_column_int64(st, 4);
	unit_digest(&u, out);
}

static void unit_name(sqlite3_stmt *st, char *out, size_t n)
{
	snprintf(out, n, _("unit '%s'"), col_text(st, 1));
}

static void kegiatan_row(sqlite3_stmt *st, char out[64])
{
	struct kegiatan k;

	memset(&k, 0, sizeof k);
	k.unit_id = sqlite3_column_int64(st, 1);
	snprintf(k.jenis, sizeof k.jenis, "%s", col_text(st, 2));
	snprintf(k.tanggal, sizeof k.tanggal, "%s", col_text(st, 3));
	snprintf(k.pemilihan, sizeof k.pemilihan, "%s", col_text(st, 4));
	k.peserta = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 : (long)sqlite3_column_int64(st, 5);
	snprintf(k.catatan, sizeof k.catatan, "%s", col_text(st, 6));
	snprintf(k.dokumen, sizeof k.dokumen, "%s", col_text(st, 7));
	kegiatan_digest(&k, out);
}

static void kegiatan_name(sqlite3_stmt *st, char *out, size_t n)
{
	snprintf(out, n, _("activity %lld (%s on %s)"), (long long)sqlite3_column_int64(st, 0),
		 col_text(st, 2), col_text(st, 3));
}

static void pakta_row(sqlite3_stmt *st, char out[64])
{
	struct pakta p;

	memset(&p, 0, sizeof p);
	p.unit_id = sqlite3_column_int64(st, 1);
	snprintf(p.pemilihan, sizeof p.pemilihan, "%s", col_text(st, 2));
	snprintf(p.nama, sizeof p.nama, "%s", col_text(st, 3));
	snprintf(p.nip, sizeof p.nip, "%s", col_text(st, 4));
	snprintf(p.tanggal, sizeof p.tanggal, "%s", col_text(st, 5));
	pakta_digest(&p, out);
}

static void pakta_name(sqlite3_stmt *st, char *out, size_t n)
{
	snprintf(out, n, _("signatory %lld of the pact"), (long long)sqlite3_column_int64(st, 0));
}

static void izin_row(sqlite3_stmt *st, char out[64])
{
	struct izin iz;

	memset(&iz, 0, sizeof iz);
	snprintf(iz.nomor, sizeof iz.nomor, "%s", col_text(st, 1));
	for (int f = 0; f < IZ_NF; f++)
		snprintf(iz.v[f], sizeof iz.v[f], "%s", col_text(st, f + 2));
	izin_digest(&iz, out);
}

static void izin_name(sqlite3_stmt *st, char *out, size_t n)
{
	snprintf(out, n, _("permit %s"), col_text(st, 1));
}

static const struct kind kinds[] = {
	{ "unit", "SELECT id, nama, kepala, jumlah_asn, jumlah_ppnpn FROM unit ORDER BY id",
	  unit_row, unit_name },
	{ "kegiatan", "SELECT id, unit_id, jenis, tanggal, pemilihan, peserta, catatan, dokumen "
	  "FROM kegiatan ORDER BY id", kegiatan_row, kegiatan_name },
	{ "pakta", "SELECT id, unit_id, pemilihan, nama, nip, tanggal FROM pakta ORDER BY id",
	  pakta_row, pakta_name },
	{ "izin", "SELECT id, nomor, nama, nip, pangkat, jabatan, unit_kerja, peran, sk_penunjukan, "
	  "pemberi_nama, pemberi_nip, pemberi_pangkat, pemberi_jabatan, pemberi_unit, tempat, "
	  "tanggal, pemilihan FROM izin ORDER BY id", izin_row, izin_name },
};

/* The last event of each record of the kind, by the record's id. */
static const char events_sql[] =
	"SELECT CAST(substr(kolom, length(?1) + 2) AS INTEGER) AS rid, baru, max(id) FROM peristiwa "
	"WHERE kasus_id IS NULL AND jenis = ?1 GROUP BY kolom ORDER BY rid";

static int check_kind(struct db *d, const struct kind *k, struct audit_report *rep)
{
	sqlite3_stmt *rows, *ev;
	int rc, r, e;
	char digest[64], name[300];

	if ((rc = db_prepare(d, k->rows, &rows)))
		return rc;
	if ((rc = db_prepare(d, events_sql, &ev))) {
		sqlite3_finalize(rows);
		return rc;
	}
	sqlite3_bind_text(ev, 1, k->jenis, -1, SQLITE_STATIC);
	r = sqlite3_step(rows);
	e = sqlite3_step(ev);
	while (r == SQLITE_ROW || e == SQLITE_ROW) {
		long long rid = r == SQLITE_ROW ? sqlite3_column_int64(rows, 0) : -1;
		long long eid = e == SQLITE_ROW ? sqlite3_column_int64(ev, 0) : -1;

		if (r == SQLITE_ROW && (e != SQLITE_ROW || rid < eid)) {
			k->name(rows, name, sizeof name);
			audit_problem(rep, _("%s: no event records it (added outside netral)"), name);
			r = sqlite3_step(rows);
		} else if (e == SQLITE_ROW && (r != SQLITE_ROW || eid < rid)) {
			audit_problem(rep, _("%s %lld: in the log but not in the database (removed outside netral)"),
				      k->jenis, eid);
			e = sqlite3_step(ev);
		} else {
			k->digest(rows, digest);
			if (strcmp(digest, col_text(ev, 1)) != 0) {
				k->name(rows, name, sizeof name);
				audit_problem(rep, _("%s: changed outside netral (its state differs from its last event)"),
					      name);
			}
			r = sqlite3_step(rows);
			e = sqlite3_step(ev);
		}
	}
	rc = r == SQLITE_DONE && e == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the prevention records"));
	sqlite3_finalize(rows);
	sqlite3_finalize(ev);
	return rc;
}

int cegah_verify(struct db *d, struct audit_report *rep)
{
	int rc = 0;

	for (size_t i = 0; i < sizeof kinds / sizeof *kinds && !rc; i++)
		rc = check_kind(d, &kinds[i], rep);
	return rc;
}
