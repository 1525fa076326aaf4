/* netral: global options, locale, and dispatch over the command table
 * (cmd/table.c). */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/util/distance.h"
#include "netral/util/msg.h"

/* one version number, the Makefile's */
#ifndef NETRAL_VERSION
#error "NETRAL_VERSION is the Makefile's VERSION"
#endif
#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif


static int help(void)
{
	fputs(_("usage: netral [--db PATH] [--operator NAME] [-q] COMMAND [ARGS]\n"), stdout);
	fputs(_("\nRecords and classifies violations of political neutrality by ASN and\n"
		"PPNPN against the matrix in force on the incident date (SKB 2022, and\n"
		"the rules before it).\n\nCommands:\n"), stdout);
	for (const struct command *c = commands; c->name; c++) {
		char names[64];

		if (!c->summary)
			continue;
		if (c->alias)
			snprintf(names, sizeof names, "%s, %s", c->name, c->alias);
		else
			snprintf(names, sizeof names, "%s", c->name);
		printf("  %-24s %s\n", names, _(c->summary));
	}
	putchar('\n');
	fputs(_("Global options (before or after the command):\n"
		"  --db PATH        the database (default: $NETRAL_DB, else the agency's\n"
		"                   that /etc/default/netral names, else\n"
		"                   $XDG_DATA_HOME/netral/netral.db)\n"
		"  --operator NAME  who makes the change (default: $NETRAL_OPERATOR,\n"
		"                   else the user who ran sudo, else the login name)\n"
		"  -q, --quiet      no warnings or progress\n"
		"  -h, --help       this help; 'netral COMMAND --help' for a command\n"
		"  -V, --version    the version\n"
		"\nExit status: 0 success, 1 something found (e.g. overdue cases), 2 usage,\n"
		"3 bad data, 4 not found, 5 database unusable, 6 file or disk error.\n"
		"See netral(1).\n"), stdout);
	return 0;
}

#ifdef ENABLE_NLS
static int catalogue_in(const char *dir)
{
	char path[4200];

	snprintf(path, sizeof path, "%s/id/LC_MESSAGES/netral.mo", dir);
	return access(path, R_OK) == 0;
}

/* An install moved elsewhere (BIN/../share/locale), or the source tree:
 * ./netral beside build/, and build/netral itself (build/locale). */
static int locale_beside_exe(char *out, size_t n)
{
	static const char *const rel[] = { "../share/locale", "build/locale", "locale" };
	char exe[4000], *slash;
	ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);

	if (len <= 0)
		return 0;
	exe[len] = '\0';
	if (!(slash = strrchr(exe, '/')))
		return 0;
	*slash = '\0';
	for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
		snprintf(out, n, "%s/%s", exe, rel[i]);
		if (catalogue_in(out))
			return 1;
	}
	return 0;
}
#endif

/* The language the environment asks for, spoken even where its locale
 * is not generated (the usual case on a server, whose 'locale -a' holds
 * C and POSIX): the messages' locale falls back to C.UTF-8 and gettext
 * is told the language through LANGUAGE, which it reads first anyway. */
static void language_anyway(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *want = NULL, *have = getenv("LANGUAGE");
	char lang[64];
	size_t n;

	for (size_t i = 0; i < sizeof vars / sizeof *vars && !want; i++)
		if (getenv(vars[i]) && *getenv(vars[i]))
			want = getenv(vars[i]);
	if (!want || strcmp(want, "C") == 0 || strcmp(want, "POSIX") == 0 || strncmp(want, "C.", 2) == 0)
		return;
	setlocale(LC_MESSAGES, "C.UTF-8");
	if (have && *have)
		return;
	n = strcspn(want, ".@");
	if (n == 0 || n >= sizeof lang)
		return;
	memcpy(lang, want, n);
	lang[n] = '\0';
	setenv("LANGUAGE", lang, 1);
}

