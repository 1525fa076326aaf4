/* Appending to the event log. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "netral/audit/audit.h"
#include "netral/util/msg.h"
#include "netral/util/sha256.h"

const char *audit_operator(const char *opt)
{
	static char login[64];
	const char *env = getenv("NETRAL_OPERATOR");

	if (opt && *opt)
		return opt;
	if (env && *env)
		return env;
	if (!*login) {
		/* once: getpwuid reads /etc/passwd, and imports ask per row */
		struct passwd *pw = getpwuid(geteuid());

		snprintf(login, sizeof login, "%s",
			 pw && pw->pw_name && *pw->pw_name ? pw->pw_name : "unknown");
	}
	return login;
}

/* Every stored column but the age and groups derived from the dates, and
 * the bookkeeping ones. */
const char *const audit_cols[] = {
	"no_laporan", "nama", "nip", "nik", "jenis_pegawai", "kategori_jabatan",
	"jabatan", "instansi", "unit_kerja", "tanggal_lahir", "tanggal_kejadian",
	"tanggal_laporan", "pemilihan", "pemilihan_disimpulkan", "bentuk", "uraian",
	"sumber", "status", "cltn", "pasangan_calon", "periode", "tahap", "jenis",
	"kode", "ruleset", "rekomendasi_nomor", "rekomendasi_tanggal",
	"rekomendasi_dari", "rekomendasi_sanksi", "sanksi", "sk_nomor", "sk_tanggal",
	"blokir_siasn", "kontak_pelapor", NULL
};
const int audit_ncols = sizeof audit_cols / sizeof *audit_cols - 1;

void audit_fingerprint(const char *const *vals, char hex[65])
{
	struct sha256 c;

	/* per column (in audit_cols order) a marker for NULL, or the length
	 * as 4 bytes and the value: unambiguous */
	sha256_init(&c);
	for (int i = 0; i < audit_ncols; i++) {
		unsigned char len[4];
		size_t n;

		/* empty and NULL are one: the log writes an empty value as NULL */
		if (!vals[i] || !*vals[i]) {
			sha256_update(&c, "\xff\xff\xff\xff", 4);
			continue;
		}
		n = strlen(vals[i]);
		len[0] = (unsigned char)(n >> 24 & 0x7f);
		len[1] = (unsigned char)(n >> 16);
		len[2] = (unsigned char)(n >> 8);
		len[3] = (unsigned char)n;
		sha256_update(&c, len, 4);
		sha256_update(&c, vals[i], n);
	}
	sha256_hex(&c, hex);
	/* 128 bits tell states apart; the log keeps one per case */
	hex[32] = '\0';
}

int audit_created(struct db *d, long long id, const char *op,
		  const char *jenis, const char *fingerprint, const char *catatan)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_cached(d, STMT_EVENT_CREATED,
			    "INSERT INTO peristiwa (kasus_id, waktu, operator, jenis, baru, catatan) "
			    "VALUES (?1, ?6, ?2, ?3, ?4, ?5)", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, op, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, jenis, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, fingerprint, -1, SQLITE_STATIC);
	bind_text(st, 5, catatan);
	sqlite3_bind_text(st, 6, db_now(d), -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the event"));
	sqlite3_reset(st);
	return rc;
}

int audit_changed(struct db *d, long long id, const char *op,
		  const char *jenis, const char *kolom, const char *lama,
		  const char *baru, const char *catatan, const char *tanggal)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_cached(d, STMT_EVENT_CHANGED,
			    "INSERT INTO peristiwa (kasus_id, waktu, operator, jenis, kolom, lama, baru, "
			    "catatan, tanggal) VALUES (?1, ?8, ?2, ?3, ?4, ?5, ?6, ?7, ?9)",
			    &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, op, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, jenis, -1, SQLITE_STATIC);
	bind_text(st, 4, kolom);
	bind_text(st, 5, lama);
	bind_text(st, 6, baru);
	bind_text(st, 7, catatan);
	sqlite3_bind_text(st, 8, db_now(d), -1, SQLITE_STATIC);
	bind_text(st, 9, tanggal);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the event"));
	sqlite3_reset(st);
	return rc;
}
