/* netral check: the database's integrity, its foreign keys, and every
 * case's current state against its history. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/verify.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/store.h"
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

static void print_problem(void *ctx, const char *problem)
{
	(void)ctx;
	sanitise(stdout, problem);
	putchar('\n');
}

int cmd_check(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct audit_report rep = { print_problem, NULL, 0, 0, 0 };
	char n1[32], n2[32], c1[64], c2[64];
	int c, rc;

	while ((c = next_opt(argc, argv, ":h", lo, "check")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		return NX_USAGE;
	}
	if (optind < argc)
		return usage_error("check", _("unexpected argument '%s'"), argv[optind]);
	if ((rc = app_open(a, DB_READ)) || (rc = audit_check_db(&a->db, &rep)) ||
	    (rc = kasus_verify(&a->db, &rep)))
		return rc;
	fmt_count(rep.cases, n1);
	fmt_count(rep.events, n2);
	snprintf(c1, sizeof c1, P_("%s case", "%s cases", rep.cases), n1);
	snprintf(c2, sizeof c2, P_("%s event", "%s events", rep.events), n2);
	if (rep.problems) {
		printf(P_("check: %d problem (%s, %s)\n", "check: %d problems (%s, %s)\n", rep.problems),
		       rep.problems, c1, c2);
		return NX_ATTENTION;
	}
	printf(_("check: ok (%s, %s; integrity and foreign keys ok)\n"), c1, c2);
	return 0;
}
