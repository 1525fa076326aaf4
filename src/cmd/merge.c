/* netral merge (gabung): a case that repeats another is merged into it: voided,
 * pointing at the case it repeats, both histories kept. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/alias.h"
#include "netral/kasus/change.h"
#include "netral/kasus/kasus.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

static const char help_text[] = N_(
"usage: netral merge CASE DUPLICATE [--catatan TEXT] [--tanggal D] [--force]\n"
"\n"
"Merges DUPLICATE, a second record of the act CASE records, into CASE:\n"
"DUPLICATE moves to the void status (batal) with gabung_ke CASE and the\n"
"reason (--catatan, else 'digabung ke CASE'), and is left out of every\n"
"count and list from then on.  CASE takes DUPLICATE's report number and\n"
"source as its aliases (and those merged into DUPLICATE before), so that\n"
"an import naming either finds CASE.  Both cases keep their histories;\n"
"show CASE names the cases merged into it and its aliases.\n"
"Two cases of different persons (the NIP, else the name) are refused,\n"
"naming what differs, unless --force; a different day or act is said.\n");

struct merge {
	struct app *a;
	const char *into, *reason;
};

/* The differences of two cases: a different person refused unless
 * forced, a different day or act said.  Returns an exit status. */
static int same_person(struct app *a, const char *into, const char *dup, int force)
{
	struct strbuf person = STRBUF_INIT, act = STRBUF_INIT;
	int rc;

	if ((rc = kasus_merge_differs(&a->db, into, dup, &person, &act)))
		goto out;
	if (person.len && !force)
		rc = fail(NX_DATA, _("%s and %s are not the same person (%s%s%s): not merged; --force merges them all the same"),
			  into, dup, person.buf, act.len ? "; " : "", sb_str(&act));
	else if ((person.len || act.len) && !a->quiet)
		warning(_("%s and %s differ (%s%s%s): merged as asked"), into, dup, sb_str(&person),
			person.len && act.len ? "; " : "", sb_str(&act));
out:
	sb_free(&person);
	sb_free(&act);
	return rc;
}

/* In the merge's transaction, once the duplicate is void: the case kept
 * takes its report numbers and sources, logged with the merge's reason. */
static int take_aliases(void *ctx, const struct change *c, const char *dup)
{
	struct merge *m = ctx;

	(void)c;
	return kasus_alias_take(&m->a->db, m->a->operator, m->into, dup, m->reason);
}

/* The void status that records the case merged into (status.csv: not
 * counted, gabung_ke among what it records). */
static const char *void_status(const struct rules *r)
{
	for (size_t i = 0; i < r->status.n; i++)
		if (!r->status.v[i].dihitung && rules_names(r->status.v[i].mencatat, "gabung_ke"))
			return r->status.v[i].kode;
	return NULL;
}

/* Whether case nomor is void (a status not counted), and the case it was
 * merged into ("" if none).  Returns 1 or 0, or minus an exit status. */
static int void_case(struct app *a, const char *nomor, char into[32])
{
	struct kasus *k = xmalloc(sizeof *k);
	const struct status *s;
	long long id;
	int rc;

	*into = '\0';
	if ((rc = kasus_load_quiet(&a->db, &a->rules, nomor, k, &id))) {
		free(k);
		return -rc;
	}
	s = rules_status(&a->rules, kasus_value(k, F_STATUS));
	rc = s && !s->dihitung;
	if (rc && kasus_value(k, F_GABUNG_KE))
		snprintf(into, 32, "%s", kasus_value(k, F_GABUNG_KE));
	free(k);
	return rc;
}

/* The case merged into is counted; the duplicate is not void yet, or
 * already merged into it (a second run: *done).  Returns an exit status. */
static int cases_ok(struct app *a, const char *into, const char *dup, int *done)
{
	char was[32];
	int rc;

	*done = 0;
	if ((rc = void_case(a, into, was)) < 0)
		return -rc;
	if (rc)
		return fail(NX_DATA, _("%s is void (%s): merge into the case it was merged into"), into,
			    *was ? was : _("not counted"));
	if ((rc = void_case(a, dup, was)) < 0)
		return -rc;
	if (rc && strcmp(was, into) == 0)
		*done = 1;
	else if (rc && *was)
		return fail(NX_DATA, _("%s is void (merged into %s): a void case is final"), dup, was);
	else if (rc)
		return fail(NX_DATA, _("%s is void: a void case is final"), dup);
	return 0;
}

int cmd_gabung(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "catatan", required_argument, NULL, 'c' },
		{ "tanggal", required_argument, NULL, 't' },
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *vals[F_COUNT] = { 0 }, *catatan = NULL, *tanggal = NULL, *v;
	char into[32], dup[32], day[DATE_ISO_LEN], reason[64], batal[64];
	const struct date *today;
	struct change c;
	struct merge m = { a, NULL, NULL };
	int ch, rc, done, force = 0;

	while ((ch = next_opt(a, argc, argv, ":h", lo, "merge")) != -1) {
		if (ch == 'h')
			return print_help(help_text);
		if (ch == 'c')
			catatan = optarg;
		else if (ch == 't')
			tanggal = optarg;
		else if (ch == 'f')
			force = 1;
		else
			return NX_USAGE;
	}
	if (optind + 2 != argc)
		return usage_error("merge", _("expected the case and its duplicate"));
	if ((rc = arg_case("merge", argv[optind], into)) ||
	    (rc = arg_case("merge", argv[optind + 1], dup)))
		return rc;
	if (strcmp(into, dup) == 0)
		return usage_error("merge", _("a case cannot be merged into itself"));
	if ((rc = app_today(a, &today)) || (rc = app_move_day(a, tanggal, day)))
		return rc;
	if ((rc = app_open(a, DB_READ)) || (rc = cases_ok(a, into, dup, &done)))
		return rc;
	if (done) {
		printf(_("%s: already merged into %s\n"), dup, into);
		return 0;
	}
	if ((rc = same_person(a, into, dup, force)))
		return rc;
	if (!(v = void_status(&a->rules)))
		return fail(NX_DATA, _("the rules have no void status recording gabung_ke (status.csv)"));
	/* the write below opens the database, and its rules, again */
	snprintf(batal, sizeof batal, "%s", v);
	/* stored data, in the language of the codes, whatever the locale */
	snprintf(reason, sizeof reason, "digabung ke %s", into);
	vals[F_STATUS] = batal;
	vals[F_GABUNG_KE] = into;
	vals[F_BATAL_ALASAN] = catatan ? catatan : reason;
	app_change_init(a, &c, "status");
	c.today = today;
	c.tanggal = day;
	c.catatan = catatan;
	c.status_moves = 1;
	m.into = into;
	m.reason = vals[F_BATAL_ALASAN];
	if ((rc = app_change(a, dup, vals, &c, take_aliases, &m)))
		return rc;
	printf(_("%s: merged into %s (%s → %s)\n"), dup, into, c.status_old, c.status_new);
	return 0;
}
