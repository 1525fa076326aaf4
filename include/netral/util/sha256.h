/* SHA-256 (FIPS 180-4) from nettle, for the provenance of imported files,
 * the fingerprints of cases and the chain of the event log.  nettle picks
 * the CPU's SHA instructions where they exist.  (nettle's own names are
 * macros, hence digest_* here.) */
#ifndef NETRAL_UTIL_SHA256_H
#define NETRAL_UTIL_SHA256_H

#include <stddef.h>

#include <nettle/sha2.h>

struct digest {
	struct sha256_ctx ctx;
};

void digest_init(struct digest *c);
void digest_update(struct digest *c, const void *data, size_t n);
#define DIGEST_BYTES SHA256_DIGEST_SIZE

/* The 32 bytes of the digest. */
void digest_bytes(struct digest *c, unsigned char out[DIGEST_BYTES]);
/* Writes 64 lower-case hex digits and a NUL. */
void digest_hex(struct digest *c, char out[65]);

#endif
