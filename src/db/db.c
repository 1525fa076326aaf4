/* Opening the database: location, permissions, pragmas, identity checks,
 * schema creation and migrations.  Every connection gets the same settings. */
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
#include "netral/db/func.h"
#include "netral/util/embed.h"
#include "netral/util/strbuf.h"
#include "netral/util/msg.h"
#include "netral/util/utf8.h"

int db_locate(const char *opt, char *out, size_t cap, int *is_default)
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
	else {
		*is_default = 1;
		if (xdg && *xdg == '/')
			n = snprintf(out, cap, "%s/netral/netral.db", xdg);
		else if (home && *home)
			n = snprintf(out, cap, "%s/.local/share/netral/netral.db", home);
		else
			return fail(NX_USAGE, _("no database location: give --db, or set NETRAL_DB or HOME"));
	}
	if (n < 0 || (size_t)n >= cap)
		return fail(NX_USAGE, _("database path too long"));
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

static int int_pragma(struct db *d, const char *sql, int *out)
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

static int mkdir_p(const char *path, mode_t mode)
{
	char buf[4096];
	struct stat sb;

	snprintf(buf, sizeof buf, "%s", path);
	for (char *p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, mode) < 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(buf, mode) < 0 && errno != EEXIST)
		return -1;
	if (stat(buf, &sb) < 0 || !S_ISDIR(sb.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	return 0;
}

/* A file of the database (or its -wal, -shm) readable by others is made
 * private again; one that cannot be (not ours) is named. */
static void tighten_file(const char *path)
{
	struct stat sb;

	if (stat(path, &sb) < 0 || !S_ISREG(sb.st_mode) || !(sb.st_mode & 077))
		return;
	if (chmod(path, sb.st_mode & 0700) < 0)
		warning(_("'%s' can be read by others (mode %04o) and cannot be made private: %s"),
			path, (unsigned)(sb.st_mode & 07777), strerror(errno));
}

/* The files of the database private, the default directory too (it is
 * netral's own); a directory others may write into (without the sticky
 * bit) lets them replace the database, which is said. */
static void tighten(const char *path, int is_default)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	char name[4200], dir[4096], *slash;
	struct stat sb;

	for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
		snprintf(name, sizeof name, "%s%s", path, suffix[i]);
		tighten_file(name);
	}
	snprintf(dir, sizeof dir, "%s", path);
	slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	else
		snprintf(dir, sizeof dir, ".");
	if (stat(dir, &sb) < 0)
		return;
	if (is_default && (sb.st_mode & 077) && chmod(dir, sb.st_mode & 0700) < 0)
		warning(_("'%s' can be read by others and cannot be made private: %s"), dir, strerror(errno));
	else if (!is_default && (sb.st_mode & 022) && !(sb.st_mode & S_ISVTX))
		warning(_("others may write into '%s', and so replace the database in it"), dir);
}

/* Creates the file 0600 before SQLite does, since SQLite would use 0644
 * and the file holds personal data; the WAL files inherit the mode. */
static int create_private(const char *path, int is_default, int *created)
{
	int fd;

	if (is_default) {
		char dir[4096];
		char *slash;

		snprintf(dir, sizeof dir, "%s", path);
		slash = strrchr(dir, '/');
		if (slash && slash != dir) {
			*slash = '\0';
			if (mkdir_p(dir, 0700) < 0)
				return fail(NX_IO, _("cannot create directory '%s': %s"),
					    dir, strerror(errno));
		}
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno != EEXIST)
		return fail(NX_IO, _("cannot create database '%s': %s"), path,
			    strerror(errno));
	if (fd >= 0)
		close(fd);
	*created = fd >= 0;
	return 0;
}

static int run_script(struct db *d, const char *name)
{
	const struct embedded *em = embedded_find(name);
	char *msg = NULL;

	if (!em)
		return fail(NX_DATABASE, _("internal error: '%s' is not built in"), name);
	if (sqlite3_exec(d->h, em->data, NULL, NULL, &msg) != SQLITE_OK) {
		int rc = fail(db_status_of(sqlite3_errcode(d->h)),
			      _("cannot apply '%s' to '%s': %s"), name, d->path,
			      msg ? msg : "");
		sqlite3_free(msg);
		return rc;
	}
	return 0;
}

static int empty_or_foreign(struct db *d)
{
	int tables, rc;

	if ((rc = int_pragma(d, "SELECT count(*) FROM sqlite_schema", &tables)))
		return rc;
	if (tables)
		return fail(NX_DATABASE, _("'%s' is not a netral database"), d->path);
	return 0;
}

