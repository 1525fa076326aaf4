/* Committee permits (izin.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/field.h"
#include "netral/cegah/izin.h"
#include "netral/cegah/kegiatan.h"
#include "netral/rules/classify.h"
#include "netral/util/ascii.h"
#include "netral/util/strbuf.h"

#define IZIN_DEF_(id, col, opt, req) { #col, opt, req },
const struct izin_field_def izin_fields[IZ_NF] = { IZIN_FIELDS(IZIN_DEF_) };

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
	snprintf(out, IZIN_VALUE_MAX + 1, "%s", first->kode);
	return 0;
}

static int field(const struct rules *r, int f, const char *s, struct izin *iz, struct err *e)
{
	char *out = iz->v[f];
	const struct kosakata *k;

	if (!*s && izin_fields[f].required) {
		err_set(e, _("required"));
		return -1;
	}
	switch (f) {
	case IZ_NIP:
	case IZ_PEMBERI_NIP:
		return cegah_nip(s, out, e);
	case IZ_PERAN:
		if (!(k = rules_kosakata(r, VOCAB_PERAN_IZIN, s))) {
			char *valid = rules_list_kosakata(r, VOCAB_PERAN_IZIN, NULL);

			err_set(e, _("'%s' is not a committee (valid: %s)"), s, valid);
			free(valid);
			return -1;
		}
		snprintf(out, IZIN_VALUE_MAX + 1, "%s", k->kode);
		return 0;
	case IZ_TANGGAL:
		return cegah_date(s, out, e);
	case IZ_PEMILIHAN:
		if (!*s)
			return infer_pemilihan(r, iz->v[IZ_TANGGAL], out, e);
		return cegah_pemilihan(r, s, out, e);
	default:
		if (cegah_text(s, IZIN_VALUE_MAX, izin_fields[f].required, 0, e) < 0)
			return -1;
		snprintf(out, IZIN_VALUE_MAX + 1, "%s", s);
		return 0;
	}
}

int izin_parse(const struct rules *r, const char *const v[IZ_NF], struct izin *iz, struct err *e)
{
	memset(iz, 0, sizeof *iz);
	/* the day before the contest, which may be inferred from it */
	for (int f = 0; f < IZ_NF; f++)
		if (field(r, f, v[f] ? v[f] : "", iz, e) < 0)
			return err_at(e, f);
	return 0;
}

/* The next number of the permit's year. */
static int next_nomor(struct db *d, struct izin *iz)
{
	char like[16];
	sqlite3_stmt *st;
	long long last = 0;
	int rc;

	snprintf(like, sizeof like, "IZ-%.4s-%%", iz->v[IZ_TANGGAL]);
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
	snprintf(iz->nomor, sizeof iz->nomor, "IZ-%.4s-%04lld", iz->v[IZ_TANGGAL], last + 1);
	return 0;
}

int izin_add(struct db *d, const char *op, struct izin *iz)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st;
	int rc;

	if ((rc = next_nomor(d, iz)))
		return rc;
	sb_puts(&sql, "INSERT INTO izin (nomor, dibuat");
	for (int f = 0; f < IZ_NF; f++)
		sb_printf(&sql, ", %s", izin_fields[f].col);
	sb_puts(&sql, ") VALUES (?1, ?2");
	for (int f = 0; f < IZ_NF; f++)
		sb_printf(&sql, ", ?%d", f + 3);
	sb_puts(&sql, ")");
	rc = db_prepare(d, sql.buf, &st);
	sb_free(&sql);
	if (rc)
		return rc;
	bind_text(st, 1, iz->nomor);
	bind_text(st, 2, db_now(d));
	for (int f = 0; f < IZ_NF; f++)
		bind_text(st, f + 3, iz->v[f]);
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
	const char *event = izin_sebutan(r, iz->v[IZ_PEMILIHAN]);
	sqlite3_stmt *st;
	int rc;

	/* the event, not the contest code: a PPS of the Pemilu 2024 served
	 * its legislative and presidential votes alike */
	if ((rc = db_prepare(d, "SELECT nomor, pemilihan FROM izin WHERE nip = ?1 AND peran = ?2 "
			     "ORDER BY id", &st)))
		return rc;
	bind_text(st, 1, iz->v[IZ_NIP]);
	bind_text(st, 2, iz->v[IZ_PERAN]);
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

static void select_cols(struct strbuf *sql)
{
	sb_puts(sql, "SELECT id, nomor");
	for (int f = 0; f < IZ_NF; f++)
		sb_printf(sql, ", %s", izin_fields[f].col);
	sb_puts(sql, " FROM izin ");
}

static void read_izin(sqlite3_stmt *st, struct izin *iz)
{
	iz->id = sqlite3_column_int64(st, 0);
	snprintf(iz->nomor, sizeof iz->nomor, "%s", col_text(st, 1));
	for (int f = 0; f < IZ_NF; f++)
		snprintf(iz->v[f], sizeof iz->v[f], "%s", col_text(st, f + 2));
}

int izin_get(struct db *d, const char *nomor, struct izin *out)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st;
	int rc;

	select_cols(&sql);
	sb_puts(&sql, "WHERE nomor = upper(?1)");
	rc = db_prepare(d, sql.buf, &st);
	sb_free(&sql);
	if (rc)
		return rc;
	bind_text(st, 1, nomor);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_izin(st, out);
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

int izin_each(struct db *d, const struct rules *r, const char *nip, const char *pemilihan,
	      int (*fn)(void *ctx, const struct izin *iz), void *ctx)
{
	struct strbuf sql = STRBUF_INIT;
	char day[DATE_ISO_LEN] = "", theirs[DATE_ISO_LEN];
	sqlite3_stmt *st;
	struct izin iz;
	int rc, s;

	select_cols(&sql);
	sb_puts(&sql, "WHERE ?1 IS NULL OR nip = ?1 ORDER BY substr(nomor, 4, 4), "
		"CAST(substr(nomor, 9) AS INTEGER)");
	rc = db_prepare(d, sql.buf, &st);
	sb_free(&sql);
	if (rc)
		return rc;
	bind_text(st, 1, nip);
	if (nip)
		voting_day(r, pemilihan, day);
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW) {
		read_izin(st, &iz);
		if (nip) {
			voting_day(r, iz.v[IZ_PEMILIHAN], theirs);
			if (!*day || strcmp(day, theirs) != 0)
				continue;
		}
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
					   m->len ? "; " : "", iz->nomor, iz->v[IZ_PERAN],
					   iz->v[IZ_PEMILIHAN], iz->v[IZ_TANGGAL]);
	return 0;
}

int izin_mention(struct db *d, const struct rules *r, const char *nip, const char *pemilihan,
		 char *out, size_t n)
{
	struct mention m = { out, n, 0 };

	*out = '\0';
	if (!nip || !*nip || !pemilihan || !*pemilihan)
		return 0;
	return izin_each(d, r, nip, pemilihan, mention_one, &m);
}
