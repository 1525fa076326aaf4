/* The checks the prevention records share (field.h). */
#include <stdio.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/cegah/field.h"
#include "netral/util/ascii.h"
#include "netral/util/utf8.h"
#include "netral/util/text.h"

int cegah_text(const char *s, size_t max, int required, int multiline, struct err *e)
{
	size_t n = strlen(s);

	if (!*s && required) {
		err_set(e, _("required"));
		return -1;
	}
	if (n > max) {
		err_set(e, _("longer than %zu bytes"), max);
		return -1;
	}
	return text_check(s, n, multiline ? TEXT_MULTILINE : 0, e);
}

int cegah_count(const char *s, long *out, struct err *e)
{
	long v = 0;
	size_t n = strlen(s);

	if (n == 0 || n > 9) {
		err_set(e, _("'%s' is not a whole number"), s);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (!ascii_isdigit((unsigned char)s[i])) {
			err_set(e, _("'%s' is not a whole number"), s);
			return -1;
		}
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int cegah_date(const char *s, char iso[DATE_ISO_LEN], struct err *e)
{
	struct date d;

	if (!*s) {
		err_set(e, _("required"));
		return -1;
	}
	if (date_parse(s, &d, e) < 0)
		return -1;
	date_format(&d, iso);
	return 0;
}

int cegah_nip(const char *s, char digits[19], struct err *e)
{
	struct nip_info ni;

	if (!*s) {
		err_set(e, _("required"));
		return -1;
	}
	if (nip_parse(s, &ni, e) < 0)
		return -1;
	memcpy(digits, ni.digits, 19);
	return 0;
}

void cegah_kunci(const char *s, char *out, size_t n)
{
	text_key(s, out, n);
}
