/* netral add: record one reported case and classify it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cli/prompt.h"
#include "netral/cegah/izin.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/create.h"
#include "netral/kasus/derive.h"
#include "netral/kasus/select.h"
#include "netral/kasus/store.h"
#include "netral/rules/load.h"
#include "netral/rules/vocab.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral add --nama N --jenis-pegawai PNS|PPPK|PPNPN --instansi I\n"
"                  --tanggal-kejadian D --bentuk B [options] [--no-input]\n"
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
"  --indikasi A,B         the indications recorded beside the act:\n"
"                         kewenangan, anggaran, fasilitas, mobilisasi-pemilih\n"
"  --spk-nomor NO         the work contract (SPK) of a PPPK or PPNPN\n"
"\n"
"On a terminal, the fields not given are asked for in turn, with numbered\n"
"choices, each checked at once: the required ones and the work unit, the\n"
"report's number, source and description (Enter skips); the agency last\n"
"used is offered, and the contest is asked when the incident day falls in\n"
"more than one.  The case is recorded after the classification is shown\n"
"and confirmed.  --no-input asks nothing: every missing field is reported\n"
"in one message.\n"
"\n"
"For cases recorded late, the workflow fields too: --rekomendasi-nomor,\n"
"--rekomendasi-tanggal, --rekomendasi-dari KASN|BKN|Bawaslu|internal,\n"
"--rekomendasi-sanksi CODE, --sanksi CODE, --sk-nomor, --sk-tanggal,\n"
"--blokir-siasn[=1|0], the Satgas's decision (--putusan-jenis,\n"
"--putusan-nomor, --putusan-tanggal, --putusan-catatan), and at batal\n"
"--batal-alasan and --gabung-ke CASE.  Another agency's case keeps its\n"
"origin: --asal ORIGIN --asal-nomor NO [--dihitung-asal[=1|0]].\n");

/* The questions of guided entry, in the order of the paper form: who,
 * where, when and what, then what a report letter brings (Enter skips).
 * The contest is asked only when the day falls in more than one. */
static const struct ask {
	enum field f;
	int optional;
} asked[] = {
	{ F_NAMA, 0 }, { F_JENIS_PEGAWAI, 0 }, { F_NIP, 1 }, { F_INSTANSI, 0 }, { F_UNIT_KERJA, 1 },
	{ F_TANGGAL_KEJADIAN, 0 }, { F_BENTUK, 0 }, { F_PEMILIHAN, 0 }, { F_KATEGORI_JABATAN, 1 },
	{ F_NO_LAPORAN, 1 }, { F_SUMBER, 1 }, { F_URAIAN, 1 },
};

/* What guided entry knows beyond the answers: the agency to offer, the
 * contests in progress on the incident day. */
struct guide {
	char instansi[256];
	const struct pemilihan *running[16];
	size_t nrunning;
};
#define NASKED (sizeof asked / sizeof *asked)
#define MAXCHOICE 256

/* The numbered choices of a coded field, from the rules (the contests:
 * those in progress on the day). */
static size_t choices(const struct rules *r, const struct guide *g, enum field f, const char **code,
		      const char **descr, char (*buf)[96])
{
	size_t n = 0;

	if (f == F_JENIS_PEGAWAI) {
		for (size_t i = 0; i < r->kosakata.n && n < MAXCHOICE; i++)
			if (strcmp(r->kosakata.v[i].daftar, VOCAB_JENIS_PEGAWAI) == 0) {
				code[n] = r->kosakata.v[i].kode;
				descr[n++] = r->kosakata.v[i].uraian;
			}
	} else if (f == F_BENTUK) {
		for (size_t i = 0; i < r->bentuk.n && n < MAXCHOICE; i++) {
			code[n] = r->bentuk.v[i].kode;
			descr[n++] = r->bentuk.v[i].uraian;
		}
	} else if (f == F_PEMILIHAN) {
		for (size_t i = 0; i < g->nrunning && n < MAXCHOICE; i++) {
			char day[DATE_ISO_LEN];

			date_format(&g->running[i]->pemungutan, day);
			snprintf(buf[n], sizeof buf[n], _("%.60s (voting %s)"), g->running[i]->nama, day);
			code[n] = g->running[i]->kode;
			descr[n] = buf[n];
			n++;
		}
	} else if (f == F_KATEGORI_JABATAN) {
		for (size_t i = 0; i < r->jabatan.n && n < MAXCHOICE; i++) {
			size_t j = 0;

			while (j < n && strcmp(code[j], r->jabatan.v[i].kategori) != 0)
				j++;
			if (j == n) {
				code[n] = r->jabatan.v[i].kategori;
				descr[n++] = NULL;
			}
		}
	}
	return n;
}