static int set_version(struct db *d)
{
	char sql[128];

	snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d",
		 NETRAL_APPLICATION_ID, NETRAL_SCHEMA_VERSION);
	return db_exec(d, sql);
}

/* A new file gets the schema; an older one each migration in turn, all in
 * one transaction so an interrupted upgrade leaves the old version. */
static int create_or_migrate(struct db *d, int version)
{
	int rc;

	if ((rc = db_begin(d)))
		return rc;
	/* re-read under the lock: another process may have done it meanwhile */
	if ((rc = int_pragma(d, "PRAGMA user_version", &version)))
		goto out;
	if (version == 0) {
		int tables;

		if ((rc = int_pragma(d, "SELECT count(*) FROM sqlite_schema", &tables)))
			goto out;
		if (tables != 0)
			rc = fail(NX_DATABASE, _("'%s' is not a netral database"), d->path);
		else if (!(rc = run_script(d, "data/schema.sql")))
			rc = run_script(d, "data/triggers.sql");
		if (!rc && !(rc = set_version(d))) {
			/* committed by the caller with what it stores first */
			d->fresh = 1;
			return 0;
		}
	} else {
		for (int v = version + 1; v <= NETRAL_SCHEMA_VERSION && !rc; v++) {
			char name[64];

			snprintf(name, sizeof name, "data/migrate/%03d.sql", v);
			rc = run_script(d, name);
		}
	}
	if (!rc)
		rc = set_version(d);
	if (!rc)
		return db_commit(d);
out:
	db_rollback(d);
	return rc;
}

/* NETRAL_BUSY_TIMEOUT in milliseconds, else a minute: how long a writer
 * waits for another.  A value that is not a number is an error, not 0. */
static int busy_timeout(int *ms)
{
	const char *t = getenv("NETRAL_BUSY_TIMEOUT");
	char *end;
	long v;

	*ms = 60000;
	if (!t || !*t)
		return 0;
	errno = 0;
	v = strtol(t, &end, 10);
	if (*end || errno || v < 0 || v > 24L * 3600 * 1000)
		return fail(NX_USAGE, _("NETRAL_BUSY_TIMEOUT: '%s' is not a number of milliseconds"), t);
	*ms = (int)v;
	return 0;
}

static void configure_early(struct db *d, int ms)
{
	/* first, so that even the first read waits for a busy writer */
	sqlite3_busy_timeout(d->h, ms);
	sqlite3_db_config(d->h, SQLITE_DBCONFIG_DQS_DML, 0, (int *)0);
	sqlite3_db_config(d->h, SQLITE_DBCONFIG_DQS_DDL, 0, (int *)0);
	sqlite3_extended_result_codes(d->h, 1);
	db_functions(d->h);
}

/* After the identity checks: a foreign file is never switched to WAL. */
static int configure(struct db *d, enum db_mode mode)
{
	if (mode == DB_WRITE) {
		sqlite3_stmt *st;
		int rc;

		if (sqlite3_prepare_v2(d->h, "PRAGMA journal_mode=WAL", -1, &st, NULL) != SQLITE_OK)
			return db_fail(d, _("cannot open the database"));
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_ROW)
			return db_fail(d, _("cannot open the database"));
	}
	return db_exec(d, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON");
}

/* The first read, quietly: does this connection work at all? */
static int probe(struct db *d)
{
	return sqlite3_exec(d->h, "PRAGMA application_id", NULL, NULL, NULL);
}

/*
 * A WAL database in a directory we cannot write cannot be read the usual
 * way: SQLite must create its -shm file.  Nobody can be writing it either
 * (they could not create their -wal file), so it is read as immutable.
 */
