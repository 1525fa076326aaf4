/* The run of an import (import.h). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "netral/cli/import.h"
#include "netral/cli/opt.h"
#include "netral/db/backup.h"
#include "netral/io/atomic.h"
#include "netral/io/format.h"
#include "netral/io/xlsxin.h"
#include "netral/io/xlsxout.h"
#include "netral/util/ascii.h"
#include "netral/util/interrupt.h"
#include "netral/util/msg.h"

/* The file, once the options are read, and what they need of each other. */
static int operand(struct import_opts *o, int argc, char **argv)
{
	if (optind + 1 != argc)
		return usage_error(o->cmd, _("expected one file (or - for standard input)"));
	if (o->reject && !o->skip_invalid)
		return usage_error(o->cmd, _("--reject needs --skip-invalid"));
	if (o->force && (o->takes & IMPORT_TAKES_UPDATE) && !o->update)
		return usage_error(o->cmd, _("--force goes with --update"));
	o->path = argv[optind];
	return -1;
}

int app_import_opts(struct app *a, int argc, char **argv, const char *help, struct import_opts *o)
{
	enum { O_SKIP = 1000, O_REJECT, O_DELIM, O_UPDATE, O_FORCE, O_IGNORE, O_ASAL, O_PEMILIHAN, O_SHEET };
	static const struct option lo[] = {
		{ "skip-invalid", no_argument, NULL, O_SKIP },
		{ "reject", required_argument, NULL, O_REJECT },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "delimiter", required_argument, NULL, O_DELIM },
		{ "sheet", required_argument, NULL, O_SHEET },
		{ "ignore-unknown", no_argument, NULL, O_IGNORE },
		{ "update", no_argument, NULL, O_UPDATE },
		{ "force", no_argument, NULL, O_FORCE },
		{ "asal", required_argument, NULL, O_ASAL },
		{ "pemilihan", required_argument, NULL, O_PEMILIHAN },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	/* the options a kind does not take, as getopt would call them */
	static const struct { int opt; unsigned takes; const char *name; } own[] = {
		{ O_UPDATE, IMPORT_TAKES_UPDATE, "--update" },
		{ O_FORCE, IMPORT_TAKES_UPDATE | IMPORT_TAKES_FORCE, "--force" },
		{ O_ASAL, IMPORT_TAKES_ASAL, "--asal" },
		{ O_PEMILIHAN, IMPORT_TAKES_PEMILIHAN, "--pemilihan" },
	};
	int c, rc;

	while ((c = next_opt(a, argc, argv, ":hnq", lo, o->cmd)) != -1) {
		for (size_t i = 0; i < sizeof own / sizeof *own; i++)
			if (c == own[i].opt && !(o->takes & own[i].takes))
				return usage_error(o->cmd, _("unknown option '%s'"), own[i].name);
		switch (c) {
		case 'h':
			return print_help(help);
		case 'n':
			o->dry_run = 1;
			break;
		case 'q':
			o->quiet = 1;
			break;
		case O_SKIP:
			o->skip_invalid = 1;
			break;
		case O_REJECT:
			o->reject = optarg;
			break;
		case O_IGNORE:
			o->ignore_unknown = 1;
			break;
		case O_SHEET:
			if (!*optarg)
				return usage_error(o->cmd, _("--sheet needs the name of a sheet"));
			o->sheet = optarg;
			break;
		case O_UPDATE:
			o->update = 1;
			break;
		case O_FORCE:
			o->force = 1;
			break;
		case O_ASAL:
			if (!*optarg)
				return usage_error(o->cmd, _("--asal needs the name of the agency the file came from"));
			o->asal = optarg;
			break;
		case O_PEMILIHAN:
			o->pemilihan = optarg;
			break;
		case O_DELIM:
			if ((rc = opt_delimiter(o->cmd, optarg, &o->delim)))
				return rc;
			break;
		default:
			return NX_USAGE;
		}
	}
	return operand(o, argc, argv);
}

/* Progress on a terminal: the rows read, four times a second at most. */
struct progress {
	const char *name;
	struct timespec last;
};

static void show_progress(void *ctx, long rows)
{
	struct progress *p = ctx;
	struct timespec now;
	char n[32];

	if (rows % 1000)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if ((now.tv_sec - p->last.tv_sec) * 1000 + (now.tv_nsec - p->last.tv_nsec) / 1000000 < 250)
		return;
	p->last = now;
	fmt_count(rows, n);
	report_progress(_("%s: %s rows read"), p->name, n);
}

