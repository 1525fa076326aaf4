/* Files compiled into the binary: the schema, migrations and default rules. */
#ifndef NETRAL_EMBED_H
#define NETRAL_EMBED_H

#include <stddef.h>

struct embedded {
	const char *name;   /* path in the source tree, e.g. "data/schema.sql" */
	const char *data;   /* NUL-terminated */
	size_t len;
};

extern const struct embedded embedded_files[];

const struct embedded *embedded_find(const char *name);

#endif
