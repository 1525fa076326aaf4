/* Reading a small text file whole (textfile.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/io/textfile.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/sha256.h"
#include "netral/util/utf8.h"

/* A regular file opened for reading, or minus an exit status, reported. */
static int open_regular(const char *path)
{
	struct stat sb;
	int fd;

	/* non-blocking, so that a FIFO nobody writes to is seen for what it
	 * is instead of waited on */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0)
		return -fail(NX_IO, _("cannot open '%s': %s"), path, strerror(errno));
	if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return -fail(NX_IO, _("'%s' is not a file"), path);
	}
	return fd;
}

int file_read(const char *path, size_t max, char **out, size_t *len)
{
	size_t n = 0;
	ssize_t got;
	char *buf;
	int fd;

	*out = NULL;
	if ((fd = open_regular(path)) < 0)
		return -fd;
	buf = xmalloc(max + 2);
	while (n <= max && (got = read(fd, buf + n, max + 1 - n)) != 0) {
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			fail(NX_IO, _("cannot read '%s': %s"), path, strerror(errno));
			close(fd);
			free(buf);
			return NX_IO;
		}
		n += (size_t)got;
	}
	close(fd);
	if (n > max) {
		free(buf);
		return fail(NX_DATA, _("%s: larger than %zu KiB"), path, max / 1024);
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

int text_file_read(const char *path, size_t max, char **out)
{
	size_t n;
	char *buf;
	int rc;

	if ((rc = file_read(path, max, &buf, &n)))
		return rc;
	if (memchr(buf, '\0', n) || utf8_invalid_at(buf, n) >= 0) {
		free(buf);
		return fail(NX_DATA, _("%s: not UTF-8 text"), path);
	}
	*out = buf;
	return 0;
}

int file_sha256(const char *path, char hex[65])
{
	struct digest sha;
	char buf[65536];
	ssize_t got;
	int fd;

	if ((fd = open_regular(path)) < 0)
		return -fd;
	digest_init(&sha);
	while ((got = read(fd, buf, sizeof buf)) != 0) {
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			fail(NX_IO, _("cannot read '%s': %s"), path, strerror(errno));
			close(fd);
			return NX_IO;
		}
		digest_update(&sha, buf, (size_t)got);
	}
	close(fd);
	digest_hex(&sha, hex);
	return 0;
}
