/* netral complete: the candidates the shell completion offers, one per
 * line, taken from the command table, the case's columns and the rules
 * in force, so they never go stale.  Not listed in --help. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cegah/izin.h"
#include "netral/cegah/pelaporan.h"
#include "netral/cegah/unit.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/column.h"
#include "netral/kasus/kasus.h"
#include "netral/cegah/asal.h"
#include "netral/kasus/select.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/rekap/rekap.h"

static const char help_text[] = N_(
"usage: netral complete LIST\n"
"\n"
"Prints the candidates the shell completion offers, one per line.  LIST is\n"
"commands, fields, workflow, format, by, jenis-pegawai, rekomendasi-dari,\n"
"sasaran, jenis, putusan-jenis, bentuk, pemilihan, status, sanksi,\n"
"kategori-jabatan, indikasi, peran, kegiatan, jenis-laporan, kepada, kasus\n"
"(case numbers, newest first), instansi (the agencies of the cases), unit\n"
"(the units), izin (the permits' numbers), asal (the origins' names),\n"
"pelaporan (the reports' letter numbers) or 'next CASE' (the statuses the\n"
"case can move to).\n");

static int print_nomor(void *ctx, const char *const *v)
{
	(void)ctx;
	printf("%s\n", v[COL_NOMOR]);
	return 0;
}

static int print_name(void *ctx, const char *name)
{
	(void)ctx;
	printf("%s\n", name);
	return 0;
}

/* A record by the field that names it: a unit's name, a permit's number. */
static int print_label(void *ctx, const void *obj)
{
	const struct cegah_record *rec = ctx;
	char buf[24];

	return print_name(NULL, cegah_value(rec, obj, rec->label, buf));
}

/* What only a database knows: its cases, their agencies, a case's moves.
 * Nothing, and no error, where there is no database yet. */
static int from_data(struct app *a, const char *what, const char *arg)
{
	struct kasus_filter f;
	char nomor[32];
	int rc;

	if (!app_db_exists(a) || (rc = app_open(a, DB_READ)))
		return 0;
	if (strcmp(what, "instansi") == 0)
		return kasus_agencies(&a->db, print_name, NULL);
	if (strcmp(what, "unit") == 0)
		return cegah_each(&a->db, &unit_record, 0, print_label, (void *)&unit_record);
	if (strcmp(what, "izin") == 0)
		return cegah_each(&a->db, &izin_record, 0, print_label, (void *)&izin_record);
	if (strcmp(what, "asal") == 0)
		return cegah_each(&a->db, &asal_record, 0, print_label, (void *)&asal_record);
	if (strcmp(what, "pelaporan") == 0)
		return cegah_each(&a->db, &pelaporan_record, 0, print_label, (void *)&pelaporan_record);
	if (strcmp(what, "kasus") == 0) {
		memset(&f, 0, sizeof f);
		f.sort[0] = COL_ID;
		f.desc[0] = 1;
		f.nsort = 1;
		f.limit = 200;
		f.batal = 1;
		return kasus_select(&a->db, &f, print_nomor, NULL);
	}
	if (arg && nomor_normalise(arg, nomor) == 0) {
		struct kasus *k = xmalloc(sizeof *k);
		long long id;

		if (kasus_load_quiet(&a->db, &a->rules, nomor, k, &id) == 0)
			for (size_t i = 0; i < a->rules.transisi.n; i++)
				if (strcmp(a->rules.transisi.v[i].dari, kasus_value(k, F_STATUS)) == 0 &&
				    !a->rules.transisi.v[i].buka)
					printf("%s\n", a->rules.transisi.v[i].ke);
		free(k);
	}
	return 0;
}

static void vocab(const struct rules *r, const char *daftar, const char *sifat)
{
	for (size_t i = 0; i < r->kosakata.n; i++)
		if (strcmp(r->kosakata.v[i].daftar, daftar) == 0 &&
		    (!sifat || rules_sifat(&r->kosakata.v[i], sifat)))
			printf("%s\n", r->kosakata.v[i].kode);
}

/* The field options of add and edit, or (with the rules) those a status
 * move records, the options of status. */
static int field_list(const struct rules *r)
{
	for (int f = 0; f < F_COUNT; f++) {
		int recorded = !r;
		char opt[40];

		for (size_t i = 0; r && i < r->status.n; i++)
			recorded |= rules_names(r->status.v[i].mencatat, field_def(f)->name);
		if (!recorded)
			continue;
		snprintf(opt, sizeof opt, "--%s", field_def(f)->name);
		for (char *p = opt; *p; p++)
			if (*p == '_')
				*p = '-';
		printf("%s\n", opt);
	}
	return 0;
}

