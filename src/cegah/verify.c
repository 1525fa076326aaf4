/* The prevention records against their events (verify.h): the last
 * event of each record, by its id, then every record read as the domain
 * reads it and its digest compared. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cegah/izin.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/unit.h"
#include "netral/cegah/verify.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

struct last {
	long long id;
	char digest[64];
	int seen;
};

struct walk {
	struct audit_report *rep;
	struct last *v;
	size_t n, cap;
};

static int load(struct db *d, const char *jenis, struct walk *w)
{
	sqlite3_stmt *st;
	int rc, s;

	w->n = 0;
	if ((rc = db_prepare(d, "SELECT CAST(substr(kolom, length(?1) + 2) AS INTEGER) AS rid, baru, "
			     "max(id) FROM peristiwa WHERE kasus_id IS NULL AND jenis = ?1 "
			     "GROUP BY kolom ORDER BY rid", &st)))
		return rc;
	sqlite3_bind_text(st, 1, jenis, -1, SQLITE_STATIC);
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		if (w->n == w->cap)
			w->v = array_grow(w->v, &w->cap, sizeof *w->v);
		w->v[w->n].id = sqlite3_column_int64(st, 0);
		snprintf(w->v[w->n].digest, sizeof w->v[w->n].digest, "%s", col_text(st, 1));
		w->v[w->n++].seen = 0;
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the event log"));
}

static int by_id(const void *key, const void *elem)
{
	long long a = *(const long long *)key, b = ((const struct last *)elem)->id;

	return (a > b) - (a < b);
}

/* One record: its digest against its last event's. */
static void compare(struct walk *w, long long id, const char *digest, const char *name)
{
	struct last *l = bsearch(&id, w->v, w->n, sizeof *w->v, by_id);

	if (!l) {
		audit_problem(w->rep, _("%s: no event records it (added outside netral)"), name);
		return;
	}
	l->seen = 1;
	if (strcmp(l->digest, digest) != 0)
		audit_problem(w->rep, _("%s: changed outside netral (its state differs from its last event)"),
			      name);
}

static int unit_one(void *ctx, const struct unit *u)
{
	char digest[64], name[UNIT_NAMA_MAX + 16];

	unit_digest(u, digest);
	snprintf(name, sizeof name, _("unit '%s'"), u->nama);
	compare(ctx, u->id, digest, name);
	return 0;
}

static int kegiatan_one(void *ctx, const struct kegiatan *k)
{
	char digest[64], name[UNIT_NAMA_MAX + 96];

	kegiatan_digest(k, digest);
	snprintf(name, sizeof name, _("activity %lld (%s on %s)"), k->id, k->jenis, k->tanggal);
	compare(ctx, k->id, digest, name);
	return 0;
}

static int pakta_one(void *ctx, const struct pakta *p)
{
	char digest[64], name[96];

	pakta_digest(p, digest);
	snprintf(name, sizeof name, _("signatory %lld of the pact"), p->id);
	compare(ctx, p->id, digest, name);
	return 0;
}

static int izin_one(void *ctx, const struct izin *iz)
{
	char digest[64], name[96];

	izin_digest(iz, digest);
	snprintf(name, sizeof name, _("permit %s"), iz->nomor);
	compare(ctx, iz->id, digest, name);
	return 0;
}

/* The events whose record is gone. */
static void unseen(struct walk *w, const char *jenis)
{
	for (size_t i = 0; i < w->n; i++)
		if (!w->v[i].seen)
			audit_problem(w->rep, _("%s %lld: in the log but not in the database (removed outside netral)"),
				      jenis, w->v[i].id);
}

int cegah_verify(struct db *d, struct audit_report *rep)
{
	struct walk w = { rep, NULL, 0, 0 };
	int rc;

	if (!(rc = load(d, "unit", &w)) && !(rc = unit_each(d, unit_one, &w)))
		unseen(&w, "unit");
	if (!rc && !(rc = load(d, "kegiatan", &w)) && !(rc = kegiatan_each(d, 0, kegiatan_one, &w)))
		unseen(&w, "kegiatan");
	if (!rc && !(rc = load(d, "pakta", &w)) && !(rc = pakta_each(d, 0, pakta_one, &w)))
		unseen(&w, "pakta");
	if (!rc && !(rc = load(d, "izin", &w)) && !(rc = izin_each(d, NULL, NULL, NULL, izin_one, &w)))
		unseen(&w, "izin");
	free(w.v);
	return rc;
}
