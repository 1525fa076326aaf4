/* Checking the record against itself: integrity, foreign keys, and the
 * replay of every case's history (verify.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/audit/verify.h"
#include "netral/util/alloc.h"
#include "netral/util/digest.h"
#include "netral/util/embed.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

void audit_problem(struct audit_report *rep, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	rep->fn(rep->ctx, msg);
	rep->problems++;
}

static int pragma_check(struct db *d, const char *sql, int fk, struct audit_report *rep)
{
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = db_prepare(d, sql, &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		if (fk)
			audit_problem(rep, _("foreign key: %s row %s refers to a missing row of %s"),
				col_text(st, 0), col_text(st, 1), col_text(st, 2));
		else if (strcmp(col_text(st, 0), "ok") != 0)
			audit_problem(rep, _("integrity: %s"), col_text(st, 0));
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot check the database"));
}

static int same(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

static int col_index(const char *const *cols, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(cols[i], name) == 0)
			return i;
	return -1;
}

static char *dup_or_null(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);

	return s ? xstrdup((const char *)s) : NULL;
}

/* Cases in id order, their events newest first: a merge of two scans. */
int audit_replay(struct db *d, const char *table, const char *const *cols, int n,
		 audit_origin_fn origin, void *ctx, struct audit_report *rep)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *cs, *es;
	char *cur[128];

	if (n > 128)
		n = 128;
	int rc, s, e;

	sb_puts(&sql, "SELECT id, nomor");
	for (int i = 0; i < n; i++)
		sb_printf(&sql, ", %s", cols[i]);
	sb_printf(&sql, " FROM %s ORDER BY id", table);
	rc = db_prepare(d, sql.buf, &cs);
	sb_free(&sql);
	if (rc)
		return rc;
	if ((rc = db_prepare(d, "SELECT kasus_id, id, jenis, kolom, lama, baru FROM peristiwa "
			     "WHERE kasus_id IS NOT NULL ORDER BY kasus_id, id DESC", &es))) {
		sqlite3_finalize(cs);
		return rc;
	}
	e = sqlite3_step(es);
	while ((s = sqlite3_step(cs)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(cs, 0);
		char nomor[32];
		int created = 0;

		rep->cases++;
		snprintf(nomor, sizeof nomor, "%s", col_text(cs, 1));
		for (int i = 0; i < n; i++)
			cur[i] = dup_or_null(cs, 2 + i);
		while (e == SQLITE_ROW && sqlite3_column_int64(es, 0) < id)
			e = sqlite3_step(es); /* events of no case: the foreign key check says so */
		for (; e == SQLITE_ROW && sqlite3_column_int64(es, 0) == id; e = sqlite3_step(es)) {
			const char *jenis = col_text(es, 2), *kolom = col_text(es, 3);
			long long ev = sqlite3_column_int64(es, 1);
			int k;


			if (created) {
				audit_problem(rep, _("kasus %s: id: event %lld comes before its creation"), nomor, ev);
				continue;
			}
			if (strcmp(jenis, "buat") == 0 || strcmp(jenis, "impor") == 0) {
				const char *fp = (const char *)sqlite3_column_text(es, 5);

				created = 1;
				if (fp)  /* else recorded before the log: nothing to compare */
					origin(ctx, id, nomor, cur, fp, rep);
				continue;
			}
			if ((k = col_index(cols, n, kolom)) < 0) {
				audit_problem(rep, _("kasus %s: %s: event %lld changes a column cases do not have"), nomor,
					      kolom, ev);
				continue;
			}
			if (!same(cur[k], (const char *)sqlite3_column_text(es, 5)))
				audit_problem(rep, _("kasus %s: %s: event %lld says it became '%s', but the next state has '%s' (changed outside netral)"),
					nomor, kolom, ev, col_text(es, 5), cur[k] ? cur[k] : "");
			free(cur[k]);
			cur[k] = dup_or_null(es, 4);
		}
		if (!created)
			origin(ctx, id, nomor, cur, NULL, rep);
		for (int i = 0; i < n; i++)
			free(cur[i]);
	}
	rc = s == SQLITE_DONE && (e == SQLITE_DONE || e == SQLITE_ROW) ? 0 :
	     db_fail(d, _("cannot read the history"));
	sqlite3_finalize(cs);
	sqlite3_finalize(es);
	return rc;
}

