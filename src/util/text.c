/* What a text field may hold, and the key of a name (text.h). */
#include <stdio.h>
#include <string.h>

#include "netral/util/ascii.h"
#include "netral/util/text.h"
#include "netral/util/utf8.h"

/* Printable ASCII alone, as nearly every field of an import is: nothing
 * to decode.  A byte outside 0x20..0x7e sends the text to the full walk. */
static int printable_ascii(const unsigned char *p, size_t n)
{
	unsigned char outside = 0;

	for (size_t i = 0; i < n; i++)
		outside |= (unsigned char)(p[i] - 0x20) >= 0x5f;
	return !outside;
}

int text_check(const char *s, size_t n, unsigned flags, struct err *e)
{
	const unsigned char *p = (const unsigned char *)s;
	long bad;

	if (printable_ascii(p, n))
		return 0;
	if ((bad = utf8_invalid_at(s, n)) >= 0) {
		err_set(e, _("is not valid UTF-8 (byte 0x%02X at %ld)"), p[bad], bad + 1);
		return -1;
	}
	for (size_t i = 0, len; i < n; i += len) {
		unsigned long cp = utf8_next(s + i, &len);

		if (!utf8_unsafe(cp))
			continue;
		if ((flags & TEXT_MULTILINE) && (cp == '\n' || cp == '\r' || cp == '\t'))
			continue;
		if (cp == '\n' || cp == '\r')
			err_set(e, _("contains a line break"));
		else if (cp < 0xa0)
			err_set(e, _("contains the control character U+%04lX at byte %zu"), cp, i + 1);
		else
			err_set(e, _("contains the invisible character U+%04lX at byte %zu (type the text again, or remove it in the spreadsheet)"),
				cp, i + 1);
		return -1;
	}
	return 0;
}

long text_field(const char *raw, size_t max, unsigned flags, char *out, size_t cap, struct err *e)
{
	size_t n;

	while (*raw == ' ' || *raw == '\t')
		raw++;
	n = strlen(raw);
	while (n && (raw[n - 1] == ' ' || raw[n - 1] == '\t' ||
		     ((flags & TEXT_MULTILINE) && (raw[n - 1] == '\n' || raw[n - 1] == '\r'))))
		n--;
	if (n > max || n >= cap) {
		err_set(e, _("%zu bytes long, the limit is %zu"), n, max < cap ? max : cap - 1);
		return -1;
	}
	if (text_check(raw, n, flags, e) < 0)
		return -1;
	memcpy(out, raw, n);
	out[n] = '\0';
	return (long)n;
}

size_t text_key(const char *s, char *out, size_t n)
{
	char folded[4096];
	const unsigned char *p;
	size_t m = 0, len;
	int pending = 0;

	if (!n)
		return 0;
	utf8_fold(s, folded, sizeof folded);
	for (p = (const unsigned char *)folded; *p; p += len) {
		unsigned long cp = utf8_next((const char *)p, &len);

		if (utf8_blank(cp)) {
			pending = m > 0;
			continue;
		}
		if (cp != UTF8_BAD && utf8_unsafe(cp))
			continue;
		if (pending && m + 1 < n)
			out[m++] = ' ';
		pending = 0;
		if (m + len >= n)
			break;
		memcpy(out + m, p, len);
		m += len;
	}
	out[m] = '\0';
	return m;
}
