/* Checking every case against its history, its import run, the rules and
 * the numbering (kasus_verify in store.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/run.h"
#include "netral/kasus/derive.h"
#include "netral/kasus/alias.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/digest.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

struct verify {
	int map[COL_COUNT];       /* state position -> column */
	int n;
	sqlite3_stmt *asal;
	struct db *d;
	int failed;               /* a read failed (reported): the status */
};

/* A creation event's state, or the one its import run recorded, against
 * the state the case's history leads back to; the column that differs
 * where the state can tell it. */
static void origin(void *ctx, long long id, const char *nomor, char *const *state,
		   const char *fp, struct audit_report *rep)
{
	struct verify *v = ctx;
	const char *cols[COL_COUNT] = { 0 };
	char got[AUDIT_STATE_LEN + 32], run[AUDIT_STATE_LEN + 32] = "";
	int place, s;

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
		audit_problem(rep, _("kasus %s: keadaan_impor: a case an event created holds an import run's state (changed outside netral)"),
			      nomor);
		return;
	}
	if (!fp) {
		if (!*run) {
			audit_problem(rep, _("kasus %s: id: no creation event records it (added outside netral, or its id changed)"),
				      nomor);
			return;
		}
		/* of the fourth kind, the third, the second or the first */
		if (!digest_state_kind(run)) {
			audit_problem(rep, _("kasus %s: keadaan_impor: '%.40s' is no state netral records (changed outside netral)"),
				      nomor, run);
			return;
		}
		fp = run;
	}
	if (digest_state_kind(fp) == 4)
		kasus_state(cols, got);
	else if (digest_state_is_v3(fp))
		kasus_state_v3(cols, got);
	else if (strncmp(fp, "2:", 2) == 0)
		kasus_state_v2(cols, got);
	else
		kasus_fingerprint_v1(cols, got);
	place = digest_place(fp, got);
	if (place >= 0 && kasus_state_place(place) >= 0)
		audit_problem(rep, _("kasus %s: %s: differs from what its history gives (changed outside netral)"),
			      nomor, kasus_columns[kasus_state_place(place)].name);
	else if (place != DIGEST_SAME && fp == run)
		audit_problem(rep, _("kasus %s: keadaan_impor, or several columns: differ from what the case's history gives (changed outside netral)"),
			      nomor);
	else if (place != DIGEST_SAME)
		audit_problem(rep, _("kasus %s: its data differ from what its history gives in several columns, or in one that cannot be told (changed outside netral)"),
			      nomor);
}

/* The last occurrence of needle in s, or NULL. */
static const char *last_of(const char *s, const char *needle)
{
	const char *found = NULL;

	for (const char *p = s; (p = strstr(p, needle)); p++)
		found = p;
	return found;
}

/* A run's record (audit_run_record) against its row, column by column:
 * the file's name may hold anything, the rest are digits, so it is read
 * from its end. */
static void compare_record(long long run, const char *record, sqlite3_stmt *st,
			   struct audit_report *rep)
{
	static const char *const keys[] = { "berkas", "sha256", "diimpor", "duplikat",
		"diperbarui", "ditolak" };
	const char *at[7];
	char mark[24];

	at[6] = record + strlen(record);
	for (int k = 5; k >= 1; k--) {
		snprintf(mark, sizeof mark, "; %s=", keys[k]);
		at[k] = last_of(record, mark);
		if (!at[k] || at[k] >= at[k + 1])
			goto whole;
		at[k] += strlen(mark);
	}
	if (strncmp(record, "berkas=", 7) != 0)
		goto whole;
	at[0] = record + 7;
	for (int k = 0; k < 6; k++) {
		const char *end = k < 5 ? at[k + 1] - strlen(keys[k + 1]) - 3 : at[6];
		const char *v = col_text(st, 3 + k);

		if (strlen(v) != (size_t)(end - at[k]) || strncmp(v, at[k], (size_t)(end - at[k])) != 0)
			audit_problem(rep, _("impor %lld: %s: differs from the run's event (changed outside netral)"),
				      run, keys[k]);
	}
	return;
whole:
	audit_problem(rep, _("impor %lld: its record (file, SHA-256, counts) differs from its event (changed outside netral)"),
		      run);
}

