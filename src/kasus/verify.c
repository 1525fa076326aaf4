/* Checking every case against its history, its import run, the rules and
 * the numbering (kasus_verify in store.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/kasus/derive.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

struct verify {
	int map[COL_COUNT];       /* state position -> column */
	int n;
	sqlite3_stmt *asal;
	struct db *d;
	int failed;               /* a read failed (reported): the status */
};

/* A creation event's fingerprint, or the state its import run recorded,
 * against the state the case's history leads back to. */
static void origin(void *ctx, long long id, const char *nomor, char *const *state,
		   const char *fp, struct audit_report *rep)
{
	struct verify *v = ctx;
	const char *cols[COL_COUNT] = { 0 };
	char got[65], run[AUDIT_STATE_LEN] = "";
	int s;

	if (v->failed)
		return;
	for (int i = 0; i < v->n; i++)
		cols[v->map[i]] = state[i];
	sqlite3_bind_int64(v->asal, 1, id);
	if ((s = sqlite3_step(v->asal)) == SQLITE_ROW)
		snprintf(run, sizeof run, "%s", col_text(v->asal, 0));
	else if (s != SQLITE_DONE)
		/* a case not checked is no case found in order */
		v->failed = db_fail(v->d, _("cannot read the cases"));
	sqlite3_reset(v->asal);
	if (v->failed)
		return;
	if (fp && *run) {
		/* a case has one origin: its creation event or its import run */
		audit_problem(rep, _("case %s: created by an event, yet it holds an import run's state"), nomor);
		return;
	}
	if (!fp) {
		if (!*run) {
			audit_problem(rep, _("case %s: no creation event"), nomor);
			return;
		}
		fp = run;
	}
	if (strncmp(fp, "2:", 2) == 0)
		kasus_state(cols, got);
	else
		kasus_fingerprint_v1(cols, got);
	if (strcmp(got, fp) != 0)
		audit_problem(rep, _("case %s: its data differ from what its history gives (changed outside netral?)"),
			      nomor);
}

/* Each import run's event against the run's record and against the states
 * of the cases it created, in line order. */
