/* What the commands made of subcommands share (unit, kegiatan, pakta,
 * izin): dispatching to the subcommand, and the options of a listing. */
#ifndef NETRAL_CLI_SUB_H
#define NETRAL_CLI_SUB_H

#include "netral/cli/app.h"
#include "netral/io/format.h"

typedef int (*app_fn)(struct app *a, int argc, char **argv);

struct subcommand {
	const char *name;
	app_fn fn;
};

/* argv[1] names one of sub[0..n), which runs with it as its argv[0];
 * none given runs dflt; --help prints help.  "cmd: unknown subcommand"
 * lists them otherwise. */
int app_subcommand(struct app *a, int argc, char **argv, const char *cmd, const char *help,
		   const struct subcommand *sub, size_t n, app_fn dflt);
/* --format, --excel and --help, then at most nargs arguments, which start
 * at optind.  -1 to go on, else the exit status. */
int app_list_opts(struct app *a, int argc, char **argv, const char *cmd, const char *help, int nargs,
		  enum format *fmt, int *excel);
/* The unit a listing names as its argument at optind, if any, into
 * *unit_id (0: every unit); NX_NOTFOUND, reported, when there is none. */
int app_unit_arg(struct app *a, int argc, char **argv, long long *unit_id);

#endif
