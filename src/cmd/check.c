/* netral check: the database's integrity, its foreign keys, and every
 * case's current state against its history. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/audit/verify.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cegah/verify.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/store.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"
#include "netral/io/textfile.h"
#include "netral/util/strbuf.h"

static const char help_text[] = N_(
"usage: netral check [--head | --since HEAD | --since-file FILE]\n"
"\n"
"Runs SQLite's integrity_check and foreign_key_check, checks the triggers\n"
"that keep the log append-only, recomputes the chain of the log (each\n"
"event holds the hash of the one before and of its own columns; every\n"
"event has its link), then proves every stored record against the log:\n"
"each case's history is replayed backwards from its current state, and\n"
"the state reached must be the one recorded at its creation or by its\n"
"import run; each unit, activity, signatory and permit must be the state\n"
"its last event holds; derived columns are computed again from the rules;\n"
"case numbers have no gap and each year's counter stands at its last case.\n"
"A difference means the database was changed outside netral: each problem\n"
"is printed as TABLE ROW: COLUMN: what is wrong; exit status 1 when there\n"
"is any.  A log rewritten whole, or cut short with the records its last\n"
"events wrote, is whole again: only a head recorded elsewhere shows it.\n"
"\n"
"  --head             print the chain's head, to record elsewhere\n"
"  --since HEAD       also prove that a head recorded earlier is still in\n"
"                     the chain: nothing before it was rewritten, nothing\n"
"                     after it cut off\n"
"  --since-file FILE  the same, the head read from FILE (the first line of\n"
"                     what 'check --head' or 'export --output-dir' wrote)\n");

static void print_problem(void *ctx, const char *problem)
{
	(void)ctx;
	sanitise(stdout, problem);
	putchar('\n');
}

static int is_head(const char *s, size_t n)
{
	return n == 64 && strspn(s, "0123456789abcdef") >= 64;
}

/* The head in the first line of a file that 'check --head' or the nightly
 * export wrote; its other lines are comments. */
static int head_of_file(const char *path, char head[65])
{
	char *text;
	size_t n;
	int rc;

	if ((rc = text_file_read(path, 4096, &text)))
		return rc;
	n = strcspn(text, "\r\n");
	if (!is_head(text, n)) {
		free(text);
		return fail(NX_DATA, _("%s:1: not a head of the log (64 hex digits, as 'netral check --head' prints it)"),
			    path);
	}
	memcpy(head, text, 64);
	head[64] = '\0';
	free(text);
	return 0;
}

int cmd_check(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "head", no_argument, NULL, 'H' },
		{ "since", required_argument, NULL, 's' },
		{ "since-file", required_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct audit_report rep = { print_problem, NULL, 0, 0, 0, "", 0 };
	char n1[32], n2[32], c1[64], c2[64], filed[65];
	const char *since = NULL, *from = NULL;
	int c, rc, head = 0;

	while ((c = next_opt(a, argc, argv, ":h", lo, "check")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c == 'H')
			head = 1;
		else if (c == 's')
			since = optarg;
		else if (c == 'S')
			from = optarg;
		else
			return NX_USAGE;
	}
	if (optind < argc)
		return usage_error("check", _("unexpected argument '%s'"), argv[optind]);
	if (head + !!since + !!from > 1)
		return usage_error("check", _("--head, --since and --since-file do not go together"));
	if (since && !is_head(since, strlen(since)))
		return usage_error("check", _("--since takes a head as 'check --head' prints it (64 hex digits)"));
	if (from) {
		if ((rc = head_of_file(from, filed)))
			return rc;
		since = filed;
	}
	if ((rc = app_open(a, DB_READ)) || (rc = audit_check_chain(&a->db, since, from, &rep)))
		return rc;
	if (head) {
		/* what to record elsewhere: the head alone, and a broken chain said */
		printf("%s\n", rep.head);
		return rep.problems ? NX_ATTENTION : 0;
	}
	if ((rc = audit_check_db(&a->db, &rep)) || (rc = audit_check_rules(&a->db, &rep)) ||
	    (rc = kasus_verify(&a->db, &a->rules, &rep)) || (rc = cegah_verify(&a->db, &rep)))
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
