/* netral status: move a case along the workflow, recording the
 * recommendation (terbukti) or the imposed sanction (disanksi). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cli/prompt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/change.h"
#include "netral/kasus/kasus.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

static const char help_text[] = N_(
"usage: netral status CASE... NEW [--tanggal D] [--catatan TEXT] [--yes]\n"
"           [--rekomendasi-dari KASN|BKN|Bawaslu|internal] [--rekomendasi-sanksi CODE]\n"
"           [--rekomendasi-nomor NO] [--rekomendasi-tanggal D]\n"
"           [--sanksi CODE] [--sk-nomor NO] [--sk-tanggal D]\n"
"\n"
"Moves a case to a new status along the transitions of the rules:\n"
"dilaporkan -> verifikasi -> tidak_terbukti | terbukti -> disanksi -> selesai,\n"
"dilaporkan -> tidak_terbukti, and tidak_terbukti -> verifikasi to reopen.\n"
"\n"
"  --tanggal D             the day of the move (default today, and said)\n"
"  --catatan TEXT          a note for the history\n"
"  --yes                   move three or more cases without asking\n"
"Several cases move together or not at all; '-' reads case numbers from\n"
"standard input (as 'netral list --format ids' writes them).  On a\n"
"terminal, a move of three or more cases is confirmed first.\n"
"Moving to terbukti records the recommendation: --rekomendasi-dari and\n"
"--rekomendasi-sanksi are needed; --rekomendasi-tanggal defaults to --tanggal.\n"
"Moving to disanksi records the sanction the PPK imposed and its decree:\n"
"--sanksi (a code of the catalogue for the employee type) and --sk-nomor are\n"
"needed; --sk-tanggal defaults to --tanggal.  The days must follow each\n"
"other: the incident, the recommendation, the SK.  A sanction other than the\n"
"recommended one, or outside the matrix tier, is recorded with a warning.\n");

static int already(void *ctx, const struct change *c, const char *nomor)
{
	(void)ctx;
	if (strcmp(c->status_old, c->status_new) == 0 && !c->fields)
		return fail(NX_DATA, _("case %s is already %s"), nomor, c->status_new);
	return 0;
}

/* "--a, --b and --c" of the fields of list that have no value in vals. */
static int missing_options(const char *list, const char **vals, struct strbuf *sb)
{
	int n = 0, total = 0;

	for (int f = 0; f < F_COUNT; f++)
		total += rules_names(list, field_def(f)->name) && !vals[f];
	for (int f = 0; f < F_COUNT; f++) {
		char opt[40], *p;

		if (!rules_names(list, field_def(f)->name) || vals[f])
			continue;
		snprintf(opt, sizeof opt, "--%s", field_def(f)->name);
		for (p = opt; *p; p++)
			if (*p == '_')
				*p = '-';
		sb_printf(sb, "%s%s", n == 0 ? "" : n + 1 == total ? _(" and ") : ", ", opt);
		n++;
	}
	return n;
}

/* What the target status records (status.csv, mencatat and wajib): its
 * workflow options, and only its; the days default to the move's.  The
 * options it would need and lacks go into needs, for the caller to say
 * once it knows the move is possible at all. */
static int check_options(const struct rules *r, const char *to, const char **vals,
			 const char *day, struct strbuf *needs)
{
	const struct status *s = rules_status(r, to);
	struct strbuf sb = STRBUF_INIT, needed = STRBUF_INIT;
	int rc = 0;

	for (int f = 0; f < F_COUNT && s; f++) {
		const struct column_def *def = field_def(f);

		if (def->kind != KIND_WORKFLOW || !vals[f] || rules_names(s->mencatat, def->name))
			continue;
		for (size_t i = 0; i < r->status.n; i++)
			if (rules_names(r->status.v[i].mencatat, def->name))
				return usage_error("status", _("%s is recorded when moving to %s"),
						   def->name, r->status.v[i].kode);
	}
	/* the required fields this move records: options, the days defaulting
	 * to the move's; what it requires of earlier moves the case has */
	for (int f = 0; f < F_COUNT && s; f++) {
		const char *name = field_def(f)->name;

		if (!rules_names(s->wajib, name) || !rules_names(s->mencatat, name))
			continue;
		sb_printf(&needed, "%s ", name);
		if ((field_def(f)->flags & CF_DATE) && !vals[f])
			vals[f] = day;
	}
	if (s && missing_options(needed.buf, vals, &sb))
		sb_printf(needs, _("moving to %s needs %s"), s->kode, sb.buf);
	sb_free(&sb);
	sb_free(&needed);
	return rc;
}

/* The move itself before what it records: a case that cannot reach the
 * status is told so, not asked for a sanction it could not take.  Only
 * asked when options are missing: otherwise the change says it. */