/* One question until its answer is valid on its own: a bad NIP is asked
 * again with the reason.  0, or -1 at the end of input. */
static int ask_one(const struct rules *r, const struct guide *g, const struct ask *q,
		   const struct date *today, struct kasus *scratch, char *answer, size_t cap)
{
	static const char *code[MAXCHOICE], *descr[MAXCHOICE];
	static char buf[MAXCHOICE][96];
	const char *name = field_def(q->f)->name;
	const char *dflt = q->f == F_INSTANSI && *g->instansi ? g->instansi : NULL;
	size_t n = choices(r, g, q->f, code, descr, buf);
	char question[400];
	struct err e;

	if (dflt)
		snprintf(question, sizeof question, _("%s (Enter: %s)"), name, dflt);
	else
		snprintf(question, sizeof question, q->optional ? _("%s (Enter: none)") : "%s", name);
	for (;;) {
		if ((n ? prompt_choice(name, code, descr, n, q->optional, answer, cap) :
			 prompt_line(question, answer, cap)) < 0)
			return -1;
		if (!*answer && dflt)
			snprintf(answer, cap, "%s", dflt);
		if (!*answer && q->optional)
			return 0;
		kasus_init(scratch);
		scratch->today = today;
		if (!*answer)
			prompt_say(_("  %s is required"), name);
		else if (kasus_set(scratch, q->f, answer, r, &e) < 0)
			prompt_say("  %s", e.msg);
		else
			return 0;
	}
}

/* Whether guided entry asks q: not what was given, no NIP of a contract
 * worker, the contest only when the day falls in several voting apart. */
static int to_ask(struct app *a, struct guide *g, const struct ask *q, const char **vals)
{
	const struct pemilihan *first;
	struct date d;
	struct err e;
	int several = 0;

	if (vals[q->f])
		return 0;
	if (q->f == F_NIP)
		return !vals[F_JENIS_PEGAWAI] ||
		       rules_in(&a->rules, VOCAB_JENIS_PEGAWAI, vals[F_JENIS_PEGAWAI], "asn");
	if (q->f != F_PEMILIHAN)
		return 1;
	if (!vals[F_TANGGAL_KEJADIAN] || date_parse(vals[F_TANGGAL_KEJADIAN], &d, &e) < 0)
		return 0;
	rules_running(&a->rules, &d, &first, &several);
	g->nrunning = rules_running_list(&a->rules, &d, g->running, sizeof g->running / sizeof *g->running);
	return several;
}

/* Guided entry: each field not given, asked in turn.  NX_USAGE when the
 * input ends (nothing is recorded). */
static int guided(struct app *a, const char **vals, char answers[][512], const struct date *today)
{
	struct kasus *scratch = xmalloc(sizeof *scratch);
	struct guide g = { "", { NULL }, 0 };
	int rc = 0;

	if ((rc = app_open_rules(a)) ||
	    (app_db_exists(a) && (rc = kasus_last_instansi(&a->db, g.instansi, sizeof g.instansi)))) {
		free(scratch);
		return rc;
	}
	prompt_say("%s", _("The case, field by field (Ctrl-C stops; nothing is recorded before the end)."));
	for (size_t i = 0; i < NASKED && !rc; i++) {
		const struct ask *q = &asked[i];

		if (!to_ask(a, &g, q, vals))
			continue;
		if (ask_one(&a->rules, &g, q, today, scratch, answers[i], 512) < 0)
			rc = fail(NX_USAGE, _("end of input: nothing recorded"));
		else if (*answers[i])
			vals[q->f] = answers[i];
	}
	free(scratch);
	return rc;
}