static int verify_runs(struct db *d, struct audit_report *rep)
{
	sqlite3_stmt *st, *cs;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT e.lama, e.baru, e.catatan, i.berkas, i.sha256, i.diimpor, i.duplikat, "
			     "i.diperbarui, i.ditolak FROM peristiwa e LEFT JOIN impor i ON i.id = e.lama "
			     "WHERE e.kasus_id IS NULL AND e.jenis = 'impor'", &st)))
		return rc;
	if ((rc = db_prepare(d, "SELECT keadaan_impor FROM kasus WHERE impor_id = ?1 "
			     "AND keadaan_impor IS NOT NULL ORDER BY berkas_baris, id", &cs))) {
		sqlite3_finalize(st);
		return rc;
	}
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		long long run = sqlite3_column_int64(st, 0);
		struct impor_counts c = { sqlite3_column_int(st, 5), sqlite3_column_int(st, 6),
			sqlite3_column_int(st, 7), sqlite3_column_int(st, 8) };
		struct kasus_run digest;
		char got[65], record[512];

		kasus_impor_record(col_text(st, 3), col_text(st, 4), &c, record, sizeof record);
		if (strcmp(record, col_text(st, 2)) != 0)
			audit_problem(rep, _("import run %lld: its record (file, SHA-256, counts) differs from its event"), run);
		kasus_run_init(&digest);
		sqlite3_bind_int64(cs, 1, run);
		while (sqlite3_step(cs) == SQLITE_ROW)
			kasus_run_add(&digest, col_text(cs, 0));
		sqlite3_reset(cs);
		kasus_run_digest(&digest, got);
		if (strcmp(got, col_text(st, 1)) != 0)
			audit_problem(rep, _("import run %lld: the cases it created differ from its event (one changed, added or removed outside netral)"),
				      run);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(cs);
	if (s != SQLITE_DONE)
		return db_fail(d, _("cannot read the event log"));
	/* a run's states without the run's event */
	if ((rc = db_prepare(d, "SELECT DISTINCT impor_id FROM kasus WHERE keadaan_impor IS NOT NULL "
			     "AND CAST(impor_id AS TEXT) NOT IN "
			     "(SELECT lama FROM peristiwa WHERE kasus_id IS NULL AND jenis = 'impor')", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW)
		audit_problem(rep, _("import run %lld: cases but no event"), sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the event log"));
}

/* The derived columns again from the fields and the rules in force. */
static int verify_derived(struct db *d, const struct rules *r, struct audit_report *rep)
{
	struct strbuf sql = STRBUF_INIT, w = STRBUF_INIT;
	struct kasus *k = xmalloc(sizeof *k);
	sqlite3_stmt *st;
	int rc, s;

	sb_puts(&sql, "SELECT ");
	kasus_all_cols(&sql);
	sb_puts(&sql, " FROM kasus ORDER BY id");
	rc = db_prepare(d, sql.buf, &st);
	sb_free(&sql);
	if (rc) {
		free(k);
		return rc;
	}
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *nomor = col_text(st, COL_NOMOR);
		struct kasus_row row;
		struct err e;

		sb_reset(&w);
		if (kasus_fields_of_row(st, r, nomor, k) || kasus_finish(k, r, &e, &w) < 0)
			continue;  /* the replay names what is wrong with its fields */
		kasus_row_of(k, &row);
		for (int c = 0; c < COL_COUNT; c++) {
			const char *stored = col_text(st, c);

			if (kasus_columns[c].kind != KIND_DERIVED || strcmp(stored, row.v[c] ? row.v[c] : "") == 0)
				continue;
			audit_problem(rep, _("case %s: %s is '%s', but its data and the rules give '%s' (changed outside netral?)"),
				      nomor, kasus_columns[c].name, stored, row.v[c] ? row.v[c] : "");
		}
	}
	sqlite3_finalize(st);
	sb_free(&w);
	free(k);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the cases"));
}

/* Case numbers are given in sequence and never taken back: a gap is a case
 * removed outside netral. */
static int verify_numbers(struct db *d, struct audit_report *rep)
{
	sqlite3_stmt *st;
	int rc, s, year = 0, expect = 0;

	if ((rc = db_prepare(d, "SELECT nomor FROM kasus ORDER BY substr(nomor, 1, 4), "
			     "CAST(substr(nomor, 6) AS INTEGER)", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		int y, n;

		if (sscanf(col_text(st, 0), "%d-%d", &y, &n) != 2)
			continue;
		if (y != year)
			year = y, expect = 1;
		if (n == expect + 1)
			audit_problem(rep, _("case %04d-%04d is missing (removed outside netral?)"), y, expect);
		else if (n > expect)
			audit_problem(rep, _("cases %04d-%04d to %04d-%04d are missing (removed outside netral?)"),
				      y, expect, y, n - 1);
		expect = n + 1;
	}
	sqlite3_finalize(st);
	if (s != SQLITE_DONE)
		return db_fail(d, _("cannot read the cases"));
	/* and the last ones: the counter says how far each year went */
	if ((rc = db_prepare(d, "SELECT n.tahun, n.terakhir, (SELECT max(CAST(substr(k.nomor, 6) AS INTEGER)) "
			     "FROM kasus k WHERE substr(k.nomor, 1, 4) = printf('%04d', n.tahun)) FROM nomor n",
			     &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		int y = sqlite3_column_int(st, 0), last = sqlite3_column_int(st, 1),
		    seen = sqlite3_column_int(st, 2);

		if (seen + 1 == last)
			audit_problem(rep, _("case %04d-%04d is missing (removed outside netral?)"), y, last);
		else if (seen < last)
			audit_problem(rep, _("cases %04d-%04d to %04d-%04d are missing (removed outside netral?)"),
				      y, seen + 1, y, last);
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the cases"));
}

int kasus_verify(struct db *d, const struct rules *r, struct audit_report *rep)
{
	struct verify v;
	const char *names[COL_COUNT];
	int rc;

	memset(&v, 0, sizeof v);
	for (int c = 0; c < COL_COUNT; c++)
		if (kasus_state_column(c)) {
			v.map[v.n] = c;
			names[v.n++] = kasus_columns[c].name;
		}
	if ((rc = db_prepare(d, "SELECT keadaan_impor FROM kasus WHERE id = ?1", &v.asal)))
		return rc;
	v.d = d;
	if (!(rc = audit_replay(d, "kasus", names, v.n, origin, &v, rep)) && !(rc = v.failed) &&
	    !(rc = verify_runs(d, rep)) && !(rc = verify_derived(d, r, rep)))
		rc = verify_numbers(d, rep);
	sqlite3_finalize(v.asal);
	return rc;
}

