/* The database: where it lives, opening it safely, migrations, transactions. */
#ifndef NETRAL_DB_H
#define NETRAL_DB_H

#include <stddef.h>

#include <sqlite3.h>

struct err;

/* "NTRL": marks the file as ours so a foreign SQLite file is refused. */
#define NETRAL_APPLICATION_ID 0x4E54524C
/* Bump with a new data/migrate/NNN.sql that brings NNN-1 to NNN. */
#define NETRAL_SCHEMA_VERSION 20

/* The system's settings for every user (the Debian package's defaults
 * file): the build's SYSCONFDIR. */
#ifndef NETRAL_DEFAULTS_FILE
#define NETRAL_DEFAULTS_FILE "/etc/default/netral"
#endif

/* DB_DRY: writes that a dry run rolls back; a file that needs an upgrade
 * is refused, not upgraded. */
enum db_mode { DB_READ, DB_WRITE, DB_DRY };

struct db;

/*
 * State a module keeps per connection (its prepared statements, counters
 * taken in a transaction), so that the database layer names no table of
 * the domain.  before_commit may write (in the transaction); end runs after
 * a commit or rollback; close before the connection closes.  Any may be
 * NULL.  The state is zeroed memory of the given size.
 */
struct db_module {
	size_t size;
	int (*before_commit)(struct db *d, void *state);
	void (*end)(void *state);
	void (*close)(void *state);
};

#define DB_MODULES 8

struct db {
	sqlite3 *h;
	char path[4096];
	int in_tx;
	/* a new file: its schema is written in a transaction left open, so
	 * that the rules the caller stores go in with it, or nothing does */
	int fresh, created;
	int busy_ms;          /* how long to wait for another writer */
	struct { const struct db_module *m; void *state; } mod[DB_MODULES];
	char now[24];
};

/* The state of module m on this connection, made on first use. */
void *db_state(struct db *d, const struct db_module *m);

/* --db, else $NETRAL_DB, else the agency's database the system's defaults
 * file names (/etc/default/netral: NETRAL_DB=PATH; $NETRAL_DEFAULTS
 * names another file), else $XDG_DATA_HOME/netral/netral.db (or
 * ~/.local/share/netral/netral.db).  *is_default is set for the last.
 * NX_USAGE with e set where there is none: said by whoever opens it. */
int db_locate(const char *opt, char *out, size_t cap, int *is_default, struct err *e);

/* Opens, checks it is ours and current; DB_WRITE creates the file (0600)
 * and its default directory (0700) and migrates it.  Returns an exit
 * status; 0 on success. */
int db_open(struct db *d, const char *opt_path, enum db_mode mode);
void db_close(struct db *d);

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
/* The integer a one-value query (a PRAGMA) gives, into out.  A status. */
int db_int(struct db *d, const char *sql, int *out);
/* meta, what netral keeps of its own bookkeeping (meta.c): a value by
 * key ("" when there is none, cap bytes at most), set, removed.  A status. */
int db_meta_get(struct db *d, const char *key, char *out, size_t cap);
int db_meta_set(struct db *d, const char *key, const char *value);
int db_meta_delete(struct db *d, const char *key);
/* Prepared once into *slot (a module's state), then reset and cleared
 * for each use. */
int db_cached(struct db *d, sqlite3_stmt **slot, const char *sql, sqlite3_stmt **st);

/* Binding helpers: NULL or "" binds SQL NULL. */
void bind_text(sqlite3_stmt *st, int i, const char *s);
void bind_int_or_null(sqlite3_stmt *st, int i, int v, int is_null);
const char *col_text(sqlite3_stmt *st, int i);

#endif