/* Each import run's event against the run's row and against the states
 * of the cases it created, in line order. */
static int verify_runs(struct db *d, struct audit_report *rep)
{
	sqlite3_stmt *st, *cs;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT e.lama, e.baru, e.catatan, i.berkas, i.sha256, i.diimpor, i.duplikat, "
			     "i.diperbarui, i.ditolak, i.id, e.waktu, i.waktu, e.operator, i.operator "
			     "FROM peristiwa e LEFT JOIN impor i ON i.id = e.lama "
			     "WHERE e.kasus_id IS NULL AND e.jenis = 'impor'", &st)))
		return rc;
	if ((rc = db_prepare(d, "SELECT keadaan_impor FROM kasus WHERE impor_id = ?1 "
			     "AND keadaan_impor IS NOT NULL ORDER BY berkas_baris, id", &cs))) {
		sqlite3_finalize(st);
		return rc;
	}
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		long long run = sqlite3_column_int64(st, 0);
		struct run_counts c = { sqlite3_column_int(st, 5), sqlite3_column_int(st, 6),
			sqlite3_column_int(st, 7), sqlite3_column_int(st, 8) };
		struct run_digest digest;
		char got[65], record[512];

		if (sqlite3_column_type(st, 9) == SQLITE_NULL) {
			audit_problem(rep, _("impor %lld: id: its event is in the log, but no run has this id (removed outside netral, or its id changed)"),
				      run);
			continue;
		}
		audit_run_record(col_text(st, 3), col_text(st, 4), &c, record, sizeof record);
		if (strcmp(record, col_text(st, 2)) != 0)
			compare_record(run, col_text(st, 2), st, rep);
		if (strcmp(col_text(st, 10), col_text(st, 11)) != 0)
			audit_problem(rep, _("impor %lld: waktu: is '%s', but the run's event is of '%s' (changed outside netral)"),
				      run, col_text(st, 11), col_text(st, 10));
		if (strcmp(col_text(st, 12), col_text(st, 13)) != 0)
			audit_problem(rep, _("impor %lld: operator: is '%s', but the run's event names '%s' (changed outside netral)"),
				      run, col_text(st, 13), col_text(st, 12));
		run_digest_init(&digest);
		sqlite3_bind_int64(cs, 1, run);
		while ((s = sqlite3_step(cs)) == SQLITE_ROW)
			run_digest_add(&digest, col_text(cs, 0));
		sqlite3_reset(cs);
		if (s != SQLITE_DONE)
			break;
		run_digest_hex(&digest, got);
		if (strcmp(got, col_text(st, 1)) != 0)
			audit_problem(rep, _("impor %lld: the cases it created differ from its event (one changed, added or removed outside netral)"),
				      run);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(cs);
	if (s != SQLITE_DONE)
		return db_fail(d, _("cannot read the event log"));
	/* a run no event records */
	if ((rc = db_prepare(d, "SELECT id FROM impor WHERE CAST(id AS TEXT) NOT IN "
			     "(SELECT lama FROM peristiwa WHERE kasus_id IS NULL AND jenis = 'impor') "
			     "UNION SELECT DISTINCT impor_id FROM kasus WHERE keadaan_impor IS NOT NULL "
			     "AND CAST(impor_id AS TEXT) NOT IN "
			     "(SELECT lama FROM peristiwa WHERE kasus_id IS NULL AND jenis = 'impor')", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW)
		audit_problem(rep, _("impor %lld: id: no event records this run (added outside netral, or its id changed)"),
			      sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the event log"));
}

/* The time of a case's last change is that of its last event, or of the
 * run that created it when it has none since. */
static int verify_diubah(struct db *d, struct audit_report *rep)
{
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = db_prepare(d, "WITH akhir (kasus_id, waktu) AS (SELECT kasus_id, max(waktu) FROM peristiwa "
			     "WHERE kasus_id IS NOT NULL GROUP BY kasus_id), "
			     "lari (impor_id, waktu) AS (SELECT CAST(lama AS INTEGER), waktu FROM peristiwa "
			     "WHERE kasus_id IS NULL AND jenis = 'impor') "
			     "SELECT k.nomor, k.diubah, coalesce(a.waktu, l.waktu) AS w FROM kasus k "
			     "LEFT JOIN akhir a ON a.kasus_id = k.id LEFT JOIN lari l ON l.impor_id = k.impor_id "
			     "WHERE w IS NOT NULL AND k.diubah IS NOT w ORDER BY k.id", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW)
		audit_problem(rep, _("kasus %s: diubah: is '%s', but its last event is of '%s' (changed outside netral)"),
			      col_text(st, 0), col_text(st, 1), col_text(st, 2));
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the cases"));
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
	sb_puts(&sql, " FROM kasus_teks ORDER BY id");
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
			audit_problem(rep, _("kasus %s: %s: is '%s', but its data and the rules give '%s' (changed outside netral)"),
				      nomor, kasus_columns[c].name, stored, row.v[c] ? row.v[c] : "");
		}
	}
	sqlite3_finalize(st);
	sb_free(&w);
	free(k);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the cases"));
}

