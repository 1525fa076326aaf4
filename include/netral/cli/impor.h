/* The run of a small import (units, activities, signatories), shared by
 * their commands: the file, or - for standard input, read in one
 * transaction, all or nothing unless --skip-invalid, the rejected rows to
 * a reject file (0600) to fix and import again, --dry-run rolling back. */
#ifndef NETRAL_CLI_IMPOR_H
#define NETRAL_CLI_IMPOR_H

#include "netral/cli/app.h"
#include "netral/io/csvtable.h"

struct app_impor {
	const char *cmd;          /* "unit import", for messages */
	const char *path, *reject, *pemilihan;
	int skip_invalid, dry_run, quiet;
	int updates;              /* the summary counts updated and unchanged rows */
	char delim;
};

/* FILE, or - for standard input, into in (a directory refused); an exit
 * status, reported.  The case import reads through it too. */
int app_open_input(const char *arg, struct csvin *in);
/* The options every such import takes, and --pemilihan CODE when
 * with_pemilihan; -1 to go on, else the exit status (help, usage). */
int app_import_opts(int argc, char **argv, const char *help, int with_pemilihan,
		    struct app_impor *o);
/* Runs t over the file; returns an exit status (NX_DATA when a row was
 * rejected). */
int app_import_run(struct app *a, struct app_impor *o, struct csvtable *t);

#endif
