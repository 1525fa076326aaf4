/* The database's common ground: where it lives, errors in words,
 * statements, transactions, per-connection module state, closing. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "netral/util/alloc.h"
#include "netral/db/db.h"
#include "netral/util/embed.h"
#include "netral/util/strbuf.h"
#include "netral/util/msg.h"
#include "netral/util/utf8.h"

/* The agency's database as the administrator set it for every user of
 * the machine: the last line NETRAL_DB=PATH of the defaults file the
 * package installs ($NETRAL_DEFAULTS, else NETRAL_DEFAULTS_FILE), which
 * the nightly export reads too.  A plain path, in quotes or not, never
 * expanded.  1 with the path in out, 0 for none (no such file, or no
 * line), -1 with e set for a file that cannot be read or a path too long:
 * said, never a private database made in the agency's stead. */
static int system_db(char *out, size_t cap, struct err *e)
{
	const char *file = getenv("NETRAL_DEFAULTS");
	char line[4200];
	FILE *fp;
	int found = 0;

	if (!file || !*file)
		file = NETRAL_DEFAULTS_FILE;
	if (!(fp = fopen(file, "re"))) {
		if (errno == ENOENT)
			return 0;
		err_set(e, _("cannot read '%s': %s"), file, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof line, fp)) {
		char *v = line + strspn(line, " \t");
		size_t n;

		if (strncmp(v, "NETRAL_DB=", 10) != 0)
			continue;
		v += 10;
		n = strcspn(v, "\r\n");
		while (n && (v[n - 1] == ' ' || v[n - 1] == '\t'))
			n--;
		if (n >= 2 && (*v == '"' || *v == '\'') && v[n - 1] == *v) {
			v++;
			n -= 2;
		}
		if (n >= cap) {
			err_set(e, _("%s: NETRAL_DB: the path is longer than %zu bytes"), file, cap - 1);
			found = -1;
			break;
		}
		/* as in the shell, the last assignment holds, an empty one unsets */
		if ((found = n > 0)) {
			memcpy(out, v, n);
			out[n] = '\0';
		}
	}
	if (found >= 0 && ferror(fp)) {
		err_set(e, _("cannot read '%s': %s"), file, strerror(errno));
		found = -1;
	}
	fclose(fp);
	return found;
}

int db_locate(const char *opt, char *out, size_t cap, int *is_default, struct err *e)
{
	const char *env = getenv("NETRAL_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	int n;

	*is_default = 0;
	if (opt && *opt)
		n = snprintf(out, cap, "%s", opt);
	else if (env && *env)
		n = snprintf(out, cap, "%s", env);
	else if ((n = system_db(out, cap, e)) != 0)
		return n > 0 ? 0 : NX_USAGE;
	else {
		*is_default = 1;
		if (xdg && *xdg == '/')
			n = snprintf(out, cap, "%s/netral/netral.db", xdg);
		else if (home && *home)
			n = snprintf(out, cap, "%s/.local/share/netral/netral.db", home);
		else {
			err_set(e, _("no database location: give --db, or set NETRAL_DB or HOME"));
			return NX_USAGE;
		}
	}
	if (n < 0 || (size_t)n >= cap) {
		err_set(e, _("database path too long"));
		return NX_USAGE;
	}
	return 0;
}

int db_status_of(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return NX_OK;
	case SQLITE_CONSTRAINT:
	case SQLITE_MISMATCH:
	case SQLITE_TOOBIG:
		return NX_DATA;
	case SQLITE_FULL:
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
	case SQLITE_NOMEM:
		return NX_IO;
	default:
		return NX_DATABASE;
	}
}

int db_fail(struct db *d, const char *what)
{
	int rc = sqlite3_extended_errcode(d->h);
	const char *msg = sqlite3_errmsg(d->h);

	/* a file size limit, or a disk that fails, refuses a write as an
	 * I/O error where a full disk is SQLITE_FULL: each rolls back whole */
	if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_TRUNCATE)
		return fail(NX_IO, _("%s: writing to the disk holding '%s' failed (a full disk, a file size limit or a failing disk); nothing was written"),
			    what, d->path);
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return fail(NX_DATABASE, _("%s: database '%s' is locked by another process; try again later"),
			    what, d->path);
	case SQLITE_FULL:
		return fail(NX_IO, _("%s: the disk holding '%s' is full; nothing was written"),
			    what, d->path);
	case SQLITE_READONLY:
		return fail(NX_DATABASE, _("%s: database '%s' is read-only (check the permissions of the file and its directory)"),
			    what, d->path);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return fail(NX_DATABASE, _("%s: '%s' is damaged or not a database: %s"),
			    what, d->path, msg);
	default:
		return fail(db_status_of(rc), "%s: %s (%s)", what, msg, d->path);
	}
}