static void summary(const struct import_opts *o, const struct import_run *run,
		    const struct csvimport *im)
{
	char a[32], b[32], c[32], d[32];

	if (o->quiet)
		return;
	if (run->said && run->said->len)
		fputs(run->said->buf, stdout);
	if (im->day_first.len)
		printf(_("dates read day-first (DD/MM/YYYY), as no value in the column proves the order: %s\n"),
		       im->day_first.buf);
	fmt_count(im->n[IMPORT_NEW], a);
	fmt_count(im->n[IMPORT_UPDATED], b);
	fmt_count(im->n[IMPORT_SAME], c);
	fmt_count(im->rejected, d);
	if (run->updates)
		printf(o->dry_run ? _("dry run: would import %s, update %s, unchanged %s, rejected %s; nothing written\n") :
		       _("imported %s, updated %s, unchanged %s, rejected %s\n"), a, b, c, d);
	else if (o->update)
		printf(o->dry_run ? _("dry run: would import %s, update %s, duplicates %s, rejected %s; nothing written\n") :
		       _("imported %s, updated %s, duplicates %s, rejected %s\n"), a, b, c, d);
	else
		printf(o->dry_run ? _("dry run: would import %s, duplicates %s, rejected %s; nothing written\n") :
		       _("imported %s, duplicates %s, rejected %s\n"), a, c, d);
}

/* The database to import into: the agency's, or for a dry run where
 * there is none yet, a scratch one with the built-in rules, gone after. */
static int open_target(struct app *a, const struct import_opts *o)
{
	if (o->dry_run)
		return app_open_dry(a);
	return app_open(a, DB_WRITE);
}

/* Read, decide, record the run, commit: the rows and the reject file, or
 * neither. */
static int read_and_decide(struct app *a, struct import_opts *o, struct import_run *run,
			   struct csvimport *im, long long *run_id)
{
	struct run_counts n;
	int rc;

	if ((rc = db_begin(&a->db)) || (rc = audit_run_start(&a->db, im->in->name, a->operator, run_id)) ||
	    (run->begin && (rc = run->begin(run->ctx, a, o, *run_id))))
		return rc;
	interrupt_catch();
	rc = csvimport_read(im);
	interrupt_release();
	if (im->progress)
		report_progress(NULL);
	if (rc == NX_INTERRUPT)
		return fail(rc, _("%s: interrupted; nothing imported"), im->in->name);
	if (rc)
		goto nothing;
	if (im->rejected && !o->skip_invalid && !o->dry_run) {
		char count[32];

		fmt_count(im->rejected, count);
		return fail(NX_DATA, P_("%s: %s invalid row; nothing imported (fix it, or use --skip-invalid)",
					"%s: %s invalid rows; nothing imported (fix them, or use --skip-invalid)",
					im->rejected), im->in->name, count);
	}
	n = (struct run_counts){ im->n[IMPORT_NEW], im->n[IMPORT_SAME], im->n[IMPORT_UPDATED], im->rejected };
	if ((run->finish && (rc = run->finish(run->ctx, a, o, im))) ||
	    (rc = audit_run_finish(&a->db, *run_id, im->in->name, a->operator, im->in->sha_hex, &n,
				   run->created)) ||
	    (!o->dry_run && (rc = db_commit(&a->db))))
		goto nothing;
	return 0;
nothing:
	if (!o->dry_run)
		fail(rc, _("%s: nothing imported"), im->in->name);
	return rc;
}

/* The reject file, in the input's format: CSV in its dialect, or a
 * workbook for a workbook's rows; whole or not at all, 0600. */
struct reject_file {
	struct atomic_file af;
	struct csvout out;
	struct xlsxout *book;
	int open;
};

/* The reject file never replaces the database nor the file being read
 * (the clerk's original, whose digest the run records). */
static int reject_target(struct app *a, const struct import_opts *o)
{
	struct stat in, out;

	if (db_file_of(a->db.path, o->reject))
		return usage_error(o->cmd, _("'%s' is the database or one of its files; write the rejected rows to another file"),
				   o->reject);
	if (strcmp(o->path, "-") != 0 && stat(o->path, &in) == 0 && stat(o->reject, &out) == 0 &&
	    in.st_dev == out.st_dev && in.st_ino == out.st_ino)
		return usage_error(o->cmd, _("'%s' is the file being imported; write the rejected rows to another file"),
				   o->reject);
	return 0;
}

static int reject_open(struct reject_file *rf, const char *path, struct csvimport *im, int quiet)
{
	const char *dot = strrchr(path, '.');
	int xlsx = dot && ascii_casecmp(dot, ".xlsx") == 0;
	int rc;

	/* the rejected rows go back as they came: a name saying otherwise is said */
	if (xlsx != im->in->workbook && !quiet)
		warning(im->in->workbook ? _("%s: the rejected rows of a workbook are written as a workbook")
					 : _("%s: the rejected rows of a CSV file are written as CSV"),
			path);

	if (im->in->workbook) {
		if ((rc = xlsxout_create(path, &rf->book)))
			return rc;
		im->reject_book = rf->book;
	} else {
		if ((rc = atomic_open(&rf->af, path, 0600)))
			return rc;
		csvout_init(&rf->out, rf->af.fp);
		im->reject = &rf->out;
	}
	rf->open = 1;
	return 0;
}

