/* The digests the log stores, against values computed apart from netral
 * (SHA-256 of the encoding the header describes): a change of the
 * encoding, however consistent, would leave every recorded database
 * failing 'netral check'. */
#include <stddef.h>
#include <string.h>

#include "netral/audit/log.h"
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
	const char *ev1[AUDIT_LINK_COLS] = { "1", "1", "2024-08-10T01:02:03Z", "budi", "buat",
					     NULL, NULL, "2:0123", NULL, NULL };
	const char *ev2[AUDIT_LINK_COLS] = { "2", "1", "2024-08-11T00:00:00Z", "budi", "status",
					     "status", "dilaporkan", "verifikasi", "", "2024-08-11" };
	char l1[65], l2[65];

	audit_link("", ev1, l1);
	is_str(l1, "91cff3d53cd822398d991da9bdb0c6deabd1f88cda78b94ea7116daf982b6685",
	       "the first event's link");
	audit_link(l1, ev2, l2);
	is_str(l2, "9951234f2a8ebacfec3c09540eb99ec2bdf0814e1eddb5a653f5fde2aca8ee2e",
	       "the next event's link covers the first's");
	audit_link(NULL, ev1, l2);
	is_str(l2, l1, "no previous link is the empty one");
}

static void states(void)
{
	const char *v1[] = { "Budi Santoso", "", NULL, "Kabupaten Purbalingga" };
	const char *v3[] = { "Budi", NULL, "PNS" };
	const char *v5[] = { "", NULL };
	const char *v6[] = { NULL, "" };
	char s[AUDIT_STATE_LEN], f[65], g[65];

	audit_state_digest(v1, 4, s);
	is_str(s, "2:19500fb3b49fb508f183c90e4bb19913", "a case's state, empty and NULL alike");
	{
		/* a value longer than the encoder's buffer */
		const char *v2[] = { "a", repeat('x', 5000), "b" };

		audit_state_digest(v2, 3, s);
		is_str(s, "2:c61840d0262b00cf542697c2f647f719", "a state with a value of 5000 bytes");
	}
	audit_fingerprint(v3, 3, f);
	is_str(f, "ab4325df60db18532b591928b2338b60", "a fingerprint of three values");
	{
		/* a value that fills the buffer past its end with its length */
		const char *v4[] = { repeat('y', 4093), "z" };

		audit_fingerprint(v4, 2, f);
		is_str(f, "c42a01838ee345714ae27b178ac9cb2d", "a fingerprint across the buffer's end");
	}
	audit_fingerprint(v5, 2, f);
	is_str(f, "12a3ae445661ce5dee78d0650d33362d", "empty and NULL");
	audit_fingerprint(v6, 2, g);
	is_str(g, f, "NULL and empty are one");
}

int main(void)
{
	links();
	states();
	return tap_done();
}
