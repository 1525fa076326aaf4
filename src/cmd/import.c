/* netral import: cases from a CSV file, in one transaction, streaming.
 * All or nothing by default; --skip-invalid keeps the good rows and can
 * write the bad ones to a reject file to fix and import again. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "netral/cli/app.h"
#include "netral/io/atomic.h"
#include "netral/audit/audit.h"
#include "netral/kasus/change.h"
#include "netral/io/csvin.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral import FILE|- [--skip-invalid] [--reject FILE] [--dry-run]\n"
"                     [--update] [--ignore-unknown] [--delimiter C] [-q]\n"
"\n"
"Imports cases from a CSV file (- for standard input) with a header row;\n"
"the columns are described in netral-import(5).  One transaction: if any\n"
"row is invalid nothing is imported and every bad row is reported as\n"
"FILE:LINE: column: problem.\n"
"\n"
"  --skip-invalid    import the valid rows; exit 3 if any was rejected\n"
"  --reject FILE     with --skip-invalid: write the rejected rows there,\n"
"                    with 'baris' and 'alasan' columns, to fix and re-import\n"
"  --dry-run, -n     check and classify everything, write nothing\n"
"  --update          for rows already imported, apply the changed fields\n"
"  --ignore-unknown  ignore columns netral does not know\n"
"  --delimiter C     ',', ';' or 'tab' (default: detected from the header)\n"
"  -q, --quiet       no progress, warnings or summary\n");

/* Columns netral itself writes besides the fields, accepted and ignored:
 * 'list --format csv' adds the case number and derived values, a reject
 * file the line and the reason; both can be imported again. */
static const char *const ignored_cols[] = {
	"nomor", "usia", "kelompok_usia", "kelompok_jabatan", "periode", "tahap",
	"jenis", "kode", "baris", "alasan", NULL
};

#define IGNORED (-2)

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

struct import {
	struct app *a;
	const struct csvin *in;
	const char *name;         /* the file as messages name it */
	int skip_invalid, dry_run, update, ignore_unknown, quiet;
	/* the header */
	int *field_of;            /* per column: a field, IGNORED, or -1 */
	char **header;
	size_t ncols, width;
	int col_of[F_COUNT];
	/* output */
	struct atomic_file reject;
	struct csvout rej;
	int has_reject;
	const char *reject_path;
	/* the run */
	long long impor_id;
	sqlite3 *seen;            /* dry run: keys met in this file */
	sqlite3_stmt *seen_st, *exists_st;
	struct kasus *k;
	struct strbuf key, why, warn, where;
	long rows, imported, duplicates, updated, rejected;
	int progress;
	struct timespec last;
};

static const char *column_name(struct import *im, size_t c)
{
	static char buf[32];

	if (c < im->ncols && im->field_of[c] >= 0)
		return field_defs[im->field_of[c]].name;
	if (c < im->ncols && *im->header[c])
		return im->header[c];
	snprintf(buf, sizeof buf, _("column %zu"), c + 1);
	return buf;
}

