/* The proof of the records that are not cases (record.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/rules/catalog.h"
#include "netral/util/alloc.h"
#include "netral/util/digest.h"
#include "netral/util/msg.h"
#include "netral/util/sha256.h"
#include "netral/util/strbuf.h"

/* What the proof leaves out, and why: the one place that says so.  Every
 * other column of every table that holds the record is proven. */
static const struct {
	const char *table, *column, *why;
} unproven[] = {
	{ "kasus", "id", N_("the row's own identity, read by nothing but the log's references: the case number names the case, and an event left pointing at no case is named by the foreign key check") },
	{ "kasus", "diubah", N_("the time of the last change, proven by the time of the case's last event rather than by its state") },
	{ "kasus", "keadaan_impor", N_("the state an import run recorded: the proof itself, proven by the run's event") },
	{ "*", "id", N_("the record's identity, which its events name: a changed id shows as a record no event records and an event whose record is gone") },
	{ "meta", "*", N_("what netral keeps of its own upgrades (the rules' hash and source, work an upgrade left): no part of the record") },
};

/* The tables proven row by row, by their own events or the log; every
 * other table but meta holds rules, proven whole by the 'aturan' event
 * that stored them.  kamus grows with the cases and is proven through
 * them: a case's state holds the texts it reads, so a changed text shows
 * as each case that reads it, named with the column. */
static const char *const recorded[] = { "kasus", "impor", "nomor", "unit", "kegiatan", "pakta",
	"izin", "daftar_asal", "pelaporan", "kasus_alias", "peristiwa", "meta", "kamus" };

int audit_column_proven(const char *table, const char *column, const char **why)
{
	for (size_t i = 0; i < sizeof unproven / sizeof *unproven; i++)
		if ((strcmp(unproven[i].table, table) == 0 || strcmp(unproven[i].table, "*") == 0) &&
		    (strcmp(unproven[i].column, column) == 0 || strcmp(unproven[i].column, "*") == 0)) {
			if (why)
				*why = _(unproven[i].why);
			return 0;
		}
	return 1;
}

/* The proven columns of the row st is on, their names and values. */
static int row_columns(sqlite3_stmt *st, const char *table, const char **names, const char **vals)
{
	int n = 0;

	for (int i = 0; i < sqlite3_column_count(st) && n < DIGEST_COLUMNS; i++) {
		const char *name = sqlite3_column_name(st, i);

		if (!audit_column_proven(table, name, NULL))
			continue;
		names[n] = name;
		vals[n++] = (const char *)sqlite3_column_text(st, i);
	}
	return n;
}

static void row_state(sqlite3_stmt *st, const char *table, char out[AUDIT_STATE_LEN])
{
	const char *names[DIGEST_COLUMNS], *vals[DIGEST_COLUMNS];
	int n = row_columns(st, table, names, vals);

	digest_state_v3(names, vals, n, out);
}

int audit_row_state(struct db *d, const char *table, long long id, char out[AUDIT_STATE_LEN])
{
	char sql[96];
	sqlite3_stmt *st;
	int rc;

	/* table is one of the code's own names, never a user's */
	snprintf(sql, sizeof sql, "SELECT * FROM %s WHERE id = ?1", table);
	if ((rc = db_prepare(d, sql, &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		row_state(st, table, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? fail(NX_NOTFOUND, _("no %s %lld"), table, id) :
	       db_fail(d, _("cannot read the database"));
}

int audit_record(struct db *d, const char *op, const char *table, long long id,
		 const char *lama, const char *catatan)
{
	char state[AUDIT_STATE_LEN], kolom[64];
	int rc;

	if ((rc = audit_row_state(d, table, id, state)))
		return rc;
	snprintf(kolom, sizeof kolom, "%s:%lld", table, id);
	return audit_object(d, op, table, kolom, lama, state, catatan);
}

/* The last event of each record of a kind, by the record's id. */
struct last {
	long long id;
	char state[AUDIT_STATE_LEN + 8], first[24], last[24];
	int seen;
};

static int load(struct db *d, const char *table, struct last **out, size_t *count)
{
	size_t n = 0, cap = 0;
	struct last *v = NULL;
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT g.rid, p.baru, g.first, g.last FROM (SELECT "
			     "CAST(substr(kolom, length(?1) + 2) AS INTEGER) AS rid, max(id) AS akhir, "
			     "min(waktu) AS first, max(waktu) AS last FROM peristiwa "
			     "WHERE kasus_id IS NULL AND jenis = ?1 GROUP BY kolom) g "
			     "JOIN peristiwa p ON p.id = g.akhir ORDER BY g.rid", &st)))
		return rc;
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap)
			v = array_grow(v, &cap, sizeof *v);
		v[n].id = sqlite3_column_int64(st, 0);
		snprintf(v[n].state, sizeof v[n].state, "%s", col_text(st, 1));
		snprintf(v[n].first, sizeof v[n].first, "%s", col_text(st, 2));
		snprintf(v[n].last, sizeof v[n].last, "%s", col_text(st, 3));
		v[n++].seen = 0;
	}
	sqlite3_finalize(st);
	*out = v;
	*count = n;
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the event log"));
}