/* Off a terminal, every required field not given, in one message. */
static int missing(const char **vals, int report)
{
	struct strbuf sb = STRBUF_INIT;
	int n = 0, total = 0;

	for (int f = 0; f < F_COUNT; f++)
		total += (field_def(f)->flags & CF_REQUIRED) && !vals[f];
	for (int f = 0; f < F_COUNT && report && total; f++) {
		if (!(field_def(f)->flags & CF_REQUIRED) || vals[f])
			continue;
		sb_printf(&sb, "%s%s", n == 0 ? "" : n + 1 == total ? _(" and ") : ", ", field_def(f)->name);
		n++;
	}
	if (report && total)
		error("%s: %s", sb.buf, _("missing (required)"));
	sb_free(&sb);
	return total;
}

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
	char other[32];
	long long id;
	int rc;

	if ((rc = db_begin(&a->db)))
		return rc;
	if (!(rc = kasus_create(&a->db, k, a->operator, NULL, nomor, &id, other)) && !id)
		rc = fail(NX_DATA, _("no_laporan: report '%s' naming %s is already case %s"),
			  k->v[F_NO_LAPORAN], kasus_person(k), nomor);
	if (!rc && !(rc = db_commit(&a->db)) && *other)
		/* said, not refused: two reports of one act may each be right */
		warning(_("%s already records %s on %s for %s: if this repeats it, 'netral merge %s %s'"),
			other, kasus_person(k), k->v[F_TANGGAL_KEJADIAN], k->v[F_BENTUK], other, nomor);
	db_rollback(&a->db);
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

/* Serving on a committee is allowed; partiality while serving is not:
 * the permit is said beside the case, not against it. */
static int say_permit(void *ctx, const struct izin *iz)
{
	(void)ctx;
	printf(_("izin: %s (%s, %s): serving on the committee is allowed; partiality while serving is not\n"),
	       iz->nomor, iz->peran, iz->pemilihan);
	return 0;
}

/* After the case is recorded: a failure to read the permits is said, and
 * is no failure of the add (a script would record the case again). */
static void mention_permits(struct app *a, const struct kasus *k, const char *nomor)
{
	if (k->klas.pemilihan && k->v[F_NIP] && *k->v[F_NIP] &&
	    izin_of_day(&a->db, &a->rules, k->v[F_NIP], k->klas.pemilihan->kode, say_permit, NULL))
		warning(_("%s is recorded; its permits were not looked up"), nomor);
}

/* Guided entry ends with the classification and its reason, and records
 * only after a yes. */
static int confirmed(const struct kasus *k)
{
	char line[1024];

	snprintf(line, sizeof line, _("klasifikasi: %s%s%s (%s)\n"), k->klas.jenis, *k->klas.kode ? " " : "",
		 k->klas.kode, tahap_name(k->klas.tahap));
	prompt_say("%.*s", (int)strcspn(line, "\n"), line);
	snprintf(line, sizeof line, _("alasan: %s\n"), k->klas.alasan);
	prompt_say("%.*s", (int)strcspn(line, "\n"), line);
	return prompt_confirm(0, _("record this case?"));
}

int cmd_add(struct app *a, int argc, char **argv)
{
	struct option lo[F_COUNT + 3];
	char optnames[F_COUNT][32], (*answers)[512];
	const char *vals[F_COUNT] = { 0 };
	const struct date *today;
	struct kasus *k;
	char nomor[32];
	int c, rc, n, no_input = 0, ask;

	n = field_options(lo, optnames, 0);
	lo[n++] = (struct option){ "no-input", no_argument, NULL, 'N' };
	lo[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[n] = (struct option){ NULL, 0, NULL, 0 };
	while ((c = next_opt(a, argc, argv, ":h", lo, "add")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c == 'N')
			no_input = 1;
		else if (c < FIELD_OPT)
			return NX_USAGE;
		else
			vals[c - FIELD_OPT] = field_optarg(c - FIELD_OPT, optarg);
	}
	if (optind < argc)
		return usage_error("add", _("unexpected argument '%s'"), argv[optind]);
	if ((rc = app_today(a, &today)))
		return rc;
	ask = !no_input && missing(vals, 0) && prompt_possible();
	if (!ask && missing(vals, 1))
		return NX_DATA;
	answers = xcalloc(NASKED, sizeof *answers);
	if (ask && (rc = guided(a, vals, answers, today))) {
		free(answers);
		return rc;
	}
	k = xmalloc(sizeof *k);
	if (!app_db_exists(a) && (rc = check_first(a, k, vals, today)))
		goto out;
	if ((rc = app_open(a, DB_WRITE)))
		goto out;
	if (fill(k, vals, &a->rules, today) || finish(k, &a->rules, a, 1)) {
		rc = NX_DATA;
		goto out;
	}
	if (ask && !confirmed(k)) {
		rc = fail(NX_USAGE, _("nothing recorded"));
		goto out;
	}
	if (!(rc = record(a, k, nomor))) {
		print_result(k, nomor);
		mention_permits(a, k, nomor);
	}
out:
	free(answers);
	free(k);
	return rc;
}
