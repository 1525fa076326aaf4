/* SHA-256 (FIPS 180-4), for the provenance of imported files. */
#ifndef NETRAL_SHA256_H
#define NETRAL_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t nbuf;
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t n);
/* Writes 64 lower-case hex digits and a NUL. */
void sha256_hex(struct sha256 *c, char out[65]);

/* Selects the SHA-NI path when on and the CPU has it (the default) or
 * the portable one; returns 1 when the hardware path is in use. */
int sha256_use_hardware(int on);

#endif
