/* netral list: the cases of a selection, as a table, in the import format
 * (CSV) or as JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/cegah/asal.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/select.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/utf8.h"
#include "netral/view/kasus.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral list [--pemilihan CODE] [--instansi I] [--jenis J] [--bentuk B]\n"
"                   [--status S] [--jenis-pegawai T] [--indikasi I] [--from D] [--to D]\n"
"                   [--cari TEXT] [--nama TEXT] [--nip DIGITS]\n"
"                   [--sort [-]FIELD[,[-]FIELD]] [--limit N]\n"
"                   [--format table|csv|json|xlsx|ids] [--raw] [--excel]\n"
"                   [--bom] [--crlf] [--delimiter C] [--kontak]\n"
"                   [--termasuk-batal] [--duplikat-lintas] [--asal ORIGIN]\n"
"                   [--output FILE]\n"
"       netral list --pertukaran NAME [--format csv|xlsx] [--excel] [--output FILE]\n"
"\n"
"Lists the cases of the selection, in case-number order unless --sort.\n"
"--from and --to bound the incident date (inclusive); --jenis is the\n"
"classification.  A filter given more than once means any of its values.\n"
"\n"
"  --instansi I     whole words of the agency's name (Kesehatan, or\n"
"                   Kabupaten Batang)\n"
"  --cari TEXT      text in the name, NIP, NIK, agency, unit, description\n"
"                   or report number\n"
"  --nama TEXT      text in the name\n"
"  --nip DIGITS     digits within the NIP or the NIK (spaces ignored)\n"
"  --indikasi I     cases carrying the indication (kewenangan, anggaran,\n"
"                   fasilitas, mobilisasi-pemilih)\n"
"  --sort FIELDS    order by these fields ('-' first: descending), then by\n"
"                   case number\n"
"  --limit N        the first N cases\n"
"  --format ids     the case numbers alone, one a line, for 'status -'\n"
"  --termasuk-batal the void cases too (status batal), which are left out\n"
"                   unless --status names them\n"
"  --duplikat-lintas in a roll-up, the cases of a person, day and act that\n"
"                   more than one origin reported (counted once in export)\n"
"  --asal ORIGIN    in a roll-up, the cases of one origin: its code or name\n"
"                   ('netral asal list'); the table then names each origin\n"
"  --pertukaran NAME the exchange file this agency (NAME) sends up: every\n"
"                   case, void ones too, with its sender, the chain head of\n"
"                   the database and the time on every row; no filter\n"
"Text is matched in any letter case and without regard to accents, as\n"
"Unicode folds it (a sharp s is ss, a final sigma a sigma), composed and\n"
"decomposed text alike.\n"
"\n"
"CSV output is in the import format, with the case number first, so that\n"
"'netral import' can load it into another database.  Text cells that a\n"
"spreadsheet would run as a formula get a leading apostrophe unless --raw.\n"
"--excel writes what Indonesian Excel opens in one step: a UTF-8 BOM, ';'\n"
"between cells and CRLF line ends (--bom, --delimiter and --crlf alone).\n"
"The reporter's contact (kontak_pelapor) is left out unless --kontak.\n"
"--output FILE writes the list whole or not at all, readable by you alone.\n"
"--format xlsx writes the same columns as an Excel workbook, into --output\n"
"FILE or onto standard output when it is not a terminal: NIPs, NIKs and\n"
"text as text cells, days as dates (dd/mm/yyyy), counts as numbers.\n");

/* The filters naming a value, each checked and spelt as the field it
 * selects on (-1: free text). */
static const int as_field[KF_COUNT] = { F_PEMILIHAN, -1, -1, F_BENTUK, F_STATUS,
	F_JENIS_PEGAWAI, F_INDIKASI };
static const char *const key_opt[KF_COUNT] = { "--pemilihan", "--instansi", "--jenis",
	"--bentuk", "--status", "--jenis-pegawai", "--indikasi" };

