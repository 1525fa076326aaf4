/* Appending to the event log. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "netral/audit/log.h"
#include "netral/util/msg.h"
#include "netral/util/digest.h"
#include "netral/util/text.h"
#include "netral/util/strbuf.h"
#include "netral/util/utf8.h"

int audit_operator(const char *opt, char out[AUDIT_OPERATOR_MAX])
{
	const char *env = getenv("NETRAL_OPERATOR"), *sudo = getenv("SUDO_USER"), *name;
	struct passwd *pw;
	struct err e;

	if (opt && *opt)
		name = opt;
	else if (env && *env)
		name = env;
	else if (sudo && *sudo)
		/* 'sudo -u netral netral ...': the clerk who asked, not the
		 * account the change ran as */
		name = sudo;
	else if ((pw = getpwuid(geteuid())) && pw->pw_name && *pw->pw_name)
		name = pw->pw_name;
	else
		name = "unknown";
	/* the name goes into every event and is shown at terminals: whole,
	 * and without control characters */
	if (strlen(name) >= AUDIT_OPERATOR_MAX || text_check(name, strlen(name), 0, &e) < 0)
		return error(_("operator '%.40s': at most %d bytes of UTF-8 text without control characters"),
			     name, AUDIT_OPERATOR_MAX - 1);
	snprintf(out, AUDIT_OPERATOR_MAX, "%s", name);
	return 0;
}

/* Per connection: the statements, and the chain's end as this
 * transaction has it (read at its first event, dropped at its end). */
struct audit_state {
	sqlite3_stmt *insert, *last;
	int loaded;
	long long last_id;
	char head[65];
};

static void audit_end(void *state)
{
	((struct audit_state *)state)->loaded = 0;
}

static void audit_close(void *state)
{
	struct audit_state *s = state;

	sqlite3_finalize(s->insert);
	sqlite3_finalize(s->last);
}

static const struct db_module audit_module = {
	sizeof(struct audit_state), NULL, audit_end, audit_close
};

static int load_end(struct db *d, struct audit_state *as)
{
	sqlite3_stmt *st;
	int rc, s;

	if (as->loaded)
		return 0;
	if ((rc = db_cached(d, &as->last, "SELECT id, rantai FROM peristiwa ORDER BY id DESC LIMIT 1", &st)))
		return rc;
	s = sqlite3_step(st);
	as->last_id = s == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	/* an event without its link was written outside netral: the next one
	 * links to "" and check names the unlinked one; linking it here would
	 * seal what someone else wrote */
	snprintf(as->head, sizeof as->head, "%s", s == SQLITE_ROW ? col_text(st, 1) : "");
	sqlite3_reset(st);
	if (s != SQLITE_ROW && s != SQLITE_DONE)
		return db_fail(d, _("cannot read the event log"));
	as->loaded = 1;
	return 0;
}

/* Appends one event (the columns of AUDIT_LINK_COLS from kasus_id on,
 * the id being the next), linked to the chain. */
