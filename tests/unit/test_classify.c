/* The classifier against tests/data/klasifikasi.tsv: every cell of the SKB
 * 2022 matrix (Keputusan Bersama MenPANRB 2/2022 and others, 22 September
 * 2022) as BKN Kanreg III's deck numbers it, for a candidate and for a
 * party, contests designated on different days, inference, and dates
 * before any ruleset.  Every row names the source it rests on. */
#include <stdlib.h>
#include <string.h>

#include "netral/rules/classify.h"
#include "netral/rules/load.h"
#include "netral/rules/vocab.h"
#include "tap.h"
#include "tsv.h"

static const char *dash(const char *s)
{
	return strcmp(s, "-") == 0 ? "" : s;
}

static void table(const struct rules *r, const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[512], *f[TSV_MAX];
	long lineno = 0;
	int n = 0, i;

	if (!ok(fp != NULL, "open %s", path))
		return;
	while ((i = tsv_next(fp, line, sizeof line, f, &lineno)) > 0) {
		struct klasifikasi_in in;
		struct klasifikasi k;
		struct err e = { "", -1 };

		if (!ok(i == 10 && *f[9], "%s:%ld has 10 columns, the last its source", path, lineno))
			continue;
		n++;
		memset(&in, 0, sizeof in);
		in.bentuk = f[0];
		date_parse_iso(f[1], &in.tanggal);
		in.pemilihan = *dash(f[2]) ? f[2] : NULL;
		in.cltn = atoi(f[3]);
		in.pasangan = atoi(f[4]);
		in.partai = strcmp(f[5], "partai") == 0;
		if (!ok(classify(r, &in, &k, &e) == 0, "%s %s %s cltn=%s: classifies", f[0], f[1], f[2], f[3]))
			continue;
		is_str(k.jenis, f[6], "%s %s %s cltn=%s pasangan=%s sasaran=%s: jenis (%s)", f[0], f[1],
		       f[2], f[3], f[4], f[5], f[9]);
		is_str(k.kode, dash(f[7]), "%s %s %s cltn=%s pasangan=%s sasaran=%s: kode (%s)", f[0], f[1],
		       f[2], f[3], f[4], f[5], f[9]);
		is_str(tahap_name(k.tahap), f[8], "%s %s %s sasaran=%s: tahap", f[0], f[1], f[2], f[5]);
		ok(k.alasan[0] != '\0', "%s %s: a reason is given", f[0], f[1]);
		if (strcmp(f[6], "satgas") == 0 || strcmp(f[6], "belum_diklasifikasi") == 0 ||
		    strcmp(f[6], "tidak_melanggar") == 0)
			ok(strlen(k.alasan) > 40, "%s %s: %s says why", f[0], f[1], f[6]);
		/* an act aimed at a party that no row names says so */
		if (strcmp(f[5], "partai") == 0 && strstr(f[9], "no row names a party"))
			has_str(k.alasan, "partai politik", "%s %s: the reason says no row names a party", f[0], f[1]);
	}
	fclose(fp);
	/* 17 acts by 2 stages by 4 flags for a candidate, 20 by 2 for a party */
	ok(n >= 136 + 40, "the table has every cell (%d rows)", n);
}

/* tests/data/aturan2020.tsv: the rulesets before SKB 2022, their tiers and
 * the reasons of the rows the sources leave open, each row with its
 * source. */
static void older(const struct rules *r, const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[512], *f[TSV_MAX];
	long lineno = 0;
	int n = 0, i;

	if (!ok(fp != NULL, "open %s", path))
		return;
	while ((i = tsv_next(fp, line, sizeof line, f, &lineno)) > 0) {
		struct klasifikasi_in in;
		struct klasifikasi k;
		struct err e = { "", -1 };

		if (!ok(i == 8 && *f[7], "%s:%ld has 8 columns, the last its source", path, lineno))
			continue;
		n++;
		memset(&in, 0, sizeof in);
		in.bentuk = f[0];
		date_parse_iso(f[1], &in.tanggal);
		in.pemilihan = *dash(f[2]) ? f[2] : NULL;
		in.jenis_pegawai = f[3];
		if (!ok(classify(r, &in, &k, &e) == 0, "%s %s: classifies", f[0], f[1]))
			continue;
		is_str(k.jenis, f[4], "%s %s %s: jenis", f[0], f[1], f[3]);
		is_str(k.row ? k.row->ruleset : "", f[5], "%s %s: ruleset", f[0], f[1]);
		if (strcmp(f[6], "-") != 0)
			ok(strstr(k.alasan, f[6]) != NULL, "%s %s: the reason says '%s' (%s)", f[0],
			   f[1], f[6], k.alasan);
	}
	fclose(fp);
	ok(n >= 38, "the table has its rows (%d)", n);
}

