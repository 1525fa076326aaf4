/* The run of a small import (impor.h). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "netral/cegah/unit.h"
#include "netral/cli/impor.h"
#include "netral/cli/opt.h"
#include "netral/io/atomic.h"
#include "netral/io/format.h"
#include "netral/util/msg.h"

int app_import_opts(int argc, char **argv, const char *help, int with_pemilihan,
		    struct app_impor *o)
{
	enum { O_SKIP = 1000, O_REJECT, O_DELIM, O_PEMILIHAN };
	static const struct option lo[] = {
		{ "skip-invalid", no_argument, NULL, O_SKIP },
		{ "reject", required_argument, NULL, O_REJECT },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "delimiter", required_argument, NULL, O_DELIM },
		{ "pemilihan", required_argument, NULL, O_PEMILIHAN },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c, rc;

	while ((c = next_opt(argc, argv, ":hnq", lo, o->cmd)) != -1) {
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
		case O_DELIM:
			if ((rc = opt_delimiter(o->cmd, optarg, &o->delim)))
				return rc;
			break;
		case O_PEMILIHAN:
			if (!with_pemilihan)
				return usage_error(o->cmd, _("unknown option '--pemilihan'"));
			o->pemilihan = optarg;
			break;
		default:
			return NX_USAGE;
		}
	}
	if (optind + 1 != argc)
		return usage_error(o->cmd, _("expected one file (or - for standard input)"));
	if (o->reject && !o->skip_invalid)
		return usage_error(o->cmd, _("--reject needs --skip-invalid"));
	o->path = argv[optind];
	return -1;
}

int app_open_input(const char *arg, struct csvin *in)
{
	struct stat sb;

	if (strcmp(arg, "-") == 0) {
		in->name = "stdin";
		in->fp = stdin;
		return 0;
	}
	in->name = arg;
	if (!(in->fp = fopen(arg, "r")))
		return fail(NX_IO, _("cannot open '%s': %s"), arg, strerror(errno));
	if (fstat(fileno(in->fp), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(in->fp);
		in->fp = NULL;
		return fail(NX_USAGE, _("'%s' is a directory"), arg);
	}
	return 0;
}

static void summary(const struct app_impor *o, const struct csvtable *t)
{
	char a[32], b[32], c[32], d[32];

	if (o->quiet)
		return;
	if (o->said && o->said->len)
		fputs(o->said->buf, stdout);
	fmt_count(t->n[CT_NEW], a);
	fmt_count(t->n[CT_UPDATED], b);
	fmt_count(t->n[CT_SAME], c);
	fmt_count(t->rejected, d);
	if (o->updates)
		printf(o->dry_run ? _("dry run: would import %s, update %s, unchanged %s, rejected %s; nothing written\n") :
		       _("imported %s, updated %s, unchanged %s, rejected %s\n"), a, b, c, d);
	else
		printf(o->dry_run ? _("dry run: would import %s, duplicates %s, rejected %s; nothing written\n") :
		       _("imported %s, duplicates %s, rejected %s\n"), a, c, d);
}

/* Read, decide, commit: the rows and the reject file, or neither. */
static int run(struct app *a, struct app_impor *o, struct csvtable *t, struct csvin *in)
{
	struct atomic_file rej;
	struct csvout rejout;
	int rc, has_reject = 0, committed = 0;

	if (o->reject && !o->dry_run) {
		if ((rc = atomic_open(&rej, o->reject, 0600)))
			return rc;
		csvout_init(&rejout, rej.fp);
		t->reject = &rejout;
		has_reject = 1;
	}
	if ((rc = db_begin(&a->db)) || (rc = csvtable_read(t, in)))
		goto out;
	if (in->lines == 0) {
		rc = fail(NX_DATA, _("%s: empty file (a header row is needed)"), in->name);
		goto out;
	}
	if (t->rejected && !o->skip_invalid) {
		char n[32];

		fmt_count(t->rejected, n);
		rc = fail(NX_DATA, P_("%s: %s invalid row; nothing imported (fix it, or use --skip-invalid)",
				      "%s: %s invalid rows; nothing imported (fix them, or use --skip-invalid)",
				      t->rejected), in->name, n);
		goto out;
	}
	if (!o->dry_run && (rc = db_commit(&a->db)))
		goto out;
	committed = !o->dry_run;
	if (has_reject && (rc = atomic_commit(&rej))) {
		has_reject = 0;
		fail(rc, _("%s: the import is done, but the rejected rows are only in the messages above"),
		     in->name);
		goto out;
	}
	has_reject = 0;
	summary(o, t);
	rc = t->rejected ? NX_DATA : 0;
out:
	if (rc && rc != NX_DATA && !o->dry_run && !committed)
		fail(rc, _("%s: nothing imported"), in->name);
	if (has_reject)
		atomic_abort(&rej);
	db_rollback(&a->db);
	return rc;
}

int app_import_run(struct app *a, struct app_impor *o, struct csvtable *t)
{
	struct csvin in;
	int rc;

	memset(&in, 0, sizeof in);
	in.delim = o->delim;
	if (o->dry_run && !app_db_exists(a))
		return fail(NX_NOTFOUND, _("no database yet: 'netral init' creates it (a dry run writes nothing)"));
	if ((rc = app_open(a, DB_WRITE)) || (rc = app_open_input(o->path, &in)))
		return rc;
	rc = run(a, o, t, &in);
	if (in.fp && in.fp != stdin)
		fclose(in.fp);
	return rc;
}

int app_cegah_import(struct app *a, int argc, char **argv, const char *help, int with_pemilihan,
		     struct app_impor *o, const char *const *cols, unsigned required,
		     int (*row)(void *, const char *const *, long, struct err *, int *),
		     struct cegah_impor *im)
{
	struct csvtable t;
	int rc;

	memset(im, 0, sizeof *im);
	memset(&t, 0, sizeof t);
	o->quiet = a->quiet;
	if ((rc = app_import_opts(argc, argv, help, with_pemilihan, o)) >= 0 ||
	    (rc = app_today(a, &im->today)))
		return rc;
	t.cols = cols;
	t.required = required;
	t.row = row;
	t.ctx = im;
	im->d = &a->db;
	im->r = &a->rules;
	im->op = a->operator;
	im->pemilihan = o->pemilihan;
	o->said = &im->said;
	return app_import_run(a, o, &t);
}

int app_unit_arg(struct app *a, int argc, char **argv, long long *unit_id)
{
	char name[UNIT_NAMA_MAX + 1];
	struct err e;
	int rc;

	*unit_id = 0;
	if (optind >= argc)
		return 0;
	rc = cegah_unit_of(&a->db, argv[optind], unit_id, name, &e);
	return rc < 0 ? fail(NX_NOTFOUND, "%s", e.msg) : rc;
}
