/* The database: where it lives, opening it safely, migrations, transactions. */
#ifndef NETRAL_DB_H
#define NETRAL_DB_H

#include <sqlite3.h>

#include "netral/rules/rules.h"

/* "NTRL": marks the file as ours so a foreign SQLite file is refused. */
#define NETRAL_APPLICATION_ID 0x4E54524C
/* Bump with a new data/migrate/NNN.sql that brings NNN-1 to NNN. */
#define NETRAL_SCHEMA_VERSION 2

enum db_mode { DB_READ, DB_WRITE };

#define NUM_FIRST_YEAR 1900
#define NUM_YEARS 200

/* Statements kept prepared for the life of the connection (hot paths). */
enum {
	STMT_NOMOR_GET, STMT_NOMOR_SET, STMT_INSERT, STMT_EVENT_CREATED,
	STMT_EVENT_CHANGED, STMT_STORED_CLASS, STMT_MAX
};

struct db {
	sqlite3 *h;
	char path[4096];
	int in_tx;
	struct rules rules;   /* the database's copy, loaded at open */
	sqlite3_stmt *cache[STMT_MAX];
	/* case-number counters taken in the open transaction, written back
	 * by db_commit (one write per year, not per case) */
	struct { int last; unsigned char loaded, dirty; } num[NUM_YEARS];
	char now[24];
};

/* --db, else $NETRAL_DB, else $XDG_DATA_HOME/netral/netral.db (or
 * ~/.local/share/netral/netral.db).  *is_default is set for the last. */
int db_locate(const char *opt, char *out, size_t cap, int *is_default);

/* Opens, checks it is ours and current; DB_WRITE creates the file (0600)
 * and its default directory (0700), migrates and refreshes built-in rules.
 * Returns an exit status; 0 on success. */
int db_open(struct db *d, const char *opt_path, enum db_mode mode);
void db_close(struct db *d);

/* The next sequence number of a year's cases; within a transaction. */
int db_next_number(struct db *d, int year, int *seq);
/* Gives back the last number taken for year (its case was not stored). */
void db_unget_number(struct db *d, int year);

/* The time of this command, UTC, as every row it writes records it. */
const char *db_now(struct db *d);

/* BEGIN IMMEDIATE: a writer waits for the lock up front. */
int db_begin(struct db *d);
int db_commit(struct db *d);
void db_rollback(struct db *d);

/* Reports a failed SQLite call on stderr and returns the exit status that
 * fits it (locked, full, read-only, corrupt...). */
int db_fail(struct db *d, const char *what);
int db_status_of(int sqlite_rc);

int db_prepare(struct db *d, const char *sql, sqlite3_stmt **st);
int db_exec(struct db *d, const char *sql);
/* Prepared once, then reset and cleared for each use. */
int db_cached(struct db *d, int slot, const char *sql, sqlite3_stmt **st);

/* Binding helpers: NULL or "" binds SQL NULL. */
void bind_text(sqlite3_stmt *st, int i, const char *s);
void bind_int_or_null(sqlite3_stmt *st, int i, int v, int is_null);
const char *col_text(sqlite3_stmt *st, int i);

#endif