/* The triggers that keep the log append-only, as data/triggers.sql has them. */
static const char *const triggers[] = { "peristiwa_tanpa_ubah", "peristiwa_tanpa_hapus" };

int audit_check_db(struct db *d, struct audit_report *rep)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = pragma_check(d, "PRAGMA integrity_check", 0, rep)) ||
	    (rc = pragma_check(d, "PRAGMA foreign_key_check", 1, rep)) ||
	    (rc = db_prepare(d, "SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = ?1", &st)))
		return rc;
	for (size_t i = 0; i < sizeof triggers / sizeof *triggers; i++) {
		int s;

		sqlite3_bind_text(st, 1, triggers[i], -1, SQLITE_STATIC);
		/* a read that fails is said as such, not as a trigger gone */
		if ((s = sqlite3_step(st)) != SQLITE_ROW && s != SQLITE_DONE) {
			rc = db_fail(d, _("cannot read the database"));
			break;
		}
		if (s == SQLITE_DONE)
			audit_problem(rep, _("the trigger %s that keeps the log append-only is gone (dropped outside netral; 'netral init' restores it)"),
				      triggers[i]);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

int audit_restore_triggers(struct db *d)
{
	const struct embedded *em = embedded_find("data/triggers.sql");

	if (!em)
		return fail(NX_DATABASE, _("internal error: '%s' is not built in"), "data/triggers.sql");
	return db_exec(d, em->data);
}

/* A run of consecutive events without a link, said once (none when
 * any is 0: an id can be anything, 0 too). */
static void unlinked(struct audit_report *rep, int any, long long first, long long last)
{
	if (!any)
		return;
	if (first == last)
		audit_problem(rep, _("peristiwa %lld: rantai: no link: the event was written or changed outside netral"),
			      first);
	else
		audit_problem(rep, _("peristiwa %lld to %lld: rantai: no link: the events were written or changed outside netral"),
			      first, last);
}

int audit_check_chain(struct db *d, const char *since, const char *from, struct audit_report *rep)
{
	sqlite3_stmt *st;
	char head[65] = "";
	long long first = 0, last = 0;
	int rc, s, found = !since || !*since, broken = 0, any = 0;

	if ((rc = db_prepare(d, "SELECT id, kasus_id, waktu, operator, jenis, kolom, lama, baru, catatan, "
			     "tanggal, rantai FROM peristiwa ORDER BY id", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *ev[AUDIT_LINK_COLS], *stored = (const char *)sqlite3_column_text(st, AUDIT_LINK_COLS);
		long long id = sqlite3_column_int64(st, 0);
		char link[65];

		rep->events++;
		rep->head_id = id;
		for (int i = 0; i < AUDIT_LINK_COLS; i++)
			ev[i] = (const char *)sqlite3_column_text(st, i);
		if (!stored || !*stored) {
			/* since schema 11 netral links every event it writes, and
			 * the upgrade linked those written before: the next one
			 * begins again from "", as netral appends it */
			if (!any || id != last + 1) {
				unlinked(rep, any, first, last);
				first = id;
				any = 1;
			}
			last = id;
			head[0] = '\0';
			continue;
		}
		digest_link(head, ev, link);
		if (strcmp(link, stored) != 0 && !broken++)
			audit_problem(rep, _("peristiwa %lld: rantai: the chain breaks here: an event was changed, added or removed at or before it"),
				      id);
		snprintf(head, sizeof head, "%s", stored);
		found |= since && strcmp(since, stored) == 0;
	}
	sqlite3_finalize(st);
	if (s != SQLITE_DONE)
		return db_fail(d, _("cannot read the event log"));
	unlinked(rep, any, first, last);
	snprintf(rep->head, sizeof rep->head, "%s", head);
	if (!found && from)
		audit_problem(rep, _("%s: the head %.64s is not in the chain: the log was rewritten or cut short after it was recorded"),
			      from, since);
	else if (!found)
		audit_problem(rep, _("the head %.64s is not in the chain: the log was rewritten or cut short after it was recorded"),
			      since);
	return 0;
}
