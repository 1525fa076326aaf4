/* The database's copy of the rules (store.h): every table's SQL made from
 * its descriptor (catalog.h), so that storing and loading walk the same
 * columns. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/load.h"
#include "netral/rules/rows.h"
#include "netral/rules/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

static int stored(const struct rules_column *c)
{
	return c->sql != NULL;
}

/* INSERT of t's columns; upsert: a row whose key is there already
 * replaces it (ON CONFLICT on the key). */
static void insert_sql(const struct rules_table *t, int upsert, struct strbuf *sb)
{
	int n = 0;

	sb_printf(sb, "INSERT INTO %s (", t->name);
	for (size_t k = 0; k < t->ncols; k++)
		if (stored(&t->cols[k]))
			sb_printf(sb, "%s%s", n++ ? ", " : "", t->cols[k].sql);
	sb_puts(sb, ") VALUES (");
	for (int i = 1; i <= n; i++)
		sb_printf(sb, "%s?%d", i > 1 ? ", " : "", i);
	sb_puts(sb, ")");
	if (!upsert)
		return;
	n = 0;
	sb_puts(sb, " ON CONFLICT (");
	for (size_t k = 0; k < t->ncols; k++)
		if (t->cols[k].flags & RC_KEY)
			sb_printf(sb, "%s%s", n++ ? ", " : "", t->cols[k].sql);
	sb_puts(sb, ") DO UPDATE SET ");
	n = 0;
	for (size_t k = 0; k < t->ncols; k++)
		if (stored(&t->cols[k]) && !(t->cols[k].flags & RC_KEY))
			sb_printf(sb, "%s%s = excluded.%s", n++ ? ", " : "", t->cols[k].sql, t->cols[k].sql);
}

static void select_sql(const struct rules_table *t, struct strbuf *sb)
{
	int n = 0;

	sb_puts(sb, "SELECT ");
	for (size_t k = 0; k < t->ncols; k++)
		if (stored(&t->cols[k]))
			sb_printf(sb, "%s%s", n++ ? ", " : "", t->cols[k].sql);
	sb_printf(sb, " FROM %s ORDER BY %s", t->name, t->order);
}

/* The key column of an upserted table: what a case refers to. */
static const char *key_sql(const struct rules_table *t)
{
	for (size_t k = 0; k < t->ncols; k++)
		if (t->cols[k].flags & RC_KEY)
			return t->cols[k].sql;
	return NULL;
}

/* Row i of t into st's parameters; an unset day is stored as ''. */
static void bind_row(sqlite3_stmt *st, const struct rules_table *t, const void *row, size_t i)
{
	int p = 0;

	for (size_t k = 0; k < t->ncols; k++) {
		const struct rules_column *c = &t->cols[k];
		char buf[RULES_CELL_MAX];
		const char *s;

		if (!stored(c))
			continue;
		p++;
		switch (c->kind) {
		case RV_INT:
			sqlite3_bind_int(st, p, *(const int *)RULES_MEMBER(c, row));
			break;
		case RV_LINE:
			/* the file's line, or a row's place for rows no file gave */
			sqlite3_bind_int64(st, p, *(const long *)RULES_MEMBER(c, row) ?
					   *(const long *)RULES_MEMBER(c, row) : (sqlite3_int64)i);
			break;
		case RV_ORDER:
			sqlite3_bind_int64(st, p, (sqlite3_int64)i);
			break;
		default:
			s = rules_cell(c, row, buf);
			sqlite3_bind_text(st, p, s ? s : "", -1, SQLITE_TRANSIENT);
		}
	}
}

