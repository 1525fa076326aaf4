/* Applying changes to a recorded case, with one event per changed value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/kasus/change.h"
#include "netral/kasus/derive.h"
#include "netral/kasus/store.h"
#include "netral/rules/vocab.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

/* What follows from the fields, which the event log follows too: the
 * contest (inferred or given) and every derived column of the catalogue,
 * so that replaying the events reaches each state the case had. */
static int class_columns(int out[COL_COUNT])
{
	int n = 0;

	out[n++] = COL_PEMILIHAN;
	for (int c = 0; c < COL_COUNT; c++)
		if (kasus_columns[c].kind == KIND_DERIVED)
			out[n++] = c;
	return n;
}

/* The classification proper, which 'edit' reports as reclassified. */
static int classification(int c)
{
	return c == COL_TAHAP || c == COL_JENIS || c == COL_KODE || c == COL_RULESET;
}

static void class_values(const struct kasus *k, const int *cols, int n, char v[][48])
{
	struct kasus_row row;

	kasus_row_of(k, &row);
	for (int i = 0; i < n; i++)
		snprintf(v[i], 48, "%s", row.v[cols[i]] ? row.v[cols[i]] : "");
}

static int index_of(const int *cols, int n, int c)
{
	for (int i = 0; i < n; i++)
		if (cols[i] == c)
			return i;
	return 0;
}

/* A status move: allowed by the transitions, and recording what the new
 * status requires. */
static int check_move(const struct kasus *old, const struct kasus *new,
		      struct change *c, const char *nomor, struct err *e)
{
	const char *from = kasus_value(old, F_STATUS), *to = kasus_value(new, F_STATUS);

	snprintf(c->status_old, sizeof c->status_old, "%s", from);
	snprintf(c->status_new, sizeof c->status_new, "%s", to);
	if (strcmp(from, to) == 0)
		return 0;
	if (!c->status_moves) {
		err_set(e, _("the status is moved with 'netral status %s %s', which records the recommendation or the sanction"),
			nomor, to);
		return err_at(e, F_STATUS);
	}
	return kasus_move_allowed(c->rules, from, to, c->reopen, e);
}

int kasus_move_allowed(const struct rules *r, const char *from, const char *to, int reopen,
		       struct err *e)
{
	char *next;

	if (strcmp(from, to) == 0 || rules_transition_ok(r, from, to, reopen))
		return 0;
	next = rules_list_next(r, from);
	err_set(e, _("a case cannot move from %s to %s (allowed from %s: %s)"), from, to, from, next);
	free(next);
	return err_at(e, F_STATUS);
}

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

/* The gate of every entry (derive.h), with the day of a status move. */
static int accept(const struct kasus *old, struct kasus *new, const struct change *c,
		  struct err *e, struct strbuf *warnings)
{
	struct date day, *moved = NULL;

	if (strcmp(c->status_old, c->status_new) != 0 && c->tanggal &&
	    date_parse_iso(c->tanggal, &day) == 0)
		moved = &day;
	return kasus_entry_rules(new, old, c->rules, moved, e, warnings);
}

static int has_line(const char *buf, const char *line, size_t len)
{
	for (const char *p = buf; *p;) {
		const char *end = strchr(p, '\n');
		size_t n = end ? (size_t)(end - p) : strlen(p);

		if (n == len && memcmp(p, line, len) == 0)
			return 1;
		p += n + (end != NULL);
	}
	return 0;
}

/* A warning the case had before the change is not news: of the new
 * state's warnings, only those the old state lacked are passed on, so that
 * a mismatch accepted once is not repeated by every later command. */
static void news(const struct kasus *old, const struct rules *r, const char *fresh,
		 struct strbuf *out)
{
	struct kasus *was = xmalloc(sizeof *was);
	struct strbuf before = STRBUF_INIT;
	struct err e;

	kasus_copy(was, old);
	if (kasus_finish(was, r, &e, &before) == 0)
		(void)kasus_entry_rules(was, old, r, NULL, &e, &before);
	while (*fresh) {
		const char *end = strchr(fresh, '\n');
		size_t n = end ? (size_t)(end - fresh) : strlen(fresh);

		if (!has_line(sb_str(&before), fresh, n)) {
			sb_putn(out, fresh, n);
			sb_putc(out, '\n');
		}
		fresh += n + (end != NULL);
	}
	sb_free(&before);
	free(was);
}

/* A void case (batal: a mistake, a duplicate) is final on every path but
 * a reopening (reopen.h), with its reason: its fields stay as they were
 * voided, though a change of the rules may still reclassify it. */
static int void_is_final(const struct kasus *old, const struct kasus *new, const struct change *c,
			 const char *nomor, struct err *e)
{
	const struct status *s = rules_status(c->rules, kasus_value(old, F_STATUS));

	if (!s || s->dihitung || c->reopen)
		return 0;
	for (int f = 0; f < F_COUNT; f++) {
		const char *a = or_empty(kasus_value(old, f)), *b = or_empty(kasus_value(new, f));

		if (f == F_PEMILIHAN || strcmp(a, b) == 0)
			continue;
		err_set(e, _("case %s is void (%s): it is final, and its record stays as it was voided"),
			nomor, s->kode);
		err_at(e, F_STATUS);
		return NX_DATA;
	}
	return 0;
}

/* A move dated before the case's last one would make its history run
 * backwards. */
