/* netral check: the database's integrity, its foreign keys, and every
 * case's current state against its history. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/verify.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cegah/verify.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/store.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"
#include "netral/util/strbuf.h"

static const char help_text[] = N_(
"usage: netral check [--head | --since HEAD]\n"
"\n"
"Runs SQLite's integrity_check and foreign_key_check, checks the triggers\n"
"that keep the log append-only, recomputes the chain of the log (each\n"
"event holds the hash of the one before and of its own columns), then\n"
"replays every case's history backwards from its current state: each\n"
"logged change must match, and the state reached must be the one recorded\n"
"at creation or by its import run.  Derived columns are computed again from\n"
"the rules, and case numbers must have no gap.  A difference means the\n"
"database was changed outside netral.  Each problem is printed; exit status\n"
"1 when there is any.\n"
"\n"
"  --head        print the chain's head, to record elsewhere\n"
"  --since HEAD  also prove that a head recorded earlier is still in the\n"
"                chain: nothing before it was rewritten, even by someone who\n"
"                recomputed the chain\n");

static void print_problem(void *ctx, const char *problem)
{
	(void)ctx;
	sanitise(stdout, problem);
	putchar('\n');
}

int cmd_check(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "head", no_argument, NULL, 'H' },
		{ "since", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct audit_report rep = { print_problem, NULL, 0, 0, 0, "", 0 };
	char n1[32], n2[32], c1[64], c2[64];
	const char *since = NULL;
	int c, rc, head = 0;

	while ((c = next_opt(argc, argv, ":h", lo, "check")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c == 'H')
			head = 1;
		else if (c == 's')
			since = optarg;
		else
			return NX_USAGE;
	}
	if (optind < argc)
		return usage_error("check", _("unexpected argument '%s'"), argv[optind]);
	if (head && since)
		return usage_error("check", _("--head and --since do not go together"));
	if (since && (strlen(since) != 64 || strspn(since, "0123456789abcdef") != 64))
		return usage_error("check", _("--since takes a head as 'check --head' prints it (64 hex digits)"));
	if ((rc = app_open(a, DB_READ)) || (rc = audit_check_chain(&a->db, since, &rep)))
		return rc;
	if (head) {
		/* what to record elsewhere: the head alone, and a broken chain said */
		printf("%s\n", rep.head);
		return rep.problems ? NX_ATTENTION : 0;
	}
	if ((rc = audit_check_db(&a->db, &rep)) || (rc = kasus_verify(&a->db, &a->rules, &rep)) ||
	    (rc = cegah_verify(&a->db, &rep)))
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
	printf(_("check: ok (%s, %s; integrity, foreign keys and the chain ok)\n"), c1, c2);
	if (since)
		printf(_("the head %.12s... is in the chain: nothing before it was rewritten\n"), since);
	return 0;
}