/* The options as typed, and their checked forms in f. */
struct list_opts {
	struct kasus_filter f;
	char norm[KF_COUNT][KASUS_FILTER_MAX][64];
	char day[2][DATE_ISO_LEN];
	char cari[256], nama[256], nip[64];
	const char *asal;           /* --asal as typed */
	struct asal origin;         /* the origin it names */
	const char *pengirim;       /* --pertukaran */
	char head[96];
};

static int key_value(const struct rules *r, struct list_opts *o, int k, const char *arg)
{
	struct kasus_filter *f = &o->f;
	char *norm = o->norm[k][f->n[k]];
	struct err e;

	if (f->n[k] == KASUS_FILTER_MAX)
		return fail(NX_USAGE, _("%s: at most %d values"), key_opt[k], KASUS_FILTER_MAX);
	if (as_field[k] >= 0 && field_normalise(r, as_field[k], arg, norm, 64, &e) < 0)
		return fail(NX_USAGE, "%s: %s", key_opt[k], e.msg);
	if (as_field[k] < 0)
		snprintf(norm, 64, "%s", arg);
	if (k == KF_JENIS && !rules_in(r, VOCAB_JENIS, norm, "matriks") &&
	    strcmp(norm, JENIS_UNCLASSIFIED) != 0) {
		char *valid = rules_list_kosakata(r, VOCAB_JENIS, "matriks");

		fail(NX_USAGE, _("--jenis: unknown '%s' (valid: %s, %s)"), arg, valid, JENIS_UNCLASSIFIED);
		free(valid);
		return NX_USAGE;
	}
	f->v[k][f->n[k]++] = norm;
	return 0;
}

static int sort_fields(struct kasus_filter *f, const char *arg)
{
	char buf[256], *save = NULL;

	snprintf(buf, sizeof buf, "%s", arg);
	f->nsort = 0;
	for (char *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		int c;

		/* before the field's direction is stored: there is no room for it */
		if (f->nsort == KASUS_SORT_MAX)
			return usage_error("list", _("--sort: at most %d fields"), KASUS_SORT_MAX);
		if ((c = kasus_sort_column(t, &f->desc[f->nsort])) < 0)
			return usage_error("list", _("--sort: '%s' is not a field"), t);
		f->sort[f->nsort++] = c;
	}
	return f->nsort ? 0 : usage_error("list", _("--sort: no field given"));
}

static int date_bound(const struct rules *r, struct list_opts *o, int i, const char *arg)
{
	struct err e;

	if (field_normalise(r, F_TANGGAL_KEJADIAN, arg, o->day[i], sizeof o->day[i], &e) < 0)
		return fail(NX_USAGE, "%s: %s", i ? "--to" : "--from", e.msg);
	*(i ? &o->f.to : &o->f.from) = o->day[i];
	return 0;
}

static int digits_of(const char *arg, char *out, size_t n)
{
	size_t m = 0;

	for (const char *p = arg; *p; p++) {
		if (*p == ' ')
			continue;
		if (!ascii_isdigit((unsigned char)*p) || m + 1 >= n)
			return usage_error("list", _("--nip: '%s' is not digits of an NIP or NIK"), arg);
		out[m++] = *p;
	}
	out[m] = '\0';
	return m ? 0 : usage_error("list", _("--nip: no digits given"));
}

/* The list into FILE whole or not at all, private as the database is, or
 * onto standard output. */
static int emit(struct app *a, struct view_list *v, const struct kasus_filter *f,
		const struct out_opts *out)
{
	struct out_opts o = *out;
	struct out_file of;
	int rc;

	o.db = a->db.path;
	if ((rc = out_begin(&o, 0600, &of)))
		return rc;
	v->x = of.x;
	view_list_begin(v, of.fp, out->bom || out->excel);
	rc = kasus_select(&a->db, f, view_list_row, v);
	view_list_end(v);
	return out_end(&of, rc);
}

/* The options after the first pass, which needs the rules to check
 * codes: kept as typed until the database is open. */
