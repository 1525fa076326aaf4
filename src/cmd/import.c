/* netral import: cases from a CSV file, in one transaction, streaming.
 * All or nothing by default; --skip-invalid keeps the good rows and can
 * write the bad ones to a reject file to fix and import again. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "netral/cli/app.h"
#include "netral/cli/impor.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/audit/log.h"
#include "netral/io/atomic.h"
#include "netral/kasus/import.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral import FILE|- [--skip-invalid] [--reject FILE] [--dry-run]\n"
"                     [--update [--force]] [--ignore-unknown] [--delimiter C]\n"
"                     [--asal AGENCY] [-q]\n"
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
"  --update          for rows already imported, apply the changed fields; a\n"
"                    field changed since by another command is kept, and said\n"
"  --force           with --update: take the file's value even then\n"
"  --ignore-unknown  ignore columns netral does not know\n"
"  --delimiter C     ',', ';' or 'tab' (default: detected from the header)\n"
"  --asal AGENCY     the file is another agency's (a roll-up): its cases keep\n"
"                    that origin, and its case numbers are not ours\n"
"  -q, --quiet       no progress, warnings or summary\n");

/* Set by a signal, read between records: the one global a handler needs. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static int record(void *im, const struct csvin_record *r)
{
	return interrupted ? NX_INTERRUPT : impor_record(im, r);
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
	fputc('\r', stderr);
	fprintf(stderr, _("%s: %s rows read"), p->name, n);
}

static void summary(const struct impor *im)
{
	char a[32], b[32], c[32], d[32];

	if (im->quiet)
		return;
	fmt_count(im->n.imported, a);
	fmt_count(im->n.duplicates, b);
	fmt_count(im->n.rejected, c);
	fmt_count(im->n.updated, d);
	if (im->dry_run && im->update)
		printf(_("dry run: would import %s, update %s, duplicates %s, rejected %s; nothing written\n"),
		       a, d, b, c);
	else if (im->dry_run)
		printf(_("dry run: would import %s, duplicates %s, rejected %s; nothing written\n"), a, b, c);
	else if (im->update)
		printf(_("imported %s, updated %s, duplicates %s, rejected %s\n"), a, d, b, c);
	else
		printf(_("imported %s, duplicates %s, rejected %s\n"), a, b, c);
	if (im->conflicts)
		printf(P_("%ld field kept as changed after the import (--force takes the file's)\n",
			  "%ld fields kept as changed after the import (--force takes the file's)\n",
			  im->conflicts), im->conflicts);
	if (im->unclassified)
		warning(P_("%ld case unclassified: 'netral list --jenis belum_diklasifikasi' lists them and 'netral show' says why; a pemilihan column decides a contest the date alone cannot",
			   "%ld cases unclassified: 'netral list --jenis belum_diklasifikasi' lists them and 'netral show' says why; a pemilihan column decides a contest the date alone cannot",
			   im->unclassified), im->unclassified);
}

/* The whole file through the import, Ctrl-C, SIGTERM and SIGHUP ending
 * it cleanly: nothing is imported. */
static int read_all(struct impor *im, struct csvin *in)
{
	struct sigaction sa, old_int, old_term, old_hup;
	int rc;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	sigaction(SIGHUP, &sa, &old_hup);
	rc = csvin_read(in, record, im);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	sigaction(SIGHUP, &old_hup, NULL);
	if (im->progress)
		fputs("\r\033[K", stderr);
	if (!rc && in->lines == 0)
		rc = fail(NX_DATA, _("%s: empty file (a header row is needed)"), im->name);
	if (rc == NX_INTERRUPT)
		fail(rc, _("%s: interrupted; nothing imported"), im->name);
	else if (rc && !im->dry_run)
		fail(rc, _("%s: nothing imported"), im->name);
	return rc;
}

