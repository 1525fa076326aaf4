/* Whole-or-nothing output files. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/atomic.h"
#include "netral/msg.h"

int atomic_open(struct atomic_file *a, const char *path, mode_t mode)
{
	char *d = xstrdup(path), *b = xstrdup(path);
	size_t n = strlen(path) + 32;
	mode_t mask;
	int fd;

	memset(a, 0, sizeof a[0]);
	a->tmp = xmalloc(n);
	/* the same directory, so that rename() replaces the file atomically */
	snprintf(a->tmp, n, "%s/.%s.XXXXXX", dirname(d), basename(b));
	free(d);
	free(b);
	fd = mkstemp(a->tmp);
	if (fd < 0) {
		int rc = fail(NX_IO, _("cannot create a file beside '%s': %s"), path, strerror(errno));

		free(a->tmp);
		a->tmp = NULL;
		return rc;
	}
	mask = umask(0);
	umask(mask);
	if (fchmod(fd, mode & ~mask) < 0 || !(a->fp = fdopen(fd, "w"))) {
		int rc = fail(NX_IO, _("cannot write '%s': %s"), a->tmp, strerror(errno));

		close(fd);
		unlink(a->tmp);
		free(a->tmp);
		a->tmp = NULL;
		return rc;
	}
	a->path = xstrdup(path);
	return 0;
}

int atomic_commit(struct atomic_file *a)
{
	int err = 0;

	if (!a->fp)
		return fail(NX_IO, _("internal error: no file to commit"));
	if (fflush(a->fp) != 0 || ferror(a->fp))
		err = errno ? errno : EIO;
	else if (fsync(fileno(a->fp)) < 0)
		err = errno;
	if (fclose(a->fp) != 0 && !err)
		err = errno;
	a->fp = NULL;
	if (!err && rename(a->tmp, a->path) < 0)
		err = errno;
	if (err) {
		unlink(a->tmp);
		fail(NX_IO, _("cannot write '%s': %s; the previous file, if any, is unchanged"),
		     a->path, strerror(err));
	} else {
		/* make the rename itself durable */
		char *d = xstrdup(a->path);
		int dfd = open(dirname(d), O_RDONLY | O_DIRECTORY);

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
	unlink(a->tmp);
	free(a->tmp);
	free(a->path);
	a->tmp = a->path = NULL;
}
