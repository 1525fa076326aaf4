/* A failing disk, for the tests: preloaded (LD_PRELOAD) into netral.
 *
 * With $NETRAL_FAULT_AT = N it makes a call into SQLite that reads or
 * writes (prepare, step, exec, open, backup) fail with SQLITE_IOERR, or
 * with the result code $NETRAL_FAULT_CODE (13 for a full disk): the
 * first call from the Nth place in the program that makes one, so that
 * N = 1, 2, ... fails each place once however often a loop calls it.  A
 * place is the call and its caller's call (db_prepare is called from many
 * places, and calls sqlite3_prepare_v2 from one); with $NETRAL_FAULT_DEPTH
 * = 2 or 3 also the caller's caller, and its caller (cegah_statement
 * calls db_cached for every statement of the prevention records).  It
 * says that it failed one by creating the file $NETRAL_FAULT_HIT.  Until
 * the next call, the connection's error is that one, as SQLite's own is.
 *
 * With $NETRAL_FAULT_CALL = fsync, rename or linkat, that call of the
 * program's fails with EIO, or with the errno $NETRAL_FAULT_ERRNO (28,
 * ENOSPC: a full disk, as an fsync meets it when the data is flushed).  With $NETRAL_FAULT_CALL = list:DIR, fsync
 * first writes the names in DIR into $NETRAL_FAULT_HIT: what another
 * process sees there while a file is being made.
 *
 * With $NETRAL_FAULT_TRACE set, the failing place's frames go to
 * standard error, to find it in the program. */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FAULT_DEPTH_MAX 3

struct place {
	void *call, *caller[FAULT_DEPTH_MAX];
};

static struct place seen[8192];
static int code = SQLITE_IOERR;
static void *own_lib;
static long nseen;
static int injected;

/* Whether this call, made from where (the return address of the call
 * into this file) and its caller, is the one to fail. */
__attribute__((noinline)) static int fault_at(void *where)
{
	const char *at = getenv("NETRAL_FAULT_AT"), *hit = getenv("NETRAL_FAULT_HIT");
	Dl_info where_info;
	void *frames[3 + FAULT_DEPTH_MAX];
	struct place p = { where, { NULL } };
	int n, depth = getenv("NETRAL_FAULT_DEPTH") ? atoi(getenv("NETRAL_FAULT_DEPTH")) : 1;

	injected = 0;
	if (!at)
		return 0;
	/* SQLite calling itself (sqlite3_exec runs prepare and step) is not
	 * a place in the program: the outer call fails instead */
	if (dladdr(where, &where_info) && where_info.dli_fbase == own_lib)
		return 0;
	/* frames: fault_at, the wrapper, the program's call, its callers */
	depth = depth < 1 ? 1 : depth > FAULT_DEPTH_MAX ? FAULT_DEPTH_MAX : depth;
	n = backtrace(frames, 3 + depth);
	for (int i = 3; i < n; i++)
		p.caller[i - 3] = frames[i];
	for (long i = 0; i < nseen; i++)
		if (memcmp(&seen[i], &p, sizeof p) == 0)
			return 0;
	if (nseen < (long)(sizeof seen / sizeof *seen))
		seen[nseen++] = p;
	if (nseen != atol(at))
		return 0;
	if (getenv("NETRAL_FAULT_CODE"))
		code = atoi(getenv("NETRAL_FAULT_CODE"));
	if (hit) {
		int fd = open(hit, O_WRONLY | O_CREAT, 0600);

		if (fd >= 0)
			close(fd);
	}
	if (getenv("NETRAL_FAULT_TRACE"))
		backtrace_symbols_fd(frames, n, 2);
	injected = 1;
	return 1;
}

#define fault() fault_at(__builtin_return_address(0))

__attribute__((constructor)) static void find_sqlite(void)
{
	Dl_info info;

	if (dladdr(dlsym(RTLD_NEXT, "sqlite3_step"), &info))
		own_lib = info.dli_fbase;
}

#define REAL(name) ((__typeof__(name) *)dlsym(RTLD_NEXT, #name))

int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int n, sqlite3_stmt **st, const char **tail)
{
	if (fault()) {
		*st = NULL;
		return code;
	}
	return REAL(sqlite3_prepare_v2)(db, sql, n, st, tail);
}

int sqlite3_step(sqlite3_stmt *st)
{
	return fault() ? code : REAL(sqlite3_step)(st);
}

int sqlite3_exec(sqlite3 *db, const char *sql, int (*cb)(void *, int, char **, char **),
		 void *ctx, char **msg)
{
	if (fault()) {
		if (msg)
			*msg = sqlite3_mprintf("%s", sqlite3_errstr(code));
		return code;
	}
	return REAL(sqlite3_exec)(db, sql, cb, ctx, msg);
}

int sqlite3_open_v2(const char *name, sqlite3 **db, int flags, const char *vfs)
{
	int rc = REAL(sqlite3_open_v2)(name, db, flags, vfs);

	/* opened, as SQLite gives a handle even when it fails */
	if (rc == SQLITE_OK && fault()) {
		injected = 1;
		return code;
	}
	return rc;
}

int sqlite3_backup_step(sqlite3_backup *b, int pages)
{
	return fault() ? code : REAL(sqlite3_backup_step)(b, pages);
}

int sqlite3_errcode(sqlite3 *db)
{
	return injected ? code : REAL(sqlite3_errcode)(db);
}

int sqlite3_extended_errcode(sqlite3 *db)
{
	return injected ? code : REAL(sqlite3_extended_errcode)(db);
}

const char *sqlite3_errmsg(sqlite3 *db)
{
	return injected ? sqlite3_errstr(code) : REAL(sqlite3_errmsg)(db);
}

/* Whether the program's call of name is to fail; SQLite's own calls of it
 * go through. */
static int call_fails(const char *name, void *where)
{
	const char *f = getenv("NETRAL_FAULT_CALL");
	Dl_info info;

	if (!f || strcmp(f, name) != 0 || (dladdr(where, &info) && info.dli_fbase == own_lib))
		return 0;
	errno = getenv("NETRAL_FAULT_ERRNO") ? atoi(getenv("NETRAL_FAULT_ERRNO")) : EIO;
	return 1;
}

int fsync(int fd)
{
	const char *f = getenv("NETRAL_FAULT_CALL"), *hit = getenv("NETRAL_FAULT_HIT");

	if (f && strncmp(f, "list:", 5) == 0 && hit) {
		DIR *dir = opendir(f + 5);
		FILE *out = fopen(hit, "a");
		struct dirent *e;

		while (dir && out && (e = readdir(dir)))
			fprintf(out, "%s\n", e->d_name);
		if (out)
			fclose(out);
		if (dir)
			closedir(dir);
	}
	return call_fails("fsync", __builtin_return_address(0)) ? -1 : REAL(fsync)(fd);
}

int rename(const char *from, const char *to)
{
	return call_fails("rename", __builtin_return_address(0)) ? -1 : REAL(rename)(from, to);
}

int linkat(int fd1, const char *from, int fd2, const char *to, int flags)
{
	return call_fails("linkat", __builtin_return_address(0)) ? -1 : REAL(linkat)(fd1, from, fd2, to, flags);
}
