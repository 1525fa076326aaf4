/* The command plumbing a kind of prevention record gets from its
 * descriptor (cegah/record.h): the options of its 'add', its 'list', and
 * how a refused field is named. */
#ifndef NETRAL_CLI_RECORD_H
#define NETRAL_CLI_RECORD_H

#include "netral/cegah/record.h"
#include "netral/cli/app.h"

/* 'add's command line: --OPTION for each field that has one, the field
 * without an option as its one argument, or, a field of type FILES, as
 * one or more arguments, left from optind on.  The values into v (NULL:
 * not given).  -1 to go on, else the exit status (help printed, usage said). */
int app_record_args(struct app *a, int argc, char **argv, const char *cmd, const char *help,
		    const struct cegah_record *rec, const char **v);
/* The same, and --alasan, required (into alasan): a correction's. */
int app_record_correction_args(struct app *a, int argc, char **argv, const char *cmd,
			       const char *help, const struct cegah_record *rec, const char **v,
			       const char **alasan);
/* A correction of a unit: its name (and the new one when nargs is 2) and
 * --alasan, required.  -1 to go on, else the exit status. */
int app_reason_args(struct app *a, int argc, char **argv, const char *cmd, const char *help,
		    int nargs, const char **alasan);
/* -1 when the reason of a correction is given, else the usage error. */
int app_reason_given(const char *cmd, const char *alasan);
/* A field refused on 'add's command line: "--OPTION: why", or the
 * argument's placeholder; exit status 3. */
int app_record_refused(const struct cegah_record *rec, const struct err *e);
/* 'list [UNIT]' (the unit when by_unit): every record, in the table, CSV
 * or JSON the options ask for, of the fields only lists (ending in -1), or
 * of all when it is NULL; a NIP spaced, as the case list writes it.  none:
 * what the table says of no records. */
int app_record_list(struct app *a, int argc, char **argv, const char *cmd, const char *help,
		    const struct cegah_record *rec, int by_unit, const int *only, const char *none);

#endif
