/* The names of stages and campaign periods, and position titles in their
 * normal form: shared by the loader, the classifier and the store. */
#include <stdio.h>

#include "netral/rules/label.h"
#include "netral/rules/vocab.h"
#include "netral/util/ascii.h"

const char *periode_of(const struct pemilihan *p, const struct date *d)
{
	if (!p)
		return RULES_UNKNOWN;
	if (date_cmp(d, &p->kampanye_mulai) < 0)
		return "sebelum_kampanye";
	if (date_cmp(d, &p->kampanye_selesai) <= 0)
		return "saat_kampanye";
	return "setelah_kampanye";
}

void jabatan_normalise(const char *in, char *out, size_t cap)
{
	size_t n = 0;
	int space = 0;

	for (; *in && n + 1 < cap; in++) {
		int c = (unsigned char)*in;

		if (c == '-' || c == '_' || c == '.' || c == '/' || ascii_isspace(c)) {
			space = n > 0;
			continue;
		}
		if (space && n + 2 < cap)
			out[n++] = ' ';
		space = 0;
		out[n++] = (char)ascii_tolower(c);
	}
	out[n] = '\0';
}

