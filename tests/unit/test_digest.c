/* The digests the log stores, against values computed apart from netral
 * (SHA-256 of the encoding the header describes): a change of the
 * encoding, however consistent, would leave every recorded database
 * failing 'netral check'. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "netral/util/digest.h"
#include "tap.h"

static char *repeat(char c, size_t n)
{
	static char buf[8192];

	memset(buf, c, n);
	buf[n] = '\0';
	return buf;
}

static void links(void)
{
	/* an event of creation, then a status move linked to it */
	const char *ev1[DIGEST_LINK_COLS] = { "1", "1", "2024-08-10T01:02:03Z", "budi", "buat",
					     NULL, NULL, "2:0123", NULL, NULL };
	const char *ev2[DIGEST_LINK_COLS] = { "2", "1", "2024-08-11T00:00:00Z", "budi", "status",
					     "status", "dilaporkan", "verifikasi", "", "2024-08-11" };
	char l1[65], l2[65];

	digest_link("", ev1, l1);
	is_str(l1, "91cff3d53cd822398d991da9bdb0c6deabd1f88cda78b94ea7116daf982b6685",
	       "the first event's link");
	digest_link(l1, ev2, l2);
	is_str(l2, "9951234f2a8ebacfec3c09540eb99ec2bdf0814e1eddb5a653f5fde2aca8ee2e",
	       "the next event's link covers the first's");
	digest_link(NULL, ev1, l2);
	is_str(l2, l1, "no previous link is the empty one");
}

static void states(void)
{
	const char *v1[] = { "Budi Santoso", "", NULL, "Kabupaten Purbalingga" };
	const char *v3[] = { "Budi", NULL, "PNS" };
	const char *v5[] = { "", NULL };
	const char *v6[] = { NULL, "" };
	char s[DIGEST_STATE_V2_LEN], f[65], g[65];

	digest_state_v2(v1, 4, s);
	is_str(s, "2:19500fb3b49fb508f183c90e4bb19913", "a case's state, empty and NULL alike");
	{
		/* a value longer than the encoder's buffer */
		const char *v2[] = { "a", repeat('x', 5000), "b" };

		digest_state_v2(v2, 3, s);
		is_str(s, "2:c61840d0262b00cf542697c2f647f719", "a state with a value of 5000 bytes");
	}
	digest_fingerprint_v1(v3, 3, f);
	is_str(f, "ab4325df60db18532b591928b2338b60", "a fingerprint of three values");
	{
		/* a value that fills the buffer past its end with its length */
		const char *v4[] = { repeat('y', 4093), "z" };

		digest_fingerprint_v1(v4, 2, f);
		is_str(f, "c42a01838ee345714ae27b178ac9cb2d", "a fingerprint across the buffer's end");
	}
	digest_fingerprint_v1(v5, 2, f);
	is_str(f, "12a3ae445661ce5dee78d0650d33362d", "empty and NULL");
	digest_fingerprint_v1(v6, 2, g);
	is_str(g, f, "NULL and empty are one");
}

/* A row, the same with one column changed (the fifth), and with two. */
static const char *const names[] = { "nama", "nip", "catatan", "unit", "status", "pemilihan" };
static const char *const a[] = { "Budi Santoso", "199001012020121001", NULL, "Dinas Pendidikan",
				 "dilaporkan", "pilkada-2024" };
static const char *const b[] = { "Budi Santoso", "199001012020121001", NULL, "Dinas Pendidikan",
				 "verifikasi", "pilkada-2024" };
static const char *const c[] = { "Budi Santoso", "", NULL, "Dinas Pendidikan", "dilaporkan",
				 "verifikasi" };

/* The state of the third kind: its digest, and where a change is */
static void placed_v3(void)
{
	char sa[DIGEST_STATE_LEN], sb[DIGEST_STATE_LEN], sc[DIGEST_STATE_LEN];

	digest_state_v3(names, a, 6, sa);
	is_str(sa, "3:bada59c01a4c727966a916090e44fd0e68a3e9c5579946823369326380570d36fc684fb28d81a1fcfd"
		   "0133c58e9abec99a5a509c9750239ab3e5ee4ecbb3127d", "a state of the third kind");
	digest_state_v3(names, b, 6, sb);
	is_str(sb, "3:c0f4d61d2654d40f77b4c15dc5316a845e235d7457994682dda7fe3880570d36fc684fb2570bb5a2d1"
		   "81a8f28e9abec902b1f4f89750239a2284ceabcbb3127d", "one column changed");
	ok(digest_place(sa, sa) == DIGEST_SAME, "the same state has no place");
	ok(digest_place(sa, sb) == 4, "the changed column is placed: the fifth");
	ok(digest_place(sb, sa) == 4, "either way round");
	digest_state_v3(names, c, 6, sc);
	ok(digest_place(sa, sc) == DIGEST_UNPLACED, "two columns changed: not placed");
	ok(digest_place("2:0123", sa) == DIGEST_UNPLACED, "an older state: not placed");
	ok(digest_state_is_v3(sa) && !digest_state_is_v3("3:0123"), "the third kind told apart");
	ok(digest_state_kind(sa) == 3, "a state of the third kind is one");
}

/* The state netral records now: the same proof in 56 bytes */
static void placed(void)
{
	char sa[DIGEST_STATE_LEN], sb[DIGEST_STATE_LEN], sc[DIGEST_STATE_LEN], s3[DIGEST_STATE_LEN];
	char bad[DIGEST_STATE_LEN];

	digest_state(names, a, 6, sa);
	is_str(sa, "4:KsMckPb0fDxst_p0zevtuTqGmXWWM3UIhs8Y2BDfqeilqQV5Xjs7vA", "a state of the fourth kind");
	ok(strlen(sa) == DIGEST_STATE_V4_LEN - 1, "of 56 bytes");
	digest_state(names, b, 6, sb);
	is_str(sb, "4:wttyUz-5t_jsY_QyyNT5BDLlmXV63XUIhs-wdRgdqegbIAV5SCI7vA", "one column changed");
	ok(digest_place(sa, sa) == DIGEST_SAME, "the same state has no place");
	ok(digest_place(sa, sb) == 4, "the changed column is placed: the fifth");
	ok(digest_place(sb, sa) == 4, "either way round");
	digest_state(names, c, 6, sc);
	ok(digest_place(sa, sc) == DIGEST_UNPLACED, "two columns changed: not placed");
	digest_state_v3(names, a, 6, s3);
	ok(digest_place(s3, sa) == DIGEST_UNPLACED, "a state of the third kind: not placed");
	ok(digest_state_kind(sa) == 4 && digest_state_kind(sb) == 4, "the fourth kind told apart");
	snprintf(bad, sizeof bad, "%s", sa);
	bad[10] = '+';
	ok(digest_state_kind(bad) == 0, "a digit outside base64url: no state");
	ok(digest_state_kind("4:abc") == 0, "too short: no state");
	ok(digest_state_kind("2:0123456789abcdef0123456789abcdef") == 2, "the second kind");
	ok(digest_state_kind("0123456789abcdef0123456789abcdef") == 1, "the first kind");
	ok(digest_state_kind("zz") == 0, "no state");
}

int main(void)
{
	links();
	states();
	placed_v3();
	placed();
	return tap_done();
}