struct typed {
	int opt[KF_COUNT * KASUS_FILTER_MAX + 8], n;
	const char *arg[KF_COUNT * KASUS_FILTER_MAX + 8];
};

enum { O_KEY = 1000, O_FROM = O_KEY + KF_COUNT, O_TO, O_CARI, O_NAMA, O_NIP, O_SORT, O_LIMIT,
	O_ASAL, O_PERTUKARAN };

static int checked(const struct rules *r, const struct typed *t, struct list_opts *o)
{
	struct kasus_filter *f = &o->f;
	int rc = 0;

	for (int i = 0; i < t->n && !rc; i++) {
		const char *arg = t->arg[i];

		switch (t->opt[i]) {
		case O_FROM:
		case O_TO:
			rc = date_bound(r, o, t->opt[i] == O_TO, arg);
			break;
		case O_CARI:
			utf8_fold(arg, o->cari, sizeof o->cari);
			f->cari = o->cari;
			break;
		case O_NAMA:
			utf8_fold(arg, o->nama, sizeof o->nama);
			f->nama = o->nama;
			break;
		case O_NIP:
			if (!(rc = digits_of(arg, o->nip, sizeof o->nip)))
				f->nip = o->nip;
			break;
		default:
			rc = key_value(r, o, t->opt[i] - O_KEY, arg);
		}
	}
	return rc;
}

/* The list's own options (not the filters, kept as typed in t, nor
 * those of its output): 1 taken, 0 not one of them, or minus a status. */
static int list_option(int c, const char *arg, struct list_opts *o, struct view_list *v,
		       struct typed *t)
{
	switch (c) {
	case 'k':
		v->kontak = 1;
		return 1;
	case 'B':
		o->f.batal = 1;
		return 1;
	case 'L':
		o->f.lintas = 1;
		return 1;
	case O_ASAL:
		o->asal = arg;
		return 1;
	case O_PERTUKARAN:
		o->pengirim = arg;
		return 1;
	case O_SORT:
		return sort_fields(&o->f, arg) ? -NX_USAGE : 1;
	case O_LIMIT:
		return opt_number("list", "--limit", arg, 1, 1000000000L, &o->f.limit) ? -NX_USAGE : 1;
	}
	if (c < O_KEY || c > O_NIP)
		return 0;
	if ((size_t)t->n == sizeof t->opt / sizeof *t->opt)
		return -usage_error("list", _("too many filters"));
	t->opt[t->n] = c;
	t->arg[t->n++] = arg;
	return 1;
}

