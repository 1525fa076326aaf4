/* Digests of states and the links of the chain (digest.h). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "netral/util/digest.h"
#include "netral/util/sha256.h"

/* Each value a marker for NULL, or its length as 4 bytes and the bytes:
 * unambiguous.  Empty and NULL are one, as the log writes "" as NULL.
 * Gathered into a buffer and hashed in large pieces: the same bytes, so the
 * same digest, without a call into the hash for every length and value of
 * every row of an import. */
struct enc {
	struct digest *c;
	size_t n;
	unsigned char buf[4096];
};

/* The buffer is not cleared: only its first n bytes are ever read. */
static void enc_init(struct enc *e, struct digest *c)
{
	digest_init(c);
	e->c = c;
	e->n = 0;
}

static void put(struct enc *e, const void *p, size_t m)
{
	if (e->n + m > sizeof e->buf) {
		digest_update(e->c, e->buf, e->n);
		e->n = 0;
	}
	if (m > sizeof e->buf) {
		digest_update(e->c, p, m);
		return;
	}
	memcpy(e->buf + e->n, p, m);
	e->n += m;
}

static void flush(struct enc *e)
{
	digest_update(e->c, e->buf, e->n);
	e->n = 0;
}

static void encode(struct enc *e, const char *v)
{
	unsigned char len[4];
	size_t m;

	if (!v || !*v) {
		put(e, "\xff\xff\xff\xff", 4);
		return;
	}
	m = strlen(v);
	len[0] = (unsigned char)(m >> 24 & 0x7f);
	len[1] = (unsigned char)(m >> 16);
	len[2] = (unsigned char)(m >> 8);
	len[3] = (unsigned char)m;
	put(e, len, 4);
	put(e, v, m);
}

void digest_fingerprint_v1(const char *const *vals, int n, char hex[65])
{
	struct digest c;
	struct enc e;

	enc_init(&e, &c);
	for (int i = 0; i < n; i++)
		encode(&e, vals[i]);
	flush(&e);
	digest_hex(&c, hex);
	/* 128 bits tell states apart; the log keeps one per case */
	hex[32] = '\0';
}

void digest_state_v2(const char *const *vals, int n, char out[DIGEST_STATE_V2_LEN])
{
	struct digest c;
	struct enc e;
	char hex[65];

	enc_init(&e, &c);
	put(&e, "netral-keadaan-2", 16);
	for (int i = 0; i < n; i++)
		encode(&e, vals[i]);
	flush(&e);
	digest_hex(&c, hex);
	snprintf(out, DIGEST_STATE_V2_LEN, "2:%.32s", hex);
}

/* The place bits: 6 of them, so 64 places; two sides each, of 8 hex
 * digits, so that a change's own side fails to differ once in four
 * thousand million. */
#define PLACE_BITS 6
#define PLACE_HEX 8

/* The fourth kind: 16 bytes of the SHA-256 and two bytes a side, so that a
 * change's own side fails to differ once in sixty-five thousand (the
 * change is then said without its column), in base64url. */
#define V4_HASH 16
#define V4_BYTES (V4_HASH + PLACE_BITS * 2 * 2)

/* A column's share of the bytes that place a change: cheap, as an import
 * computes it for every column of every row; the SHA-256 beside it is
 * what proves the state, these only say where it changed. */
static uint64_t mix(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	return x ^ x >> 31;
}

static uint64_t column_hash(const char *name, const char *v)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		h = (h ^ *p) * 0x100000001b3ULL;
	h = (h ^ 0xff) * 0x100000001b3ULL;
	for (const unsigned char *p = (const unsigned char *)v; *p; p++)
		h = (h ^ *p) * 0x100000001b3ULL;
	return mix(h);
}

/* The digest of the named values, and the hashes of the columns on each
 * side of each place bit. */
static void state_of(const char *tag, const char *const *names, const char *const *vals, int n,
		     unsigned char sum[DIGEST_BYTES], uint64_t side[PLACE_BITS][2])
{
	struct digest c;
	struct enc e;

	memset(side, 0, sizeof(uint64_t) * PLACE_BITS * 2);
	enc_init(&e, &c);
	put(&e, tag, strlen(tag));
	for (int i = 0; i < n && i < DIGEST_COLUMNS; i++) {
		uint64_t h;

		if (!vals[i] || !*vals[i])
			continue;
		encode(&e, names[i]);
		encode(&e, vals[i]);
		h = column_hash(names[i], vals[i]);
		for (int b = 0; b < PLACE_BITS; b++)
			side[b][i >> b & 1] ^= h;
	}
	flush(&e);
	digest_bytes(&c, sum);
}

static uint64_t side_hash(uint64_t side[PLACE_BITS][2], int b, int s)
{
	return mix(side[b][s] ^ (uint64_t)(2 * b + s + 1));
}

