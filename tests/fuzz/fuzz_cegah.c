/* libFuzzer target: the prevention imports and the permit's letter
 * without the database.  The bytes are a CSV file whose rows go through
 * the small-import reader and the checks of an activity, a unit and a
 * signatory; and a letter template, checked and, when it passes, filled
 * in with a permit, as text and as a page. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cegah/izin.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/unit.h"
#include "netral/io/csvtable.h"
#include "netral/rules/load.h"
#include "netral/view/izin.h"

static struct rules rules;
static const struct date today = { 2026, 1, 1 };

static int row(void *ctx, const char *const *v, long line, struct err *e, int *outcome)
{
	const char *u[UNIT_NF] = { v[KEG_UNIT], v[KEG_CATATAN], v[KEG_PESERTA], v[KEG_DOKUMEN] };
	const char *p[PAKTA_NF] = { v[KEG_CATATAN], v[KEG_DOKUMEN], v[KEG_UNIT], v[KEG_TANGGAL],
		v[KEG_PEMILIHAN] };
	struct kegiatan k;
	struct unit un;
	struct pakta pk;

	(void)ctx;
	(void)line;
	*outcome = CT_NEW;
	if (unit_parse(u, &un, e) == 0 && pakta_parse(&rules, &today, p, &pk, e) == 0)
		return kegiatan_parse(&rules, &today, v, &k, e);
	return -1;
}

static void letter(const uint8_t *data, size_t size)
{
	static const char *const v[IZ_NF] = { "Rina Kartika", "198504122010012015", "", "", "",
		"KPPS", "1/2024", "Slamet", "196806091995031003", "", "Kepala", "", "Batang",
		"2024-10-01", "PILKADA2024" };
	char *tmpl = malloc(size + 1), *out = NULL;
	size_t n = 0;
	struct izin iz;
	struct err e;
	FILE *fp;

	if (!tmpl)
		return;
	memcpy(tmpl, data, size);
	tmpl[size] = '\0';
	if (izin_parse(&rules, v, &iz, &e) == 0 && izin_template_check(tmpl, "fuzz.txt") == 0 &&
	    (fp = open_memstream(&out, &n))) {
		snprintf(iz.nomor, sizeof iz.nomor, "IZ-2024-0001");
		izin_letter(fp, &rules, &iz, tmpl, 0);
		izin_letter(fp, &rules, &iz, tmpl, 1);
		fclose(fp);
	}
	free(out);
	free(tmpl);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvtable t;
	struct csvin in;

	if (!rules.bentuk.n && rules_load_builtin(&rules))
		abort();
	memset(&in, 0, sizeof in);
	memset(&t, 0, sizeof t);
	in.name = "fuzz.csv";
	in.fp = fmemopen((void *)data, size ? size : 1, "r");
	if (!in.fp)
		return 0;
	if (!size)
		fgetc(in.fp);
	in.max_record = 64 * 1024;
	t.cols = kegiatan_cols;
	t.row = row;
	csvtable_read(&t, &in);
	fclose(in.fp);
	if (!memchr(data, '\0', size))
		letter(data, size);
	return 0;
}
