/* The run of an import, whatever it reads (cases, units, activities,
 * signatories): the file or standard input, one transaction, all or
 * nothing unless --skip-invalid, the rejected rows to a reject file (0600)
 * to fix and import again, --dry-run doing everything and rolling it
 * back, Ctrl-C rolling back, progress on a terminal, one summary.  The
 * kind gives its columns and its row (io/csvimport.h). */
#ifndef NETRAL_CLI_IMPORT_H
#define NETRAL_CLI_IMPORT_H

#include "netral/audit/run.h"
#include "netral/cegah/impor.h"
#include "netral/cli/app.h"
#include "netral/io/csvimport.h"

/* Options beyond those every import takes (--skip-invalid, --reject,
 * --dry-run, --ignore-unknown, --delimiter, -q). */
#define IMPORT_TAKES_UPDATE 1u     /* --update, --force: only asked for (cases) */
#define IMPORT_TAKES_FORCE 2u      /* --force alone: the kind always updates (units) */
#define IMPORT_TAKES_ASAL 4u
#define IMPORT_TAKES_PEMILIHAN 8u

struct import_opts {
	const char *cmd;               /* "unit import", for messages */
	unsigned takes;
	const char *path, *reject, *asal, *pemilihan, *sheet;
	int skip_invalid, dry_run, quiet, update, force, ignore_unknown;
	char delim;
};

/* What a kind of record brings to a run. */
struct import_run {
	const struct import_kind *kind;
	void *ctx;
	/* the summary counts rows updated and unchanged (else: duplicates,
	 * and updated only with --update) */
	int updates;
	/* before the first row: the database open, the run's row made */
	int (*begin)(void *ctx, struct app *a, const struct import_opts *o, long long run_id);
	/* after the last row, before the commit; may write */
	int (*finish)(void *ctx, struct app *a, const struct import_opts *o,
		      const struct csvimport *im);
	/* the states of the cases the run created, for its event (NULL: none) */
	struct run_digest *created;
	/* said before the summary (the records updated, and how) */
	const struct strbuf *said;
	/* after the commit (or the dry run): what more to say */
	void (*after)(void *ctx, const struct import_opts *o, const struct csvimport *im);
};

/* An import of prevention records (units, activities, signatories):
 * its options (and those of takes) and the run.  Returns an exit status. */
int app_import_cegah(struct app *a, int argc, char **argv, const char *help, const char *cmd,
		     enum cegah_kind kind, unsigned takes);

/* The options; -1 to go on, else the exit status (help, usage). */
int app_import_opts(struct app *a, int argc, char **argv, const char *help, struct import_opts *o);
/* The whole run; an exit status (NX_DATA when a row was rejected). */
int app_import(struct app *a, struct import_opts *o, struct import_run *run);
/* FILE, or - for standard input, into in (a directory refused), read
 * again from its start however it comes; a workbook known by its bytes
 * (in->workbook); an exit status, reported. */
int app_open_input(const char *arg, int quiet, struct csvin *in);

#endif