static int append(struct db *d, const char *const ev[AUDIT_LINK_COLS])
{
	struct audit_state *as = db_state(d, &audit_module);
	const char *link[AUDIT_LINK_COLS];
	char id[24], rantai[65];
	sqlite3_stmt *st;
	int rc;

	if ((rc = load_end(d, as)) ||
	    (rc = db_cached(d, &as->insert, "INSERT INTO peristiwa (id, kasus_id, waktu, operator, jenis, "
			    "kolom, lama, baru, catatan, tanggal, rantai) VALUES "
			    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", &st)))
		return rc;
	snprintf(id, sizeof id, "%lld", as->last_id + 1);
	link[0] = id;
	for (int i = 1; i < AUDIT_LINK_COLS; i++)
		link[i] = ev[i];
	digest_link(as->head, link, rantai);
	sqlite3_bind_int64(st, 1, as->last_id + 1);
	for (int i = 1; i < AUDIT_LINK_COLS; i++)
		bind_text(st, i + 1, ev[i]);
	sqlite3_bind_text(st, 11, rantai, -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the event"));
	sqlite3_reset(st);
	if (!rc) {
		as->last_id++;
		memcpy(as->head, rantai, sizeof rantai);
	}
	return rc;
}

int audit_created(struct db *d, long long id, const char *op,
		  const char *jenis, const char *fingerprint, const char *catatan)
{
	char kid[24];
	const char *ev[AUDIT_LINK_COLS] = { NULL, kid, db_now(d), op, jenis, NULL, NULL,
		fingerprint, catatan, NULL };

	snprintf(kid, sizeof kid, "%lld", id);
	return append(d, ev);
}

int audit_changed(struct db *d, long long id, const char *op,
		  const char *jenis, const char *kolom, const char *lama,
		  const char *baru, const char *catatan, const char *tanggal)
{
	char kid[24];
	const char *ev[AUDIT_LINK_COLS] = { NULL, kid, db_now(d), op, jenis, kolom, lama, baru,
		catatan, tanggal };

	snprintf(kid, sizeof kid, "%lld", id);
	return append(d, ev);
}

int audit_run(struct db *d, const char *op, long long impor_id, const char *digest,
	      const char *record)
{
	char iid[24];
	const char *ev[AUDIT_LINK_COLS] = { NULL, NULL, db_now(d), op, "impor", "impor", iid,
		digest, record, NULL };

	snprintf(iid, sizeof iid, "%lld", impor_id);
	return append(d, ev);
}

int audit_object(struct db *d, const char *op, const char *jenis, const char *kolom,
		 const char *lama, const char *baru, const char *catatan)
{
	const char *ev[AUDIT_LINK_COLS] = { NULL, NULL, db_now(d), op, jenis, kolom, lama, baru,
		catatan, NULL };

	return append(d, ev);
}

int audit_head(struct db *d, char out[65], long long *id)
{
	sqlite3_stmt *st;
	int rc, s;

	*out = '\0';
	*id = 0;
	if ((rc = db_prepare(d, "SELECT id, rantai FROM peristiwa ORDER BY id DESC LIMIT 1", &st)))
		return rc;
	if ((s = sqlite3_step(st)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		snprintf(out, 65, "%s", col_text(st, 1));
	}
	sqlite3_finalize(st);
	return s == SQLITE_ROW || s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the event log"));
}

const char *const audit_event_cols[AUDIT_EVENT_COLS] = { "waktu", "operator", "jenis",
	"kolom", "lama", "baru", "catatan", "tanggal" };

const char *const audit_kinds[] = { "buat", "impor", "ubah", "status", "klasifikasi", "blokir",
	"putusan", "unit", "kegiatan", "pakta", "izin", "aturan", "daftar_asal", "pelaporan", "kasus_alias", NULL };

int audit_kind_known(const char *jenis)
{
	for (int i = 0; audit_kinds[i]; i++)
		if (strcmp(audit_kinds[i], jenis) == 0)
			return 1;
	return 0;
}

int audit_events(struct db *d, const struct audit_filter *f,
		 int (*fn)(void *ctx, const char *const *v), void *ctx)
{
	const int all = f->kasus_id == 0, ncols = AUDIT_EVENT_COLS + all;
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st;
	int rc = 0, s;

	sb_puts(&sql, all ? "SELECT coalesce(k.nomor, ''), " : "SELECT ");
	sb_puts(&sql, "p.waktu, p.operator, p.jenis, p.kolom, p.lama, p.baru, p.catatan, p.tanggal "
		"FROM peristiwa p ");
	if (all)
		sb_puts(&sql, "LEFT JOIN kasus k ON k.id = p.kasus_id WHERE 1 ");
	else
		/* a case an import run created begins with that run's event */
		sb_puts(&sql, "WHERE (p.kasus_id = ?1 OR (p.kasus_id IS NULL AND p.jenis = 'impor' "
			"AND p.lama = (SELECT CAST(impor_id AS TEXT) FROM kasus WHERE id = ?1))) ");
	sb_puts(&sql, "AND (?2 IS NULL OR substr(p.waktu, 1, 10) >= ?2) "
		"AND (?3 IS NULL OR substr(p.waktu, 1, 10) <= ?3) "
		"AND (?4 IS NULL OR p.operator = ?4) AND (?5 IS NULL OR p.jenis = ?5) ");
	sb_puts(&sql, all ? "ORDER BY p.id DESC LIMIT ?6" : "ORDER BY p.id LIMIT ?6");
	rc = db_prepare(d, sql.buf, &st);
	sb_free(&sql);
	if (rc)
		return rc;
	if (!all)
		sqlite3_bind_int64(st, 1, f->kasus_id);
	bind_text(st, 2, f->since);
	bind_text(st, 3, f->until);
	bind_text(st, 4, f->operator);
	bind_text(st, 5, f->jenis);
	sqlite3_bind_int64(st, 6, f->limit > 0 ? f->limit : -1);
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *v[AUDIT_EVENT_COLS + 1];

		for (int i = 0; i < ncols; i++)
			v[i] = col_text(st, i);
		rc = fn(ctx, v);
	}
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot read the history"));
	sqlite3_finalize(st);
	return rc;
}
