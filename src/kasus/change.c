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

/* The classification the event log follows: the contest and the derived
 * columns it is in the fingerprint with. */
enum { C_PEMILIHAN, C_DISIMPULKAN, C_PERIODE, C_TAHAP, C_JENIS, C_KODE, C_RULESET, C_COUNT };
static const int class_cols[C_COUNT] = {
	COL_PEMILIHAN, COL_PEMILIHAN_DISIMPULKAN, COL_PERIODE, COL_TAHAP, COL_JENIS,
	COL_KODE, COL_RULESET
};

static void class_values(const struct kasus *k, char v[C_COUNT][48])
{
	struct kasus_row row;

	kasus_row_of(k, &row);
	for (int i = 0; i < C_COUNT; i++)
		snprintf(v[i], 48, "%s", row.v[class_cols[i]] ? row.v[class_cols[i]] : "");
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
	if (!rules_transition_ok(c->rules, from, to)) {
		char *next = rules_list_next(c->rules, from);

		err_set(e, _("a case cannot move from %s to %s (allowed from %s: %s)"),
			from, to, from, next);
		free(next);
		return err_at(e, F_STATUS);
	}
	return 0;
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

int kasus_change(struct db *d, const char *nomor, const char *const vals[F_COUNT],
		 struct change *c, struct err *e,
		 struct strbuf *warnings)
{
	struct kasus *old = xmalloc(sizeof *old), *new = xmalloc(sizeof *new);
	char cold[C_COUNT][48], cnew[C_COUNT][48];
	long long id;
	int rc, any = 0;

	c->fields = c->reclassified = c->changed = 0;
	c->klas_old[0] = c->klas_new[0] = '\0';
	if ((rc = kasus_load(d, c->rules, nomor, old, &id)))
		goto out;
	kasus_copy(new, old);
	for (int f = 0; f < F_COUNT; f++) {
		if (!vals[f])
			continue;
		new->today = c->today;
		if (kasus_set(new, f, vals[f], c->rules, e) < 0) {
			rc = NX_DATA;
			goto out;
		}
	}
	if (kasus_finish(new, c->rules, e, warnings) < 0 || check_move(old, new, c, nomor, e) < 0 ||
	    accept(old, new, c, e, warnings) < 0) {
		rc = NX_DATA;
		goto out;
	}
	if ((rc = kasus_stored(d, id, class_cols, C_COUNT, cold)))
		goto out;
	for (int f = 0; f < F_COUNT && !rc; f++) {
		const char *a = or_empty(kasus_value(old, f)), *b = or_empty(kasus_value(new, f));

		/* the contest is compared with the classification below */
		if (f == F_PEMILIHAN || strcmp(a, b) == 0)
			continue;
		c->fields++;
		any = 1;
		if (c->report && (field_def(f)->flags & CF_PRIVATE))
			/* someone else's personal data: the old value stays unsaid */
			sb_printf(c->report, _("%s: changed (history --kontak shows it)\n"), field_def(f)->name);
		else if (c->report)
			sb_printf(c->report, "%s: %s → %s\n", field_def(f)->name, *a ? a : "-",
				  *b ? b : "-");
		rc = audit_changed(d, id, c->op, f == F_STATUS ? "status" : c->event_kind,
				   field_def(f)->name, a, b, c->catatan, c->tanggal);
	}
	class_values(new, cnew);
	for (int i = 0; i < C_COUNT && !rc; i++) {
		if (strcmp(cold[i], cnew[i]) == 0)
			continue;
		any = 1;
		if (i >= C_TAHAP)
			c->reclassified = 1;
		/* a contest given by the user is a field; an inferred one is derived */
		rc = audit_changed(d, id, c->op,
				   i == C_PEMILIHAN && vals[F_PEMILIHAN] && !new->klas.disimpulkan ?
				   c->event_kind : "klasifikasi",
				   kasus_columns[class_cols[i]].name, cold[i], cnew[i], c->catatan, NULL);
	}
	if (c->reclassified) {
		snprintf(c->klas_old, sizeof c->klas_old, "%.30s %.8s (%.20s)", cold[C_JENIS],
			 cold[C_KODE], cold[C_TAHAP]);
		snprintf(c->klas_new, sizeof c->klas_new, "%.30s %.8s (%.20s)", cnew[C_JENIS],
			 cnew[C_KODE], cnew[C_TAHAP]);
	}
	c->changed = any;
	if (!rc && any)
		rc = kasus_update(d, id, new);
out:
	free(old);
	free(new);
	return rc;
}
