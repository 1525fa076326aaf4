/* netral add: record one reported case and classify it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/audit/log.h"
#include "netral/kasus/derive.h"
#include "netral/kasus/repeat.h"
#include "netral/kasus/store.h"
#include "netral/rules/load.h"
#include "netral/rules/vocab.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral add --nama N --jenis-pegawai PNS|PPPK|PPNPN --instansi I\n"
"                  --tanggal-kejadian D --bentuk B [options]\n"
"\n"
"Records a case and classifies it against the matrix in force on the\n"
"incident date (SKB 2022, or the rules before it).  The first line of\n"
"output is the new case number alone.\n"
"\n"
"  --nama N               name of the reported employee (required)\n"
"  --jenis-pegawai T      PNS, PPPK or PPNPN (required)\n"
"  --instansi I           agency (required)\n"
"  --tanggal-kejadian D   incident date: YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY\n"
"  --bentuk B             form of the violation (see 'netral rules')\n"
"  --nip NIP              NIP PNS or NI PPPK, 18 digits, spaces allowed\n"
"  --nik NIK              NIK, 16 digits\n"
"  --kategori-jabatan K   position category (jpt-pratama, administrator,\n"
"                         pengawas, fungsional, pelaksana, camat, lurah...)\n"
"  --jabatan J            position title\n"
"  --unit-kerja U         work unit\n"
"  --tanggal-lahir D      birth date (else taken from the NIP or NIK)\n"
"  --tanggal-laporan D    report date (decides the case number's year)\n"
"  --pemilihan CODE       the contest; inferred from the date when omitted\n"
"  --uraian TEXT          what happened\n"
"  --sumber TEXT          who reported it (Bawaslu, public, media...)\n"
"  --no-laporan NO        the report's number\n"
"  --status S             workflow status (default dilaporkan)\n"
"  --cltn[=1|0]           the employee was on CLTN (unpaid leave)\n"
"  --pasangan-calon[=1|0] the employee's spouse is a candidate\n"
"  --sasaran S            whom the act favoured: calon (default) or partai\n"
"  --kontak-pelapor C     the reporter's contact (shown only when asked)\n"
"\n"
"For cases recorded late, the workflow fields too: --rekomendasi-nomor,\n"
"--rekomendasi-tanggal, --rekomendasi-dari KASN|BKN|Bawaslu|internal,\n"
"--rekomendasi-sanksi CODE, --sanksi CODE, --sk-nomor, --sk-tanggal,\n"
"--blokir-siasn[=1|0].\n");

/* Checks every given value; prints each problem; returns the count. */
static int fill(struct kasus *k, const char **vals, const struct rules *r,
		const struct date *today)
{
	struct err e;
	int bad = 0;

	kasus_init(k);
	k->today = today;
	for (int f = 0; f < F_COUNT; f++) {
		if (!vals[f])
			continue;
		if (kasus_set(k, f, vals[f], r, &e) < 0)
			bad += error("%s: %s", field_def(f)->name, e.msg) < 0;
	}
	return bad;
}

/* The derived values and the classification; a case recorded at a status
 * records what a move there would.  Warnings printed when asked. */
static int finish(struct kasus *k, const struct rules *r, const struct app *a, int warn)
{
	struct strbuf w = STRBUF_INIT;
	struct err e;
	int rc = 0;

	if (kasus_accept(k, NULL, r, NULL, &e, &w) < 0)
		rc = error("%s: %s", field_def(e.field)->name, e.msg);
	else if (warn)
		app_warnings(a, w.buf);
	sb_free(&w);
	return rc;
}

/* Checked against the rules init would load, before a file is created. */
static int check_first(struct app *a, struct kasus *k, const char **vals,
		       const struct date *today)
{
	struct rules r;
	int rc;

	if ((rc = rules_load_builtin(&r))) {
		rules_free(&r);
		return rc;
	}
	rc = fill(k, vals, &r, today) || finish(k, &r, a, 0) ? NX_DATA : 0;
	rules_free(&r);
	return rc;
}

static int record(struct app *a, struct kasus *k, char nomor[32])
{
	struct strbuf key = STRBUF_INIT;
	struct kasus_row row;
	char fp[65], other[32];
	long long id;
	int rc;

	if ((rc = db_begin(&a->db)))
		return rc;
	if (k->v[F_NO_LAPORAN]) {
		kasus_key(k, &key);
		if ((rc = kasus_find_key(&a->db, key.buf, other)) != 0) {
			if (rc > 0)
				rc = fail(NX_DATA, _("no_laporan: report '%s' naming %s is already case %s"),
					  k->v[F_NO_LAPORAN], kasus_person(k), other);
			else
				rc = -rc;
			goto out;
		}
	}
	if (!(rc = kasus_insert(&a->db, k, NULL, key.len ? key.buf : NULL, nomor, &id))) {
		/* the state as stored: the case number and the key with it */
		kasus_row_of(k, &row);
		row.v[COL_NOMOR] = nomor;
		row.v[COL_KUNCI] = key.len ? key.buf : NULL;
		row.v[COL_DIBUAT] = db_now(&a->db);
		kasus_state(row.v, fp);
		if (!(rc = audit_created(&a->db, id, a->operator, "buat", fp, NULL)) &&
		    !(rc = kasus_repeat_of(&a->db, id, other)) && !(rc = db_commit(&a->db)) && *other)
			/* said, not refused: two reports of one act may each be right */
			warning(_("%s already records %s on %s for %s: if this repeats it, 'netral merge %s %s'"),
				other, kasus_person(k), k->v[F_TANGGAL_KEJADIAN], k->v[F_BENTUK], other,
				nomor);
	}
out:
	db_rollback(&a->db);
	sb_free(&key);
	return rc;
}

static void print_result(const struct kasus *k, const char *nomor)
{
	printf("%s\n", nomor);
	printf(_("klasifikasi: %s%s%s (%s)\n"), k->klas.jenis, *k->klas.kode ? " " : "",
	       k->klas.kode, tahap_name(k->klas.tahap));
	if (k->klas.pemilihan)
		printf(_("pemilihan: %s%s\n"), k->klas.pemilihan->kode,
		       k->klas.disimpulkan ? _(" (inferred from the incident date)") : "");
	printf(_("alasan: %s\n"), k->klas.alasan);
}

int cmd_add(struct app *a, int argc, char **argv)
{
	struct option lo[F_COUNT + 2];
	char optnames[F_COUNT][32];
	const char *vals[F_COUNT] = { 0 };
	const struct date *today;
	struct kasus *k;
	char nomor[32];
	int c, rc, n;

	n = field_options(lo, optnames, 0);
	lo[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[n] = (struct option){ NULL, 0, NULL, 0 };
	while ((c = next_opt(argc, argv, ":h", lo, "add")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c < FIELD_OPT)
			return NX_USAGE;
		vals[c - FIELD_OPT] = field_optarg(c - FIELD_OPT, optarg);
	}
	if (optind < argc)
		return usage_error("add", _("unexpected argument '%s'"), argv[optind]);
	if ((rc = app_today(a, &today)))
		return rc;
	k = xmalloc(sizeof *k);
	if (!app_db_exists(a) && (rc = check_first(a, k, vals, today)))
		goto out;
	if ((rc = app_open(a, DB_WRITE)))
		goto out;
	if (fill(k, vals, &a->rules, today) || finish(k, &a->rules, a, 1)) {
		rc = NX_DATA;
		goto out;
	}
	if (!(rc = record(a, k, nomor)))
		print_result(k, nomor);
out:
	free(k);
	return rc;
}
