/* The rows of cases (store.h).  Column lists come from the catalogue, so a
 * new column needs no SQL edited here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/db/kamus.h"
#include "netral/kasus/derive.h"
#include "netral/kasus/alias.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

#define NUM_FIRST_YEAR 1900
#define NUM_YEARS 200

/* Per connection: the statements of the hot paths, and the case-number
 * counters taken in the open transaction, written back before the commit
 * (one write per year, not per case). */
struct store_state {
	sqlite3_stmt *insert, *num_get, *num_set, *stored, *load, *update, *taken, *origin;
	char *insert_sql, *load_sql, *update_sql;
	struct { int last; unsigned char loaded, dirty; } num[NUM_YEARS];
};

static int flush_numbers(struct db *d, void *state)
{
	struct store_state *s = state;

	for (int i = 0; i < NUM_YEARS; i++) {
		sqlite3_stmt *st;
		int rc;

		if (!s->num[i].dirty)
			continue;
		if ((rc = db_cached(d, &s->num_set,
				    "INSERT INTO nomor (tahun, terakhir) VALUES (?1, ?2) "
				    "ON CONFLICT (tahun) DO UPDATE SET terakhir = excluded.terakhir",
				    &st)))
			return rc;
		sqlite3_bind_int(st, 1, NUM_FIRST_YEAR + i);
		sqlite3_bind_int(st, 2, s->num[i].last);
		if (sqlite3_step(st) != SQLITE_DONE)
			return db_fail(d, _("cannot number the case"));
		sqlite3_reset(st);
	}
	return 0;
}

static void forget_numbers(void *state)
{
	struct store_state *s = state;

	memset(s->num, 0, sizeof s->num);
}

static void store_close(void *state)
{
	struct store_state *s = state;

	sqlite3_finalize(s->insert);
	sqlite3_finalize(s->num_get);
	sqlite3_finalize(s->num_set);
	sqlite3_finalize(s->stored);
	sqlite3_finalize(s->load);
	sqlite3_finalize(s->taken);
	sqlite3_finalize(s->origin);
	sqlite3_finalize(s->update);
	free(s->insert_sql);
	free(s->load_sql);
	free(s->update_sql);
}

static const struct db_module store_module = {
	sizeof(struct store_state), flush_numbers, forget_numbers, store_close
};

