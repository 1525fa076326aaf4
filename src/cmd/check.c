/* netral check: the database's integrity, its foreign keys, and every
 * case's current state against its history. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/audit/audit.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"
#include "netral/util/strbuf.h"

static const char help_text[] = N_(
"usage: netral check\n"
"\n"
"Runs SQLite's integrity_check and foreign_key_check, then replays every\n"
"case's history backwards from its current state: each logged change must\n"
"match, and the state reached must be the one recorded at creation (its\n"
"fingerprint).  A difference means the database was changed outside\n"
"netral.  Each problem is printed; exit status 1 when there is any.\n");

static int problems;

static void problem(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void problem(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	problems++;
}

static int pragma_check(struct db *d, const char *sql, int fk)
{
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = db_prepare(d, sql, &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		if (fk)
			problem(_("foreign key: %s row %s refers to a missing row of %s"),
				col_text(st, 0), col_text(st, 1), col_text(st, 2));
		else if (strcmp(col_text(st, 0), "ok") != 0)
			problem(_("integrity: %s"), col_text(st, 0));
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot check the database"));
}

static int same(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

static int col_index(const char *name)
{
	for (int i = 0; i < audit_ncols; i++)
		if (strcmp(audit_cols[i], name) == 0)
			return i;
	return -1;
}

static char *dup_or_null(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);

	return s ? xstrdup((const char *)s) : NULL;
}

/* Cases in id order, their events newest first: a merge of two scans. */
static int replay(struct db *d, long *ncases, long *nevents)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *cs, *es;
	char *cur[64];
	int rc, s, e;

	sb_puts(&sql, "SELECT id, nomor");
	for (int i = 0; i < audit_ncols; i++)
		sb_printf(&sql, ", %s", audit_cols[i]);
	sb_puts(&sql, " FROM kasus ORDER BY id");
	rc = db_prepare(d, sql.buf, &cs);
	sb_free(&sql);
	if (rc)
		return rc;
	if ((rc = db_prepare(d, "SELECT kasus_id, id, jenis, kolom, lama, baru FROM peristiwa "
			     "ORDER BY kasus_id, id DESC", &es))) {
		sqlite3_finalize(cs);
		return rc;
	}
	e = sqlite3_step(es);
	while ((s = sqlite3_step(cs)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(cs, 0);
		char nomor[32];
		int created = 0;

		(*ncases)++;
		snprintf(nomor, sizeof nomor, "%s", col_text(cs, 1));
		for (int i = 0; i < audit_ncols; i++)
			cur[i] = dup_or_null(cs, 2 + i);
		while (e == SQLITE_ROW && sqlite3_column_int64(es, 0) < id)
			e = sqlite3_step(es); /* events of no case: the foreign key check says so */
		for (; e == SQLITE_ROW && sqlite3_column_int64(es, 0) == id; e = sqlite3_step(es)) {
			const char *jenis = col_text(es, 2), *kolom = col_text(es, 3);
			long long ev = sqlite3_column_int64(es, 1);
			int k;

			(*nevents)++;
			if (created) {
				problem(_("case %s: event %lld comes before its creation"), nomor, ev);
				continue;
			}
			if (strcmp(jenis, "buat") == 0 || strcmp(jenis, "impor") == 0) {
				const char *fp = (const char *)sqlite3_column_text(es, 5);
				char hex[65];

				created = 1;
				if (!fp)
					continue; /* recorded before the log: nothing to compare */
				audit_fingerprint((const char *const *)cur, hex);
				if (strcmp(hex, fp) != 0)
					problem(_("case %s: its data differ from what its history gives (changed outside netral?)"),
						nomor);
				continue;
			}
			if ((k = col_index(kolom)) < 0) {
				problem(_("case %s: event %lld changes an unknown column '%s'"), nomor, ev, kolom);
				continue;
			}
			if (!same(cur[k], (const char *)sqlite3_column_text(es, 5)))
				problem(_("case %s: event %lld says %s became '%s', but the next state has '%s'"),
					nomor, ev, kolom, col_text(es, 5), cur[k] ? cur[k] : "");
			free(cur[k]);
			cur[k] = dup_or_null(es, 4);
		}
		if (!created)
			problem(_("case %s: no creation event"), nomor);
		for (int i = 0; i < audit_ncols; i++)
			free(cur[i]);
	}
	rc = s == SQLITE_DONE && (e == SQLITE_DONE || e == SQLITE_ROW) ? 0 :
	     db_fail(d, _("cannot read the history"));
	sqlite3_finalize(cs);
	sqlite3_finalize(es);
	return rc;
}

int cmd_check(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	long ncases = 0, nevents = 0;
	char c1[32], c2[32];
	int c, rc;

	while ((c = next_opt(argc, argv, ":h", lo, "check")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		return NX_USAGE;
	}
	if (optind < argc)
		return usage_error("check", _("unexpected argument '%s'"), argv[optind]);
	problems = 0;
	if ((rc = app_open(a, DB_READ)) ||
	    (rc = pragma_check(&a->db, "PRAGMA integrity_check", 0)) ||
	    (rc = pragma_check(&a->db, "PRAGMA foreign_key_check", 1)) ||
	    (rc = replay(&a->db, &ncases, &nevents)))
		return rc;
	fmt_count(ncases, c1);
	fmt_count(nevents, c2);
	if (problems) {
		printf(_("check: %d problems (%s cases, %s events)\n"), problems, c1, c2);
		return NX_ATTENTION;
	}
	printf(_("check: ok (%s cases, %s events; integrity and foreign keys ok)\n"), c1, c2);
	return 0;
}
