/* A prevention record's commands from its descriptor (record.h). */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "netral/cli/opt.h"
#include "netral/cli/record.h"
#include "netral/cli/sub.h"
#include "netral/io/listing.h"
#include "netral/util/ident.h"
#include "netral/util/text.h"

#define MAX_FIELDS 32

/* The options of a record's fields, and --alasan when alasan is given. */
static int record_args(struct app *a, int argc, char **argv, const char *cmd, const char *help,
		       const struct cegah_record *rec, const char **v, const char **alasan)
{
	struct option lo[MAX_FIELDS + 3];
	int c, n = 0, arg = -1;

	for (int f = 0; f < rec->n && f < MAX_FIELDS; f++) {
		v[f] = NULL;
		if (rec->f[f].opt)
			lo[n++] = (struct option){ rec->f[f].opt, required_argument, NULL, 1000 + f };
		else if (rec->f[f].type != CT_NOMOR)
			arg = f;
	}
	if (alasan)
		lo[n++] = (struct option){ "alasan", required_argument, NULL, 'a' };
	lo[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[n] = (struct option){ NULL, 0, NULL, 0 };
	while ((c = next_opt(a, argc, argv, ":h", lo, cmd)) != -1) {
		if (c == 'h')
			return print_help(help);
		if (c == 'a' && alasan)
			*alasan = optarg;
		else if (c < 1000)
			return NX_USAGE;
		else
			v[c - 1000] = optarg;
	}
	/* files are the arguments of a kind that has them (the caller reads
	 * them from optind on); of every other kind's 'add', a unit */
	if (arg >= 0 && rec->f[arg].type == CT_FILES)
		return optind < argc ? -1 : usage_error(cmd, _("expected the files sent"));
	if (arg >= 0 && optind + 1 != argc)
		return usage_error(cmd, _("expected the unit's name"));
	if (arg < 0 && optind < argc)
		return usage_error(cmd, _("unexpected argument '%s'"), argv[optind]);
	if (arg >= 0)
		v[arg] = argv[optind];
	return alasan ? app_reason_given(cmd, *alasan) : -1;
}

int app_record_args(struct app *a, int argc, char **argv, const char *cmd, const char *help,
		    const struct cegah_record *rec, const char **v)
{
	return record_args(a, argc, argv, cmd, help, rec, v, NULL);
}

int app_record_correction_args(struct app *a, int argc, char **argv, const char *cmd,
			       const char *help, const struct cegah_record *rec, const char **v,
			       const char **alasan)
{
	*alasan = NULL;
	return record_args(a, argc, argv, cmd, help, rec, v, alasan);
}

int app_reason_given(const char *cmd, const char *alasan)
{
	struct err e;

	/* blanks alone say nothing; the reason is shown in history, at a
	 * terminal: no control character */
	if (!alasan || !alasan[strspn(alasan, " \t\r\n")])
		return usage_error(cmd, _("--alasan is required: a correction says why"));
	if (text_check(alasan, strlen(alasan), TEXT_MULTILINE, &e) < 0)
		return fail(NX_DATA, "--alasan: %s", e.msg);
	return -1;
}

int app_reason_args(struct app *a, int argc, char **argv, const char *cmd, const char *help,
		    int nargs, const char **alasan)
{
	static const struct option lo[] = {
		{ "alasan", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	*alasan = NULL;
	while ((c = next_opt(a, argc, argv, ":h", lo, cmd)) != -1) {
		if (c == 'h')
			return print_help(help);
		if (c != 'a')
			return NX_USAGE;
		*alasan = optarg;
	}
	if (argc - optind != nargs)
		return usage_error(cmd, nargs == 1 ? _("expected the unit's name") :
				   _("expected the unit's name and its new name"));
	return app_reason_given(cmd, *alasan);
}

int app_record_refused(const struct cegah_record *rec, const struct err *e)
{
	const struct cegah_field *f = &rec->f[e->field];

	if (!f->opt)
		return fail(NX_DATA, "%s: %s", rec->arg, e->msg);
	return fail(NX_DATA, "--%s: %s", f->opt, e->msg);
}

struct list_ctx {
	const struct cegah_record *rec;
	int field[MAX_FIELDS], n;
	struct listing l;
};

static int list_row(void *ctx, const void *obj)
{
	struct list_ctx *c = ctx;
	const char *v[MAX_FIELDS];
	char buf[MAX_FIELDS][24], spaced[MAX_FIELDS][32];

	for (int i = 0; i < c->n; i++) {
		v[i] = cegah_value(c->rec, obj, c->field[i], buf[i]);
		/* spaced, as the case list writes NIPs: a spreadsheet keeps the text */
		if (c->rec->f[c->field[i]].type == CT_NIP && *v[i]) {
			nip_spaced(v[i], spaced[i]);
			v[i] = spaced[i];
		}
	}
	listing_row(&c->l, v);
	return 0;
}

int app_record_list(struct app *a, int argc, char **argv, const char *cmd, const char *help,
		    const struct cegah_record *rec, int by_unit, const int *only, const char *none)
{
	struct list_ctx c = { .rec = rec };
	const char *cols[MAX_FIELDS];
	unsigned numeric = 0;
	long long unit_id = 0;
	enum format fmt;
	int rc, excel;

	if ((rc = app_list_opts(a, argc, argv, cmd, help, by_unit, &fmt, &excel)) >= 0 ||
	    (rc = app_open(a, DB_READ)) || (by_unit && (rc = app_unit_arg(a, argc, argv, &unit_id))))
		return rc;
	for (int f = 0; c.n < MAX_FIELDS && (only ? only[c.n] >= 0 : f < rec->n); f++) {
		c.field[c.n] = only ? only[c.n] : f;
		cols[c.n] = rec->cols[c.field[c.n]];
		numeric |= (unsigned)(rec->f[c.field[c.n]].type == CT_COUNT) << c.n;
		c.n++;
	}
	listing_begin(&c.l, stdout, fmt, excel, cols, (size_t)c.n, numeric);
	rc = cegah_each(&a->db, rec, unit_id, list_row, &c);
	listing_end(&c.l, none);
	return rc;
}
