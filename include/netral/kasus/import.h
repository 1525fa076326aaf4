/* Cases from an import's rows (io/csvimport.h does the file): each row
 * checked and classified as 'add' checks it, a new case stored, a case
 * already recorded a duplicate, or with --update corrected, its later
 * changes kept unless --force; another agency's file (--asal) found by
 * that agency's case numbers. */
#ifndef NETRAL_KASUS_IMPORT_H
#define NETRAL_KASUS_IMPORT_H

#include "netral/audit/run.h"
#include "netral/db/db.h"
#include "netral/io/csvimport.h"
#include "netral/kasus/store.h"

/* The import's columns: the fields, the case number (as 'list' writes
 * it), then the derived columns 'list' adds and an import reads back. */
#define IMPOR_NOMOR F_COUNT
/* an exchange file's (list --pertukaran): who sent it, the chain head of
 * its database then, and when; the same on every row */
#define IMPOR_PENGIRIM (F_COUNT + 1)
#define IMPOR_RANTAI (F_COUNT + 2)
#define IMPOR_DIKIRIM (F_COUNT + 3)
#define IMPOR_COLS (F_COUNT + COL_COUNT + 5)
#define IMPOR_HEAD_MAX 96

struct impor {
	/* set by the caller */
	struct db *db;
	const struct rules *rules;
	const struct date *today;
	const char *op;
	int update, force, quiet;
	const char *asal;          /* --asal: another agency's file; NULL for ours */
	const char *last_head;     /* the chain head of the last exchange file
				      taken from it ("ID:SHA256"), "" none */
	long long impor_id;        /* the run */
	/* the run */
	int exchange;              /* an exchange file: the origin's whole state */
	char head[IMPOR_HEAD_MAX], sent[32]; /* its chain head and time */
	long missing, withdrawn;   /* the origin's cases it lacks; voided */
	long rejected;             /* rows refused (--skip-invalid): set by the
				      caller before impor_finish */
	long conflicts;            /* fields kept as changed after an import */
	long unclassified;         /* created cases the rules could not classify */
	struct run_digest created; /* the states it created, in line order */
	/* the kind of record the engine reads */
	struct import_kind kind;
	const char *cols[IMPOR_COLS];
	unsigned char flags[IMPOR_COLS];
	/* private to import.c */
	struct kasus *k;
	struct strbuf key, warn, where;
	struct strbuf aside;       /* the indexes set aside (kasus/indexes.h) */
	int aside_wanted;          /* to be set aside before the first new case */
};

/* Ready for the rows, within the caller's transaction.  Returns a
 * status. */
int impor_begin(struct impor *im);
/* After the last row: with --asal, each case of the origin the file lacks
 * said, and for an exchange file with --update withdrawn (void, with the
 * reason); the repeats of recorded cases the run created, said unless
 * quiet.  Returns a status. */
int impor_finish(struct impor *im, const struct csvin *in);
void impor_free(struct impor *im);

#endif
