/* An agency's letter numbers by its pattern: every month's Roman
 * numeral, a pattern's parts, and a number too long for a letter. */
#include <string.h>

#include "netral/rules/pola.h"
#include "tap.h"

static void months(void)
{
	static const char *const want[12] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII",
		"IX", "X", "XI", "XII" };
	char out[POLA_NOMOR_MAX + 1];

	for (int m = 1; m <= 12; m++) {
		struct date d = { 2024, m, 1 };

		pola_format("{bulan}", "", 1, &d, out);
		is_str(out, want[m - 1], "month %d in Roman numerals", m);
	}
}

static void parts(void)
{
	struct date d = { 2024, 10, 1 };
	char out[POLA_NOMOR_MAX + 1], why[256], kode[POLA_NOMOR_MAX + 8];

	ok(pola_format("B/{urut}/{kode}/{bulan}/{tahun}", "800.1.6.2", 12, &d, out) == 0, "formatted");
	is_str(out, "B/12/800.1.6.2/X/2024", "every part in its place");
	pola_format("{urut}{urut}-{x}", "", 7, &d, out);
	is_str(out, "77-{x}", "a part twice; text kept as written");
	ok(pola_check("B/{urut}/{kode}/{bulan}/{tahun}", why, sizeof why) == 0, "a full pattern is good");
	ok(pola_check("B/{tahun}", why, sizeof why) < 0, "no sequence refused");
	has_str(why, "has no {urut}", "and said");
	ok(pola_check("{urut}/{Bulan}", why, sizeof why) < 0, "a part in the wrong case refused");
	has_str(why, "unknown part '{Bulan}'", "and named");
	memset(kode, 'K', sizeof kode - 1);
	kode[sizeof kode - 1] = '\0';
	ok(pola_format("{urut}/{kode}", kode, 1, &d, out) < 0, "a number longer than the limit refused");
	ok(strlen(out) <= POLA_NOMOR_MAX, "and nothing written past it");
}

int main(void)
{
	months();
	parts();
	return tap_done();
}