static int header(struct import *im, const struct csvin_record *r)
{
	const char *known[F_COUNT + 16];
	int key_of[4096], col_of[F_COUNT + 16];
	size_t nk = 0, ni;
	struct err e;

	if (r->n > 4096)
		return fail(NX_DATA, _("%s:%ld: header: more than 4096 columns"), im->name, r->line);
	for (int f = 0; f < F_COUNT; f++)
		known[nk++] = field_defs[f].name;
	for (ni = 0; ignored_cols[ni]; ni++)
		known[nk++] = ignored_cols[ni];
	if (csvin_header(r, known, nk, im->ignore_unknown, col_of, key_of, &im->width, &e) < 0)
		return fail(NX_DATA, "%s:%ld: %s", im->name, r->line, e.msg);
	for (int f = 0; f < F_COUNT; f++) {
		im->col_of[f] = col_of[f];
		if ((field_defs[f].flags & FF_REQUIRED) && col_of[f] < 0)
			return fail(NX_DATA, _("%s:%ld: header: missing column '%s' (required: nama, jenis_pegawai, instansi, tanggal_kejadian, bentuk)"),
				    im->name, r->line, field_defs[f].name);
	}
	im->ncols = r->n;
	im->field_of = xcalloc(r->n, sizeof *im->field_of);
	im->header = xcalloc(r->n, sizeof *im->header);
	for (size_t c = 0; c < r->n; c++) {
		im->header[c] = xstrdup(r->f[c]);
		im->field_of[c] = key_of[c] < 0 ? -1 : key_of[c] < F_COUNT ? key_of[c] : IGNORED;
	}
	if (im->has_reject) {
		/* written as the file came, so a spreadsheet opens it alike */
		im->rej.delim = im->in->delim;
		im->rej.crlf = im->in->crlf;
		if (im->in->bom)
			csvout_bom(&im->rej);
		for (size_t c = 0; c < im->width; c++)
			csvout_text(&im->rej, r->f[c]);
		csvout_plain(&im->rej, "baris");
		csvout_plain(&im->rej, "alasan");
		csvout_end(&im->rej);
	}
	return 0;
}

/* A bad row: reported on stderr, kept for the reject file. */
static void problem(struct import *im, long line, const char *col, const char *msg)
{
	fflush(stdout);
	if (col)
		fprintf(stderr, "%s:%ld: %s: %s\n", im->name, line, col, msg);
	else
		fprintf(stderr, "%s:%ld: %s\n", im->name, line, msg);
	if (im->why.len)
		sb_puts(&im->why, "; ");
	if (col)
		sb_printf(&im->why, "%s: ", col);
	sb_puts(&im->why, msg);
}

static void reject(struct import *im, const struct csvin_record *r)
{
	char line[32];

	im->rejected++;
	if (!im->has_reject)
		return;
	for (size_t c = 0; c < im->width; c++)
		csvout_text(&im->rej, c < r->n ? r->f[c] : "");
	snprintf(line, sizeof line, "%ld", r->line);
	csvout_plain(&im->rej, line);
	csvout_text(&im->rej, sb_str(&im->why));
	csvout_end(&im->rej);
}

static void warnings(struct import *im, long line)
{
	const char *p = im->warn.buf, *nl;

	if (!p || im->quiet || msg_quiet)
		return;
	fflush(stdout);
	for (; (nl = strchr(p, '\n')); p = nl + 1)
		fprintf(stderr, _("%s:%ld: warning: %.*s\n"), im->name, line, (int)(nl - p), p);
}

static void show_progress(struct import *im, int final)
{
	struct timespec now;
	char n[32];

	if (!im->progress)
		return;
	if (final) {
		fputs("\r\033[K", stderr);
		return;
	}
	if (im->rows % 1000)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if ((now.tv_sec - im->last.tv_sec) * 1000 + (now.tv_nsec - im->last.tv_nsec) / 1000000 < 250)
		return;
	im->last = now;
	fmt_count(im->rows, n);
	fputc('\r', stderr);
	fprintf(stderr, _("%s: %s rows read"), im->name, n);
}

/* Dry run: is the key in the database, or earlier in this file? */
static int dry_duplicate(struct import *im, const char *key)
{
	int dup = 0;

	if (im->exists_st) {
		sqlite3_bind_text(im->exists_st, 1, key, -1, SQLITE_STATIC);
		dup = sqlite3_step(im->exists_st) == SQLITE_ROW;
		sqlite3_reset(im->exists_st);
	}
	sqlite3_bind_text(im->seen_st, 1, key, -1, SQLITE_STATIC);
	sqlite3_step(im->seen_st);
	sqlite3_reset(im->seen_st);
	return dup || sqlite3_changes(im->seen) == 0;
}