int db_prepare(struct db *d, const char *sql, sqlite3_stmt **st)
{
	if (sqlite3_prepare_v2(d->h, sql, -1, st, NULL) != SQLITE_OK)
		return db_fail(d, _("cannot prepare a query"));
	return 0;
}

int db_cached(struct db *d, sqlite3_stmt **slot, const char *sql, sqlite3_stmt **st)
{
	if (!*slot) {
		int rc = db_prepare(d, sql, slot);

		if (rc)
			return rc;
	} else {
		sqlite3_reset(*slot);
		sqlite3_clear_bindings(*slot);
	}
	*st = *slot;
	return 0;
}

void *db_state(struct db *d, const struct db_module *m)
{
	int i;

	for (i = 0; i < DB_MODULES && d->mod[i].m; i++)
		if (d->mod[i].m == m)
			return d->mod[i].state;
	if (i == DB_MODULES)
		abort();  /* a new module needs a bigger DB_MODULES */
	d->mod[i].m = m;
	d->mod[i].state = xcalloc(1, m->size);
	return d->mod[i].state;
}

/* Each module's end, after a commit or a rollback. */
static void modules_end(struct db *d)
{
	for (int i = 0; i < DB_MODULES && d->mod[i].m; i++)
		if (d->mod[i].m->end)
			d->mod[i].m->end(d->mod[i].state);
}

int db_exec(struct db *d, const char *sql)
{
	if (sqlite3_exec(d->h, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(d, _("database error"));
	return 0;
}

void bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s && *s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

void bind_int_or_null(sqlite3_stmt *st, int i, int v, int is_null)
{
	if (is_null)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int(st, i, v);
}

const char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);

	return s ? (const char *)s : "";
}

int db_begin(struct db *d)
{
	if (sqlite3_exec(d->h, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(d, _("cannot start a transaction"));
	d->in_tx = 1;
	return 0;
}

const char *db_now(struct db *d)
{
	if (!d->now[0]) {
		time_t t = time(NULL);
		struct tm tm;

		gmtime_r(&t, &tm);
		strftime(d->now, sizeof d->now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	}
	return d->now;
}

int db_commit(struct db *d)
{
	int rc;

	for (int i = 0; i < DB_MODULES && d->mod[i].m; i++) {
		if (!d->mod[i].m->before_commit)
			continue;
		if ((rc = d->mod[i].m->before_commit(d, d->mod[i].state))) {
			db_rollback(d);
			return rc;
		}
	}
	if (sqlite3_exec(d->h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		int rc = db_fail(d, _("cannot commit"));

		db_rollback(d);
		return rc;
	}
	d->in_tx = 0;
	d->fresh = 0;
	modules_end(d);
	return 0;
}

void db_rollback(struct db *d)
{
	modules_end(d);
	if (d->h && !sqlite3_get_autocommit(d->h))
		sqlite3_exec(d->h, "ROLLBACK", NULL, NULL, NULL);
	d->in_tx = 0;
}

int db_int(struct db *d, const char *sql, int *out)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(d->h, sql, -1, &st, NULL) != SQLITE_OK)
		return db_fail(d, _("cannot read the database"));
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(d, _("cannot read the database"));
	return 0;
}

void db_close(struct db *d)
{
	int unborn = d->fresh && d->created;

	if (!d->h)
		return;
	db_rollback(d);
	for (int i = 0; i < DB_MODULES && d->mod[i].m; i++) {
		if (d->mod[i].m->close)
			d->mod[i].m->close(d->mod[i].state);
		free(d->mod[i].state);
		d->mod[i].m = NULL;
		d->mod[i].state = NULL;
	}
	sqlite3_close_v2(d->h);
	d->h = NULL;
	if (unborn) {
		/* a file this command made, whose schema and rules were never
		 * committed: nothing of it stays */
		char side[4096 + 8];

		unlink(d->path);
		snprintf(side, sizeof side, "%s-wal", d->path);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", d->path);
		unlink(side);
		d->fresh = 0;
	}
}