static int by_id(const void *key, const void *elem)
{
	long long a = *(const long long *)key, b = ((const struct last *)elem)->id;

	return (a > b) - (a < b);
}

/* How problems name a row: by its label column, else its id; a label of
 * free text (a unit's name) in quotes, a number (a permit's) bare. */
static void row_label(sqlite3_stmt *st, const char *label, char *out, size_t cap)
{
	for (int i = 0; label && i < sqlite3_column_count(st); i++)
		if (strcmp(sqlite3_column_name(st, i), label) == 0) {
			const char *v = col_text(st, i);

			snprintf(out, cap, v[strspn(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")] ? "'%s'" : "%s", v);
			return;
		}
	snprintf(out, cap, "%lld", sqlite3_column_int64(st, 0));
}

int audit_check_records(struct db *d, const char *table, const char *label,
			audit_legacy_fn legacy, void *ctx, struct audit_report *rep)
{
	const char *names[DIGEST_COLUMNS], *vals[DIGEST_COLUMNS];
	struct last *v;
	size_t n;
	char sql[96];
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = load(d, table, &v, &n)))
		return rc;
	snprintf(sql, sizeof sql, "SELECT * FROM %s ORDER BY id", table);
	if ((rc = db_prepare(d, sql, &st))) {
		free(v);
		return rc;
	}
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		struct last *l = bsearch(&id, v, n, sizeof *v, by_id);
		char now[AUDIT_STATE_LEN], row[128];
		int k, place;

		row_label(st, label, row, sizeof row);
		if (!l) {
			audit_problem(rep, _("%s %s: id: no event records it (added outside netral, or its id changed)"),
				      table, row);
			continue;
		}
		l->seen = 1;
		if (!digest_state_is_v3(l->state)) {
			legacy(ctx, id, l->state, l->first, l->last, rep);
			continue;
		}
		k = row_columns(st, table, names, vals);
		digest_state_v3(names, vals, k, now);
		place = digest_place(l->state, now);
		if (place >= 0 && place < k)
			audit_problem(rep, _("%s %s: %s: changed outside netral (the row differs from its last event)"),
				      table, row, names[place]);
		else if (place != DIGEST_SAME)
			audit_problem(rep, _("%s %s: changed outside netral (the row differs from its last event in several columns, or in one that cannot be told)"),
				      table, row);
	}
	sqlite3_finalize(st);
	for (size_t i = 0; s == SQLITE_DONE && i < n; i++)
		if (!v[i].seen)
			audit_problem(rep, _("%s %lld: id: in the log but not in the database (removed outside netral, or its id changed)"),
				      table, v[i].id);
	free(v);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the database"));
}

/* The rules tables, in name order: the tables netral's schema has that
 * are not records. */
