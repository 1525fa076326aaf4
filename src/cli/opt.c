/* Option parsing shared by the commands (opt.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/cli/opt.h"
#include "netral/db/backup.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

enum { G_DB = 3000, G_OPERATOR, G_QUIET };

int usage_error(const char *cmd, const char *fmt, ...)
{
	char prefix[64];
	va_list ap;

	snprintf(prefix, sizeof prefix, "netral %s: ", cmd);
	va_start(ap, fmt);
	vreport(prefix, fmt, ap);
	va_end(ap);
	report_hint(_("try 'netral %s --help'\n"), cmd);
	return NX_USAGE;
}

/* The command's options and the global ones after them: the command's
 * own spelling wins (import has a -q of its own). */
static void with_globals(const struct option *lo, const char *shortopts,
			 struct option all[64], char *shortbuf, size_t cap)
{
	static const struct option g[] = {
		{ "db", required_argument, NULL, G_DB },
		{ "operator", required_argument, NULL, G_OPERATOR },
		{ "quiet", no_argument, NULL, G_QUIET },
	};
	size_t n = 0, len = strlen(shortopts);

	while (lo[n].name && n + 4 < 64) {
		all[n] = lo[n];
		n++;
	}
	for (size_t i = 0; i < sizeof g / sizeof *g; i++)
		all[n++] = g[i];
	all[n] = (struct option){ NULL, 0, NULL, 0 };
	memcpy(shortbuf, shortopts, len + 1);
	if (!strchr(shortopts, 'q') && len + 2 <= cap) {
		shortbuf[len] = 'q';
		shortbuf[len + 1] = '\0';
	}
}

static int take_global(struct app *a, int c, const char *arg)
{
	switch (c) {
	case G_DB:
		a->db_opt = arg;
		return 0;
	case G_OPERATOR:
		return audit_operator(arg, a->operator) < 0 ? NX_USAGE : 0;
	default:
		a->quiet = 1;
		return 0;
	}
}

int next_opt(struct app *a, int argc, char **argv, const char *shortopts,
	     const struct option *lo, const char *cmd)
{
	struct option all[64];
	char sbuf[64];
	int c;

	with_globals(lo, shortopts, all, sbuf, sizeof sbuf);
	opterr = 0;
	for (;;) {
		c = getopt_long(argc, argv, sbuf, all, NULL);
		if (c == 'q' && !strchr(shortopts, 'q'))
			c = G_QUIET;
		if (c < G_DB || c > G_QUIET)
			break;
		if (take_global(a, c, optarg))
			return '?';
	}
	if (c == '?') {
		if (optopt && optopt < 256)
			usage_error(cmd, _("unknown option '-%c'"), optopt);
		else
			usage_error(cmd, _("unknown option '%s'"), argv[optind - 1]);
		return '?';
	}
	if (c == ':') {
		usage_error(cmd, _("option '%s' needs a value"), argv[optind - 1]);
		return '?';
	}
	return c;
}

int print_help(const char *text)
{
	fputs(_(text), stdout);
	return 0;
}

int out_option(const char *cmd, int c, const char *arg, struct out_opts *o)
{
	switch (c) {
	case 'f':
		o->fmt_given = 1;
		if (format_parse(arg, &o->fmt) < 0 || (o->fmt == FMT_XLSX && !o->xlsx))
			return -usage_error(cmd, o->xlsx ? _("unknown format '%s' (table, csv, json, xlsx)") :
					    _("unknown format '%s' (table, csv, json)"), arg);
		return 1;
	case 'x':
		o->excel = 1;
		return 1;
	case 'o':
		o->output = arg;
		return 1;
	case OPT_RAW:
		o->raw = 1;
		return 1;
	case OPT_BOM:
		o->bom = 1;
		return 1;
	case OPT_CRLF:
		o->crlf = 1;
		return 1;
	case OPT_DELIM:
		return opt_delimiter(cmd, arg, &o->delim) ? -NX_USAGE : 1;
	default:
		return 0;
	}
}

int opt_number(const char *cmd, const char *name, const char *arg, long min, long max,
	       long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (end == arg || *end || errno || v < min || v > max)
		return usage_error(cmd, _("%s: '%s' is not a whole number from %ld to %ld"), name, arg,
				   min, max);
	*out = v;
	return 0;
}

int opt_delimiter(const char *cmd, const char *arg, char *out)
{
	if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0)
		*out = '\t';
	else if (strlen(arg) == 1 && !strchr("\"\r\n", *arg))
		*out = *arg;
	else
		return usage_error(cmd, _("the delimiter must be one character or 'tab', not '%s'"), arg);
	return 0;
}

