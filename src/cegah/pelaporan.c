/* The register of reports sent up (pelaporan.h). */
#include <stdio.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/pelaporan.h"
#include "netral/cegah/surat.h"
#include "netral/io/textfile.h"
#include "netral/util/text.h"

#define LAP_DEF_(id, m, col, opt, type, flags, vocab) \
	CEGAH_FIELD(struct pelaporan, m, col, opt, type, flags, vocab),
#define LAP_COL_(id, m, col, ...) col,
static const struct cegah_field fields[] = { PELAPORAN_FIELDS(LAP_DEF_) };
static const char *const cols[] = { PELAPORAN_FIELDS(LAP_COL_) NULL };
const struct cegah_record pelaporan_record = {
	"pelaporan", fields, LAP_NF, cols, LAP_NOMOR, "FILE", sizeof(struct pelaporan),
	"t.tanggal, t.id", NULL
};

int pelaporan_attach(struct pelaporan *p, const char *path)
{
	const char *base = strrchr(path, '/');
	char hex[65], name[CEGAH_NAME_MAX + 1];
	size_t len = strlen(p->lampiran);
	struct err e;
	long n;
	int rc;

	base = base ? base + 1 : path;
	/* the name goes into a letter and a line of its own: one line of text */
	if ((n = text_field(base, CEGAH_NAME_MAX, 0, name, sizeof name, &e)) < 0)
		return fail(NX_DATA, _("an attached file's name: %s"), e.msg);
	if (n == 0)
		return fail(NX_DATA, _("'%s': not a file's name"), path);
	if ((rc = file_sha256(path, hex)))
		return rc;
	if (len + 64 + 2 + strlen(name) + 1 >= sizeof p->lampiran)
		return fail(NX_DATA, _("'%s': more files than one report records (%zu bytes of names)"), path,
			    sizeof p->lampiran);
	snprintf(p->lampiran + len, sizeof p->lampiran - len, "%s%s  %s", len ? "\n" : "", hex, name);
	return 0;
}

/* A letter number no other letter holds: a report's, said with what it
 * reported, or another kind's (surat.h). */
static int same_number(struct db *d, const char *nomor, struct pelaporan *old)
{
	char owner[32];
	int rc = pelaporan_get(d, nomor, old);

	if (rc == 0)
		return fail(NX_DATA, _("--nomor: '%s' is recorded already, for the report to %s of %s"),
			    nomor, old->kepada, old->tanggal);
	if (rc != NX_NOTFOUND)
		return rc;
	if ((rc = surat_owner(d, nomor, owner)) == 0)
		return fail(NX_DATA, _("--nomor: '%s' is the number of the letter of %s already"), nomor, owner);
	return rc == NX_NOTFOUND ? 0 : rc;
}

int pelaporan_add(struct db *d, const char *op, struct pelaporan *p)
{
	struct pelaporan old;
	sqlite3_stmt *st;
	int rc;

	if ((rc = same_number(d, p->nomor_surat, &old)) ||
	    (rc = cegah_statement(d, &pelaporan_record, CEGAH_INSERT, "dibuat", NULL, &st)))
		return rc;
	cegah_bind(&pelaporan_record, st, p);
	bind_text(st, LAP_NF + 1, db_now(d));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the report"));
	sqlite3_finalize(st);
	if (rc)
		return rc;
	p->id = sqlite3_last_insert_rowid(d->h);
	return audit_record(d, op, "pelaporan", p->id, NULL, p->nomor_surat);
}

int pelaporan_get(struct db *d, const char *nomor, struct pelaporan *out)
{
	sqlite3_stmt *st;
	int rc;

	/* the column's collation: any letter case */
	if ((rc = cegah_statement(d, &pelaporan_record, CEGAH_SELECT, "WHERE t.nomor_surat = ?1", NULL,
				  &st)))
		return rc;
	bind_text(st, 1, nomor);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		memset(out, 0, sizeof *out);
		cegah_read(&pelaporan_record, st, out);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? NX_NOTFOUND : db_fail(d, _("cannot read the reports"));
}
