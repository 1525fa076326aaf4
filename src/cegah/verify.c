/* The prevention records against their events (verify.h).  Each record's
 * row is proven by the state its last event holds (audit/record.h).  A
 * record last changed before schema 11 holds a state of the older kind,
 * of the fields the domain read then: it is read so again and compared,
 * and what that state did not cover (the key, the times) is checked
 * against what gives it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/field.h"
#include "netral/cegah/izin.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/unit.h"
#include "netral/cegah/verify.h"
#include "netral/util/alloc.h"
#include "netral/util/digest.h"
#include "netral/util/msg.h"

struct legacy {
	long long id;
	char state[AUDIT_STATE_LEN + 8], first[24], last[24];
};

struct walk {
	struct audit_report *rep;
	const char *table;
	struct legacy *v;
	size_t n, cap;
};

static void note(void *ctx, long long id, const char *state, const char *first, const char *last,
		 struct audit_report *rep)
{
	struct walk *w = ctx;
	struct legacy *l;

	(void)rep;
	if (w->n == w->cap)
		w->v = array_grow(w->v, &w->cap, sizeof *w->v);
	l = &w->v[w->n++];
	l->id = id;
	snprintf(l->state, sizeof l->state, "%s", state);
	snprintf(l->first, sizeof l->first, "%s", first);
	snprintf(l->last, sizeof l->last, "%s", last);
}

static int by_id(const void *key, const void *elem)
{
	long long a = *(const long long *)key, b = ((const struct legacy *)elem)->id;

	return (a > b) - (a < b);
}

/* The record's older state, when its last event holds one. */
static struct legacy *older(struct walk *w, long long id)
{
	return w->n ? bsearch(&id, w->v, w->n, sizeof *w->v, by_id) : NULL;
}

static void compare(struct walk *w, long long id, const char *const *vals, int n)
{
	struct legacy *l = older(w, id);
	char state[DIGEST_STATE_V2_LEN];

	if (!l)
		return;
	digest_state_v2(vals, n, state);
	if (strcmp(l->state, state) != 0)
		audit_problem(w->rep, _("%s %lld: changed outside netral (the row differs from its last event)"),
			      w->table, id);
}

static int unit_one(void *ctx, const struct unit *u)
{
	char a[24], p[24];
	const char *v[4] = { u->nama, u->kepala, a, p };

	snprintf(a, sizeof a, "%ld", u->asn);
	snprintf(p, sizeof p, "%ld", u->ppnpn);
	compare(ctx, u->id, v, 4);
	return 0;
}

static int kegiatan_one(void *ctx, const struct kegiatan *k)
{
	char unit[24], peserta[24] = "";
	const char *v[7] = { unit, k->jenis, k->tanggal, peserta, k->pemilihan, k->catatan, k->dokumen };

	snprintf(unit, sizeof unit, "%lld", k->unit_id);
	if (k->peserta >= 0)
		snprintf(peserta, sizeof peserta, "%ld", k->peserta);
	compare(ctx, k->id, v, 7);
	return 0;
}

static int pakta_one(void *ctx, const struct pakta *p)
{
	char unit[24];
	const char *v[5] = { unit, p->pemilihan, p->nama, p->nip, p->tanggal };

	snprintf(unit, sizeof unit, "%lld", p->unit_id);
	compare(ctx, p->id, v, 5);
	return 0;
}

static int izin_one(void *ctx, const struct izin *iz)
{
	const char *v[IZ_NF + 1];

	v[0] = iz->nomor;
	for (int f = 0; f < IZ_NF; f++)
		v[f + 1] = iz->v[f];
	compare(ctx, iz->id, v, IZ_NF + 1);
	return 0;
}

/* What an older state did not cover: the times, against the first and
 * last events, and the key, against the name or NIP it is made of. */
static int times_and_key(struct db *d, struct walk *w)
{
	char sql[256];
	sqlite3_stmt *st;
	int rc, s;

	if (!w->n)
		return 0;
	if (strcmp(w->table, "unit") == 0)
		snprintf(sql, sizeof sql, "SELECT id, dibuat, diubah, kunci, nama FROM unit");
	else if (strcmp(w->table, "pakta") == 0)
		snprintf(sql, sizeof sql, "SELECT id, dibuat, NULL, kunci, nama, nip, unit_id FROM pakta");
	else
		snprintf(sql, sizeof sql, "SELECT id, dibuat, NULL, NULL FROM %s", w->table);
	if ((rc = db_prepare(d, sql, &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		struct legacy *l = older(w, id);
		char kunci[600] = "", folded[512];

		if (!l)
			continue;
		if (strcmp(col_text(st, 1), l->first) != 0)
			audit_problem(w->rep, _("%s %lld: dibuat: is '%s', but its first event is of '%s' (changed outside netral)"),
				      w->table, id, col_text(st, 1), l->first);
		if (sqlite3_column_type(st, 2) != SQLITE_NULL && strcmp(col_text(st, 2), l->last) != 0)
			audit_problem(w->rep, _("%s %lld: diubah: is '%s', but its last event is of '%s' (changed outside netral)"),
				      w->table, id, col_text(st, 2), l->last);
		if (sqlite3_column_type(st, 3) == SQLITE_NULL)
			continue;
		if (sqlite3_column_count(st) == 5) {
			cegah_kunci(col_text(st, 4), kunci, sizeof kunci);
		} else if (*col_text(st, 5)) {
			snprintf(kunci, sizeof kunci, "%s", col_text(st, 5));
		} else {
			cegah_kunci(col_text(st, 4), folded, sizeof folded);
			snprintf(kunci, sizeof kunci, "%lld:%s", sqlite3_column_int64(st, 6), folded);
		}
		if (strcmp(col_text(st, 3), kunci) != 0)
			audit_problem(w->rep, _("%s %lld: kunci: is '%s', but its data give '%s' (changed outside netral)"),
				      w->table, id, col_text(st, 3), kunci);
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the database"));
}

static int check_kind(struct db *d, struct walk *w, const char *table)
{
	int rc;

	w->table = table;
	w->n = 0;
	if ((rc = audit_check_records(d, table, strcmp(table, "izin") == 0 ? "nomor" : strcmp(table, "unit") == 0 ? "nama" : NULL, note, w,
				      w->rep)) || !w->n)
		return rc;
	if (strcmp(table, "unit") == 0)
		rc = unit_each(d, unit_one, w);
	else if (strcmp(table, "kegiatan") == 0)
		rc = kegiatan_each(d, 0, kegiatan_one, w);
	else if (strcmp(table, "pakta") == 0)
		rc = pakta_each(d, 0, pakta_one, w);
	else
		rc = izin_each(d, NULL, NULL, NULL, izin_one, w);
	return rc ? rc : times_and_key(d, w);
}

int cegah_verify(struct db *d, struct audit_report *rep)
{
	static const char *const kinds[] = { "unit", "kegiatan", "pakta", "izin" };
	struct walk w = { rep, NULL, NULL, 0, 0 };
	int rc = 0;

	for (size_t i = 0; !rc && i < sizeof kinds / sizeof *kinds; i++)
		rc = check_kind(d, &w, kinds[i]);
	free(w.v);
	return rc;
}
