/* SHA-256 through nettle (sha256.h): a well-kept library rather than our
 * own code for what proves the record. */
#include "netral/util/sha256.h"

void digest_init(struct digest *c)
{
	sha256_init(&c->ctx);
}

void digest_update(struct digest *c, const void *data, size_t n)
{
	sha256_update(&c->ctx, n, data);
}

void digest_bytes(struct digest *c, unsigned char out[DIGEST_BYTES])
{
	sha256_digest(&c->ctx, DIGEST_BYTES, out);
}

void digest_hex(struct digest *c, char out[65])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char d[DIGEST_BYTES];

	digest_bytes(c, d);
	for (size_t i = 0; i < sizeof d; i++) {
		out[2 * i] = digits[d[i] >> 4];
		out[2 * i + 1] = digits[d[i] & 15];
	}
	out[64] = '\0';
}
