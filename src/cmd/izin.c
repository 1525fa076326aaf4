/* netral izin: permits for ASN serving on an election committee, and
 * their letters. */
#include <stdio.h>
#include <string.h>

#include "netral/cegah/izin.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cli/record.h"
#include "netral/cli/sub.h"
#include "netral/cli/surat.h"
#include "netral/cmd/cmd.h"
#include "netral/rules/pola.h"
#include "netral/util/msg.h"
#include "netral/view/izin.h"

static const char help_text[] = N_(
"usage: netral izin add --nama N --nip NIP --peran PPK|PPS|KPPS --sk-penunjukan NO\n"
"                       --pemberi-nama N --pemberi-nip NIP --pemberi-jabatan J\n"
"                       --tanggal D [--pemilihan CODE] [--pangkat P] [--jabatan J]\n"
"                       [--unit U] [--pemberi-pangkat P] [--pemberi-unit U]\n"
"                       [--tempat PLACE]\n"
"       netral izin list [--format table|csv|json] [--excel]\n"
"       netral izin surat NUMBER [--format text|html] [--nomor-surat NO]\n"
"                        [--template FILE] [--output FILE]\n"
"\n"
"A written permit (surat izin, SE Sekda Batang Lampiran I) for an ASN to\n"
"serve on an election committee: PPK, PPS or KPPS.  add prints the new\n"
"permit's number (IZ-YEAR-SEQUENCE) on its first line.  Without\n"
"--pemilihan the contest is the one in progress on the permit's day.  The\n"
"signer (--pemberi-*) and --tempat default to the settings ttd_nama,\n"
"ttd_nip, ttd_pangkat, ttd_jabatan, ttd_unit and ttd_tempat.\n"
"'izin surat' writes the letter with every field filled in: text, or a\n"
"page to print on one A4 sheet (--format html), under the agency's\n"
"letterhead (the settings kop_instansi, kop_nama, kop_alamat, kop_kontak,\n"
"kop_logo), from the letter of the rules in force (a folder's\n"
"surat_izin.txt after 'rules load', else the built-in one), or from\n"
"--template FILE: text with {{field}} where a value goes (netral(1) lists\n"
"them).  The letter's number is the agency's: the one its first letter\n"
"got, else --nomor-surat, else the next of the year by the settings'\n"
"nomor_surat_pola (e.g. B/{urut}/{kode}/{bulan}/{tahun}), recorded with\n"
"the permit; a number another letter holds is refused.  Without either\n"
"it is left to write by hand.\n"
"Serving on a committee is allowed, partiality while serving is not: a\n"
"case recorded against a permit holder for a contest voting on the same\n"
"day names the permit in add and show.\n");

static void signer_defaults(const struct rules *r, const char *v[IZ_NF])
{
	static const struct {
		int field;
		const char *kunci;
	} from[] = { { IZ_PEMBERI_NAMA, "ttd_nama" }, { IZ_PEMBERI_NIP, "ttd_nip" },
		{ IZ_PEMBERI_PANGKAT, "ttd_pangkat" }, { IZ_PEMBERI_JABATAN, "ttd_jabatan" },
		{ IZ_PEMBERI_UNIT, "ttd_unit" }, { IZ_TEMPAT, "ttd_tempat" } };

	for (size_t i = 0; i < sizeof from / sizeof *from; i++)
		if (!v[from[i].field] && *pola_setting(r, from[i].kunci))
			v[from[i].field] = pola_setting(r, from[i].kunci);
}

static int izin_add_cmd(struct app *a, int argc, char **argv)
{
	const char *v[IZ_NF];
	char same[32];
	struct izin iz;
	struct err e;
	int rc;

	if ((rc = app_record_args(a, argc, argv, "izin add", help_text, &izin_record, v)) >= 0 ||
	    (rc = app_open(a, DB_WRITE)))
		return rc;
	signer_defaults(&a->rules, v);
	if (izin_parse(&a->rules, v, &iz, &e) < 0)
		return app_record_refused(&izin_record, &e);
	if ((rc = db_begin(&a->db)))
		return rc;
	/* one permit a person, committee and contest: a second is a mistake */
	if ((rc = izin_same(&a->db, &a->rules, &iz, same)) != NX_NOTFOUND) {
		db_rollback(&a->db);
		return rc ? rc : fail(NX_DATA, _("--nip: %s holds permit %s already, for %s in %s"),
				      v[IZ_NIP], same, iz.peran, izin_sebutan(&a->rules, iz.pemilihan));
	}
	if ((rc = izin_add(&a->db, a->operator, &iz)) || (rc = db_commit(&a->db))) {
		db_rollback(&a->db);
		return rc;
	}
	printf("%s\n", iz.nomor);
	return 0;
}

/* The register's columns: the letter holds the rest. */
static int izin_list_cmd(struct app *a, int argc, char **argv)
{
	static const int only[] = { IZ_NOMOR, IZ_TANGGAL, IZ_PERAN, IZ_PEMILIHAN, IZ_NAMA, IZ_NIP, IZ_SK,
		-1 };

	return app_record_list(a, argc, argv, "izin list", help_text, &izin_record, 0, only,
			       _("no permits ('netral izin add' records one)\n"));
}

static int izin_one(struct app *a, const char *nomor, void *obj)
{
	int rc = izin_get(&a->db, nomor, obj);

	if (rc == NX_NOTFOUND)
		return fail(rc, _("no permit '%s' ('netral izin list' lists them)"), nomor);
	return rc;
}

static void izin_write(FILE *fp, const struct rules *r, const struct surat_kop *kop, const void *obj,
		       const char *nomor, const char *tmpl, int html)
{
	izin_letter(fp, r, kop, obj, nomor, tmpl, html);
}

/* The agency's number of the letter: the one it holds, else given or the
 * settings' pattern's next, recorded (the database opened for writing
 * only then); "" for none. */
static int izin_number(struct app *a, const void *obj, const char *given, char nomor[POLA_NOMOR_MAX + 1])
{
	const struct izin *iz = obj;
	int rc;

	if ((rc = izin_letter_held(&a->db, iz, nomor)))
		return rc;
	if (*nomor || (!given && !*pola_setting(&a->rules, "nomor_surat_pola")))
		return izin_letter_number(&a->db, &a->rules, a->operator, iz, given, nomor);
	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	if ((rc = izin_letter_number(&a->db, &a->rules, a->operator, iz, given, nomor)) ||
	    (rc = db_commit(&a->db)))
		db_rollback(&a->db);
	return rc;
}

static int izin_surat(struct app *a, int argc, char **argv)
{
	struct izin iz;
	const struct app_surat s = { "izin surat", help_text, _("expected the permit's number"),
		&rules_texts[RX_surat_izin], izin_one, izin_template_check, izin_number, izin_write, &iz };

	return app_surat(a, argc, argv, &s);
}

int cmd_izin(struct app *a, int argc, char **argv)
{
	static const struct subcommand sub[] = {
		{ "add", izin_add_cmd }, { "list", izin_list_cmd }, { "surat", izin_surat },
	};

	return app_subcommand(a, argc, argv, "izin", help_text, sub, sizeof sub / sizeof *sub,
			      izin_list_cmd);
}
