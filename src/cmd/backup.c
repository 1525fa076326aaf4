/* netral backup: a consistent copy of the live database through SQLite's
 * backup API, while others go on writing; private, and whole or absent. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/cli/app.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral backup FILE\n"
"\n"
"Copies the database to FILE (mode 0600) through SQLite's backup API: a\n"
"consistent snapshot even while imports and clerks write.  The copy is made\n"
"beside FILE, checked, and renamed into place, so FILE is either the old\n"
"file or a complete backup.  To restore: stop every netral writer, then\n"
"  netral --db FILE check && cp FILE DATABASE && rm -f DATABASE-wal DATABASE-shm\n");

int cmd_backup(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char tmp[4200];
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	sqlite3_stmt *st;
	const char *path;
	int c, rc, fd, ok = 0;

	while ((c = next_opt(argc, argv, ":h", lo, "backup")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		return NX_USAGE;
	}
	if (optind + 1 != argc)
		return usage_error("backup", _("expected one file to write"));
	path = argv[optind];
	if ((rc = app_open(a, DB_READ)))
		return rc;
	snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return fail(NX_IO, _("cannot create '%s': %s"), tmp, strerror(errno));
	close(fd);
	if (sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		rc = fail(NX_IO, _("cannot write '%s': %s"), tmp, sqlite3_errmsg(dst));
		goto out;
	}
	/* one step: a single read transaction, so the copy is one snapshot */
	b = sqlite3_backup_init(dst, "main", a->db.h, "main");
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
	ok = sqlite3_step(st) == SQLITE_ROW && strcmp(col_text(st, 0), "ok") == 0;
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
	printf(_("backed up %s to %s\n"), a->db.path, path);
	return 0;
out:
	if (dst)
		sqlite3_close(dst);
	unlink(tmp);
	return rc ? rc : NX_IO;
}
