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
#include "netral/io/csvimport.h"
#include "netral/rules/load.h"
#include "netral/view/izin.h"

static struct rules rules;
static const struct date today = { 2026, 1, 1 };

static int row(void *ctx, struct csvimport *im, const char *const *cell, int *outcome)
{
	const char *v[KEG_NF];
	const char *u[UNIT_NF], *p[PAKTA_NF];
	struct kegiatan k = { 0 };
	struct unit un = { 0 };
	struct pakta pk = { 0 };
	struct err e;

	(void)ctx;
	for (int i = 0; i < KEG_NF; i++)
		v[i] = cell[i] ? cell[i] : "";
	u[0] = v[KEG_UNIT], u[1] = v[KEG_CATATAN], u[2] = v[KEG_PESERTA], u[3] = v[KEG_DOKUMEN];
	p[0] = v[KEG_CATATAN], p[1] = v[KEG_DOKUMEN], p[2] = v[KEG_UNIT], p[3] = v[KEG_TANGGAL];
	p[4] = v[KEG_PEMILIHAN];
	*outcome = IMPORT_NEW;
	if (cegah_parse(&unit_record, &rules, &today, u, &un, &e) == 0 &&
	    cegah_parse(&pakta_record, &rules, &today, p, &pk, &e) == 0 &&
	    cegah_parse(&kegiatan_record, &rules, &today, v, &k, &e) == 0)
		return 0;
	csvimport_problem(im, NULL, "%s", e.msg);
	return -1;
}

static void letter(const uint8_t *data, size_t size)
{
	static const char *const v[IZ_NF] = { NULL, "Rina Kartika", "198504122010012015", "", "", "",
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
		/* a letterhead as the settings give one: every line of it */
		struct surat_kop kop = { { "PEMERINTAH", "DINAS", "Jalan", "Telepon" }, NULL, 0, NULL };

		izin_letter(fp, &rules, &kop, &iz, "B/1/800/X/2024", tmpl, 0);
		izin_letter(fp, &rules, &kop, &iz, "", tmpl, 1);
		fclose(fp);
	}
	free(out);
	free(tmpl);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct import_kind kind = { kegiatan_record.cols, NULL, NULL, row, NULL };
	struct csvimport t;
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
	t.kind = &kind;
	t.in = &in;
	t.quiet = 1;
	csvimport_read(&t);
	csvimport_free(&t);
	fclose(in.fp);
	if (!memchr(data, '\0', size))
		letter(data, size);
	return 0;
}