static int after_last_move(struct db *d, long long id, const struct change *c, struct err *e)
{
	char last[16];
	int rc;

	if (strcmp(c->status_old, c->status_new) == 0 || !c->tanggal)
		return 0;
	if ((rc = kasus_last_move(d, id, last)))
		return rc;
	if (*last && strcmp(c->tanggal, last) < 0) {
		err_set(e, _("the move on %s is before the case's previous move, on %s"), c->tanggal, last);
		err_at(e, F_STATUS);
		return NX_DATA;
	}
	return 0;
}

/* The fields that changed: an event each, said into the report. */
static int field_events(struct db *d, long long id, const struct kasus *old, const struct kasus *new,
			struct change *c)
{
	int rc = 0;

	for (int f = 0; f < F_COUNT && !rc; f++) {
		const char *a = or_empty(kasus_value(old, f)), *b = or_empty(kasus_value(new, f));

		/* the contest is compared with the classification */
		if (f == F_PEMILIHAN || strcmp(a, b) == 0)
			continue;
		c->fields++;
		if (c->report && (field_def(f)->flags & CF_PRIVATE))
			/* someone else's personal data: the old value stays unsaid */
			sb_printf(c->report, _("%s: changed (history --kontak shows it)\n"), field_def(f)->name);
		else if (c->report)
			sb_printf(c->report, "%s: %s → %s\n", field_def(f)->name, *a ? a : "-",
				  *b ? b : "-");
		rc = audit_changed(d, id, c->op, f == F_STATUS ? "status" : c->event_kind,
				   field_def(f)->name, a, b, c->catatan, c->tanggal);
	}
	return rc;
}

/* What follows from the fields that changed: an event each, and the
 * classification before and after when it moved. */
static int derived_events(struct db *d, long long id, const struct kasus *new, const char *const *vals,
			  struct change *c, const int *cols, int ncols, char cold[][48])
{
	char cnew[COL_COUNT][48];
	int rc = 0;

	class_values(new, cols, ncols, cnew);
	for (int i = 0; i < ncols && !rc; i++) {
		if (strcmp(cold[i], cnew[i]) == 0)
			continue;
		c->derived++;
		if (classification(cols[i]))
			c->reclassified = 1;
		/* a contest given by the user is a field; an inferred one is derived */
		rc = audit_changed(d, id, c->op,
				   cols[i] == COL_PEMILIHAN && vals[F_PEMILIHAN] && !new->klas.disimpulkan ?
				   c->event_kind : "klasifikasi",
				   kasus_columns[cols[i]].name, cold[i], cnew[i], c->catatan, NULL);
	}
	if (c->reclassified) {
		int j = index_of(cols, ncols, COL_JENIS), k = index_of(cols, ncols, COL_KODE),
		    t = index_of(cols, ncols, COL_TAHAP);

		snprintf(c->klas_old, sizeof c->klas_old, "%.30s %.8s (%.20s)", cold[j], cold[k], cold[t]);
		snprintf(c->klas_new, sizeof c->klas_new, "%.30s %.8s (%.20s)", cnew[j], cnew[k], cnew[t]);
	}
	return rc;
}

/* The case as the values make it, and the rules of a change: -1 with e
 * set when refused, else a status. */
static int changed_case(struct db *d, long long id, const struct kasus *old, struct kasus *new,
			const char *const *vals, struct change *c, const char *nomor, struct err *e,
			struct strbuf *fresh)
{
	int rc;

	kasus_copy(new, old);
	for (int f = 0; f < F_COUNT; f++) {
		if (!vals[f])
			continue;
		new->today = c->today;
		if (kasus_set(new, f, vals[f], c->rules, e) < 0)
			return NX_DATA;
	}
	if (kasus_finish(new, c->rules, e, fresh) < 0 || check_move(old, new, c, nomor, e) < 0 ||
	    accept(old, new, c, e, fresh) < 0)
		return NX_DATA;
	if ((rc = after_last_move(d, id, c, e)))
		return rc;
	return void_is_final(old, new, c, nomor, e);
}

int kasus_change(struct db *d, const char *nomor, const char *const vals[F_COUNT],
		 struct change *c, struct err *e,
		 struct strbuf *warnings)
{
	struct kasus *old = xmalloc(sizeof *old), *new = xmalloc(sizeof *new);
	char cold[COL_COUNT][48];
	struct strbuf fresh = STRBUF_INIT;
	int cols[COL_COUNT], ncols = class_columns(cols);
	long long id;
	int rc;

	/* a refusal fills e in; a failure of the database (a CHECK constraint
	 * gives NX_DATA too) is reported where it happens, and leaves it empty */
	e->msg[0] = '\0';
	e->field = -1;
	c->fields = c->derived = c->reclassified = c->changed = 0;
	c->klas_old[0] = c->klas_new[0] = '\0';
	/* the reason in words is for show: a change compares the results */
	if ((rc = kasus_load_quiet(d, c->rules, nomor, old, &id)) ||
	    (rc = changed_case(d, id, old, new, vals, c, nomor, e, &fresh)))
		goto out;
	if (warnings && fresh.len)
		news(old, c->rules, sb_str(&fresh), warnings);
	if (!(rc = kasus_stored(d, id, cols, ncols, cold)) && !(rc = field_events(d, id, old, new, c)))
		rc = derived_events(d, id, new, vals, c, cols, ncols, cold);
	c->changed = c->fields || c->derived;
	if (!rc && c->changed)
		rc = kasus_update(d, id, new);
out:
	sb_free(&fresh);
	free(old);
	free(new);
	return rc;
}
