/* A consistent copy of the database through SQLite's backup API. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/db/backup.h"
#include "netral/io/atomic.h"
#include "netral/util/msg.h"

/* The database, its -wal, -shm or -journal: a backup must not overwrite
 * them, nor create a file SQLite would take for one. */
int db_file_of(const char *db, const char *path)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	char real[PATH_MAX], dir[PATH_MAX], *slash, target[PATH_MAX + 256];
	struct stat a, b;

	if (stat(path, &b) == 0 && stat(db, &a) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return 1;
	if (!realpath(db, real))
		return 0;
	snprintf(dir, sizeof dir, "%s", path);
	slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	if (!realpath(slash ? (*dir ? dir : "/") : ".", target))
		return 0;
	snprintf(target + strlen(target), sizeof target - strlen(target), "/%s", slash ? slash + 1 : path);
	for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
		char name[PATH_MAX + 16];

		snprintf(name, sizeof name, "%s%s", real, suffix[i]);
		if (strcmp(name, target) == 0)
			return 1;
	}
	return 0;
}

int db_backup(struct db *d, const char *path)
{
	char tmp[4200];
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	sqlite3_stmt *st;
	int rc, fd, ok = 0;

	if (db_file_of(d->path, path))
		return fail(NX_USAGE, _("'%s' is the database or one of its files; back up to another file"), path);

	snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return fail(NX_IO, _("cannot create '%s': %s"), tmp, strerror(errno));
	/* the backup is as private as the database it copies, past the
	 * umask; fails only where a file system has no modes */
	(void)fchmod(fd, atomic_private_mode(path));
	close(fd);
	if (sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		rc = fail(NX_IO, _("cannot write '%s': %s"), tmp, sqlite3_errmsg(dst));
		goto out;
	}
	/* one step: a single read transaction, so the copy is one snapshot */
	b = sqlite3_backup_init(dst, "main", d->h, "main");
	if (!b) {
		rc = fail(NX_IO, _("cannot back up to '%s': %s"), path, sqlite3_errmsg(dst));
		goto out;
	}
	rc = sqlite3_backup_step(b, -1);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		rc = fail(db_status_of(rc), _("cannot back up to '%s': %s"), path, sqlite3_errstr(rc));
		goto out;
	}
	/* the copy keeps WAL mode; leave it as one self-contained file */
	if (sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(dst, "PRAGMA quick_check", -1, &st, NULL) != SQLITE_OK) {
		rc = fail(NX_IO, _("cannot check the backup '%s': %s"), tmp, sqlite3_errmsg(dst));
		goto out;
	}
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		rc = fail(db_status_of(rc), _("cannot check the backup '%s': %s"), tmp, sqlite3_errmsg(dst));
		sqlite3_finalize(st);
		goto out;
	}
	ok = strcmp(col_text(st, 0), "ok") == 0;
	sqlite3_finalize(st);
	if (!ok) {
		rc = fail(NX_DATABASE, _("the backup '%s' does not check out; the database may be damaged (run 'netral check')"),
			  path);
		goto out;
	}
	if (sqlite3_close(dst) != SQLITE_OK) {
		rc = fail(NX_IO, _("cannot write '%s'"), tmp);
		dst = NULL;
		goto out;
	}
	dst = NULL;
	if ((fd = open(tmp, O_RDONLY | O_CLOEXEC)) >= 0) {
		fsync(fd);
		close(fd);
	}
	if (rename(tmp, path) < 0) {
		rc = fail(NX_IO, _("cannot write '%s': %s"), path, strerror(errno));
		goto out;
	}
	return 0;
out:
	if (dst)
		sqlite3_close(dst);
	unlink(tmp);
	return rc ? rc : NX_IO;
}
