/* What a command costs in SQLite's own unit, for the tests: preloaded
 * (LD_PRELOAD) into netral, it adds up the virtual machine steps of every
 * statement the program runs (SQLITE_STMTSTATUS_VM_STEP) and, at exit,
 * writes one line per statement to $NETRAL_STEPS_OUT: its steps, a tab,
 * its SQL.  A look-up through an index takes the same steps in a table of
 * a thousand rows as in one of a million; a scan takes one step a row or
 * more.  So the steps of one command on two databases of different sizes
 * say whether its cost grows with the database, without a clock
 * (tests/cli/scaling.bats).  With $NETRAL_PAGES_OUT it also writes there
 * the pages the program's connections wrote out of their caches
 * (SQLITE_DBSTATUS_CACHE_WRITE): what an import's indexes cost it.  With
 * $NETRAL_OPENS_OUT it writes there, for each file the program creates,
 * its name and the umask in force then (tests/cli/shared.bats). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SQL 4096
#define MAX_DB 16

struct cost {
	char *sql;
	long long steps;
};

static struct cost costs[MAX_SQL];
static int ncosts;
static sqlite3 *dbs[MAX_DB];
static long long pages;

static void *real(const char *name)
{
	void *f = dlsym(RTLD_NEXT, name);

	if (!f)
		abort();
	return f;
}

/* the steps since the last count, added to the statement's line */
static void count(sqlite3_stmt *st)
{
	long long n = sqlite3_stmt_status(st, SQLITE_STMTSTATUS_VM_STEP, 1);
	const char *sql = sqlite3_sql(st);
	int i;

	if (!n || !sql)
		return;
	for (i = 0; i < ncosts; i++)
		if (!strcmp(costs[i].sql, sql))
			break;
	if (i == ncosts) {
		if (ncosts == MAX_SQL)
			return;
		costs[ncosts++].sql = strdup(sql);
	}
	costs[i].steps += n;
}

static void count_open(sqlite3 *db)
{
	int cur = 0, high;

	if (sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_WRITE, &cur, &high, 1) == SQLITE_OK)
		pages += cur;
	for (sqlite3_stmt *st = sqlite3_next_stmt(db, NULL); st; st = sqlite3_next_stmt(db, st))
		count(st);
}

int sqlite3_reset(sqlite3_stmt *st)
{
	static int (*f)(sqlite3_stmt *);

	if (!f)
		f = real("sqlite3_reset");
	if (st)
		count(st);
	return f(st);
}

int sqlite3_finalize(sqlite3_stmt *st)
{
	static int (*f)(sqlite3_stmt *);

	if (!f)
		f = real("sqlite3_finalize");
	if (st)
		count(st);
	return f(st);
}

int sqlite3_open_v2(const char *name, sqlite3 **db, int flags, const char *vfs)
{
	static int (*f)(const char *, sqlite3 **, int, const char *);
	int rc;

	if (!f)
		f = real("sqlite3_open_v2");
	rc = f(name, db, flags, vfs);
	for (int i = 0; *db && i < MAX_DB; i++)
		if (!dbs[i]) {
			dbs[i] = *db;
			break;
		}
	return rc;
}

static void forget(sqlite3 *db)
{
	count_open(db);
	for (int i = 0; i < MAX_DB; i++)
		if (dbs[i] == db)
			dbs[i] = NULL;
}

int sqlite3_close(sqlite3 *db)
{
	static int (*f)(sqlite3 *);

	if (!f)
		f = real("sqlite3_close");
	if (db)
		forget(db);
	return f(db);
}

int sqlite3_close_v2(sqlite3 *db)
{
	static int (*f)(sqlite3 *);

	if (!f)
		f = real("sqlite3_close_v2");
	if (db)
		forget(db);
	return f(db);
}

/* a file created: its name and the umask it was created under */
static void opened(const char *path, int flags)
{
	const char *out = getenv("NETRAL_OPENS_OUT");
	mode_t mask;
	FILE *fp;

	if (!out || !(flags & O_CREAT))
		return;
	mask = umask(0);
	umask(mask);
	if ((fp = fopen(out, "a"))) {
		fprintf(fp, "%s %04o\n", path, (unsigned)mask);
		fclose(fp);
	}
}

#define OPEN_WRAPPER(name)							\
	int name(const char *path, int flags, ...)				\
	{									\
		static int (*f)(const char *, int, ...);			\
		mode_t mode = 0;						\
		va_list ap;							\
										\
		if (!f)								\
			f = real(#name);					\
		if (flags & O_CREAT) {						\
			va_start(ap, flags);					\
			mode = va_arg(ap, mode_t);				\
			va_end(ap);						\
		}								\
		opened(path, flags);						\
		return f(path, flags, mode);					\
	}

OPEN_WRAPPER(open)
OPEN_WRAPPER(open64)

__attribute__((destructor)) static void report(void)
{
	const char *out = getenv("NETRAL_STEPS_OUT"), *pout = getenv("NETRAL_PAGES_OUT");
	FILE *fp;

	for (int i = 0; i < MAX_DB; i++)
		if (dbs[i])
			count_open(dbs[i]);
	if (pout && (fp = fopen(pout, "w"))) {
		fprintf(fp, "%lld\n", pages);
		fclose(fp);
	}
	if (!out || !(fp = fopen(out, "a")))
		return;
	for (int i = 0; i < ncosts; i++) {
		for (char *p = costs[i].sql; *p; p++)
			if (*p == '\n' || *p == '\t')
				*p = ' ';
		fprintf(fp, "%lld\t%s\n", costs[i].steps, costs[i].sql);
	}
	fclose(fp);
}
