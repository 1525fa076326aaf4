/* A roll-up's storage (rollup.h).  The numbers a file named are a
 * temporary table of the connection: a file of 2,000 cases is 2,000
 * inserts, and the cases it lacks one indexed query. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/kasus/repeat.h"
#include "netral/kasus/rollup.h"
#include "netral/util/strbuf.h"
#include "netral/util/msg.h"

struct rollup_state {
	sqlite3_stmt *seen;
};

static void rollup_close(void *state)
{
	struct rollup_state *s = state;

	sqlite3_finalize(s->seen);
}

static const struct db_module rollup_module = { sizeof(struct rollup_state), NULL, NULL, rollup_close };

int rollup_seen_begin(struct db *d)
{
	return db_exec(d, "CREATE TEMP TABLE IF NOT EXISTS asal_terlihat (nomor TEXT PRIMARY KEY) WITHOUT ROWID; "
		       "DELETE FROM temp.asal_terlihat");
}

int rollup_seen(struct db *d, const char *asal_nomor)
{
	struct rollup_state *s = db_state(d, &rollup_module);
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_cached(d, &s->seen, "INSERT OR IGNORE INTO temp.asal_terlihat (nomor) VALUES (?1)", &st)))
		return rc;
	sqlite3_bind_text(st, 1, asal_nomor, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot record the file's cases"));
}

/* The cases rollup_unseen hands on, read whole before the first is
 * handed: a withdrawal changes the table being read.  Each is its number
 * and its origin's, a line each, into out; their count, or minus a
 * status. */
static long unseen_rows(struct db *d, const char *asal, struct strbuf *out)
{
	sqlite3_stmt *st;
	long n = 0;
	int rc, s;

	/* the partial index kasus_asal */
	if ((rc = db_prepare(d, "SELECT nomor, asal_nomor FROM kasus WHERE asal = ?1 "
			     "AND asal_nomor IS NOT NULL AND " KASUS_COUNTED_SQL("")
			     " AND asal_nomor NOT IN (SELECT nomor FROM temp.asal_terlihat) ORDER BY id", &st)))
		return -rc;
	sqlite3_bind_text(st, 1, asal, -1, SQLITE_STATIC);
	for (; (s = sqlite3_step(st)) == SQLITE_ROW; n++)
		sb_printf(out, "%s\n%s\n", col_text(st, 0), col_text(st, 1));
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? n : -db_fail(d, _("cannot read the cases"));
}

int rollup_unseen(struct db *d, const char *asal,
		  int (*fn)(void *ctx, const char *nomor, const char *asal_nomor), void *ctx)
{
	struct strbuf all = STRBUF_INIT;
	long n = unseen_rows(d, asal, &all);
	char *p = all.buf;
	int rc = n < 0 ? (int)-n : 0;

	while (!rc && n-- > 0) {
		char *theirs = strchr(p, '\n') + 1, *next = strchr(theirs, '\n') + 1;

		theirs[-1] = next[-1] = '\0';
		rc = fn(ctx, p, theirs);
		p = next;
	}
	sb_free(&all);
	return rc;
}
