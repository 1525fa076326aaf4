/* Reopening a case closed by mistake (reopen.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/kasus/reopen.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/strbuf.h"

/* The status case id had before its last move ("" when it never moved).
 * Returns a status. */
static int status_before(struct db *d, long long id, char out[32])
{
	sqlite3_stmt *st;
	int rc;

	*out = '\0';
	if ((rc = db_prepare(d, "SELECT lama FROM peristiwa WHERE kasus_id = ?1 AND jenis = 'status' "
			     "AND kolom = 'status' ORDER BY id DESC LIMIT 1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(out, 32, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the history"));
}

/* "a, b" of the statuses the rules reopen (transisi.csv buka). */
static char *closed_statuses(const struct rules *r)
{
	struct strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < r->transisi.n; i++) {
		const char *s = r->transisi.v[i].dari;

		if (r->transisi.v[i].buka && !rules_names(sb_str(&sb), s))
			sb_printf(&sb, "%s%s", sb.len ? " " : "", s);
	}
	return sb_detach(&sb);
}

/* Whether the rules reopen a case at status from (any move marked buka). */
static int reopened_from(const struct rules *r, const char *from)
{
	for (size_t i = 0; i < r->transisi.n; i++)
		if (r->transisi.v[i].buka && strcmp(r->transisi.v[i].dari, from) == 0)
			return 1;
	return 0;
}

/* The move back itself: whether it is one of the rules, and what it
 * clears. */
static int move_back(const struct rules *r, const char *nomor, const char *at, const char *before,
		     const char *vals[F_COUNT], struct err *e)
{
	const struct status *s = rules_status(r, at), *b = rules_status(r, before);

	if (!*before) {
		err_set(e, _("case %s was recorded at %s: there is no status before it to return to"), nomor, at);
		return err_at(e, F_STATUS);
	}
	if (!rules_transition_ok(r, at, before, 1)) {
		err_set(e, _("case %s was at %s before %s, and the rules reopen no case from %s to %s (transisi.csv)"),
			nomor, before, at, at, before);
		return err_at(e, F_STATUS);
	}
	vals[F_STATUS] = before;
	for (int f = 0; s && f < F_COUNT; f++)
		if (rules_names(s->mencatat, field_def(f)->name) && !(b && rules_names(b->mencatat, field_def(f)->name)))
			vals[f] = "";
	return 0;
}

int kasus_reopen_vals(struct db *d, const struct rules *r, const char *nomor,
		      const char *vals[F_COUNT], char before[32], struct err *e)
{
	struct kasus *k = xmalloc(sizeof *k);
	char at[32];
	long long id;
	int rc;

	e->msg[0] = '\0';
	e->field = -1;
	if ((rc = kasus_load_quiet(d, r, nomor, k, &id)))
		goto out;
	snprintf(at, sizeof at, "%s", kasus_value(k, F_STATUS));
	if (!reopened_from(r, at)) {
		char *closed = closed_statuses(r);

		err_set(e, _("case %s is %s: only a case closed by mistake is reopened (%s)"), nomor, at, closed);
		free(closed);
		rc = NX_DATA;
		goto out;
	}
	if ((rc = status_before(d, id, before)) == 0 && move_back(r, nomor, at, before, vals, e) < 0)
		rc = NX_DATA;
out:
	free(k);
	return rc;
}