/* The run, once the options are known: open, read, decide, commit. */
static int run(struct app *a, struct impor *im, struct csvin *in, const char *reject_path,
	       int skip_invalid)
{
	struct atomic_file rej;
	struct csvout rejout;
	struct progress prog = { im->name, { 0, 0 } };
	int rc, has_reject = 0, rehearse = 0, dry = im->dry_run;

	/* a dry run of --update does the updates, refusals and all, in a
	 * transaction it then rolls back: what it says is what would happen */
	if (im->dry_run && im->update && app_db_exists(a)) {
		rehearse = 1;
		im->dry_run = 0;
	}
	rc = im->dry_run ? app_open_rules(a) : app_open(a, DB_WRITE);
	if (rc)
		return rc;
	im->rules = &a->rules;
	im->db = a->db.h ? &a->db : NULL;
	if (reject_path && !dry) {
		if ((rc = atomic_open(&rej, reject_path, 0600)))
			return rc;
		csvout_init(&rejout, rej.fp);
		im->reject = &rejout;
		has_reject = 1;
	}
	if (!im->quiet && isatty(STDERR_FILENO)) {
		clock_gettime(CLOCK_MONOTONIC, &prog.last);
		im->progress = show_progress;
		im->progress_ctx = &prog;
	}
	if ((!im->dry_run && (rc = db_begin(&a->db))) || (rc = impor_begin(im)) ||
	    (rc = read_all(im, in)))
		goto out;
	if (im->n.rejected && !skip_invalid && !dry) {
		char n[32];

		fmt_count(im->n.rejected, n);
		rc = fail(NX_DATA, P_("%s: %s invalid row; nothing imported (fix it, or use --skip-invalid)",
				      "%s: %s invalid rows; nothing imported (fix them, or use --skip-invalid)",
				      im->n.rejected),
			  im->name, n);
		goto out;
	}
	if (rehearse) {
		db_rollback(&a->db);
		im->dry_run = 1;
	} else if (!im->dry_run && ((rc = impor_finish(im, in->sha_hex)) || (rc = db_commit(&a->db)))) {
		goto out;
	}
	if (has_reject && (rc = atomic_commit(&rej))) {
		has_reject = 0;
		fail(rc, _("%s: the import is done, but the rejected rows are only in the messages above"),
		     im->name);
		goto out;
	}
	has_reject = 0;
	summary(im);
	rc = im->n.rejected ? NX_DATA : 0;
out:
	if (has_reject)
		atomic_abort(&rej);
	db_rollback(&a->db);
	return rc;
}

int cmd_import(struct app *a, int argc, char **argv)
{
	enum { O_SKIP = 1000, O_REJECT, O_UPDATE, O_IGNORE, O_DELIM, O_FORCE, O_ASAL };
	static const struct option lo[] = {
		{ "skip-invalid", no_argument, NULL, O_SKIP },
		{ "reject", required_argument, NULL, O_REJECT },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "update", no_argument, NULL, O_UPDATE },
		{ "force", no_argument, NULL, O_FORCE },
		{ "ignore-unknown", no_argument, NULL, O_IGNORE },
		{ "delimiter", required_argument, NULL, O_DELIM },
		{ "asal", required_argument, NULL, O_ASAL },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *reject_path = NULL;
	int c, rc, skip_invalid = 0;
	struct impor im;
	struct csvin in;

	memset(&im, 0, sizeof im);
	memset(&in, 0, sizeof in);
	im.quiet = a->quiet;
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
			skip_invalid = 1;
			break;
		case O_REJECT:
			reject_path = optarg;
			break;
		case O_UPDATE:
			im.update = 1;
			break;
		case O_FORCE:
			im.force = 1;
			break;
		case O_IGNORE:
			im.ignore_unknown = 1;
			break;
		case O_ASAL:
			if (!*optarg)
				return usage_error("import", _("--asal needs the name of the agency the file came from"));
			im.asal = optarg;
			break;
		case O_DELIM:
			if ((rc = opt_delimiter("import", optarg, &in.delim)))
				return rc;
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind + 1 != argc)
		return usage_error("import", _("expected one file (or - for standard input)"));
	if (reject_path && !skip_invalid)
		return usage_error("import", _("--reject needs --skip-invalid"));
	if (im.force && !im.update)
		return usage_error("import", _("--force goes with --update"));
	if ((rc = app_today(a, &im.today)) || (rc = app_open_input(argv[optind], &in)))
		return rc;
	im.name = in.name;
	im.in = &in;
	im.op = a->operator;
	rc = run(a, &im, &in, reject_path, skip_invalid);
	if (in.fp && in.fp != stdin)
		fclose(in.fp);
	impor_free(&im);
	return rc;
}