int arg_case(const char *cmd, const char *arg, char nomor[32])
{
	if (nomor_normalise(arg, nomor) < 0)
		return usage_error(cmd, _("'%s' is not a case number (like 2024-0007)"), arg);
	return 0;
}

struct cases {
	char (*v)[32];
	size_t n, cap;
};

static void add_case(struct cases *c, const char *nomor)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->v[i], nomor) == 0)
			return;
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->v = xrealloc(c->v, c->cap * sizeof *c->v);
	}
	snprintf(c->v[c->n++], 32, "%s", nomor);
}

static int cases_from_stdin(const char *cmd, struct cases *c)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long lineno = 0;
	int rc = 0;

	while (!rc && (len = getline(&line, &cap, stdin)) >= 0) {
		char *save = NULL;

		lineno++;
		/* a NUL would end the line early: what follows it unread, the
		 * list taken for shorter than it is */
		if (memchr(line, '\0', (size_t)len)) {
			rc = usage_error(cmd, _("standard input, line %ld: a NUL byte: not a list of case numbers"),
					 lineno);
			break;
		}
		for (char *t = strtok_r(line, " \t\r\n", &save); t && !rc; t = strtok_r(NULL, " \t\r\n", &save)) {
			char nomor[32];

			if (nomor_normalise(t, nomor) < 0)
				rc = usage_error(cmd, _("standard input, line %ld: '%s' is not a case number"),
						 lineno, t);
			else
				add_case(c, nomor);
		}
	}
	free(line);
	if (!rc && ferror(stdin))
		rc = fail(NX_IO, _("cannot read standard input"));
	return rc;
}

int arg_cases(const char *cmd, char **args, int n, char (**out)[32], size_t *count)
{
	struct cases c = { NULL, 0, 0 };
	int rc = 0, piped = 0;

	for (int i = 0; i < n && !rc; i++) {
		char nomor[32];

		if (strcmp(args[i], "-") == 0 && (piped = 1))
			rc = cases_from_stdin(cmd, &c);
		else if (!(rc = arg_case(cmd, args[i], nomor)))
			add_case(&c, nomor);
	}
	/* an empty selection piped in is nothing to do, not a mistake */
	if (!rc && c.n == 0 && !piped)
		rc = usage_error(cmd, _("no case numbers given"));
	if (rc) {
		free(c.v);
		return rc;
	}
	*out = c.v;
	*count = c.n;
	return 0;
}

int field_options(struct option *lo, char names[][32], int kind)
{
	int n = 0;

	for (int f = 0; f < F_COUNT; f++) {
		const struct column_def *def = field_def(f);

		if (kind && def->kind != kind)
			continue;
		snprintf(names[n], 32, "%s", def->name);
		for (char *p = names[n]; *p; p++)
			if (*p == '_')
				*p = '-';
		lo[n] = (struct option){ names[n], def->flags & CF_BOOL ? optional_argument :
					 required_argument, NULL, FIELD_OPT + f };
		n++;
	}
	return n;
}

const char *field_optarg(enum field f, const char *arg)
{
	return arg ? arg : field_def(f)->flags & CF_BOOL ? "1" : "";
}

int out_begin(const struct out_opts *o, mode_t mode, struct out_file *f)
{
	int rc;

	f->fp = stdout;
	f->x = NULL;
	f->open = 0;
	if (o->output && o->db && db_file_of(o->db, o->output))
		return fail(NX_USAGE, _("'%s' is the database or one of its files; write to another file"),
			    o->output);
	if (o->fmt == FMT_XLSX && o->excel)
		return fail(NX_USAGE, _("--excel writes CSV; it does not go with --format xlsx"));
	if (o->fmt == FMT_XLSX && (o->raw || o->bom || o->crlf || o->delim))
		return fail(NX_USAGE, _("--raw, --bom, --crlf and --delimiter shape CSV; they do not go with --format xlsx"));
	if (o->fmt == FMT_XLSX) {
		f->fp = NULL;
		return xlsxout_create(o->output ? o->output : "-", &f->x);
	}
	if (!o->output)
		return 0;
	if ((rc = atomic_open(&f->af, o->output, mode)))
		return rc;
	f->fp = f->af.fp;
	f->open = 1;
	return 0;
}

int out_end(struct out_file *f, int rc)
{
	if (f->x) {
		struct xlsxout *x = f->x;

		f->x = NULL;
		if (!rc)
			return xlsxout_close(x);
		xlsxout_discard(x);
		return rc;
	}
	if (!f->open)
		return rc;
	f->open = 0;
	if (rc) {
		atomic_abort(&f->af);
		return rc;
	}
	return atomic_commit(&f->af);
}
