/* The output format of an option, and counts written for people. */
#include <stdio.h>
#include <string.h>

#include "netral/io/format.h"
#include "netral/util/ascii.h"
#include "netral/util/msg.h"

int format_parse(const char *s, enum format *out)
{
	if (ascii_casecmp(s, "table") == 0)
		*out = FMT_TABLE;
	else if (ascii_casecmp(s, "csv") == 0)
		*out = FMT_CSV;
	else if (ascii_casecmp(s, "json") == 0)
		*out = FMT_JSON;
	else if (ascii_casecmp(s, "xlsx") == 0)
		*out = FMT_XLSX;
	else
		return -1;
	return 0;
}

void fmt_count(long long n, char buf[32])
{
	char digits[24], sep = msg_indonesian() ? '.' : ',';
	int len, out = 0;

	if (n < 0) {
		buf[out++] = '-';
		n = -n;
	}
	len = snprintf(digits, sizeof digits, "%lld", n);
	for (int i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0)
			buf[out++] = sep;
		buf[out++] = digits[i];
	}
	buf[out] = '\0';
}
