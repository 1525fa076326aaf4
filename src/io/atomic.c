/* Whole-or-nothing output files.  Where Linux allows, the data goes to an
 * unnamed file (O_TMPFILE) that gets a name only when it is complete: a
 * run killed half-way leaves nothing behind.  Elsewhere a hidden temporary
 * file beside the target, removed on failure. */
#define _GNU_SOURCE  /* O_TMPFILE: glibc defines it for GNU sources only */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/util/alloc.h"
#include "netral/io/atomic.h"
#include "netral/util/msg.h"

/* The directory of path and a hidden name beside it. */
static void names(const char *path, char **dir, char **tmp)
{
	char *d = xstrdup(path), *b = xstrdup(path);
	size_t n = strlen(path) + 40;

	*dir = xstrdup(dirname(d));
	*tmp = xmalloc(n);
	snprintf(*tmp, n, "%s/.%s.%ld.XXXXXX", *dir, basename(b), (long)getpid());
	free(d);
	free(b);
}

mode_t atomic_private_mode(const char *path)
{
	char *d = xstrdup(path);
	struct stat sb;
	mode_t mode = stat(dirname(d), &sb) == 0 && (sb.st_mode & S_ISGID) ? 0660 : 0600;

	free(d);
	return mode;
}

/* A FIFO or a character device (/dev/null, a terminal) is written to as
 * it is: there is nothing to replace, and replacing it would destroy it. */
static int open_stream(struct atomic_file *a, const char *path)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);

	if (fd < 0 || !(a->fp = fdopen(fd, "w"))) {
		int rc = fail(NX_IO, _("cannot write '%s': %s"), path, strerror(errno));

		if (fd >= 0)
			close(fd);
		return rc;
	}
	a->stream = 1;
	a->path = xstrdup(path);
	return 0;
}

/* What path is now: nothing (a new file), a regular file to replace
 * whole, a stream to write into; anything else is refused.  *mode becomes
 * the permissions to give. */
static int check_target(struct atomic_file *a, const char *path, mode_t *mode, mode_t mask)
{
	mode_t asked = *mode;
	struct stat sb;

	*mode &= ~mask & 0777;
	if (lstat(path, &sb) < 0)
		return errno == ENOENT ? 0 : fail(NX_IO, _("cannot write '%s': %s"), path, strerror(errno));
	if (S_ISLNK(sb.st_mode))
		/* replacing a link would cut it; following it is the user's to do */
		return fail(NX_USAGE, _("'%s' is a symbolic link: give the file it points to"), path);
	if (S_ISFIFO(sb.st_mode) || S_ISCHR(sb.st_mode))
		return open_stream(a, path) ? NX_IO : -1;
	if (!S_ISREG(sb.st_mode))
		return fail(NX_USAGE, _("'%s' is not a regular file; it is left as it is"), path);
	/* a file holding personal data stays private; another keeps the
	 * permissions its owner gave it */
	if (asked & 077)
		*mode = sb.st_mode & 0777;
	return 0;
}

int atomic_open(struct atomic_file *a, const char *path, mode_t mode)
{
	char *dir;
	mode_t mask;
	/* personal data is what is asked private, whatever the umask leaves
	 * of another file's mode */
	int private = !(mode & 077), fd = -1, rc;

	memset(a, 0, sizeof a[0]);
	mask = umask(0);
	umask(mask);
	if ((rc = check_target(a, path, &mode, mask)) < 0)
		return 0;  /* a stream, open */
	if (rc)
		return rc;
	if (private)
		mode = atomic_private_mode(path);
	names(path, &dir, &a->tmp);
	if (access(dir, W_OK) < 0 && access(path, F_OK) == 0) {
		rc = fail(NX_IO, _("cannot replace '%s' whole: its directory is not writable (nothing written)"),
			  path);
		free(dir);
		free(a->tmp);
		a->tmp = NULL;
		return rc;
	}
#ifdef O_TMPFILE
	fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
	if (fd >= 0)
		a->unnamed = 1;
#endif
	if (fd < 0)
		fd = mkstemp(a->tmp);
	if (fd < 0) {
		int rc = fail(NX_IO, _("cannot create a file in '%s': %s"), dir, strerror(errno));

		free(dir);
		free(a->tmp);
		a->tmp = NULL;
		return rc;
	}
	free(dir);
	if (fchmod(fd, mode) < 0 || !(a->fp = fdopen(fd, "w"))) {
		int rc = fail(NX_IO, _("cannot write beside '%s': %s"), path, strerror(errno));

		close(fd);
		if (!a->unnamed)
			unlink(a->tmp);
		free(a->tmp);
		a->tmp = NULL;
		return rc;
	}
	a->path = xstrdup(path);
	return 0;
}

/* Gives the unnamed file the temporary name, for the rename. */
static int name_it(struct atomic_file *a)
{
	char proc[64];

	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fileno(a->fp));
	/* the XXXXXX part, made unique by hand: mkstemp would create it */
	for (int i = 0; i < 100; i++) {
		char *x = a->tmp + strlen(a->tmp) - 6;

		for (int k = 0; k < 6; k++)
			x[k] = "abcdefghijklmnopqrstuvwxyz0123456789"[(unsigned)rand() % 36];
		if (linkat(AT_FDCWD, proc, AT_FDCWD, a->tmp, AT_SYMLINK_FOLLOW) == 0)
			return 0;
		if (errno != EEXIST)
			return -1;
	}
	return -1;
}

int atomic_commit(struct atomic_file *a)
{
	int err = 0, named = !a->unnamed;

	if (!a->fp)
		return fail(NX_IO, _("internal error: no file to commit"));
	if (a->stream) {
		int bad = fflush(a->fp) != 0 || ferror(a->fp);

		bad |= fclose(a->fp) != 0;
		a->fp = NULL;
		if (bad)
			fail(NX_IO, _("cannot write '%s': %s"), a->path, strerror(errno ? errno : EIO));
		free(a->path);
		a->path = NULL;
		return bad ? NX_IO : 0;
	}
	if (fflush(a->fp) != 0 || ferror(a->fp))
		err = errno ? errno : EIO;
	else if (fsync(fileno(a->fp)) < 0)
		err = errno;
	if (!err && a->unnamed) {
		if (name_it(a) < 0)
			err = errno;
		else
			named = 1;
	}
	if (fclose(a->fp) != 0 && !err)
		err = errno;
	a->fp = NULL;
	if (!err && rename(a->tmp, a->path) < 0)
		err = errno;
	if (err) {
		if (named)
			unlink(a->tmp);
		fail(NX_IO, _("cannot write '%s': %s; the previous file, if any, is unchanged"),
		     a->path, strerror(err));
	} else {
		/* make the rename itself durable */
		char *d = xstrdup(a->path);
		int dfd = open(dirname(d), O_RDONLY | O_DIRECTORY | O_CLOEXEC);

		if (dfd >= 0) {
			fsync(dfd);
			close(dfd);
		}
		free(d);
	}
	free(a->tmp);
	free(a->path);
	a->tmp = a->path = NULL;
	return err ? NX_IO : 0;
}

void atomic_abort(struct atomic_file *a)
{
	if (!a->fp)
		return;
	fclose(a->fp);
	a->fp = NULL;
	if (!a->unnamed && !a->stream)
		unlink(a->tmp);
	free(a->tmp);
	free(a->path);
	a->tmp = a->path = NULL;
}