/* Case numbers are given in sequence and never taken back: a gap is a case
 * removed outside netral, and each year's counter (nomor) stands at its
 * last case. */
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
			audit_problem(rep, _("kasus %04d-%04d: nomor: missing (removed outside netral)"), y, expect);
		else if (n > expect)
			audit_problem(rep, _("kasus %04d-%04d to %04d-%04d: nomor: missing (removed outside netral)"),
				      y, expect, y, n - 1);
		expect = n + 1;
	}
	sqlite3_finalize(st);
	if (s != SQLITE_DONE)
		return db_fail(d, _("cannot read the cases"));
	/* each year's counter against its cases, both ways */
	if ((rc = db_prepare(d, "WITH tahun (y, m) AS (SELECT CAST(substr(nomor, 1, 4) AS INTEGER), "
			     "max(CAST(substr(nomor, 6) AS INTEGER)) FROM kasus GROUP BY 1) "
			     "SELECT n.tahun, n.terakhir, t.m FROM nomor n LEFT JOIN tahun t ON t.y = n.tahun "
			     "UNION ALL SELECT t.y, NULL, t.m FROM tahun t "
			     "WHERE t.y NOT IN (SELECT tahun FROM nomor) ORDER BY 1", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		int y = sqlite3_column_int(st, 0), last = sqlite3_column_int(st, 1),
		    seen = sqlite3_column_int(st, 2);

		if (sqlite3_column_type(st, 1) == SQLITE_NULL)
			audit_problem(rep, _("nomor %d: tahun: no counter for the year of case %04d-%04d (changed outside netral)"),
				      y, y, seen);
		else if (sqlite3_column_type(st, 2) == SQLITE_NULL)
			audit_problem(rep, _("nomor %d: tahun: a counter at %d for a year without cases (changed outside netral)"),
				      y, last);
		else if (last < seen)
			audit_problem(rep, _("nomor %d: terakhir: is %d, behind the case %04d-%04d (changed outside netral)"),
				      y, last, y, seen);
		else if (last == seen + 1)
			audit_problem(rep, _("nomor %d: terakhir: is %d, but the last case is %04d-%04d: case %04d-%04d removed, or the counter changed, outside netral"),
				      y, last, y, seen, y, last);
		else if (last > seen)
			audit_problem(rep, _("nomor %d: terakhir: is %d, but the last case is %04d-%04d: cases %04d-%04d to %04d-%04d removed, or the counter changed, outside netral"),
				      y, last, y, seen, y, seen + 1, y, last);
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
	if (!(rc = audit_replay(d, "kasus_teks", names, v.n, origin, &v, rep)) && !(rc = v.failed) &&
	    !(rc = verify_runs(d, rep)) && !(rc = verify_derived(d, r, rep)) &&
	    !(rc = verify_diubah(d, rep)) && !(rc = verify_numbers(d, rep)))
		rc = kasus_alias_verify(d, rep);
	sqlite3_finalize(v.asal);
	return rc;
}

