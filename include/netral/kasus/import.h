/* Importing cases from CSV records: the header matched against the
 * catalogue, every row checked and classified, stored in the caller's
 * transaction (or, in a dry run, only counted), bad rows reported as
 * FILE:LINE: column: problem and kept for a reject file. */
#ifndef NETRAL_KASUS_IMPORT_H
#define NETRAL_KASUS_IMPORT_H

#include "netral/db/db.h"
#include "netral/io/csvin.h"
#include "netral/io/output.h"
#include "netral/kasus/store.h"

struct impor {
	/* set by the caller */
	struct db *db;            /* NULL in a dry run without a database */
	const struct rules *rules;
	const struct date *today;
	const char *name;         /* the file as messages name it */
	const char *op;           /* the operator */
	int dry_run, update, ignore_unknown, quiet;
	int force;                /* --update takes the file's value even over a later change */
	const char *asal;         /* --asal: another agency's file; NULL for ours */
	struct csvout *reject;    /* rejected rows go here, when set */
	const struct csvin *in;   /* to write the reject file as the input came */
	void (*progress)(void *ctx, long rows);
	void *progress_ctx;
	/* the run */
	long long impor_id;
	struct impor_counts n;
	long rows, conflicts;
	long unclassified;          /* created cases the rules could not classify */
	/* private to import.c */
	int *field_of;            /* per column: a field, IGNORED, or -1 */
	char **header;
	size_t ncols, width;
	int col_of[F_COUNT];
	int nomor_col;            /* the case number, as 'list' writes it, or -1 */
	sqlite3 *seen;            /* dry run: keys met in this file */
	sqlite3_stmt *seen_st;
	struct kasus *k;
	struct kasus_run run;     /* the states it created, for its event */
	struct strbuf key, why, warn, where;
};

/* Prepares a run (in a dry run, the private set of keys seen); within
 * the caller's transaction otherwise.  Returns a status. */
int impor_begin(struct impor *im);
/* One record of csvin_read (a callback): header first, then rows. */
int impor_record(void *im, const struct csvin_record *r);
/* Records the run's counts and the file's hash.  Returns a status. */
int impor_finish(struct impor *im, const char *sha256);
void impor_free(struct impor *im);

#endif
