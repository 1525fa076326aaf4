/* netral init: create the database, or bring an older one up to date. */
#include <stdio.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/audit/log.h"
#include "netral/audit/verify.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral init\n"
"\n"
"Creates the database (mode 0600) with the built-in rules, or upgrades an\n"
"older one in a single transaction.  Running it again changes nothing.\n");

int cmd_init(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c, rc;

	while ((c = next_opt(a, argc, argv, ":h", lo, "init")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		return NX_USAGE;
	}
	if (optind < argc)
		return usage_error("init", _("unexpected argument '%s'"), argv[optind]);
	/* the log's triggers where something dropped them */
	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	if ((rc = audit_restore_triggers(&a->db)) ||
	    (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		return rc;
	}
	printf(_("database ready: %s\n"), a->db.path);
	return 0;
}
