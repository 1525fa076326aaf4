/* Commands made of subcommands (sub.h). */
#include <getopt.h>
#include <string.h>

#include "netral/cli/opt.h"
#include "netral/cegah/impor.h"
#include "netral/cegah/unit.h"
#include "netral/cli/sub.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

int app_subcommand(struct app *a, int argc, char **argv, const char *cmd, const char *help,
		   const struct subcommand *sub, size_t n, app_fn dflt)
{
	struct strbuf names = STRBUF_INIT;
	int rc;

	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
		return print_help(help);
	if (argc < 2)
		return dflt(a, argc, argv);
	for (size_t i = 0; i < n; i++)
		if (strcmp(argv[1], sub[i].name) == 0) {
			argv[1] = argv[0];
			return sub[i].fn(a, argc - 1, argv + 1);
		}
	for (size_t i = 0; i < n; i++)
		sb_printf(&names, "%s%s", i ? ", " : "", sub[i].name);
	rc = usage_error(cmd, _("unknown subcommand '%s' (%s)"), argv[1], sb_str(&names));
	sb_free(&names);
	return rc;
}

int app_list_opts(struct app *a, int argc, char **argv, const char *cmd, const char *help, int nargs,
		  enum format *fmt, int *excel)
{
	static const struct option lo[] = {
		OUT_OPTIONS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct out_opts out = { .fmt = FMT_TABLE };
	int c, rc;

	while ((c = next_opt(a, argc, argv, ":h", lo, cmd)) != -1) {
		if ((rc = out_option(cmd, c, optarg, &out)) < 0)
			return -rc;
		if (rc)
			continue;
		if (c == 'h')
			return print_help(help);
		return NX_USAGE;
	}
	*fmt = out.fmt;
	*excel = out.excel;
	if (argc - optind > nargs)
		return usage_error(cmd, _("unexpected argument '%s'"), argv[optind + nargs]);
	return -1;
}

int app_unit_arg(struct app *a, int argc, char **argv, long long *unit_id)
{
	char name[CEGAH_NAME_MAX + 1];
	struct err e;
	int rc;

	*unit_id = 0;
	if (optind >= argc)
		return 0;
	rc = cegah_unit_of(&a->db, argv[optind], 0, unit_id, name, &e);
	return rc < 0 ? fail(NX_NOTFOUND, "%s", e.msg) : rc;
}
