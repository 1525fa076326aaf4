/* Opening the database: location, permissions, pragmas, identity checks;
 * every connection gets the same settings (db.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/db/db.h"
#include "netral/db/func.h"
#include "netral/db/migrate.h"
#include "netral/io/atomic.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

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

/* The folder a file is in. */
static void dir_of(const char *path, char *dir, size_t cap)
{
	char *slash;

	snprintf(dir, cap, "%s", path);
	slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	else
		snprintf(dir, cap, ".");
}

/* A database in a set-group-ID folder is its group's (atomic.h): the
 * Debian package's /var/lib/netral, where every clerk in the group reads
 * and writes it as themself.  Anywhere else it is its owner's alone. */
static int shared(const char *path)
{
	return atomic_private_mode(path) == 0660;
}

/* In a shared folder, SQLite makes the -wal and -shm of whichever clerk
 * opens the database first: it creates them past the umask, then gives
 * them the database's mode, and a second clerk opening them between the
 * two finds them the first one's alone and the database read-only.  So
 * the umask lets the group's bits through (never the others'): each file
 * is the group's from its creation.  netral's own files set their modes
 * themselves (atomic.h). */
static void group_umask(void)
{
	mode_t mask = umask(0);

	umask(mask & ~(mode_t)060);
}

/* A file of the database (or its -wal, -shm) readable by others is made
 * private again, or in a shared folder the group's (what its owner may
 * do, the group may); one that cannot be (not ours) is named. */
static void tighten_file(const char *path, int group)
{
	struct stat sb;
	mode_t mode, want;

	if (stat(path, &sb) < 0 || !S_ISREG(sb.st_mode))
		return;
	mode = sb.st_mode & 0777;
	want = group ? (mode & 0600) | (mode & 0600) >> 3 : mode & 0700;
	if (mode == want)
		return;
	if (chmod(path, want) < 0 && (mode & 07))
		warning(_("'%s' can be read by others (mode %04o) and cannot be made private: %s"),
			path, (unsigned)(sb.st_mode & 07777), strerror(errno));
}

/* The files of the database private (or the group's), the default
 * directory too (it is netral's own); a directory others may write into
 * (without the sticky bit) lets them replace the database, which is said:
 * in a shared one (group), the group writes by design. */
static void tighten(const char *path, int is_default, int group)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	char name[4200], dir[4096];
	struct stat sb;

	for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
		snprintf(name, sizeof name, "%s%s", path, suffix[i]);
		tighten_file(name, group);
	}
	dir_of(path, dir, sizeof dir);
	if (stat(dir, &sb) < 0)
		return;
	if (is_default && (sb.st_mode & 077) && chmod(dir, sb.st_mode & 0700) < 0)
		warning(_("'%s' can be read by others and cannot be made private: %s"), dir, strerror(errno));
	else if (!is_default && (sb.st_mode & (group ? 002 : 022)) && !(sb.st_mode & S_ISVTX))
		warning(_("others may write into '%s', and so replace the database in it"), dir);
}

/* Creates the file before SQLite does, since SQLite would use 0644 and
 * the file holds personal data: 0600, or 0660 in a shared folder, whatever
 * the umask; SQLite gives its WAL files the database's mode. */
