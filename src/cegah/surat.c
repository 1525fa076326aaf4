/* The agency's letter numbers (surat.h). */
#include <stdio.h>
#include <string.h>

#include "netral/cegah/surat.h"
#include "netral/util/msg.h"
#include "netral/util/text.h"

/* The tables that hold letters: who holds the letter, the letter's
 * number and its sequence, the letter's day.  A new kind of letter adds
 * its table here and shares the sequence.  A report sent is its letter:
 * it holds a number given, never one of the pattern's. */
#define LETTERS_SQL "SELECT nomor, nomor_surat, urut_surat, tanggal FROM izin " \
	"UNION ALL SELECT 'pelaporan ' || nomor_surat, nomor_surat, NULL, tanggal FROM pelaporan"

int surat_owner(struct db *d, const char *nomor, char owner[32])
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT nomor FROM (" LETTERS_SQL ") "
			     "WHERE nomor_surat = ?1 COLLATE NOCASE LIMIT 1", &st)))
		return rc;
	bind_text(st, 1, nomor);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(owner, 32, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? NX_NOTFOUND : db_fail(d, _("cannot read the letters' numbers"));
}

/* The last sequence the pattern gave in the year of iso. */
static int last_urut(struct db *d, const char *iso, long long *last)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT coalesce(max(urut_surat), 0) FROM (" LETTERS_SQL ") "
			     "WHERE substr(tanggal, 1, 4) = substr(?1, 1, 4)", &st)))
		return rc;
	bind_text(st, 1, iso);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*last = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_fail(d, _("cannot read the letters' numbers"));
}

static int given_number(struct db *d, const char *given, struct surat_nomor *out)
{
	char owner[32];
	struct err e;
	int rc;

	if (!*given || strlen(given) > POLA_NOMOR_MAX)
		return fail(NX_DATA, _("--nomor-surat: '%.*s' is not a letter number (1 to %d bytes)"),
			    POLA_NOMOR_MAX, given, POLA_NOMOR_MAX);
	if (text_check(given, strlen(given), 0, &e) < 0)
		return fail(NX_DATA, "--nomor-surat: %s", e.msg);
	if ((rc = surat_owner(d, given, owner)) == 0)
		return fail(NX_DATA, _("--nomor-surat: '%s' is the number of the letter of %s already"),
			    given, owner);
	if (rc != NX_NOTFOUND)
		return rc;
	snprintf(out->nomor, sizeof out->nomor, "%s", given);
	return 0;
}

int surat_next(struct db *d, const struct rules *r, const char *given, const char *iso,
	       struct surat_nomor *out)
{
	const char *pola = pola_setting(r, "nomor_surat_pola");
	char owner[32];
	struct date day;
	long long urut = 0;
	int rc;

	memset(out, 0, sizeof *out);
	if (given)
		return given_number(d, given, out);
	if (!*pola || date_parse_iso(iso, &day) < 0)
		return 0;
	if ((rc = last_urut(d, iso, &urut)))
		return rc;
	/* a number given by hand may be the pattern's next: stepped over */
	do {
		if (pola_format(pola, pola_setting(r, "nomor_surat_kode"), ++urut, &day, out->nomor) < 0)
			return fail(NX_DATA, _("nomor_surat_pola: the number of letter %lld is longer than %d bytes"),
				    urut, POLA_NOMOR_MAX);
	} while ((rc = surat_owner(d, out->nomor, owner)) == 0);
	if (rc != NX_NOTFOUND)
		return rc;
	out->urut = urut;
	return 0;
}