static void read_row(sqlite3_stmt *st, const struct rules_table *t, void *row)
{
	int p = 0;

	for (size_t k = 0; k < t->ncols; k++) {
		const struct rules_column *c = &t->cols[k];
		void *m = RULES_MEMBER(c, row);
		const char *s;

		if (!stored(c))
			continue;
		s = col_text(st, p);
		switch (c->kind) {
		case RV_TEXT:
			*(char **)m = xstrdup(s);
			break;
		case RV_DATE:
			if (date_parse_iso(s, m) < 0)
				memset(m, 0, sizeof(struct date));
			break;
		case RV_INT:
			*(int *)m = sqlite3_column_int(st, p);
			break;
		case RV_LINE:
			*(long *)m = sqlite3_column_int(st, p);
			break;
		case RV_ENUM:
			*(int *)m = c->en->unknown;
			for (int e = 0; e < c->en->n; e++)
				if (strcmp(s, c->en->names[e]) == 0)
					*(int *)m = c->en->first + e;
			break;
		default:
			break;
		}
		p++;
	}
	if (t->settle)
		t->settle(row);
}

/* The codes of the rows stored, so that the rows the new rules drop can
 * be deleted after (RT_KEEP_USED). */
static int keep_code(struct db *d, sqlite3_stmt *keep, const struct rules_table *t, const void *row)
{
	const char *key = key_sql(t);

	for (size_t k = 0; k < t->ncols; k++)
		if (t->cols[k].sql == key)
			bind_text(keep, 1, *(char *const *)RULES_MEMBER(&t->cols[k], row));
	if (sqlite3_step(keep) != SQLITE_DONE)
		return db_fail(d, _(t->what));
	sqlite3_reset(keep);
	return 0;
}

/* A row a user added, which the rules' rows never replace. */
static int users_row(const struct rules_table *t, const void *row)
{
	for (size_t k = 0; k < t->ncols; k++)
		if ((t->cols[k].flags & RC_ORIGIN) && !*(const int *)RULES_MEMBER(&t->cols[k], row))
			return 1;
	return 0;
}

static int store_rows(struct db *d, const struct rules *r, const struct rules_table *t,
		      sqlite3_stmt *st, sqlite3_stmt *keep)
{
	struct rows_array a;
	int rc = 0;

	rows_get(r, t, &a);
	for (size_t i = 0; i < a.n && !rc; i++) {
		const void *row = ROWS_AT(t, &a, i);

		if (users_row(t, row))
			continue;
		bind_row(st, t, row, i);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = db_fail(d, _(t->what));
		sqlite3_reset(st);
		if (!rc && keep)
			rc = keep_code(d, keep, t, row);
	}
	return rc;
}

/* One table's rows: emptied before (rules_store), or upserted, the rows
 * a user added kept (RT_USER_ROWS) or the ones the rules dropped deleted
 * after, which foreign keys refuse while a case uses one (RT_KEEP_USED). */
static int store_table(struct db *d, const struct rules *r, const struct rules_table *t)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st = NULL, *keep = NULL;
	int upsert = (t->flags & (RT_KEEP_USED | RT_USER_ROWS)) != 0, rc;

	if ((t->flags & RT_KEEP_USED) &&
	    (rc = db_exec(d, "CREATE TEMP TABLE IF NOT EXISTS keep (kode TEXT PRIMARY KEY);"
			  "DELETE FROM temp.keep")))
		return rc;
	insert_sql(t, upsert, &sql);
	if (!(rc = db_prepare(d, sb_str(&sql), &st)) &&
	    (!(t->flags & RT_KEEP_USED) || !(rc = db_prepare(d, "INSERT INTO temp.keep VALUES (?1)", &keep))))
		rc = store_rows(d, r, t, st, keep);
	if (!rc && (t->flags & RT_KEEP_USED)) {
		sb_reset(&sql);
		sb_printf(&sql, "DELETE FROM %s WHERE %s NOT IN (SELECT kode FROM temp.keep)", t->name,
			  key_sql(t));
		if (sqlite3_exec(d->h, sb_str(&sql), NULL, NULL, NULL) != SQLITE_OK)
			rc = db_fail(d, _(t->drop));
	}
	sqlite3_finalize(st);
	sqlite3_finalize(keep);
	sb_free(&sql);
	return rc;
}

static int emptied(const struct rules_table *t)
{
	return !(t->flags & (RT_KEEP_USED | RT_USER_ROWS));
}

/* The texts (the permit's letter), each a row of templat when the rules
 * hold it. */
