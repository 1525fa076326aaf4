/* Appending to the event log. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "netral/audit/log.h"
#include "netral/util/msg.h"
#include "netral/util/sha256.h"
#include "netral/util/utf8.h"

int audit_operator(const char *opt, char out[AUDIT_OPERATOR_MAX])
{
	const char *env = getenv("NETRAL_OPERATOR"), *name;
	struct passwd *pw;

	if (opt && *opt)
		name = opt;
	else if (env && *env)
		name = env;
	else if ((pw = getpwuid(geteuid())) && pw->pw_name && *pw->pw_name)
		name = pw->pw_name;
	else
		name = "unknown";
	/* the name goes into every event and is shown at terminals: whole,
	 * and without control characters */
	if (strlen(name) >= AUDIT_OPERATOR_MAX || control_at(name) >= 0 ||
	    utf8_invalid_at(name, strlen(name)) >= 0)
		return error(_("operator '%.40s': at most %d bytes of UTF-8 text without control characters"),
			     name, AUDIT_OPERATOR_MAX - 1);
	snprintf(out, AUDIT_OPERATOR_MAX, "%s", name);
	return 0;
}

void audit_fingerprint(const char *const *vals, int n, char hex[65])
{
	struct digest c;

	/* per column a marker for NULL, or the length as 4 bytes and the
	 * value: unambiguous */
	digest_init(&c);
	for (int i = 0; i < n; i++) {
		unsigned char len[4];
		size_t m;

		/* empty and NULL are one: the log writes an empty value as NULL */
		if (!vals[i] || !*vals[i]) {
			digest_update(&c, "\xff\xff\xff\xff", 4);
			continue;
		}
		m = strlen(vals[i]);
		len[0] = (unsigned char)(m >> 24 & 0x7f);
		len[1] = (unsigned char)(m >> 16);
		len[2] = (unsigned char)(m >> 8);
		len[3] = (unsigned char)m;
		digest_update(&c, len, 4);
		digest_update(&c, vals[i], m);
	}
	digest_hex(&c, hex);
	/* 128 bits tell states apart; the log keeps one per case */
	hex[32] = '\0';
}

/* The log's statements, prepared once per connection. */
struct audit_state {
	sqlite3_stmt *created, *changed;
};

static void audit_close(void *state)
{
	struct audit_state *s = state;

	sqlite3_finalize(s->created);
	sqlite3_finalize(s->changed);
}

static const struct db_module audit_module = {
	sizeof(struct audit_state), NULL, NULL, audit_close
};

int audit_created(struct db *d, long long id, const char *op,
		  const char *jenis, const char *fingerprint, const char *catatan)
{
	sqlite3_stmt *st;
	int rc;

	struct audit_state *as = db_state(d, &audit_module);

	if ((rc = db_cached(d, &as->created,
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

	struct audit_state *as = db_state(d, &audit_module);

	if ((rc = db_cached(d, &as->changed,
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

const char *const audit_event_cols[AUDIT_EVENT_COLS] = { "waktu", "operator", "jenis",
	"kolom", "lama", "baru", "catatan", "tanggal" };

int audit_events(struct db *d, long long id,
		 int (*fn)(void *ctx, const char *const *v), void *ctx)
{
	sqlite3_stmt *st;
	int rc = 0, s;

	if ((rc = db_prepare(d, "SELECT waktu, operator, jenis, kolom, lama, baru, catatan, tanggal "
			     "FROM peristiwa WHERE kasus_id = ?1 ORDER BY id", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *v[AUDIT_EVENT_COLS];

		for (int i = 0; i < AUDIT_EVENT_COLS; i++)
			v[i] = col_text(st, i);
		rc = fn(ctx, v);
	}
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot read the history"));
	sqlite3_finalize(st);
	return rc;
}
