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
#include "netral/cegah/asal.h"
#include "netral/cegah/izin.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/pelaporan.h"
#include "netral/cegah/unit.h"
#include "netral/cegah/verify.h"
#include "netral/util/alloc.h"
#include "netral/util/digest.h"
#include "netral/util/msg.h"
#include "netral/util/text.h"

struct legacy {
	long long id;
	char state[AUDIT_STATE_LEN + 8], first[24], last[24];
};

struct walk {
	struct audit_report *rep;
	const struct cegah_record *rec;
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

/* The values an older state was of: the fields in order, a unit by its
 * id; a signatory's in the order it was stored then. */
static int legacy_one(void *ctx, const void *obj)
{
	static const int pakta_then[PAKTA_NF] = { PAKTA_UNIT, PAKTA_PEMILIHAN, PAKTA_NAMA, PAKTA_NIP,
		PAKTA_TANGGAL };
	struct walk *w = ctx;
	const struct cegah_head *head = obj;
	const char *v[32];
	char buf[32][24];

	for (int i = 0; i < w->rec->n && i < 32; i++) {
		int f = w->rec == &pakta_record ? pakta_then[i] : i;

		if (w->rec->f[f].type == CT_UNIT) {
			snprintf(buf[i], sizeof buf[i], "%lld", head->unit_id);
			v[i] = buf[i];
		} else {
			v[i] = cegah_value(w->rec, obj, f, buf[i]);
		}
	}
	compare(w, head->id, v, w->rec->n);
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
		char kunci[600] = "";

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
		if (sqlite3_column_count(st) == 5)
			text_key(col_text(st, 4), kunci, sizeof kunci);
		else
			pakta_key(col_text(st, 5), sqlite3_column_int64(st, 6), col_text(st, 4), kunci, sizeof kunci);
		if (strcmp(col_text(st, 3), kunci) != 0)
			audit_problem(w->rep, _("%s %lld: kunci: is '%s', but its data give '%s' (changed outside netral)"),
				      w->table, id, col_text(st, 3), kunci);
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the database"));
}

static int check_kind(struct db *d, struct walk *w, const struct cegah_record *rec)
{
	int rc;

	w->rec = rec;
	w->table = rec->table;
	w->n = 0;
	if ((rc = audit_check_records(d, rec->table, rec->label >= 0 ? rec->cols[rec->label] : NULL, note,
				      w, w->rep)) || !w->n)
		return rc;
	if ((rc = cegah_each(d, rec, 0, legacy_one, w)))
		return rc;
	return times_and_key(d, w);
}

int cegah_verify(struct db *d, struct audit_report *rep)
{
	static const struct cegah_record *const kinds[] = { &unit_record, &kegiatan_record,
		&pakta_record, &izin_record, &asal_record, &pelaporan_record };
	struct walk w = { rep, NULL, NULL, NULL, 0, 0 };
	int rc = 0;

	for (size_t i = 0; !rc && i < sizeof kinds / sizeof *kinds; i++)
		rc = check_kind(d, &w, kinds[i]);
	free(w.v);
	return rc;
}