static int stored_tables(struct db *d, char (**names)[64], size_t *n)
{
	size_t cap = 0;
	sqlite3_stmt *st;
	int rc, s;

	*names = NULL;
	*n = 0;
	if ((rc = db_prepare(d, "SELECT name FROM sqlite_schema WHERE type = 'table' "
			     "AND name NOT LIKE 'sqlite%' ORDER BY name", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = col_text(st, 0);
		int rec = 0;

		for (size_t i = 0; i < sizeof recorded / sizeof *recorded; i++)
			rec |= strcmp(recorded[i], name) == 0;
		if (rec || strlen(name) >= 64)
			continue;
		if (*n == cap)
			*names = array_grow(*names, &cap, sizeof **names);
		snprintf((*names)[(*n)++], 64, "%s", name);
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the database"));
}

#define RULES_SEED "netral-aturan-1"

/* Whether table is empty and one of netral's rules: a schema step adds
 * such a table, and the next write brings its rules in. */
static int awaiting_rules(const char *table, const char *digest, const char *empty)
{
	for (size_t i = 0; i < RT_COUNT; i++)
		if (strcmp(rules_tables[i].name, table) == 0)
			return strcmp(digest, empty) == 0;
	return 0;
}

/* The digest of a rules table without rows. */
static void empty_digest(char out[33])
{
	struct digest all;
	char hex[65];

	digest_init(&all);
	digest_update(&all, RULES_SEED, strlen(RULES_SEED));
	digest_hex(&all, hex);
	snprintf(out, 33, "%.32s", hex);
}

/* A rules table whole: the state of each row in the order stored. */
static int table_digest(struct db *d, const char *table, char out[33])
{
	const char *names[DIGEST_COLUMNS], *vals[DIGEST_COLUMNS];
	char sql[128], state[AUDIT_STATE_LEN], hex[65];
	struct digest all;
	sqlite3_stmt *st;
	int rc, s;

	snprintf(sql, sizeof sql, "SELECT * FROM %s ORDER BY rowid", table);
	if ((rc = db_prepare(d, sql, &st)))
		return rc;
	digest_init(&all);
	digest_update(&all, RULES_SEED, strlen(RULES_SEED));
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		int k = row_columns(st, table, names, vals);

		digest_state_v3(names, vals, k, state);
		digest_update(&all, state, strlen(state));
	}
	sqlite3_finalize(st);
	if (s != SQLITE_DONE)
		return db_fail(d, _("cannot read the rules"));
	digest_hex(&all, hex);
	snprintf(out, 33, "%.32s", hex);
	return 0;
}

/* "table=digest ..." of every rules table, into sb. */
static int rules_state(struct db *d, struct strbuf *sb)
{
	char (*names)[64], hex[33];
	size_t n;
	int rc;

	if ((rc = stored_tables(d, &names, &n)))
		return rc;
	for (size_t i = 0; i < n && !rc; i++)
		if (!(rc = table_digest(d, names[i], hex)))
			sb_printf(sb, "%s%s=%s", i ? " " : "", names[i], hex);
	free(names);
	return rc;
}

int audit_rules(struct db *d, const char *op, const char *catatan)
{
	struct strbuf sb = STRBUF_INIT;
	long long id;
	char head[65], num[24];
	int rc;

	if (!(rc = rules_state(d, &sb)) && !(rc = audit_object(d, op, "aturan", "aturan", NULL, sb.buf, catatan)) &&
	    !(rc = audit_head(d, head, &id))) {
		snprintf(num, sizeof num, "%lld", id);
		rc = db_meta_set(d, "aturan_peristiwa", num);
	}
	sb_free(&sb);
	return rc;
}

/* The digest the event holds for table, into out ("" when it names none). */
static void recorded_digest(const char *ev, const char *table, char out[33])
{
	size_t n = strlen(table);

	*out = '\0';
	for (const char *p = ev; p && *p; p = strchr(p, ' '), p = p ? p + 1 : NULL)
		if (strncmp(p, table, n) == 0 && p[n] == '=') {
			snprintf(out, 33, "%.32s", p + n + 1);
			return;
		}
}

int audit_check_rules(struct db *d, struct audit_report *rep)
{
	char (*names)[64], want[33], got[33], empty[33];
	sqlite3_stmt *st;
	long long ev;
	char *stored;
	size_t n;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT id, baru FROM peristiwa WHERE kasus_id IS NULL AND jenis = 'aturan' "
			     "ORDER BY id DESC LIMIT 1", &st)))
		return rc;
	s = sqlite3_step(st);
	if (s != SQLITE_ROW) {
		sqlite3_finalize(st);
		/* rules stored before schema 11, until the next write records them */
		return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the event log"));
	}
	ev = sqlite3_column_int64(st, 0);
	stored = xstrdup(col_text(st, 1));
	sqlite3_finalize(st);
	if ((rc = stored_tables(d, &names, &n))) {
		free(stored);
		return rc;
	}
	empty_digest(empty);
	for (size_t i = 0; i < n && !rc; i++) {
		recorded_digest(stored, names[i], want);
		if ((rc = table_digest(d, names[i], got)))
			break;
		if (!*want) {
			if (!awaiting_rules(names[i], got, empty))
				audit_problem(rep, _("%s: not among the rules event %lld stored (added outside netral)"),
					      names[i], ev);
		} else if (strcmp(want, got) != 0)
			audit_problem(rep, _("%s: changed outside netral since event %lld stored the rules"),
				      names[i], ev);
	}
	/* and a table the event names that the schema no longer has */
	for (const char *p = stored; !rc && p && *p; p = strchr(p, ' '), p = p ? p + 1 : NULL) {
		size_t len = strcspn(p, "="), i;

		for (i = 0; i < n && !(strlen(names[i]) == len && strncmp(names[i], p, len) == 0); i++)
			;
		if (i == n)
			audit_problem(rep, _("%.*s: stored by event %lld, gone from the database (removed outside netral)"),
				      (int)len, p, ev);
	}
	free(names);
	free(stored);
	return rc;
}