static void setup_locale(void)
{
	/* LC_MESSAGES and LC_CTYPE only: an Indonesian LC_NUMERIC would put
	 * decimal commas into CSV files */
	if (!setlocale(LC_CTYPE, ""))
		setlocale(LC_CTYPE, "C.UTF-8");
	if (!setlocale(LC_MESSAGES, ""))
		language_anyway();
#ifdef ENABLE_NLS
	{
		const char *dir = getenv("NETRAL_LOCALEDIR");
		char rel[4096];

		/* an install moved elsewhere (DESTDIR, a package's prefix), or a
		 * build run from the source tree, finds the catalogue beside it */
		if ((!dir || !*dir) && !catalogue_in(LOCALEDIR) && locale_beside_exe(rel, sizeof rel))
			dir = rel;
		bindtextdomain("netral", dir && *dir ? dir : LOCALEDIR);
		bind_textdomain_codeset("netral", "UTF-8");
		textdomain("netral");
	}
#endif
}

/* The global options into a; -1 to go on, else the exit status. */
static int global_options(int argc, char **argv, struct app *a)
{
	static const struct option lo[] = {
		{ "db", required_argument, NULL, 'D' },
		{ "operator", required_argument, NULL, 'O' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *operator = NULL;
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "+:qhV", lo, NULL)) != -1) {
		switch (c) {
		case 'D':
			a->db_opt = optarg;
			break;
		case 'O':
			operator = optarg;
			break;
		case 'q':
			a->quiet = 1;
			break;
		case 'h':
			return help();
		case 'V':
			printf("netral %s\n", NETRAL_VERSION);
			return 0;
		case ':':
			error(_("option '%s' needs a value"), argv[optind - 1]);
			report_hint("%s", _("usage: netral [--db PATH] [--operator NAME] [-q] COMMAND [ARGS]\n"));
			return NX_USAGE;
		default:
			if (optopt && optopt < 256)
				error(_("unknown option '-%c'"), optopt);
			else
				error(_("unknown option '%s'"), argv[optind - 1]);
			report_hint("%s", _("usage: netral [--db PATH] [--operator NAME] [-q] COMMAND [ARGS]\n"));
			return NX_USAGE;
		}
	}
	if (audit_operator(operator, a->operator) < 0)
		return NX_USAGE;
	return -1;
}

/* An unknown command, and the nearest listed name within two edits, as
 * git says it. */
static int not_a_command(const char *word)
{
	const char *best = NULL;
	int dist = 3;

	for (const struct command *c = commands; c->name; c++) {
		const char *names[] = { c->name, c->alias };

		for (int i = 0; i < 2 && c->summary; i++) {
			int d = names[i] ? word_distance(word, names[i]) : dist;

			if (d < dist) {
				dist = d;
				best = names[i];
			}
		}
	}
	if (best && dist < (int)strlen(word))
		return fail(NX_USAGE, _("'%s' is not a command; did you mean '%s'?"), word, best);
	return fail(NX_USAGE, _("'%s' is not a command; see 'netral --help'"), word);
}

int main(int argc, char **argv)
{
	struct app a;
	int c;

	setup_locale();
	/* a file-size limit then fails the write (EFBIG), which every writer
	 * handles, instead of killing the process mid-file */
	signal(SIGXFSZ, SIG_IGN);
	memset(&a, 0, sizeof a);
	if ((c = global_options(argc, argv, &a)) >= 0)
		return c;
	if (optind >= argc) {
		report_hint("%s", _("usage: netral [--db PATH] [--operator NAME] [-q] COMMAND [ARGS]\n"));
		report_hint("%s", _("try 'netral --help'\n"));
		return NX_USAGE;
	}
	for (const struct command *cmd = commands; cmd->name; cmd++) {
		if (strcmp(argv[optind], cmd->name) != 0 &&
		    !(cmd->alias && strcmp(argv[optind], cmd->alias) == 0))
			continue;
		argc -= optind;
		argv += optind;
		/* 0, not 1: glibc keeps stale state otherwise */
		optind = 0;
		c = cmd->fn(&a, argc, argv);
		app_close(&a);
		/* a command that failed has said why (a workbook's stream its
		 * own write): the flag it left is not said again */
		if (!c && (fflush(stdout) != 0 || ferror(stdout)))
			return fail(NX_IO, _("cannot write the output: %s"), strerror(errno));
		return c;
	}
	return not_a_command(argv[optind]);
}