static int reachable(struct app *a, char (*nomor)[32], size_t n, const char *to)
{
	struct kasus *k;
	struct err e;
	long long id;
	int rc = 0;

	if (!app_db_exists(a))
		return 0;
	k = xmalloc(sizeof *k);
	for (size_t i = 0; i < n && !rc; i++) {
		rc = kasus_load_quiet(&a->db, &a->rules, nomor[i], k, &id);
		if (rc || kasus_move_allowed(&a->rules, kasus_value(k, F_STATUS), to, 0, &e) == 0)
			continue;
		if (n > 1)
			rc = fail(NX_DATA, "%s: %s: %s", nomor[i], field_def(F_STATUS)->name, e.msg);
		else
			rc = fail(NX_DATA, "%s: %s", field_def(F_STATUS)->name, e.msg);
	}
	free(k);
	return rc;
}

static void moved(void *ctx, const struct change *c, const char *nomor, struct strbuf *out)
{
	(void)ctx;
	sb_printf(out, _("%s: %s → %s (%s)\n"), nomor, c->status_old, c->status_new, c->tanggal);
	sb_puts(out, sb_str(c->report));
	sb_reset(c->report);
}

/* What a move is asked with: the fields it records, its day and note. */
struct move {
	const char *vals[F_COUNT];
	const char *tanggal, *catatan;
	int yes;
	char day[DATE_ISO_LEN];
};

static int parse(struct app *a, int argc, char **argv, struct move *m)
{
	enum { O_TANGGAL = 2000, O_CATATAN, O_YES };
	struct option lo[F_COUNT + 5];
	char names[F_COUNT][32];
	int n, ch;

	n = field_options(lo, names, KIND_WORKFLOW);
	lo[n++] = (struct option){ "tanggal", required_argument, NULL, O_TANGGAL };
	lo[n++] = (struct option){ "catatan", required_argument, NULL, O_CATATAN };
	lo[n++] = (struct option){ "yes", no_argument, NULL, O_YES };
	lo[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[n] = (struct option){ NULL, 0, NULL, 0 };
	while ((ch = next_opt(a, argc, argv, ":h", lo, "status")) != -1) {
		if (ch == 'h')
			return print_help(help_text);
		if (ch == O_TANGGAL)
			m->tanggal = optarg;
		else if (ch == O_CATATAN)
			m->catatan = optarg;
		else if (ch == O_YES)
			m->yes = 1;
		else if (ch >= FIELD_OPT && ch < FIELD_OPT + F_COUNT && ch != FIELD_OPT + F_BLOKIR_SIASN)
			m->vals[ch - FIELD_OPT] = optarg;
		else
			return ch == FIELD_OPT + F_BLOKIR_SIASN ?
			       usage_error("status", _("the SIASN block is flagged with 'netral blokir'")) : NX_USAGE;
	}
	if (optind + 2 > argc)
		return usage_error("status", _("expected one or more case numbers and the new status"));
	m->vals[F_STATUS] = argv[argc - 1];
	return -1;
}

/* Before anything moves: what the new status needs, said for all cases
 * at once, and three or more moved only after a yes. */
static int ready(struct app *a, struct move *m, char (*nomor)[32], size_t ncases)
{
	struct strbuf needs = STRBUF_INIT;
	char to[64] = "";
	struct err e;
	int rc = 0;

	if (field_normalise(&a->rules, F_STATUS, m->vals[F_STATUS], to, sizeof to, &e) == 0 &&
	    ((rc = check_options(&a->rules, to, m->vals, m->day, &needs)) ||
	     (needs.len && ((rc = reachable(a, nomor, ncases, to)) ||
			    (rc = usage_error("status", "%s", needs.buf))))))
		goto out;
	if (ncases >= 3) {
		char q[160];

		snprintf(q, sizeof q, P_("move %zu case to %s?", "move %zu cases to %s?", ncases), ncases,
			 *to ? to : m->vals[F_STATUS]);
		if (!prompt_confirm(m->yes, q))
			rc = fail(NX_USAGE, _("nothing moved"));
	}
out:
	sb_free(&needs);
	return rc;
}

int cmd_status(struct app *a, int argc, char **argv)
{
	struct move m = { 0 };
	char (*nomor)[32] = NULL;
	const struct date *today;
	struct strbuf report = STRBUF_INIT;
	struct change c;
	size_t ncases;
	int rc;

	if ((rc = parse(a, argc, argv, &m)) >= 0)
		return rc;
	if ((rc = app_today(a, &today)) || (rc = app_move_day(a, m.tanggal, m.day)) ||
	    (rc = arg_cases("status", argv + optind, argc - optind - 1, &nomor, &ncases)))
		return rc;
	if (!ncases) {
		free(nomor);
		app_warnings(a, _("no case numbers on standard input: nothing changed\n"));
		return 0;
	}
	if (!(rc = app_open_rules(a)) && !(rc = ready(a, &m, nomor, ncases))) {
		app_change_init(a, &c, "status");
		c.today = today;
		c.catatan = m.catatan;
		c.tanggal = m.day;
		c.status_moves = 1;
		c.report = &report;
		rc = app_change_all(a, nomor, ncases, m.vals, &c, already, moved, NULL);
	}
	if (!rc && !m.tanggal && !a->quiet) {
		char day[64];

		/* a day netral chose is said, so that a move recorded late is
		 * not dated today unseen */
		date_words(today, day, sizeof day);
		printf(_("dated today, %s (--tanggal gives the day it happened)\n"), day);
	}
	sb_free(&report);
	free(nomor);
	return rc;
}