static int next_number(struct db *d, int year, int *seq)
{
	struct store_state *s = db_state(d, &store_module);
	int i = year - NUM_FIRST_YEAR;

	if (i < 0 || i >= NUM_YEARS)
		return fail(NX_DATA, _("year %d is out of range for a case number"), year);
	if (!s->num[i].loaded) {
		sqlite3_stmt *st;
		int rc;

		if ((rc = db_cached(d, &s->num_get, "SELECT terakhir FROM nomor WHERE tahun = ?1", &st)))
			return rc;
		sqlite3_bind_int(st, 1, year);
		rc = sqlite3_step(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return db_fail(d, _("cannot number the case"));
		s->num[i].last = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
		s->num[i].loaded = 1;
		sqlite3_reset(st);
	}
	*seq = ++s->num[i].last;
	s->num[i].dirty = 1;
	return 0;
}

/* The number goes back when its case was not stored (a duplicate). */
static void unget_number(struct db *d, int year)
{
	struct store_state *s = db_state(d, &store_module);
	int i = year - NUM_FIRST_YEAR;

	if (i >= 0 && i < NUM_YEARS && s->num[i].loaded)
		s->num[i].last--;
}

/* The columns a case's values fill: all but the bookkeeping ones. */
static int stored_value(int c)
{
	return kasus_columns[c].kind != KIND_BOOK;
}

/* "no_laporan, nama, ..." of the value columns, in table order. */
static void value_cols(struct strbuf *sb)
{
	int first = 1;

	for (int c = 0; c < COL_COUNT; c++)
		if (stored_value(c)) {
			sb_printf(sb, "%s%s", first ? "" : ", ", kasus_columns[c].name);
			first = 0;
		}
}

/* Binds the value columns of row from ?first on, *next the number after
 * them; a derived text of few values as its code.  The values stay in
 * row's case until the statement has stepped. */
static int bind_values(struct db *d, sqlite3_stmt *st, int first, const struct kasus *k,
		       struct kasus_row *row, int *next)
{
	int i = first, rc;

	kasus_row_of(k, row);
	for (int c = 0; c < COL_COUNT; c++) {
		long long code;

		if (!stored_value(c))
			continue;
		if (!row->v[c]) {
			sqlite3_bind_null(st, i);
		} else if (kasus_columns[c].flags & CF_CODED) {
			if ((rc = db_kamus_code(d, row->v[c], &code)))
				return rc;
			sqlite3_bind_int64(st, i, code);
		} else if (kasus_columns[c].flags & CF_INTEGER) {
			sqlite3_bind_int(st, i, atoi(row->v[c]));
		} else {
			sqlite3_bind_text(st, i, row->v[c], -1, SQLITE_STATIC);
		}
		i++;
	}
	*next = i;
	return 0;
}

int kasus_column_text(struct db *d, sqlite3_stmt *st, int i, int c, const char **text)
{
	long long code;

	/* a summary reads a million rows this way: no more calls than needed
	 * (no code is 0, and a text column's NULL is a NULL pointer) */
	if (!(kasus_columns[c].flags & CF_CODED)) {
		*text = (const char *)sqlite3_column_text(st, i);
		return 0;
	}
	*text = NULL;
	if ((code = sqlite3_column_int64(st, i)) == 0 && sqlite3_column_type(st, i) == SQLITE_NULL)
		return 0;
	return db_kamus_text(d, code, text);
}

static int value_count(void)
{
	int n = 0;

	for (int c = 0; c < COL_COUNT; c++)
		n += stored_value(c);
	return n;
}

/* Every column, in catalogue order: the index of a result column is its
 * enum column, whatever the physical order of an upgraded table. */
void kasus_all_cols(struct strbuf *sb)
{
	for (int c = 0; c < COL_COUNT; c++)
		sb_printf(sb, "%s%s", c ? ", " : "", kasus_columns[c].name);
}

/* ?from, ?from+1, ... n of them */
static void params(struct strbuf *sb, int from, int n)
{
	for (int i = 0; i < n; i++)
		sb_printf(sb, "%s?%d", i ? ", " : "", from + i);
}

static int case_year(const struct kasus *k)
{
	return k->has_laporan ? k->laporan.y : k->kejadian.y;
}

static void prepare_insert(struct store_state *s)
{
	struct strbuf sql = STRBUF_INIT;
	int n = value_count();

	sb_puts(&sql, "INSERT INTO kasus (nomor, ");
	value_cols(&sql);
	sb_puts(&sql, ", impor_id, berkas_baris, kunci, dibuat, diubah, keadaan_impor) VALUES (?1, ");
	params(&sql, 2, n);
	sb_printf(&sql, ", ?%d, ?%d, ?%d, ?%d, ?%d, ?%d) ON CONFLICT (kunci) DO NOTHING",
		  n + 2, n + 3, n + 4, n + 5, n + 5, n + 6);
	s->insert_sql = sb_detach(&sql);
}

/* The state an imported case is created with, from the row as stored. */
static void import_state(struct kasus_row *row, const char *nomor, const char *kunci,
			 const char *now, struct provenance *p)
{
	char line[24], run[24];

	ascii_decimal(line, sizeof line, p->baris, 0);
	ascii_decimal(run, sizeof run, p->impor_id, 0);
	row->v[COL_NOMOR] = nomor;
	row->v[COL_KUNCI] = kunci;
	row->v[COL_DIBUAT] = now;
	row->v[COL_BERKAS_BARIS] = line;
	row->v[COL_IMPOR_ID] = run;
	kasus_state(row->v, p->state);
}

int kasus_insert(struct db *d, const struct kasus *k,
		 struct provenance *p, const char *kunci,
		 char nomor[32], long long *id)
{
	struct store_state *s = db_state(d, &store_module);
	struct kasus_row row;
	sqlite3_stmt *st;
	int rc, seq = 0, next;

	/* a key already taken is a look-up in its index, not an insert built
	 * column by column and then refused: a re-imported file is mostly
	 * that */
	if (kunci && *kunci) {
		if ((rc = kasus_find_key(d, kunci, nomor)) < 0)
			return -rc;
		if (rc) {
			*id = 0;
			return 0;
		}
	}
	if ((rc = next_number(d, case_year(k), &seq)))
		return rc;
	{
		/* YEAR-NNNN, as "%04d-%04d" writes it */
		size_t n = ascii_decimal(nomor, 32, case_year(k), 4);

		nomor[n++] = '-';
		ascii_decimal(nomor + n, 32 - n, seq, 4);
	}
	if (!s->insert_sql)
		prepare_insert(s);
	if ((rc = db_cached(d, &s->insert, s->insert_sql, &st)))
		return rc;
	sqlite3_bind_text(st, 1, nomor, -1, SQLITE_TRANSIENT);
	if ((rc = bind_values(d, st, 2, k, &row, &next))) {
		unget_number(d, case_year(k));
		return rc;
	}
	if (p) {
		sqlite3_bind_int64(st, next, p->impor_id);
		sqlite3_bind_int64(st, next + 1, p->baris);
		/* in the same insert: one statement a case for a bulk import */
		import_state(&row, nomor, kunci, db_now(d), p);
		sqlite3_bind_text(st, next + 4, p->state, -1, SQLITE_STATIC);
	}
	bind_text(st, next + 2, kunci);
	sqlite3_bind_text(st, next + 3, db_now(d), -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = db_fail(d, _("cannot record the case"));
		sqlite3_reset(st);
		return rc;
	}
	sqlite3_reset(st);
	if (sqlite3_changes(d->h) == 0) {
		/* the key is taken: a duplicate, and the number goes back */
		unget_number(d, case_year(k));
		*id = 0;
		nomor[0] = '\0';
		return 0;
	}
	*id = sqlite3_last_insert_rowid(d->h);
	return 0;
}

int kasus_update(struct db *d, long long id, const struct kasus *k)
{
	struct store_state *s = db_state(d, &store_module);
	struct kasus_row row;
	sqlite3_stmt *st;
	int rc, next, n = value_count();

	/* one statement per connection: a reclassification updates many */
	if (!s->update_sql) {
		struct strbuf sql = STRBUF_INIT;

		sb_puts(&sql, "UPDATE kasus SET (");
		value_cols(&sql);
		sb_puts(&sql, ") = (");
		params(&sql, 1, n);
		sb_printf(&sql, "), diubah = ?%d WHERE id = ?%d", n + 2, n + 1);
		s->update_sql = sb_detach(&sql);
	}
	if ((rc = db_cached(d, &s->update, s->update_sql, &st)))
		return rc;
	if ((rc = bind_values(d, st, 1, k, &row, &next)))
		return rc;
	sqlite3_bind_int64(st, n + 1, id);
	sqlite3_bind_text(st, n + 2, db_now(d), -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot update the case"));
	sqlite3_reset(st);
	return rc;
}

/* The fields of the row into k: an inferred contest is left out, to be
 * inferred again from the current data and rules. */
int kasus_fields_of_row(sqlite3_stmt *st, const struct rules *r, const char *nomor,
			struct kasus *k)
{
	struct err e;

	kasus_init(k);
	for (int f = 0; f < F_COUNT; f++) {
		int c = field_column(f);
		const char *v = col_text(st, c);

		if (f == F_PEMILIHAN && sqlite3_column_int(st, COL_PEMILIHAN_DISIMPULKAN))
			continue;
		if (kasus_set(k, f, v, r, &e) < 0)
			return fail(NX_DATABASE, _("case %s: stored %s '%s' is no longer valid: %s"),
				    nomor, field_def(f)->name, v, e.msg);
	}
	return 0;
}

static int load(struct db *d, const struct rules *r, const char *nomor,
		struct kasus *k, long long *id, int no_reason)
{
	struct store_state *s = db_state(d, &store_module);
	struct strbuf w = STRBUF_INIT;
	sqlite3_stmt *st;
	struct err e;
	int rc;

	/* one statement per connection: a reclassification loads every case */
	if (!s->load_sql) {
		struct strbuf sql = STRBUF_INIT;

		sb_puts(&sql, "SELECT ");
		kasus_all_cols(&sql);
		sb_puts(&sql, " FROM kasus WHERE nomor = ?1");
		s->load_sql = sb_detach(&sql);
	}
	if ((rc = db_cached(d, &s->load, s->load_sql, &st)))
		return rc;
	sqlite3_bind_text(st, 1, nomor, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		rc = rc == SQLITE_DONE ? fail(NX_NOTFOUND, _("no case '%s'"), nomor) :
			db_fail(d, _("cannot read the case"));
		sqlite3_reset(st);
		return rc;
	}
	*id = sqlite3_column_int64(st, COL_ID);
	rc = kasus_fields_of_row(st, r, nomor, k);
	sqlite3_reset(st);
	if (rc)
		return rc;
	k->no_reason = no_reason;
	if (kasus_finish(k, r, &e, &w) < 0)
		rc = fail(NX_DATABASE, _("case %s: %s: %s"), nomor, field_def(e.field)->name, e.msg);
	sb_free(&w);
	return rc;
}

int kasus_load(struct db *d, const struct rules *r, const char *nomor,
	       struct kasus *k, long long *id)
{
	return load(d, r, nomor, k, id, 0);
}

int kasus_load_quiet(struct db *d, const struct rules *r, const char *nomor,
		     struct kasus *k, long long *id)
{
	return load(d, r, nomor, k, id, 1);
}

int kasus_exists(struct db *d, const char *nomor)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT 1 FROM kasus WHERE nomor = ?1", &st)))
		return -rc;
	sqlite3_bind_text(st, 1, nomor, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -db_fail(d, _("cannot read the cases"));
	return rc == SQLITE_ROW;
}

int kasus_find_key(struct db *d, const char *kunci, char nomor[32])
{
	struct store_state *s = db_state(d, &store_module);
	char own[32];
	long long id;
	sqlite3_stmt *st;
	int rc, merged;

	/* once per connection, asked of every row: one look-up in the key's
	 * index, and a second only for a duplicate merged into another */
	if ((rc = db_cached(d, &s->taken, "SELECT id, nomor, gabung_ke IS NOT NULL FROM kasus "
			    "WHERE kunci = ?1", &st)))
		return -rc;
	sqlite3_bind_text(st, 1, kunci, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	id = sqlite3_column_int64(st, 0);
	snprintf(own, sizeof own, "%s", rc == SQLITE_ROW ? col_text(st, 1) : "");
	merged = rc == SQLITE_ROW && sqlite3_column_int(st, 2);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -db_fail(d, _("cannot read the cases"));
	if (rc == SQLITE_DONE)
		return 0;
	if (nomor)
		snprintf(nomor, 32, "%s", own);
	/* a duplicate merged stands for the case kept */
	return merged ? kasus_alias_follow(d, kunci, id, nomor) : 1;
}

int kasus_find_origin(struct db *d, const char *asal, const char *asal_nomor, char nomor[32])
{
	struct store_state *s = db_state(d, &store_module);
	sqlite3_stmt *st;
	int rc;

	/* the partial index kasus_asal: a roll-up's cases, none of an agency's own */
	if ((rc = db_cached(d, &s->origin, "SELECT nomor FROM kasus WHERE asal = ?1 AND asal_nomor = ?2",
			    &st)))
		return -rc;
	sqlite3_bind_text(st, 1, asal, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, asal_nomor, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(nomor, 32, "%s", col_text(st, 0));
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -db_fail(d, _("cannot read the cases"));
	return rc == SQLITE_ROW;
}

int kasus_stored(struct db *d, long long id, const int *cols, int n, char (*out)[48])
{
	struct store_state *s = db_state(d, &store_module);
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st;
	int rc;

	/* one statement per connection: the columns a change compares */
	if (!s->stored) {
		sb_puts(&sql, "SELECT ");
		for (int i = 0; i < n; i++)
			sb_printf(&sql, "%s%s", i ? ", " : "", kasus_columns[cols[i]].name);
		sb_puts(&sql, " FROM kasus_teks WHERE id = ?1");
		rc = db_prepare(d, sql.buf, &s->stored);
		sb_free(&sql);
		if (rc)
			return rc;
	}
	if ((rc = db_cached(d, &s->stored, NULL, &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = db_fail(d, _("cannot read the case"));
		sqlite3_reset(st);
		return rc;
	}
	for (int i = 0; i < n; i++)
		snprintf(out[i], 48, "%s", col_text(st, i));
	sqlite3_reset(st);
	return 0;
}

