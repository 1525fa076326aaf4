/* SHA-256 as specified in FIPS 180-4; small and dependency-free. */
#include <stdio.h>
#include <string.h>

#include "netral/util/alloc.h"
#include "netral/util/sha256.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define HAVE_SHA_NI 1
#endif

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void block_portable_one(uint32_t *st, const unsigned char *p)
{
	uint32_t w[64], a, b, cc, d, e, f, g, h, t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (; i < 64; i++) {
		uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = st[0]; b = st[1]; cc = st[2]; d = st[3];
	e = st[4]; f = st[5]; g = st[6]; h = st[7];
	for (i = 0; i < 64; i++) {
		t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) +
		     K[i] + w[i];
		t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & cc) ^ (b & cc));
		h = g; g = f; f = e; e = d + t1;
		d = cc; cc = b; b = a; a = t1 + t2;
	}
	st[0] += a; st[1] += b; st[2] += cc; st[3] += d;
	st[4] += e; st[5] += f; st[6] += g; st[7] += h;
}

static void block_portable(uint32_t *state, const unsigned char *p, size_t nblocks)
{
	for (; nblocks; nblocks--, p += 64)
		block_portable_one(state, p);
}

#ifdef HAVE_SHA_NI
/* The x86 SHA extensions (SHA-NI): about five times the portable speed,
 * which matters when every imported row and file byte is hashed.  Message
 * words are kept four to a register; msgs[i & 3] holds words 4i..4i+3. */
__attribute__((target("sha,sse4.1,ssse3")))
static void block_ni(uint32_t *state, const unsigned char *p, size_t nblocks)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
	__m128i st0, st1, tmp, msg, save0, save1, msgs[4];

	/* state as the instructions want it: ABEF and CDGH */
	tmp = _mm_loadu_si128((const __m128i *)&state[0]);
	st1 = _mm_loadu_si128((const __m128i *)&state[4]);
	tmp = _mm_shuffle_epi32(tmp, 0xB1);
	st1 = _mm_shuffle_epi32(st1, 0x1B);
	st0 = _mm_alignr_epi8(tmp, st1, 8);
	st1 = _mm_blend_epi16(st1, tmp, 0xF0);
	for (; nblocks; nblocks--, p += 64) {
		save0 = st0;
		save1 = st1;
		for (int i = 0; i < 4; i++)
			msgs[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * i)), bswap);
		for (int i = 0; i < 16; i++) {
			msg = _mm_add_epi32(msgs[i & 3], _mm_loadu_si128((const __m128i *)&K[4 * i]));
			st1 = _mm_sha256rnds2_epu32(st1, st0, msg);
			msg = _mm_shuffle_epi32(msg, 0x0E);
			st0 = _mm_sha256rnds2_epu32(st0, st1, msg);
			if (i < 12) {
				/* words 4i+16..4i+19 from 4i..4i+15 */
				__m128i w7 = _mm_alignr_epi8(msgs[(i + 3) & 3], msgs[(i + 2) & 3], 4);
				__m128i n = _mm_sha256msg1_epu32(msgs[i & 3], msgs[(i + 1) & 3]);

				n = _mm_add_epi32(n, w7);
				msgs[i & 3] = _mm_sha256msg2_epu32(n, msgs[(i + 3) & 3]);
			}
		}
		st0 = _mm_add_epi32(st0, save0);
		st1 = _mm_add_epi32(st1, save1);
	}
	tmp = _mm_shuffle_epi32(st0, 0x1B);
	st1 = _mm_shuffle_epi32(st1, 0xB1);
	st0 = _mm_blend_epi16(tmp, st1, 0xF0);
	st1 = _mm_alignr_epi8(st1, tmp, 8);
	_mm_storeu_si128((__m128i *)&state[0], st0);
	_mm_storeu_si128((__m128i *)&state[4], st1);
}

static int have_ni(void)
{
	unsigned a, b, c, d;

	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
		return 0;
	if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
		return 0;
	return (b >> 29) & 1;
}
#endif

typedef void (*block_fn)(uint32_t *state, const unsigned char *p, size_t nblocks);

static block_fn blocks;

static void choose(void)
{
	blocks = block_portable;
#ifdef HAVE_SHA_NI
	if (have_ni())
		blocks = block_ni;
#endif
}

int sha256_use_hardware(int on)
{
	choose();
	if (!on)
		blocks = block_portable;
	return blocks != block_portable;
}

void sha256_init(struct sha256 *c)
{
	static const uint32_t iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372,
		0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };

	if (!blocks)
		choose();
	memcpy(c->h, iv, sizeof iv);
	c->len = 0;
	c->nbuf = 0;
}

void sha256_update(struct sha256 *c, const void *data, size_t n)
{
	const unsigned char *p = data;

	c->len += n;
	if (c->nbuf) {
		size_t take = 64 - c->nbuf < n ? 64 - c->nbuf : n;

		memcpy(c->buf + c->nbuf, p, take);
		c->nbuf += take;
		p += take;
		n -= take;
		if (c->nbuf < 64)
			return;
		blocks(c->h, c->buf, 1);
		c->nbuf = 0;
	}
	if (n >= 64) {
		blocks(c->h, p, n / 64);
		p += n / 64 * 64;
		n %= 64;
	}
	memcpy(c->buf, p, n);
	c->nbuf = n;
}

void sha256_hex(struct sha256 *c, char out[65])
{
	uint64_t bits = c->len * 8;
	unsigned char pad[72] = { 0x80 };
	size_t padlen = (c->nbuf < 56 ? 56 : 120) - c->nbuf;

	for (int i = 0; i < 8; i++)
		pad[padlen + i] = (unsigned char)(bits >> (56 - 8 * i));
	sha256_update(c, pad, padlen + 8);
	for (int i = 0; i < 8; i++)
		snprintf(out + 8 * i, 9, "%08x", (unsigned)c->h[i]);
}
