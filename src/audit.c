/* Appending to the event log. */
#include <pwd.h>
#include <stdlib.h>
#include <unistd.h>

#include "netral/audit.h"
#include "netral/msg.h"

const char *audit_operator(const char *opt)
{
	const char *env = getenv("NETRAL_OPERATOR");
	struct passwd *pw;

	if (opt && *opt)
		return opt;
	if (env && *env)
		return env;
	pw = getpwuid(geteuid());
	if (pw && pw->pw_name && *pw->pw_name)
		return pw->pw_name;
	return "unknown";
}

/* Every stored column but the derived age and groups, which follow from
 * the others, and the bookkeeping ones. */
#define SNAPSHOT \
	"json_object('no_laporan', no_laporan, 'nama', nama, 'nip', nip, 'nik', nik, " \
	"'jenis_pegawai', jenis_pegawai, 'kategori_jabatan', kategori_jabatan, " \
	"'jabatan', jabatan, 'instansi', instansi, 'unit_kerja', unit_kerja, " \
	"'tanggal_lahir', tanggal_lahir, 'tanggal_kejadian', tanggal_kejadian, " \
	"'tanggal_laporan', tanggal_laporan, 'pemilihan', pemilihan, " \
	"'pemilihan_disimpulkan', pemilihan_disimpulkan, 'bentuk', bentuk, " \
	"'uraian', uraian, 'sumber', sumber, 'status', status, 'cltn', cltn, " \
	"'pasangan_calon', pasangan_calon, 'periode', periode, 'tahap', tahap, 'jenis', jenis, " \
	"'kode', kode, 'ruleset', ruleset, 'rekomendasi_nomor', rekomendasi_nomor, " \
	"'rekomendasi_tanggal', rekomendasi_tanggal, 'rekomendasi_dari', rekomendasi_dari, " \
	"'rekomendasi_sanksi', rekomendasi_sanksi, 'sanksi', sanksi, 'sk_nomor', sk_nomor, " \
	"'sk_tanggal', sk_tanggal, 'blokir_siasn', blokir_siasn)"

const char audit_snapshot_sql[] = SNAPSHOT;

int audit_created(struct db *d, long long id, const char *op,
		  const char *jenis, const char *catatan)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_cached(d, STMT_EVENT_CREATED,
			    "INSERT INTO peristiwa (kasus_id, waktu, operator, jenis, baru, catatan) "
			    "SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2, ?3, "
			    SNAPSHOT ", ?4 "
			    "FROM kasus WHERE id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, op, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, jenis, -1, SQLITE_STATIC);
	bind_text(st, 4, catatan);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the event"));
	sqlite3_reset(st);
	return rc;
}

int audit_changed(struct db *d, long long id, const char *op,
		  const char *jenis, const char *kolom, const char *lama,
		  const char *baru, const char *catatan)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_cached(d, STMT_EVENT_CHANGED,
			    "INSERT INTO peristiwa (kasus_id, waktu, operator, jenis, kolom, lama, baru, catatan) "
			    "VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2, ?3, ?4, ?5, ?6, ?7)",
			    &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, op, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, jenis, -1, SQLITE_STATIC);
	bind_text(st, 4, kolom);
	bind_text(st, 5, lama);
	bind_text(st, 6, baru);
	bind_text(st, 7, catatan);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the event"));
	sqlite3_reset(st);
	return rc;
}
