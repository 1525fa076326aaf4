/* Committee permits (izin.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/izin.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/surat.h"
#include "netral/rules/classify.h"
#include "netral/util/ascii.h"
#include "netral/util/strbuf.h"

#define IZIN_DEF_(id, m, col, opt, type, flags, vocab) CEGAH_FIELD(struct izin, m, col, opt, type, flags, vocab),
#define IZIN_COL_(id, m, col, ...) col,
static const struct cegah_field fields[] = { IZIN_FIELDS(IZIN_DEF_) };
static const char *const cols[] = { IZIN_FIELDS(IZIN_COL_) NULL };
const struct cegah_record izin_record = {
	"izin", fields, IZ_NF, cols, IZ_NOMOR, NULL, sizeof(struct izin),
	"substr(t.nomor, 4, 4), CAST(substr(t.nomor, 9) AS INTEGER)", NULL
};

/* The contest of a permit given none: the one in progress on its day. */
static int infer_pemilihan(const struct rules *r, const char *iso, char *out, struct err *e)
{
	const struct pemilihan *first;
	struct date d;
	int several;
	size_t n;

	date_parse_iso(iso, &d);
	n = rules_running(r, &d, &first, &several);
	if (n == 0 || several) {
		err_set(e, n ? _("%s falls in the stages of more than one contest: name it") :
			_("no contest is in progress on %s: name it"), iso);
		return -1;
	}
	snprintf(out, RULES_PEMILIHAN_MAX + 1, "%s", first->kode);
	return 0;
}

int izin_parse(const struct rules *r, const char *const v[IZ_NF], struct izin *iz, struct err *e)
{
	memset(iz, 0, sizeof *iz);
	if (cegah_parse(&izin_record, r, NULL, v, iz, e) < 0)
		return -1;
	/* the contest in progress on the permit's day, when none is named */
	if (!*iz->pemilihan && infer_pemilihan(r, iz->tanggal, iz->pemilihan, e) < 0)
		return err_at(e, IZ_PEMILIHAN);
	return 0;
}

/* The next number of the permit's year. */
static int next_nomor(struct db *d, struct izin *iz)
{
	char like[16];
	sqlite3_stmt *st;
	long long last = 0;
	int rc;

	snprintf(like, sizeof like, "IZ-%.4s-%%", iz->tanggal);
	if ((rc = db_prepare(d, "SELECT max(CAST(substr(nomor, 9) AS INTEGER)) FROM izin "
			     "WHERE nomor LIKE ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, like, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		last = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return db_fail(d, _("cannot read the permits"));
	snprintf(iz->nomor, sizeof iz->nomor, "IZ-%.4s-%04lld", iz->tanggal, last + 1);
	return 0;
}

int izin_add(struct db *d, const char *op, struct izin *iz)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = next_nomor(d, iz)) ||
	    (rc = cegah_statement(d, &izin_record, CEGAH_INSERT, "dibuat", NULL, &st)))
		return rc;
	cegah_bind(&izin_record, st, iz);
	bind_text(st, IZ_NF + 1, db_now(d));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the permit"));
	sqlite3_finalize(st);
	if (rc)
		return rc;
	iz->id = sqlite3_last_insert_rowid(d->h);
	/* the number, not the holder: the history names no one */
	return audit_record(d, op, "izin", iz->id, NULL, iz->nomor);
}

const char *izin_sebutan(const struct rules *r, const char *pemilihan)
{
	const struct pemilihan *p = rules_pemilihan(r, pemilihan);

	return p ? p->sebutan : pemilihan;
}

int izin_same(struct db *d, const struct rules *r, const struct izin *iz, char nomor[32])
{
	const char *event = izin_sebutan(r, iz->pemilihan);
	sqlite3_stmt *st;
	int rc;

	/* the event, not the contest code: a PPS of the Pemilu 2024 served
	 * its legislative and presidential votes alike */
	if ((rc = db_prepare(d, "SELECT nomor, pemilihan FROM izin WHERE nip = ?1 AND peran = ?2 "
			     "ORDER BY id", &st)))
		return rc;
	bind_text(st, 1, iz->nip);
	bind_text(st, 2, iz->peran);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (strcmp(izin_sebutan(r, col_text(st, 1)), event) == 0) {
			snprintf(nomor, 32, "%s", col_text(st, 0));
			break;
		}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? NX_NOTFOUND : db_fail(d, _("cannot read the permits"));
}

