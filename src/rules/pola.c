/* Letter numbers by the agency's pattern (pola.h). */
#include <stdio.h>
#include <string.h>

#include "netral/rules/pola.h"
#include "netral/util/msg.h"

static const char *const token[] = { "urut", "kode", "bulan", "tahun", NULL };

/* The token at p ("{urut}"): its index, or -1. */
static int token_at(const char *p, size_t *len)
{
	for (int i = 0; token[i]; i++) {
		size_t n = strlen(token[i]);

		if (p[0] == '{' && strncmp(p + 1, token[i], n) == 0 && p[n + 1] == '}') {
			*len = n + 2;
			return i;
		}
	}
	return -1;
}

int pola_check(const char *pola, char *buf, size_t n)
{
	int urut = 0;
	size_t len;

	for (const char *p = pola; *p; p++) {
		int t = token_at(p, &len);

		if (t < 0 && *p == '{') {
			snprintf(buf, n, _("'%s': unknown part '%.*s' (known: {urut}, {kode}, {bulan}, {tahun})"),
				 pola, (int)strcspn(p, "}") + 1, p);
			return -1;
		}
		if (t >= 0) {
			urut |= t == 0;
			p += len - 1;
		}
	}
	if (urut && strlen(pola) <= POLA_NOMOR_MAX / 2)
		return 0;
	if (urut)
		snprintf(buf, n, _("'%.20s...': longer than %d bytes"), pola, POLA_NOMOR_MAX / 2);
	else
		snprintf(buf, n, _("'%s' has no {urut}: every letter would get the same number"), pola);
	return -1;
}

int pola_format(const char *pola, const char *kode, long long urut, const struct date *d,
		char *out)
{
	static const char *const roman[12] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII",
		"IX", "X", "XI", "XII" };
	size_t o = 0, len;
	int w = 0;

	for (const char *p = pola; *p && w >= 0 && o <= POLA_NOMOR_MAX; p++) {
		int t = token_at(p, &len);
		size_t room = POLA_NOMOR_MAX + 1 - o;

		if (t == 0)
			w = snprintf(out + o, room, "%lld", urut);
		else if (t == 1)
			w = snprintf(out + o, room, "%s", kode);
		else if (t == 2)
			w = snprintf(out + o, room, "%s", roman[d->m - 1]);
		else if (t == 3)
			w = snprintf(out + o, room, "%d", d->y);
		else
			w = snprintf(out + o, room, "%c", *p);
		if (t >= 0)
			p += len - 1;
		o += (size_t)w;
	}
	out[o < POLA_NOMOR_MAX ? o : POLA_NOMOR_MAX] = '\0';
	return o <= POLA_NOMOR_MAX ? 0 : -1;
}

const char *pola_setting(const struct rules *r, const char *kunci)
{
	const struct pengaturan *p = rules_pengaturan(r, kunci);

	return p ? p->nilai : "";
}
