/* libFuzzer target: the date, NIP and NIK parsers, and age arithmetic. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/ident.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char buf[128];
	struct date d, ref = { 2024, 8, 10 };
	struct nip_info n;
	struct nik_info k;
	struct err e;

	if (size >= sizeof buf)
		size = sizeof buf - 1;
	memcpy(buf, data, size);
	buf[size] = '\0';
	if (date_parse(buf, &d, &e) == 0) {
		char iso[DATE_ISO_LEN];
		struct date back;

		date_format(&d, iso);
		if (date_parse_iso(iso, &back) != 0 || date_cmp(&back, &d) != 0)
			abort();
		date_from_days(date_days(&d), &back);
		if (date_cmp(&back, &d) != 0)
			abort();
		(void)age_on(&d, &ref);
	}
	if (nip_parse(buf, &n, &e) == 0 && (strlen(n.digits) != 18 || (n.sex != 1 && n.sex != 2)))
		abort();
	if (nik_parse(buf, &ref, &k, &e) == 0 && strlen(k.digits) != 16)
		abort();
	return 0;
}
