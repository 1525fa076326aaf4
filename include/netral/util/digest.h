/* What proves the record: the digests of a stored state and the links of
 * the event log's chain, over values encoded without ambiguity.  Pure
 * functions of their values, so that the database's SQL (an upgrade
 * linking old events) and the log compute the same bytes. */
#ifndef NETRAL_UTIL_DIGEST_H
#define NETRAL_UTIL_DIGEST_H

/* A fingerprint of the first kind: 32 hex digits (SHA-256 truncated to
 * 128 bits) of n values, NULL for none; hex needs 65 bytes.  Only read
 * back: cases created before states were digests of the whole row. */
void digest_fingerprint_v1(const char *const *vals, int n, char hex[65]);

/* A state of the second kind, "2:" and 32 hex digits: only read back. */
#define DIGEST_STATE_V2_LEN 35
void digest_state_v2(const char *const *vals, int n, char out[DIGEST_STATE_V2_LEN]);

/* A state of the third kind, only read back: "3:", 32 hex digits of
 * SHA-256 over every column that holds a value (named, so that one value
 * cannot pass for another column's, and a column added later leaves older
 * states as they were), then 96 hex digits that place a change.  Those
 * are, for each bit of a column's place and each of its two values, 8 hex
 * digits of a hash of the columns whose place has that bit so: a single
 * column changed since changes, for each bit, the digits of its own side
 * only, which spell its place.  At most DIGEST_COLUMNS columns. */
#define DIGEST_STATE_LEN 131
#define DIGEST_COLUMNS 64
void digest_state_v3(const char *const *names, const char *const *vals, int n,
		     char out[DIGEST_STATE_LEN]);

/* A state as netral records it now, of the fourth kind: the third's
 * digest and places in fewer bytes, "4:" and 54 base64url digits of 16
 * bytes of the SHA-256 and 4 bytes a place bit (2 a side), so that a row
 * of a million imported carries 56 bytes of proof, not 130. */
#define DIGEST_STATE_V4_LEN 57
void digest_state(const char *const *names, const char *const *vals, int n,
		  char out[DIGEST_STATE_LEN]);

/* The kind of a recorded state (1 to 4), or 0 when it is no state netral
 * writes. */
int digest_state_kind(const char *recorded);

/* Where a recorded state and the present one (both of the third kind, or
 * both of the fourth)
 * differ: -1 when they agree, the place of the one column that differs,
 * or -2 when several differ or the change cannot be placed. */
#define DIGEST_SAME (-1)
#define DIGEST_UNPLACED (-2)
int digest_place(const char *recorded, const char *now);
/* Whether a recorded state is of the third kind. */
int digest_state_is_v3(const char *recorded);

/* The chain: an event's link is the SHA-256 of the previous event's link
 * ("" for the first) and of its ten columns id, kasus_id, waktu,
 * operator, jenis, kolom, lama, baru, catatan, tanggal (as text, NULL for
 * none); out holds 64 hex digits. */
#define DIGEST_LINK_COLS 10
void digest_link(const char *prev, const char *const ev[DIGEST_LINK_COLS], char out[65]);

#endif