static const struct option list_options[] = {
	{ "pemilihan", required_argument, NULL, O_KEY + KF_PEMILIHAN },
	{ "instansi", required_argument, NULL, O_KEY + KF_INSTANSI },
	{ "jenis", required_argument, NULL, O_KEY + KF_JENIS },
	{ "bentuk", required_argument, NULL, O_KEY + KF_BENTUK },
	{ "status", required_argument, NULL, O_KEY + KF_STATUS },
	{ "jenis-pegawai", required_argument, NULL, O_KEY + KF_JENIS_PEGAWAI },
	{ "indikasi", required_argument, NULL, O_KEY + KF_INDIKASI },
	{ "from", required_argument, NULL, O_FROM },
	{ "to", required_argument, NULL, O_TO },
	{ "cari", required_argument, NULL, O_CARI },
	{ "nama", required_argument, NULL, O_NAMA },
	{ "nip", required_argument, NULL, O_NIP },
	{ "sort", required_argument, NULL, O_SORT },
	{ "limit", required_argument, NULL, O_LIMIT },
	{ "kontak", no_argument, NULL, 'k' },
	{ "termasuk-batal", no_argument, NULL, 'B' },
	{ "duplikat-lintas", no_argument, NULL, 'L' },
	{ "asal", required_argument, NULL, O_ASAL },
	{ "pertukaran", required_argument, NULL, O_PERTUKARAN },
	OUT_OPTIONS, OUT_OUTPUT, OUT_DIALECT,
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* The options into o, v and t; -1 to go on, else an exit status. */
static int parse(struct app *a, int argc, char **argv, struct list_opts *o, struct view_list *v,
		 struct typed *t, struct out_opts *out)
{
	int c, rc;

	while ((c = next_opt(a, argc, argv, ":h", list_options, "list")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		/* for the commands that read case numbers: status -, blokir - */
		rc = 0;
		/* the last --format wins: ids writes no workbook, a format no ids */
		if (c == 'f')
			v->ids = 0, out->fmt = FMT_TABLE;
		if (c == 'f' && ascii_casecmp(optarg, "ids") == 0)
			v->ids = 1;
		else if ((rc = out_option("list", c, optarg, out)) || (rc = list_option(c, optarg, o, v, t)))
			rc = rc < 0 ? -rc : 0;
		else
			rc = NX_USAGE;
		if (rc)
			return rc;
	}
	if (optind < argc)
		return usage_error("list", _("unexpected argument '%s'"), argv[optind]);
	v->fmt = out->fmt;
	v->cv.raw = out->raw;
	v->cv.crlf = out->crlf || out->excel;
	if (out->delim || out->excel)
		v->cv.delim = out->excel && !out->delim ? ';' : out->delim;
	return -1;
}

/* An exchange file is the agency's whole state, as CSV: every case, void
 * ones too, and on every row who sends it, the chain head of the database
 * and the time (kasus/import.h reads them). */
static int exchange(struct app *a, struct list_opts *o, const struct typed *t, struct view_list *v,
		    const struct out_opts *out)
{
	char hex[65];
	long long id;
	int rc;

	if (t->n || o->f.limit || o->f.nsort || o->f.lintas || o->asal || v->ids)
		return usage_error("list", _("--pertukaran: an exchange file holds every case; no filter, --sort or --limit"));
	if (out->fmt != FMT_CSV && out->fmt != FMT_TABLE && out->fmt != FMT_XLSX)
		return usage_error("list", _("--pertukaran: an exchange file is CSV or a workbook (--format xlsx)"));
	if (!*o->pengirim)
		return usage_error("list", _("--pertukaran: the name of this agency is empty"));
	if ((rc = audit_head(&a->db, hex, &id)))
		return rc;
	snprintf(o->head, sizeof o->head, "%lld:%s", id, hex);
	o->f.batal = 1;
	o->f.pertukaran = 1;
	v->fmt = out->fmt == FMT_XLSX ? FMT_XLSX : FMT_CSV;
	v->pertukaran[0] = o->pengirim;
	v->pertukaran[1] = o->head;
	v->pertukaran[2] = db_now(&a->db);
	return 0;
}

/* --asal: the origin's cases, under its official name; without, in a
 * roll-up the table names the origin of each. */
static int origin(struct app *a, struct list_opts *o, struct view_list *v)
{
	int rc;

	if (o->asal) {
		if ((rc = asal_find(&a->db, "--asal", o->asal, &o->origin)))
			return rc;
		o->f.asal = o->origin.nama;
	}
	return o->asal ? 0 : kasus_rolled_up(&a->db, &v->asal);
}

int cmd_list(struct app *a, int argc, char **argv)
{
	struct out_opts out = { .fmt = FMT_TABLE, .xlsx = 1 };
	struct list_opts *o = xcalloc(1, sizeof *o);
	struct view_list v;
	struct typed t;
	int rc;

	memset(&v, 0, sizeof v);
	t.n = 0;
	csvout_init(&v.cv, stdout);
	if ((rc = parse(a, argc, argv, o, &v, &t, &out)) < 0 &&
	    !(rc = app_open(a, DB_READ)) && !(rc = checked(&a->rules, &t, o)) &&
	    !(rc = o->pengirim ? exchange(a, o, &t, &v, &out) : origin(a, o, &v)))
		rc = emit(a, &v, &o->f, &out);
	free(o);
	return rc;
}