static int open_immutable(struct db *d)
{
	struct strbuf uri = STRBUF_INIT;
	char dir[4096], *slash;
	int rc;

	snprintf(dir, sizeof dir, "%s", d->path);
	slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	else
		snprintf(dir, sizeof dir, ".");
	if (access(dir, W_OK) == 0 || access(d->path, R_OK) != 0)
		return db_fail(d, _("cannot read the database"));
	{
		char wal[4200];
		struct stat sb;

		/* its changes cannot be read without the -shm file: say so */
		snprintf(wal, sizeof wal, "%s-wal", d->path);
		if (stat(wal, &sb) == 0 && sb.st_size > 0)
			warning(_("'%s' holds changes not yet in the database, which a read-only directory keeps from being read: what is shown may be out of date"),
				wal);
	}
	/* the path as a URI: the characters a URI gives meaning to escaped */
	sb_puts(&uri, "file:");
	for (const char *p = d->path; *p; p++)
		if (strchr("%?#", *p))
			sb_printf(&uri, "%%%02X", (unsigned char)*p);
		else
			sb_putc(&uri, *p);
	sb_puts(&uri, "?immutable=1");
	sqlite3_close_v2(d->h);
	d->h = NULL;
	rc = sqlite3_open_v2(uri.buf, &d->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
	sb_free(&uri);
	if (rc != SQLITE_OK || probe(d) != SQLITE_OK) {
		rc = db_fail(d, _("cannot read the database"));
		db_close(d);
		return rc;
	}
	configure_early(d, d->busy_ms);
	return 0;
}

int db_open(struct db *d, const char *opt_path, enum db_mode mode)
{
	static int configured;
	struct stat sb;
	int is_default, rc, appid, version, flags;

	if (!configured) {
		/* one thread, and no allocation statistics: both cost a mutex
		 * on every call, which a bulk import makes millions of */
		sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		configured = 1;
	}

	memset(d, 0, sizeof *d);
	if ((rc = db_locate(opt_path, d->path, sizeof d->path, &is_default)) ||
	    (rc = busy_timeout(&d->busy_ms)))
		return rc;
	if (stat(d->path, &sb) < 0) {
		if (errno != ENOENT)
			return fail(NX_IO, _("cannot open database '%s': %s"), d->path,
				    strerror(errno));
		if (mode != DB_WRITE)
			return fail(NX_NOTFOUND, _("no database at '%s' (create one with 'netral init', or give --db)"),
				    d->path);
		if ((rc = create_private(d->path, is_default, &d->created)))
			return rc;
	} else if (S_ISDIR(sb.st_mode)) {
		return fail(NX_USAGE, _("'%s' is a directory, not a database file"), d->path);
	} else if (!S_ISREG(sb.st_mode)) {
		/* SQLite would wait on a FIFO for ever */
		return fail(NX_USAGE, _("'%s' is not a regular file (a FIFO or a device?), not a database"),
			    d->path);
	}
	flags = mode == DB_READ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	if (sqlite3_open_v2(d->path, &d->h, flags, NULL) != SQLITE_OK) {
		rc = db_fail(d, _("cannot open the database"));
		db_close(d);
		return rc;
	}
	configure_early(d, d->busy_ms);
	if (mode == DB_READ && probe(d) != SQLITE_OK && (rc = open_immutable(d)))
		return rc;
	if (mode != DB_READ && sqlite3_db_readonly(d->h, "main") == 1) {
		rc = fail(NX_DATABASE, _("'%s' is read-only for you: nothing can be recorded (reading still works)"),
			  d->path);
		goto bad;
	}
	if (mode == DB_WRITE)
		tighten(d->path, is_default);
	if ((rc = int_pragma(d, "PRAGMA application_id", &appid)) ||
	    (rc = int_pragma(d, "PRAGMA user_version", &version)))
		goto bad;
	if (appid != 0 && appid != NETRAL_APPLICATION_ID) {
		rc = fail(NX_DATABASE, _("'%s' is not a netral database"), d->path);
		goto bad;
	}
	if (version < 0 || (appid == NETRAL_APPLICATION_ID && version == 0)) {
		rc = fail(NX_DATABASE, _("'%s' is marked as a netral database but has schema version %d, which no netral writes: it is damaged, or was changed by another program"),
			  d->path, version);
		goto bad;
	}
	if (version > NETRAL_SCHEMA_VERSION) {
		rc = fail(NX_DATABASE, _("'%s' has schema version %d, newer than this netral knows (%d): use a newer netral"),
			  d->path, version, NETRAL_SCHEMA_VERSION);
		goto bad;
	}
	if (appid == 0 || version < NETRAL_SCHEMA_VERSION) {
		/* a dry run writes nothing, an upgrade neither */
		if (mode != DB_WRITE) {
			if (appid == 0 && version == 0)
				rc = fail(NX_DATABASE, _("'%s' is not a netral database"), d->path);
			else
				rc = fail(NX_DATABASE, _("'%s' has schema version %d and needs an upgrade: run 'netral init'"),
					  d->path, version);
			goto bad;
		}
		if (appid == 0 && version == 0 && (rc = empty_or_foreign(d)))
			goto bad;
		if ((rc = configure(d, mode)) || (rc = create_or_migrate(d, version)))
			goto bad;
		return 0;
	}
	if ((rc = configure(d, mode)))
		goto bad;
	return 0;
bad:
	db_close(d);
	return rc;
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