int izin_get(struct db *d, const char *nomor, struct izin *out)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = cegah_statement(d, &izin_record, CEGAH_SELECT, "WHERE t.nomor = upper(?1)", NULL, &st)))
		return rc;
	bind_text(st, 1, nomor);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		memset(out, 0, sizeof *out);
		cegah_read(&izin_record, st, out);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? NX_NOTFOUND : db_fail(d, _("cannot read the permits"));
}

/* The voting day of a contest, "" when unknown. */
static void voting_day(const struct rules *r, const char *kode, char iso[DATE_ISO_LEN])
{
	const struct pemilihan *p = kode ? rules_pemilihan(r, kode) : NULL;

	iso[0] = '\0';
	if (p)
		date_format(&p->pemungutan, iso);
}

int izin_of_day(struct db *d, const struct rules *r, const char *nip, const char *pemilihan,
		int (*fn)(void *ctx, const struct izin *iz), void *ctx)
{
	char day[DATE_ISO_LEN], theirs[DATE_ISO_LEN];
	sqlite3_stmt *st;
	struct izin iz;
	int rc, s;

	if ((rc = cegah_statement(d, &izin_record, CEGAH_SELECT, "WHERE t.nip = ?1 ORDER BY t.id", NULL,
				  &st)))
		return rc;
	bind_text(st, 1, nip);
	voting_day(r, pemilihan, day);
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&iz, 0, sizeof iz);
		cegah_read(&izin_record, st, &iz);
		voting_day(r, iz.pemilihan, theirs);
		if (*day && strcmp(day, theirs) == 0)
			rc = fn(ctx, &iz);
	}
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot read the permits"));
	sqlite3_finalize(st);
	return rc;
}

struct mention {
	char *out;
	size_t n, len;
};

static int mention_one(void *ctx, const struct izin *iz)
{
	struct mention *m = ctx;

	if (m->len < m->n)
		m->len += (size_t)snprintf(m->out + m->len, m->n - m->len, "%s%s %s %s %s",
					   m->len ? "; " : "", iz->nomor, iz->peran,
					   iz->pemilihan, iz->tanggal);
	return 0;
}

int izin_mention(struct db *d, const struct rules *r, const char *nip, const char *pemilihan,
		 char *out, size_t n)
{
	struct mention m = { out, n, 0 };

	*out = '\0';
	if (!nip || !*nip || !pemilihan || !*pemilihan)
		return 0;
	return izin_of_day(d, r, nip, pemilihan, mention_one, &m);
}

/* The number the permit's letter holds, "" for none. */
static int held_number(struct db *d, long long id, char out[POLA_NOMOR_MAX + 1])
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT nomor_surat FROM izin WHERE id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(out, POLA_NOMOR_MAX + 1, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_fail(d, _("cannot read the permits"));
}

int izin_letter_held(struct db *d, const struct izin *iz, char out[POLA_NOMOR_MAX + 1])
{
	return held_number(d, iz->id, out);
}

int izin_letter_number(struct db *d, const struct rules *r, const char *op, const struct izin *iz,
		       const char *given, char out[POLA_NOMOR_MAX + 1])
{
	char lama[AUDIT_STATE_LEN], note[200];
	struct surat_nomor n;
	sqlite3_stmt *st;
	int rc;

	if ((rc = held_number(d, iz->id, out)))
		return rc;
	if (*out && given && ascii_casecmp(out, given) != 0)
		return fail(NX_DATA, _("--nomor-surat: %s's letter is numbered '%s' already"), iz->nomor, out);
	if (*out || (rc = surat_next(d, r, given, iz->tanggal, &n)) || !*n.nomor)
		return rc;
	if ((rc = audit_row_state(d, "izin", iz->id, lama)) ||
	    (rc = db_prepare(d, "UPDATE izin SET nomor_surat = ?1, urut_surat = ?2 WHERE id = ?3", &st)))
		return rc;
	bind_text(st, 1, n.nomor);
	bind_int_or_null(st, 2, (int)n.urut, n.urut == 0);
	sqlite3_bind_int64(st, 3, iz->id);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the letter's number"));
	sqlite3_finalize(st);
	if (rc)
		return rc;
	snprintf(out, POLA_NOMOR_MAX + 1, "%s", n.nomor);
	/* the permit's number and its letter's: neither names anyone */
	snprintf(note, sizeof note, "%s %s", iz->nomor, n.nomor);
	return audit_record(d, op, "izin", iz->id, lama, note);
}
