/* SHA-256 against the FIPS 180-4 examples; the hardware path against the
 * portable one on every length around the block boundaries. */
#include <stdlib.h>
#include <string.h>

#include "netral/util/sha256.h"
#include "tap.h"

static void hex_of(const void *p, size_t n, char out[65])
{
	struct sha256 c;

	sha256_init(&c);
	sha256_update(&c, p, n);
	sha256_hex(&c, out);
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
	struct sha256 c;

	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		hex_of(t[i].in, strlen(t[i].in), h);
		is_str(h, t[i].want, "SHA-256 of '%s'", t[i].in);
	}
	memset(buf, 'a', 1000000);
	hex_of(buf, 1000000, h);
	is_str(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", "a million 'a'");
	/* the same in pieces of odd sizes */
	sha256_init(&c);
	for (size_t off = 0, step = 1; off < 1000000; off += step, step = step % 97 + 1)
		sha256_update(&c, buf, off + step > 1000000 ? 1000000 - off : step);
	sha256_hex(&c, h2);
	is_str(h2, h, "a million 'a' fed in pieces");

	/* the hardware path, where this CPU has one, agrees with the portable */
	for (size_t i = 0; i < 1000000; i++)
		buf[i] = (unsigned char)(i * 2654435761u >> 13);
	if (!sha256_use_hardware(1)) {
		ok(1, "# SKIP no SHA-NI on this CPU");
	} else {
		int same = 1;

		for (size_t n = 0; n < 300 && same; n++) {
			sha256_use_hardware(1);
			hex_of(buf + n, n * 7, h);
			sha256_use_hardware(0);
			hex_of(buf + n, n * 7, h2);
			same = strcmp(h, h2) == 0;
			if (!same)
				printf("# differ at length %zu\n", n * 7);
		}
		ok(same, "SHA-NI and portable agree on 300 lengths");
		sha256_use_hardware(1);
		hex_of(buf, 1000000, h);
		sha256_use_hardware(0);
		hex_of(buf, 1000000, h2);
		is_str(h, h2, "SHA-NI and portable agree on a megabyte");
	}
	free(buf);
	return tap_done();
}