void digest_state_v3(const char *const *names, const char *const *vals, int n,
		     char out[DIGEST_STATE_LEN])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char sum[DIGEST_BYTES];
	uint64_t side[PLACE_BITS][2];
	size_t m = 2;

	state_of("netral-keadaan-3", names, vals, n, sum, side);
	memcpy(out, "3:", 2);
	/* 128 bits of the digest, in hex */
	for (int i = 0; i < 16; i++) {
		out[m++] = digits[sum[i] >> 4];
		out[m++] = digits[sum[i] & 15];
	}
	for (int b = 0; b < PLACE_BITS; b++)
		for (int s = 0; s < 2; s++) {
			uint64_t x = side_hash(side, b, s);

			for (int k = 0; k < PLACE_HEX; k++, x >>= 4)
				out[m++] = digits[x & 15];
		}
	out[m] = '\0';
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

void digest_state(const char *const *names, const char *const *vals, int n,
		  char out[DIGEST_STATE_LEN])
{
	unsigned char raw[V4_BYTES], sum[DIGEST_BYTES];
	uint64_t side[PLACE_BITS][2];
	unsigned bits = 0, acc = 0;
	size_t m = 2, r = V4_HASH;

	state_of("netral-keadaan-4", names, vals, n, sum, side);
	memcpy(raw, sum, V4_HASH);
	for (int b = 0; b < PLACE_BITS; b++)
		for (int s = 0; s < 2; s++) {
			uint64_t x = side_hash(side, b, s);

			raw[r++] = (unsigned char)(x >> 8);
			raw[r++] = (unsigned char)x;
		}
	memcpy(out, "4:", 2);
	for (size_t i = 0; i < V4_BYTES; i++) {
		acc = acc << 8 | raw[i];
		for (bits += 8; bits >= 6; bits -= 6)
			out[m++] = b64[acc >> (bits - 6) & 63];
	}
	if (bits)
		out[m++] = b64[acc << (6 - bits) & 63];
	out[m] = '\0';
}

/* The bytes of a state of the fourth kind, or -1 when it is none. */
static int v4_bytes(const char *s, unsigned char raw[V4_BYTES])
{
	unsigned bits = 0, acc = 0;
	size_t r = 0;

	if (!s || strlen(s) != DIGEST_STATE_V4_LEN - 1 || strncmp(s, "4:", 2) != 0)
		return -1;
	for (s += 2; *s; s++) {
		const char *p = strchr(b64, *s);

		if (!p)
			return -1;
		acc = acc << 6 | (unsigned)(p - b64);
		bits += 6;
		if (bits >= 8 && r < V4_BYTES) {
			raw[r++] = (unsigned char)(acc >> (bits - 8));
			bits -= 8;
		}
	}
	return 0;
}

int digest_state_kind(const char *s)
{
	unsigned char raw[V4_BYTES];
	size_t n = s ? strlen(s) : 0;

	if (v4_bytes(s, raw) == 0)
		return 4;
	if (digest_state_is_v3(s))
		return strspn(s + 2, "0123456789abcdef") == n - 2 ? 3 : 0;
	if (n == DIGEST_STATE_V2_LEN - 1 && strncmp(s, "2:", 2) == 0)
		return strspn(s + 2, "0123456789abcdef") == n - 2 ? 2 : 0;
	return n == 32 && strspn(s, "0123456789abcdef") == 32 ? 1 : 0;
}

int digest_state_is_v3(const char *s)
{
	return s && strlen(s) == DIGEST_STATE_LEN - 1 && strncmp(s, "3:", 2) == 0;
}

static int place_v4(const char *recorded, const char *now)
{
	unsigned char a[V4_BYTES], b[V4_BYTES];
	int place = 0;

	v4_bytes(recorded, a);
	v4_bytes(now, b);
	for (int bit = 0; bit < PLACE_BITS; bit++) {
		const int k = V4_HASH + 4 * bit;
		int d0 = memcmp(a + k, b + k, 2) != 0, d1 = memcmp(a + k + 2, b + k + 2, 2) != 0;

		/* one side only, else several columns or a pair that agreed by chance */
		if (d0 == d1)
			return DIGEST_UNPLACED;
		place |= d1 << bit;
	}
	return place;
}

int digest_place(const char *recorded, const char *now)
{
	const char *a, *b;
	int place = 0;

	if (strcmp(recorded, now) == 0)
		return DIGEST_SAME;
	if (digest_state_kind(recorded) == 4 && digest_state_kind(now) == 4)
		return place_v4(recorded, now);
	if (!digest_state_is_v3(recorded) || !digest_state_is_v3(now))
		return DIGEST_UNPLACED;
	a = recorded + 2 + 32;
	b = now + 2 + 32;
	for (int bit = 0; bit < PLACE_BITS; bit++) {
		const int k = 2 * PLACE_HEX * bit;
		int d0 = strncmp(a + k, b + k, PLACE_HEX) != 0,
		    d1 = strncmp(a + k + PLACE_HEX, b + k + PLACE_HEX, PLACE_HEX) != 0;

		/* one side only, else several columns or a byte that agreed by chance */
		if (d0 == d1)
			return DIGEST_UNPLACED;
		place |= d1 << bit;
	}
	return place;
}

void digest_link(const char *prev, const char *const ev[DIGEST_LINK_COLS], char out[65])
{
	struct digest c;
	struct enc e;

	enc_init(&e, &c);
	put(&e, "netral-rantai-1", 15);
	encode(&e, prev);
	for (int i = 0; i < DIGEST_LINK_COLS; i++)
		encode(&e, ev[i]);
	flush(&e);
	digest_hex(&c, out);
}