static int reject_commit(struct reject_file *rf)
{
	if (!rf->open)
		return 0;
	rf->open = 0;
	return rf->book ? xlsxout_close(rf->book) : atomic_commit(&rf->af);
}

static void reject_abort(struct reject_file *rf)
{
	if (rf->open && rf->book)
		xlsxout_discard(rf->book);
	else if (rf->open)
		atomic_abort(&rf->af);
	rf->open = 0;
}

static int run_file(struct app *a, struct import_opts *o, struct import_run *run, struct csvin *in)
{
	struct csvimport im = { .kind = run->kind, .ctx = run->ctx, .in = in };
	struct progress prog = { in->name, { 0, 0 } };
	struct reject_file rej = { .open = 0 };
	long long run_id;
	int rc;

	im.ignore_unknown = o->ignore_unknown;
	im.quiet = o->quiet;
	if ((rc = open_target(a, o)) ||
	    (o->reject && !o->dry_run && ((rc = reject_target(a, o)) || (rc = reject_open(&rej, o->reject, &im, o->quiet)))))
		return rc;
	if (!o->quiet && isatty(STDERR_FILENO)) {
		clock_gettime(CLOCK_MONOTONIC, &prog.last);
		im.progress = show_progress;
		im.progress_ctx = &prog;
	}
	if ((rc = read_and_decide(a, o, run, &im, &run_id)))
		goto out;
	if ((rc = reject_commit(&rej))) {
		fail(rc, _("%s: the import is done, but the rejected rows are only in the messages above"),
		     in->name);
		goto out;
	}
	summary(o, run, &im);
	if (in->worksheets > 1 && !o->sheet && !o->quiet)
		warning(_("%s: sheet '%s' read, the first the workbook shows of its %d (--sheet reads another)"),
			in->name, in->sheet, in->worksheets);
	if (in->hidden && !o->quiet)
		warning(P_("%s: %ld hidden row was read like any other",
			   "%s: %ld hidden rows were read like any other", in->hidden), in->name, in->hidden);
	if (run->after)
		run->after(run->ctx, o, &im);
	rc = im.rejected ? NX_DATA : 0;
out:
	reject_abort(&rej);
	db_rollback(&a->db);
	csvimport_free(&im);
	return rc;
}

int app_import(struct app *a, struct import_opts *o, struct import_run *run)
{
	struct csvin in;
	int rc;

	memset(&in, 0, sizeof in);
	in.delim = o->delim;
	o->quiet |= a->quiet;
	in.want_sheet = o->sheet;
	if (!(rc = app_open_input(o->path, o->quiet, &in)))
		rc = run_file(a, o, run, &in);
	/* the input and its copy, whichever is read now */
	if (in.fp && in.fp != stdin)
		fclose(in.fp);
	if (in.copy && in.copy != stdin)
		fclose(in.copy);
	return rc;
}

static int cegah_begin(void *ctx, struct app *a, const struct import_opts *o, long long run_id)
{
	struct cegah_impor *ci = ctx;

	(void)run_id;
	ci->d = &a->db;
	ci->r = &a->rules;
	ci->op = a->operator;
	ci->pemilihan = o->pemilihan;
	ci->force = o->force;
	return app_today(a, &ci->today);
}

static void cegah_after(void *ctx, const struct import_opts *o, const struct csvimport *im)
{
	const struct cegah_impor *ci = ctx;

	(void)im;
	if (!o->quiet && ci->nowhere)
		warning(P_("%ld activity is in no contest's schedule (jadwal.csv): it is in no compliance report",
			   "%ld activities are in no contest's schedule (jadwal.csv): they are in no compliance report",
			   ci->nowhere), ci->nowhere);
}

int app_import_cegah(struct app *a, int argc, char **argv, const char *help, const char *cmd,
		     enum cegah_kind kind, unsigned takes)
{
	struct import_opts o = { .cmd = cmd, .takes = takes };
	struct cegah_impor ci;
	struct run_digest none;
	struct import_run run = { NULL, &ci, kind == CEGAH_UNIT, cegah_begin, NULL, &none, &ci.said,
		cegah_after };
	int rc;

	memset(&ci, 0, sizeof ci);
	run.kind = cegah_import_kind(&ci, kind);
	run_digest_init(&none);
	if ((rc = app_import_opts(a, argc, argv, help, &o)) < 0)
		rc = app_import(a, &o, &run);
	cegah_impor_free(&ci);
	return rc;
}