/* tests/data/inferensi.tsv: which contest a date alone gives. */
static void inference(const struct rules *r, const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[512], *f[TSV_MAX];
	long lineno = 0;
	int n = 0, i;

	if (!ok(fp != NULL, "open %s", path))
		return;
	while ((i = tsv_next(fp, line, sizeof line, f, &lineno)) > 0) {
		struct klasifikasi_in in;
		struct klasifikasi k;
		struct err e = { "", -1 };

		if (!ok(i == 8 && *f[7], "%s:%ld has 8 columns, the last its source", path, lineno))
			continue;
		n++;
		memset(&in, 0, sizeof in);
		in.bentuk = f[0];
		date_parse_iso(f[1], &in.tanggal);
		if (!ok(classify(r, &in, &k, &e) == 0, "%s %s: classifies", f[0], f[1]))
			continue;
		is_str(k.pemilihan ? k.pemilihan->kode : "", dash(f[2]), "%s %s: contest", f[0], f[1]);
		ok(!k.pemilihan || k.disimpulkan, "%s %s: marked inferred", f[0], f[1]);
		is_str(k.jenis, f[3], "%s %s: jenis", f[0], f[1]);
		is_str(k.kode, dash(f[4]), "%s %s: kode", f[0], f[1]);
		is_str(tahap_name(k.tahap), f[5], "%s %s: tahap", f[0], f[1]);
		has_str(k.alasan, f[6], "%s %s: the reason says", f[0], f[1]);
	}
	fclose(fp);
	ok(n >= 22 + 15 + 6, "the inference table has every day (%d rows)", n);
}

/* tests/data/dasar_hukum.tsv: the law each basis cites is the one in force
 * on the act's day. */
static void bases(const struct rules *r, const char *path)
{
	FILE *fp = fopen(path, "r");
	char line[512], *f[TSV_MAX];
	long lineno = 0;
	int n = 0, i;

	if (!ok(fp != NULL, "open %s", path))
		return;
	while ((i = tsv_next(fp, line, sizeof line, f, &lineno)) > 0) {
		struct klasifikasi_in in;
		struct klasifikasi k;
		struct err e = { "", -1 };

		if (!ok(i == 7 && *f[6], "%s:%ld has 7 columns, the last its source", path, lineno))
			continue;
		n++;
		memset(&in, 0, sizeof in);
		in.bentuk = f[0];
		date_parse_iso(f[1], &in.tanggal);
		in.pemilihan = *dash(f[2]) ? f[2] : NULL;
		in.jenis_pegawai = f[3];
		if (!ok(classify(r, &in, &k, &e) == 0 && k.dasar_hukum, "%s %s: classifies", f[0], f[1]))
			continue;
		has_str(k.dasar_hukum, f[4], "%s %s %s: the basis cites %s (%s)", f[0], f[1], f[3], f[4], f[6]);
		ok(strstr(k.dasar_hukum, f[5]) == NULL, "%s %s %s: the basis does not cite %s (%s)", f[0],
		   f[1], f[3], f[5], k.dasar_hukum);
		ok(strchr(k.dasar_hukum, '{') == NULL, "%s %s: every placeholder filled (%s)", f[0], f[1],
		   k.dasar_hukum);
	}
	fclose(fp);
	ok(n >= 16, "the table has its rows (%d)", n);
}

static void errors(const struct rules *r)
{
	struct klasifikasi_in in;
	struct klasifikasi k;
	struct err e = { "", -1 };

	memset(&in, 0, sizeof in);
	in.bentuk = "kampanye";
	date_parse_iso("2024-08-10", &in.tanggal);
	ok(classify(r, &in, &k, &e) < 0, "unknown bentuk is refused");
	has_str(e.msg, "unknown bentuk 'kampanye'", "message names the bentuk");
	has_str(e.msg, "medsos-kampanye", "message lists the valid values");
	in.bentuk = "apk";
	in.pemilihan = "PILKADA2029";
	ok(classify(r, &in, &k, &e) < 0, "unknown contest is refused");
	has_str(e.msg, "unknown contest 'PILKADA2029'", "message names the contest");
	has_str(e.msg, "PILKADA2024", "message lists the contests");
}

static void periods(const struct rules *r)
{
	static const struct { const char *day, *periode; } t[] = {
		{ "2024-09-24", "sebelum_kampanye" },
		{ "2024-09-25", "saat_kampanye" },
		{ "2024-11-23", "saat_kampanye" },
		{ "2024-11-24", "setelah_kampanye" },
	};
	const struct pemilihan *p = rules_pemilihan(r, "PILKADA2024");

	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct date d;

		date_parse_iso(t[i].day, &d);
		is_str(periode_of(p, &d), t[i].periode, "%s in PILKADA2024 is %s", t[i].day, t[i].periode);
	}
	is_str(periode_of(NULL, NULL), "tidak_diketahui", "no contest: tidak_diketahui");
}

int main(int argc, char **argv)
{
	struct rules r;
	const char *dir = argc > 1 ? argv[1] : "tests/data";
	char path[512];

	ok(rules_load_builtin(&r) == 0, "the built-in rules load without problems");
	snprintf(path, sizeof path, "%s/klasifikasi.tsv", dir);
	table(&r, path);
	snprintf(path, sizeof path, "%s/inferensi.tsv", dir);
	inference(&r, path);
	snprintf(path, sizeof path, "%s/aturan2020.tsv", dir);
	older(&r, path);
	snprintf(path, sizeof path, "%s/dasar_hukum.tsv", dir);
	bases(&r, path);
	errors(&r);
	periods(&r);
	rules_free(&r);
	return tap_done();
}