/* A list of strings, each once, in their first order. */
static void once(const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int dup = 0;

		for (size_t j = 0; j < i && !dup; j++)
			dup = strcmp(v[j], v[i]) == 0;
		if (!dup)
			printf("%s\n", v[i]);
	}
}

/* The lists the rules in force hold: 1 when what names one. */
static int from_rules(const struct rules *r, const char *what)
{
	static const struct { const char *what, *daftar, *sifat; } vocabs[] = {
		{ "jenis-pegawai", VOCAB_JENIS_PEGAWAI, NULL },
		{ "rekomendasi-dari", VOCAB_REKOMENDASI_DARI, NULL },
		{ "sasaran", VOCAB_SASARAN, NULL },
		{ "indikasi", VOCAB_INDIKASI, NULL },
		{ "peran", VOCAB_PERAN_IZIN, NULL },
		{ "kegiatan", VOCAB_KEGIATAN, NULL },
		{ "jenis", VOCAB_JENIS, "matriks" },
		{ "putusan-jenis", VOCAB_JENIS, "putusan" },
		{ "jenis-laporan", VOCAB_JENIS_LAPORAN, NULL },
		{ "kepada", VOCAB_PENERIMA_LAPORAN, NULL },
	};
	size_t n = r->bentuk.n + r->pemilihan.n + r->status.n + r->sanksi.n + r->jabatan.n;
	const char **v = xcalloc(n + 1, sizeof *v);
	size_t k = 0;
	int known = 1;

	for (size_t i = 0; i < sizeof vocabs / sizeof *vocabs; i++)
		if (strcmp(what, vocabs[i].what) == 0) {
			vocab(r, vocabs[i].daftar, vocabs[i].sifat);
			free(v);
			return 1;
		}
	if (strcmp(what, "bentuk") == 0)
		for (size_t i = 0; i < r->bentuk.n; i++)
			v[k++] = r->bentuk.v[i].kode;
	else if (strcmp(what, "pemilihan") == 0)
		for (size_t i = 0; i < r->pemilihan.n; i++)
			v[k++] = r->pemilihan.v[i].kode;
	else if (strcmp(what, "status") == 0)
		for (size_t i = 0; i < r->status.n; i++)
			v[k++] = r->status.v[i].kode;
	else if (strcmp(what, "sanksi") == 0)
		for (size_t i = 0; i < r->sanksi.n; i++)
			v[k++] = r->sanksi.v[i].kode;
	else if (strcmp(what, "kategori-jabatan") == 0)
		for (size_t i = 0; i < r->jabatan.n; i++)
			v[k++] = r->jabatan.v[i].kategori;
	else
		known = 0;
	once(v, k);
	free(v);
	return known;
}

/* The lists the program itself knows: 1 when what names one. */
static int builtin(const char *what)
{
	/* every command's formats: the list's ids, the summaries' page, the
	 * workbook of the listings and reports */
	static const char *const formats[] = { "table", "csv", "json", "html", "ids", "xlsx" };

	if (strcmp(what, "commands") == 0) {
		for (const struct command *c = commands; c->name; c++)
			if (c->summary)
				printf("%s\n", c->name);
	} else if (strcmp(what, "fields") == 0) {
		field_list(NULL);
	} else if (strcmp(what, "format") == 0) {
		once(formats, sizeof formats / sizeof *formats);
	} else if (strcmp(what, "by") == 0) {
		/* dim_names has D_COUNT entries and no NULL at its end */
		for (int d = 0; d < D_COUNT; d++)
			printf("%s\n", dim_names[d]);
	} else {
		return 0;
	}
	return 1;
}

int cmd_complete(struct app *a, int argc, char **argv)
{
	static const char *const data[] = { "kasus", "instansi", "next", "unit", "izin", "asal",
		"pelaporan" };
	const char *what = argc > 1 ? argv[1] : "";
	int rc;

	if (strcmp(what, "--help") == 0 || strcmp(what, "-h") == 0)
		return print_help(help_text);
	if (builtin(what))
		return 0;
	for (size_t i = 0; i < sizeof data / sizeof *data; i++)
		if (strcmp(what, data[i]) == 0)
			return from_data(a, what, argc > 2 ? argv[2] : NULL);
	if ((rc = app_open_rules(a)))
		return rc;
	if (strcmp(what, "workflow") == 0)
		return field_list(&a->rules);
	if (!from_rules(&a->rules, what))
		return usage_error("complete", _("unknown candidate list '%s'"), what);
	return 0;
}
