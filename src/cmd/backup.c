/* netral backup: a consistent copy of the live database through SQLite's
 * backup API, while others go on writing; private, and whole or absent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/db/backup.h"
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
	const char *path;
	int c, rc;

	while ((c = next_opt(a, argc, argv, ":h", lo, "backup")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		return NX_USAGE;
	}
	if (optind + 1 != argc)
		return usage_error("backup", _("expected one file to write"));
	path = argv[optind];
	if ((rc = app_open(a, DB_READ)))
		return rc;
	if ((rc = db_backup(&a->db, path)))
		return rc;
	printf(_("backed up %s to %s\n"), a->db.path, path);
	return 0;
}
