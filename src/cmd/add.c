/* netral add: record one reported case and classify it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/audit/audit.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral add --nama N --jenis-pegawai PNS|PPPK|PPNPN --instansi I\n"
"                  --tanggal-kejadian D --bentuk B [options]\n"
"\n"
"Records a case and classifies it against the SKB 2022 matrix.  The first\n"
"line of output is the new case number alone.\n"
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
"\n"
"For cases recorded late, the workflow fields too: --rekomendasi-nomor,\n"
"--rekomendasi-tanggal, --rekomendasi-dari KASN|BKN|Bawaslu|internal,\n"
"--rekomendasi-sanksi CODE, --sanksi CODE, --sk-nomor, --sk-tanggal,\n"
"--blokir-siasn[=1|0].\n");

/* Checks every given value; prints each problem; returns the count. */
static int fill(struct kasus *k, char **vals, const struct rules *r)
{
	struct err e;
	int bad = 0;

	kasus_init(k);
	k->check_today = 1;
	for (int f = 0; f < F_COUNT; f++) {
		if (!vals[f])
			continue;
		if (kasus_set(k, f, vals[f], r, &e) < 0) {
			error("%s: %s", field_defs[f].name, e.msg);
			bad++;
		}
	}
	return bad;
}

static int finish(struct kasus *k, const struct rules *r, int print_warnings)
{
	struct strbuf w = STRBUF_INIT;
	enum field bf;
	struct err e;
	int rc = 0;

	if (kasus_finish(k, r, &bf, &e, &w) < 0) {
		error("%s: %s", field_defs[bf].name, e.msg);
		rc = -1;
	} else if (print_warnings) {
		warning_lines(w.buf);
	}
	sb_free(&w);
	return rc;
}

int cmd_add(struct app *a, int argc, char **argv)
{
	struct option lo[F_COUNT + 2];
	char optnames[F_COUNT][32];
	char *vals[F_COUNT] = { 0 };
	struct kasus *k = NULL;
	struct strbuf key = STRBUF_INIT;
	sqlite3_stmt *st;
	char nomor[32], fp[65];
	long long id;
	int c, rc;

	for (int f = 0; f < F_COUNT; f++) {
		snprintf(optnames[f], sizeof optnames[f], "%s", field_defs[f].name);
		for (char *p = optnames[f]; *p; p++)
			if (*p == '_')
				*p = '-';
		lo[f].name = optnames[f];
		lo[f].has_arg = field_defs[f].flags & FF_BOOL ? optional_argument :
				required_argument;
		lo[f].flag = NULL;
		lo[f].val = 1000 + f;
	}
	lo[F_COUNT] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[F_COUNT + 1] = (struct option){ NULL, 0, NULL, 0 };
	while ((c = next_opt(argc, argv, ":h", lo, "add")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c < 1000)
			return NX_USAGE;
		c -= 1000;
		vals[c] = optarg ? optarg : field_defs[c].flags & FF_BOOL ? "1" : "";
	}
	if (optind < argc)
		return usage_error("add", _("unexpected argument '%s'"), argv[optind]);

	k = xmalloc(sizeof *k);
	if (!app_db_exists(a)) {
		/* check against the rules init would load, before creating a file */
		struct rules r;

		if ((rc = rules_load_builtin(&r))) {
			rules_free(&r);
			goto out;
		}
		rc = fill(k, vals, &r) || finish(k, &r, 0) ? NX_DATA : 0;
		rules_free(&r);
		if (rc)
			goto out;
	}
	if ((rc = app_open(a, DB_WRITE)))
		goto out;
	if (fill(k, vals, &a->db.rules) || finish(k, &a->db.rules, 1)) {
		rc = NX_DATA;
		goto out;
	}
	if ((rc = db_begin(&a->db)))
		goto out;
	if (k->v[F_NO_LAPORAN]) {
		kasus_key(k, &key);
		if ((rc = db_prepare(&a->db, "SELECT nomor FROM kasus WHERE kunci = ?1", &st)))
			goto out;
		sqlite3_bind_text(st, 1, key.buf, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW) {
			rc = fail(NX_DATA, _("no_laporan: report '%s' naming %s is already case %s"),
				  k->v[F_NO_LAPORAN], kasus_person(k), col_text(st, 0));
			sqlite3_finalize(st);
			goto out;
		}
		sqlite3_finalize(st);
	}
	if ((rc = kasus_insert(&a->db, k, NULL, key.len ? key.buf : NULL, nomor, &id)) ||
	    (kasus_audit_fingerprint(k, fp), 0) ||
	    (rc = audit_created(&a->db, id, audit_operator(a->operator), "buat", fp, NULL)) ||
	    (rc = db_commit(&a->db)))
		goto out;
	printf("%s\n", nomor);
	printf(_("klasifikasi: %s%s%s (%s)\n"), k->k.jenis, *k->k.kode ? " " : "",
	       k->k.kode, tahap_name(k->k.tahap));
	if (k->k.pemilihan)
		printf(_("pemilihan: %s%s\n"), k->k.pemilihan->kode,
		       k->k.disimpulkan ? _(" (inferred from the incident date)") : "");
	printf(_("alasan: %s\n"), k->k.alasan);
out:
	db_rollback(&a->db);
	sb_free(&key);
	free(k);
	return rc;
}