static int create_private(const char *path, int is_default, int *created)
{
	mode_t mode = atomic_private_mode(path);
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
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	if (fd < 0 && errno != EEXIST)
		return fail(NX_IO, _("cannot create database '%s': %s"), path,
			    strerror(errno));
	*created = fd >= 0;
	if (fd >= 0) {
		/* past the umask; fails only where a file system has no modes */
		(void)fchmod(fd, mode);
		close(fd);
	}
	return 0;
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
	char dir[4096];
	int rc;

	dir_of(d->path, dir, sizeof dir);
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

/* The file: located, created private for a write where it is missing, a
 * directory or FIFO refused.  Returns a status. */
static int find_file(struct db *d, const char *opt_path, enum db_mode mode, int *is_default)
{
	struct stat sb;
	struct err e;
	int rc;

	if (db_locate(opt_path, d->path, sizeof d->path, is_default, &e))
		return fail(NX_USAGE, "%s", e.msg);
	if ((rc = busy_timeout(&d->busy_ms)))
		return rc;
	if (stat(d->path, &sb) < 0) {
		if (errno != ENOENT)
			return fail(NX_IO, _("cannot open database '%s': %s"), d->path,
				    strerror(errno));
		if (mode != DB_WRITE)
			return fail(NX_NOTFOUND, _("no database at '%s' (create one with 'netral init', or give --db)"),
				    d->path);
		return create_private(d->path, *is_default, &d->created);
	}
	if (S_ISDIR(sb.st_mode))
		return fail(NX_USAGE, _("'%s' is a directory, not a database file"), d->path);
	if (!S_ISREG(sb.st_mode))
		/* SQLite would wait on a FIFO for ever */
		return fail(NX_USAGE, _("'%s' is not a regular file (a FIFO or a device?), not a database"),
			    d->path);
	return 0;
}

/* Ours, and of a version this netral reads: application_id and
 * user_version.  Returns a status. */
static int identity(struct db *d, int *appid, int *version)
{
	int rc;

	if ((rc = db_int(d, "PRAGMA application_id", appid)) ||
	    (rc = db_int(d, "PRAGMA user_version", version)))
		return rc;
	if (*appid != 0 && *appid != NETRAL_APPLICATION_ID)
		return fail(NX_DATABASE, _("'%s' is not a netral database"), d->path);
	if (*version < 0 || (*appid == NETRAL_APPLICATION_ID && *version == 0))
		return fail(NX_DATABASE, _("'%s' is marked as a netral database but has schema version %d, which no netral writes: it is damaged, or was changed by another program"),
			    d->path, *version);
	if (*version > NETRAL_SCHEMA_VERSION)
		return fail(NX_DATABASE, _("'%s' has schema version %d, newer than this netral knows (%d): use a newer netral"),
			    d->path, *version, NETRAL_SCHEMA_VERSION);
	return 0;
}

/* A file behind the current schema: upgraded for a write, refused
 * otherwise (a dry run writes nothing, an upgrade neither). */
static int upgrade(struct db *d, enum db_mode mode, int appid, int version)
{
	int rc;

	if (mode != DB_WRITE) {
		if (appid == 0 && version == 0)
			return fail(NX_DATABASE, _("'%s' is not a netral database"), d->path);
		return fail(NX_DATABASE, _("'%s' has schema version %d and needs an upgrade: run 'netral init'"),
			    d->path, version);
	}
	if (appid == 0 && version == 0 && (rc = db_empty_or_foreign(d)))
		return rc;
	if ((rc = configure(d, mode)))
		return rc;
	return db_create_or_migrate(d, version);
}

int db_open(struct db *d, const char *opt_path, enum db_mode mode)
{
	static int configured;
	int is_default, rc, appid, version, group;

	if (!configured) {
		/* one thread, and no allocation statistics: both cost a mutex
		 * on every call, which a bulk import makes millions of */
		sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		configured = 1;
	}
	memset(d, 0, sizeof *d);
	if ((rc = find_file(d, opt_path, mode, &is_default)))
		return rc;
	if ((group = shared(d->path)))
		group_umask();
	if (sqlite3_open_v2(d->path, &d->h, mode == DB_READ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE,
			    NULL) != SQLITE_OK) {
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
		tighten(d->path, is_default, group);
	if ((rc = identity(d, &appid, &version)))
		goto bad;
	if (appid == 0 || version < NETRAL_SCHEMA_VERSION)
		rc = upgrade(d, mode, appid, version);
	else
		rc = configure(d, mode);
	if (!rc)
		return 0;
bad:
	db_close(d);
	return rc;
}