static int store_texts(struct db *d, const struct rules *r)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "INSERT INTO templat (nama, isi) VALUES (?1, ?2) "
			     "ON CONFLICT (nama) DO UPDATE SET isi = excluded.isi", &st)))
		return rc;
	for (size_t i = 0; i < RULES_NTEXTS && !rc; i++) {
		const char *text = *(char *const *)((const char *)r + rules_texts[i].off);

		if (!text)
			continue;
		bind_text(st, 1, rules_texts[i].name);
		bind_text(st, 2, text);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot store the rules"));
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

int rules_store(const struct rules *r, struct db *d, const char *source)
{
	sqlite3_stmt *st;
	struct strbuf sql = STRBUF_INIT;
	int rc = 0;

	/* the tables that refer to others are emptied first */
	for (size_t i = RT_COUNT; i-- > 0 && !rc;)
		if (emptied(&rules_tables[i])) {
			sb_reset(&sql);
			sb_printf(&sql, "DELETE FROM %s", rules_tables[i].name);
			rc = db_exec(d, sb_str(&sql));
		}
	sb_free(&sql);
	for (size_t i = 0; i < RT_COUNT && !rc; i++)
		rc = store_table(d, r, &rules_tables[i]);
	if (rc || (rc = store_texts(d, r)) ||
	    (rc = db_prepare(d, "INSERT INTO meta (kunci, nilai) VALUES ('aturan_hash', ?1), "
			     "('aturan_sumber', ?2) ON CONFLICT (kunci) DO UPDATE SET nilai = excluded.nilai",
			     &st)))
		return rc;
	bind_text(st, 1, r->hash);
	bind_text(st, 2, source);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot store the rules"));
	sqlite3_finalize(st);
	return rc;
}

static int read_table(struct db *d, struct rules *r, const struct rules_table *t)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st;
	int rc, s;

	select_sql(t, &sql);
	rc = db_prepare(d, sb_str(&sql), &st);
	sb_free(&sql);
	if (rc)
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW)
		read_row(st, t, rows_add(r, t));
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the rules"));
}

static int read_texts(struct db *d, struct rules *r)
{
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT nama, isi FROM templat", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW)
		for (size_t i = 0; i < RULES_NTEXTS; i++)
			if (strcmp(col_text(st, 0), rules_texts[i].name) == 0)
				*(char **)((char *)r + rules_texts[i].off) = xstrdup(col_text(st, 1));
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the rules"));
}

int rules_load_db(struct rules *r, struct db *d)
{
	sqlite3_stmt *st;
	int rc = 0, s;

	memset(r, 0, sizeof *r);
	for (size_t i = 0; i < RT_COUNT && !rc; i++)
		rc = read_table(d, r, &rules_tables[i]);
	if (!rc && !(rc = db_prepare(d, "SELECT nilai FROM meta WHERE kunci = 'aturan_hash'", &st))) {
		if ((s = sqlite3_step(st)) == SQLITE_ROW)
			snprintf(r->hash, sizeof r->hash, "%s", col_text(st, 0));
		else if (s != SQLITE_DONE)
			rc = db_fail(d, _("cannot read the rules"));
		sqlite3_finalize(st);
	}
	if (!rc)
		rc = read_texts(d, r);
	rules_index(r);
	return rc;
}

/* A contest a user adds: a row of its own, never a rules' row replaced. */
int rules_add_pemilihan(struct db *d, const struct pemilihan *p)
{
	const struct rules_table *t = &rules_tables[RT_PEMILIHAN];
	struct strbuf sql = STRBUF_INIT;
	struct pemilihan mine = *p;
	sqlite3_stmt *st;
	int rc;

	mine.bawaan = 0;
	if (!mine.sebutan)
		mine.sebutan = mine.nama;
	insert_sql(t, 0, &sql);
	rc = db_prepare(d, sb_str(&sql), &st);
	sb_free(&sql);
	if (rc)
		return rc;
	bind_row(st, t, &mine, 0);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot add the contest"));
	sqlite3_finalize(st);
	return rc;
}
