/* The run of a small import (units, activities, signatories), shared by
 * their commands: the file, or - for standard input, read in one
 * transaction, all or nothing unless --skip-invalid, the rejected rows to
 * a reject file (0600) to fix and import again, --dry-run rolling back. */
#ifndef NETRAL_CLI_IMPOR_H
#define NETRAL_CLI_IMPOR_H

#include "netral/cegah/impor.h"
#include "netral/cli/app.h"
#include "netral/io/csvtable.h"

struct app_impor {
	const char *cmd;          /* "unit import", for messages */
	const char *path, *reject, *pemilihan;
	int skip_invalid, dry_run, quiet;
	int updates;              /* the summary counts updated and unchanged rows */
	const struct strbuf *said; /* printed before the summary: what changed */
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
/* A prevention import whole: the options (--pemilihan when with_pemilihan),
 * the rows of cols (required: those the header must name) through row,
 * the run.  im is left for the caller to read and to free. */
int app_cegah_import(struct app *a, int argc, char **argv, const char *help, int with_pemilihan,
		     struct app_impor *o, const char *const *cols, unsigned required,
		     int (*row)(void *, const char *const *, long, struct err *, int *),
		     struct cegah_impor *im);
/* The unit a listing names as its argument at optind, if any, into
 * *unit_id (0: every unit); NX_NOTFOUND, reported, when there is none. */
int app_unit_arg(struct app *a, int argc, char **argv, long long *unit_id);

#endif