/* --update: the row names a case already recorded. */
static int update_existing(struct import *im, const struct csvin_record *r)
{
	const char *vals[F_COUNT] = { 0 };
	struct change c;
	sqlite3_stmt *st;
	char nomor[32];
	struct err e;
	enum field bad;
	int rc;

	if ((rc = db_prepare(&im->a->db, "SELECT nomor FROM kasus WHERE kunci = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, im->key.buf, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	snprintf(nomor, sizeof nomor, "%s", rc == SQLITE_ROW ? col_text(st, 0) : "");
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return db_fail(&im->a->db, _("cannot find the case to update"));
	for (int f = 0; f < F_COUNT; f++)
		if (im->col_of[f] >= 0)
			vals[f] = (size_t)im->col_of[f] < r->n ? r->f[im->col_of[f]] : "";
	/* an empty status is the default of a new case, not a move back to it */
	if (vals[F_STATUS] && !*vals[F_STATUS])
		vals[F_STATUS] = NULL;
	sb_reset(&im->where);
	sb_printf(&im->where, "%s:%ld", im->name, r->line);
	memset(&c, 0, sizeof c);
	c.op = audit_operator(im->a->operator);
	/* "impor" is the creation of a case; a correction is an "ubah" that
	 * says which file and line it came from */
	c.jenis = "ubah";
	c.catatan = im->where.buf;
	c.status_moves = 1;
	sb_reset(&im->warn);
	rc = kasus_change(&im->a->db, nomor, vals, &c, &e, &bad, &im->warn);
	if (rc == NX_DATA) {
		problem(im, r->line, field_defs[bad].name, e.msg);
		reject(im, r);
		return 0;
	}
	if (rc)
		return rc;
	warnings(im, r->line);
	if (c.fields || c.reclassified)
		im->updated++;
	else
		im->duplicates++;
	return 0;
}

static int row(void *ctx, const struct csvin_record *r)
{
	struct import *im = ctx;
	struct kasus *k = im->k;
	struct err e;
	enum field bad;
	int bad_row = 0, rc;

	if (interrupted)
		return NX_INTERRUPT;
	if (r->index == 0)
		return header(im, r);
	im->rows++;
	show_progress(im, 0);
	sb_reset(&im->why);
	if (r->problem) {
		problem(im, r->line, column_name(im, r->problem_field), r->problem);
		reject(im, r);
		return 0;
	}
	if (csvin_check_width(r, im->width, &e) < 0) {
		problem(im, r->line, NULL, e.msg);
		reject(im, r);
		return 0;
	}
	kasus_init(k);
	k->check_today = 1;
	k->no_reason = 1;
	for (int f = 0; f < F_COUNT; f++) {
		int c = im->col_of[f];

		if (c < 0)
			continue;
		if (kasus_set(k, f, r->f[c], &im->a->db.rules, &e) < 0) {
			problem(im, r->line, field_defs[f].name, e.msg);
			bad_row = 1;
		}
	}
	sb_reset(&im->warn);
	if (!bad_row && kasus_finish(k, &im->a->db.rules, &bad, &e, &im->warn) < 0) {
		problem(im, r->line, field_defs[bad].name, e.msg);
		bad_row = 1;
	}
	if (bad_row) {
		reject(im, r);
		return 0;
	}
	kasus_key(k, &im->key);
	if (im->dry_run) {
		warnings(im, r->line);
		if (dry_duplicate(im, im->key.buf))
			im->duplicates++;
		else
			im->imported++;
		return 0;
	}
	{
		struct provenance p = { im->impor_id, r->line };
		char nomor[32], fp[65];
		long long id;

		if ((rc = kasus_insert(&im->a->db, k, &p, im->key.buf, nomor, &id)))
			return rc;
		if (id == 0)
			return im->update ? update_existing(im, r) : (im->duplicates++, 0);
		warnings(im, r->line);
		/* the file and line are the case's provenance (impor_id,
		 * berkas_baris): the event need not repeat them */
		kasus_audit_fingerprint(k, fp);
		if ((rc = audit_created(&im->a->db, id, audit_operator(im->a->operator),
					"impor", fp, NULL)))
			return rc;
		im->imported++;
	}
	return 0;
}

static int start_run(struct import *im)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(&im->a->db, "INSERT INTO impor (berkas, waktu, operator) "
			     "VALUES (?1, ?3, ?2)", &st)))
		return rc;
	sqlite3_bind_text(st, 1, im->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, audit_operator(im->a->operator), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, db_now(&im->a->db), -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(&im->a->db, _("cannot start the import"));
	sqlite3_finalize(st);
	im->impor_id = sqlite3_last_insert_rowid(im->a->db.h);
	return rc;
}

static int finish_run(struct import *im, const char *sha)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(&im->a->db, "UPDATE impor SET sha256 = ?2, diimpor = ?3, duplikat = ?4, "
			     "diperbarui = ?5, ditolak = ?6 WHERE id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, im->impor_id);
	sqlite3_bind_text(st, 2, sha, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, im->imported);
	sqlite3_bind_int64(st, 4, im->duplicates);
	sqlite3_bind_int64(st, 5, im->updated);
	sqlite3_bind_int64(st, 6, im->rejected);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(&im->a->db, _("cannot finish the import"));
	sqlite3_finalize(st);
	return rc;
}

static int open_dry_run(struct import *im)
{
	int rc;

	if ((rc = app_open_rules(im->a)))
		return rc;
	if (im->a->db.h && (rc = db_prepare(&im->a->db, "SELECT 1 FROM kasus WHERE kunci = ?1",
					    &im->exists_st)))
		return rc;
	/* "" is a private on-disk database: the keys of a large file stay
	 * out of memory */
	if (sqlite3_open_v2("", &im->seen, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
	    sqlite3_exec(im->seen, "CREATE TABLE seen (k TEXT PRIMARY KEY) WITHOUT ROWID; BEGIN",
			 NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(im->seen, "INSERT OR IGNORE INTO seen VALUES (?1)", -1,
			       &im->seen_st, NULL) != SQLITE_OK)
		return fail(NX_IO, _("cannot create a temporary database: %s"),
			    im->seen ? sqlite3_errmsg(im->seen) : "");
	return 0;
}

static void summary(struct import *im)
{
	char a[32], b[32], c[32], d[32];

	if (im->quiet || msg_quiet)
		return;
	fmt_count(im->imported, a);
	fmt_count(im->duplicates, b);
	fmt_count(im->rejected, c);
	fmt_count(im->updated, d);
	if (im->dry_run)
		printf(_("dry run: would import %s, duplicates %s, rejected %s; nothing written\n"), a, b, c);
	else if (im->update)
		printf(_("imported %s, updated %s, duplicates %s, rejected %s\n"), a, d, b, c);
	else
		printf(_("imported %s, duplicates %s, rejected %s\n"), a, b, c);
}

static int parse_delim(const char *s, char *out)
{
	if (strcmp(s, "tab") == 0 || strcmp(s, "\\t") == 0)
		*out = '\t';
	else if (strlen(s) == 1 && !strchr("\"\r\n", *s))
		*out = *s;
	else
		return -1;
	return 0;
}

int cmd_import(struct app *a, int argc, char **argv)
{
	enum { O_SKIP = 1000, O_REJECT, O_UPDATE, O_IGNORE, O_DELIM };
	static const struct option lo[] = {
		{ "skip-invalid", no_argument, NULL, O_SKIP },
		{ "reject", required_argument, NULL, O_REJECT },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "update", no_argument, NULL, O_UPDATE },
		{ "ignore-unknown", no_argument, NULL, O_IGNORE },
		{ "delimiter", required_argument, NULL, O_DELIM },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct import im;
	struct csvin in;
	struct sigaction sa, old_int, old_term, old_hup;
	int c, rc;

	memset(&im, 0, sizeof im);
	memset(&in, 0, sizeof in);
	im.a = a;
	im.in = &in;
	while ((c = next_opt(argc, argv, ":hnq", lo, "import")) != -1) {
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'n':
			im.dry_run = 1;
			break;
		case 'q':
			im.quiet = 1;
			break;
		case O_SKIP:
			im.skip_invalid = 1;
			break;
		case O_REJECT:
			im.reject_path = optarg;
			break;
		case O_UPDATE:
			im.update = 1;
			break;
		case O_IGNORE:
			im.ignore_unknown = 1;
			break;
		case O_DELIM:
			if (parse_delim(optarg, &in.delim) < 0)
				return usage_error("import", _("the delimiter must be one character or 'tab', not '%s'"), optarg);
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind + 1 != argc)
		return usage_error("import", _("expected one file (or - for standard input)"));
	if (im.reject_path && !im.skip_invalid)
		return usage_error("import", _("--reject needs --skip-invalid"));

	if (strcmp(argv[optind], "-") == 0) {
		im.name = "stdin";
		in.fp = stdin;
	} else {
		struct stat sb;

		im.name = argv[optind];
		if (!(in.fp = fopen(im.name, "r")))
			return fail(errno == ENOENT ? NX_NOTFOUND : NX_IO, _("cannot open '%s': %s"),
				    im.name, strerror(errno));
		if (fstat(fileno(in.fp), &sb) == 0 && S_ISDIR(sb.st_mode)) {
			fclose(in.fp);
			return fail(NX_USAGE, _("'%s' is a directory"), im.name);
		}
	}
	in.name = im.name;

	rc = im.dry_run ? open_dry_run(&im) : app_open(a, DB_WRITE);
	if (rc)
		goto out;
	if (im.reject_path && !im.dry_run) {
		if ((rc = atomic_open(&im.reject, im.reject_path, 0600)))
			goto out;
		csvout_init(&im.rej, im.reject.fp);
		im.has_reject = 1;
	}
	if (!im.dry_run) {
		/* a bigger page cache for the bulk insert, still bounded */
		sqlite3_exec(a->db.h, "PRAGMA cache_size = -32768", NULL, NULL, NULL);
		if ((rc = db_begin(&a->db)) || (rc = start_run(&im)))
			goto out;
	}
	im.k = xmalloc(sizeof *im.k);
	im.progress = !im.quiet && !msg_quiet && isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &im.last);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	sigaction(SIGHUP, &sa, &old_hup);
	rc = csvin_read(&in, row, &im);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	sigaction(SIGHUP, &old_hup, NULL);
	show_progress(&im, 1);

	if (!rc && in.lines == 0)
		rc = fail(NX_DATA, _("%s: empty file (a header row is needed)"), im.name);
	if (rc == NX_INTERRUPT) {
		fail(rc, _("%s: interrupted; nothing imported"), im.name);
		goto out;
	}
	if (rc) {
		if (!im.dry_run)
			fail(rc, _("%s: nothing imported"), im.name);
		goto out;
	}
	if (im.rejected && !im.skip_invalid && !im.dry_run) {
		char n[32];

		fmt_count(im.rejected, n);
		rc = fail(NX_DATA, _("%s: %s invalid rows; nothing imported (fix them, or use --skip-invalid)"),
			  im.name, n);
		goto out;
	}
	if (!im.dry_run) {
		if ((rc = finish_run(&im, in.sha_hex)) || (rc = db_commit(&a->db)))
			goto out;
		if (im.has_reject && (rc = atomic_commit(&im.reject))) {
			fail(rc, _("%s: the import is done, but the rejected rows are only in the messages above"),
			     im.name);
			goto out;
		}
	}
	summary(&im);
	if (im.rejected)
		rc = NX_DATA;
out:
	if (im.has_reject)
		atomic_abort(&im.reject);
	db_rollback(&a->db);
	if (in.fp && in.fp != stdin)
		fclose(in.fp);
	if (im.exists_st)
		sqlite3_finalize(im.exists_st);
	if (im.seen_st)
		sqlite3_finalize(im.seen_st);
	if (im.seen)
		sqlite3_close(im.seen);
	for (size_t i = 0; i < im.ncols; i++)
		free(im.header[i]);
	free(im.header);
	free(im.field_of);
	free(im.k);
	sb_free(&im.key);
	sb_free(&im.why);
	sb_free(&im.warn);
	sb_free(&im.where);
	return rc;
}
