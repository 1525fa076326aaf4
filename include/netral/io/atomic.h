/* Files that appear whole or not at all: written to a temporary file in the
 * same directory and renamed into place, so a reader never sees half a
 * file and a failed run leaves the previous one untouched. */
#ifndef NETRAL_ATOMIC_H
#define NETRAL_ATOMIC_H

#include <stdio.h>
#include <sys/types.h>

struct atomic_file {
	FILE *fp;
	char *path, *tmp;
	int unnamed;          /* O_TMPFILE: no name until committed */
	int stream;           /* a FIFO or device, written into as it is */
};

/* The mode of a file holding personal data at path, whatever the umask:
 * 0600, its owner's alone; or 0660 in a set-group-ID directory, whose
 * group shares it (the Debian package's /var/lib/netral, 2770, group
 * netral: the agency's clerks). */
mode_t atomic_private_mode(const char *path);

/* mode before the umask; 0600 for anything holding personal data, which
 * becomes atomic_private_mode whatever the umask.  An existing file keeps
 * its permissions unless mode is private; a FIFO or
 * character device is written into, not replaced; a symbolic link or
 * another kind of file is refused, and so is a file whose directory does
 * not let it be replaced whole.  Returns an exit status. */
int atomic_open(struct atomic_file *a, const char *path, mode_t mode);
/* Flushes, syncs and renames; on failure the temporary file is removed
 * and the old file left as it was.  Returns an exit status. */
int atomic_commit(struct atomic_file *a);
/* Removes the temporary file, if the file is still open. */
void atomic_abort(struct atomic_file *a);

#endif
