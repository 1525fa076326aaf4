/* SHA-256 (nettle, behind util/sha256.h) against the FIPS 180-4 examples,
 * whole and fed in pieces of odd sizes. */
#include <stdlib.h>
#include <string.h>

#include "netral/util/sha256.h"
#include "tap.h"

static void hex_of(const void *p, size_t n, char out[65])
{
	struct digest c;

	digest_init(&c);
	digest_update(&c, p, n);
	digest_hex(&c, out);
}

int main(void)
{
	static const struct { const char *in, *want; } t[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	};
	char h[65], h2[65];
	unsigned char *buf = malloc(1000000);
	struct digest c;

	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		hex_of(t[i].in, strlen(t[i].in), h);
		is_str(h, t[i].want, "SHA-256 of '%s'", t[i].in);
	}
	memset(buf, 'a', 1000000);
	hex_of(buf, 1000000, h);
	is_str(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", "a million 'a'");
	/* the same in pieces of odd sizes */
	digest_init(&c);
	for (size_t off = 0, step = 1; off < 1000000; off += step, step = step % 97 + 1)
		digest_update(&c, buf, off + step > 1000000 ? 1000000 - off : step);
	digest_hex(&c, h2);
	is_str(h2, h, "a million 'a' fed in pieces");

	free(buf);
	return tap_done();
}
