/* A small text file read whole: a template, a head recorded elsewhere;
 * and any file's SHA-256, for a record of what was sent.
 * Only a regular file: a directory or device is refused, and a FIFO with
 * no writer is refused rather than waited on for ever. */
#ifndef NETRAL_IO_TEXTFILE_H
#define NETRAL_IO_TEXTFILE_H

#include <stddef.h>

/* The file's bytes and a NUL into *out (free it), at most max bytes of
 * UTF-8 text without NUL.  Returns an exit status, reported: NX_IO for a
 * file that cannot be opened or read or is not a regular file, NX_DATA
 * for one too large or not UTF-8 text. */
int text_file_read(const char *path, size_t max, char **out);
/* The same for any bytes (an image): into *out with a NUL after them
 * (free it) and their count into *n; NX_IO or NX_DATA (too large),
 * reported. */
int file_read(const char *path, size_t max, char **out, size_t *n);
/* The SHA-256 of a regular file's bytes, of any kind and size, as 64
 * lower-case hex digits into hex: what sha256sum(1) prints for it.
 * Returns an exit status, reported (NX_IO). */
int file_sha256(const char *path, char hex[65]);

#endif
