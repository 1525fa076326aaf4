/* Applying changes to a recorded case, with one event per changed value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/audit.h"
#include "netral/kasus/change.h"
#include "netral/util/msg.h"

/* The derived columns the event log follows, as the snapshot names them. */
enum { C_PEMILIHAN, C_DISIMPULKAN, C_PERIODE, C_TAHAP, C_JENIS, C_KODE, C_RULESET, C_COUNT };
static const char *const class_cols[C_COUNT] = {
	"pemilihan", "pemilihan_disimpulkan", "periode", "tahap", "jenis", "kode", "ruleset"
};

static void class_values(const struct kasus *k, char v[C_COUNT][48])
{
	snprintf(v[C_PEMILIHAN], 48, "%s", k->k.pemilihan ? k->k.pemilihan->kode : "");
	snprintf(v[C_DISIMPULKAN], 48, "%d", k->k.disimpulkan);
	snprintf(v[C_PERIODE], 48, "%s", k->periode);
	snprintf(v[C_TAHAP], 48, "%s", tahap_name(k->k.tahap));
	snprintf(v[C_JENIS], 48, "%s", k->k.jenis);
	snprintf(v[C_KODE], 48, "%s", k->k.kode);
	snprintf(v[C_RULESET], 48, "%s", k->k.row ? k->k.row->ruleset : "");
}

/* As stored: loading a case derives these again with the rules of now,
 * which is what a reclassification compares against. */
static int stored_values(struct db *d, long long id, char v[C_COUNT][48])
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_cached(d, STMT_STORED_CLASS,
			    "SELECT coalesce(pemilihan, ''), pemilihan_disimpulkan, periode, tahap, "
			    "jenis, kode, ruleset FROM kasus WHERE id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = db_fail(d, _("cannot read the case"));
		sqlite3_reset(st);
		return rc;
	}
	for (int i = 0; i < C_COUNT; i++)
		snprintf(v[i], 48, "%s", col_text(st, i));
	sqlite3_reset(st);
	return 0;
}

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

int kasus_change(struct db *d, const char *nomor, const char *const vals[F_COUNT],
		 struct change *c, struct err *e, enum field *bad,
		 struct strbuf *warnings)
{
	struct kasus *old = xmalloc(sizeof *old), *new = xmalloc(sizeof *new);
	char cold[C_COUNT][48], cnew[C_COUNT][48];
	long long id;
	int rc, any = 0;

	c->fields = c->reclassified = c->changed = 0;
	c->klas_old[0] = c->klas_new[0] = '\0';
	if ((rc = kasus_load(d, nomor, old, &id)))
		goto out;
	kasus_copy(new, old);
	for (int f = 0; f < F_COUNT; f++) {
		if (!vals[f])
			continue;
		new->check_today = 1;
		if (kasus_set(new, f, vals[f], &d->rules, e) < 0) {
			*bad = f;
			rc = NX_DATA;
			goto out;
		}
	}
	if (kasus_finish(new, &d->rules, bad, e, warnings) < 0) {
		rc = NX_DATA;
		goto out;
	}
	{
		const char *from = kasus_value(old, F_STATUS), *to = kasus_value(new, F_STATUS);

		snprintf(c->status_old, sizeof c->status_old, "%s", from);
		snprintf(c->status_new, sizeof c->status_new, "%s", to);
		if (strcmp(from, to) != 0 && !c->status_moves) {
			err_set(e, _("the status is moved with 'netral status %s %s', which records the recommendation or the sanction"),
				nomor, to);
			*bad = F_STATUS;
			rc = NX_DATA;
			goto out;
		}
		if (strcmp(from, to) != 0 && !rules_transition_ok(&d->rules, from, to)) {
			char *next = rules_list_next(&d->rules, from);

			err_set(e, _("a case cannot move from %s to %s (allowed from %s: %s)"),
				from, to, from, next);
			free(next);
			*bad = F_STATUS;
			rc = NX_DATA;
			goto out;
		}
	}
	if ((rc = stored_values(d, id, cold)))
		goto out;
	for (int f = 0; f < F_COUNT && !rc; f++) {
		const char *a = or_empty(kasus_value(old, f)), *b = or_empty(kasus_value(new, f));

		/* the contest is compared with the classification below */
		if (f == F_PEMILIHAN || strcmp(a, b) == 0)
			continue;
		c->fields++;
		any = 1;
		if (c->report)
			sb_printf(c->report, "%s: %s → %s\n", field_defs[f].name, *a ? a : "-",
				  *b ? b : "-");
		rc = audit_changed(d, id, c->op, f == F_STATUS ? "status" : c->jenis,
				   field_defs[f].name, a, b, c->catatan, c->tanggal);
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
				   i == C_PEMILIHAN && vals[F_PEMILIHAN] && !new->k.disimpulkan ?
				   c->jenis : "klasifikasi",
				   class_cols[i], cold[i], cnew[i], c->catatan, NULL);
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
