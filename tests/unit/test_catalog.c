/* The catalogue of the rules tables (rules/catalog.h) is the schema's rules
 * tables and the shipped files' headers, column for column: a column added
 * to one and not the other fails here.  And the built-in rules stored and
 * read back are the rules loaded, cell for cell. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "netral/db/db.h"
#include "netral/rules/load.h"
#include "netral/rules/rows.h"
#include "netral/rules/store.h"
#include "netral/util/embed.h"
#include "tap.h"

static int stored_integer(const struct rules_column *c)
{
	return c->kind == RV_INT || c->kind == RV_LINE || c->kind == RV_ORDER;
}

static void against_schema(struct db *d, const struct rules_table *t)
{
	char sql[128];
	sqlite3_stmt *st;
	size_t n = 0, want = 0;

	for (size_t k = 0; k < t->ncols; k++)
		want += t->cols[k].sql != NULL;
	snprintf(sql, sizeof sql, "SELECT name, type FROM pragma_table_info('%s')", t->name);
	if (!ok(db_prepare(d, sql, &st) == 0, "%s: its columns", t->name))
		return;
	for (; sqlite3_step(st) == SQLITE_ROW; n++) {
		const char *name = col_text(st, 0), *type = col_text(st, 1);
		const struct rules_column *c = NULL;

		for (size_t k = 0; k < t->ncols; k++)
			if (t->cols[k].sql && strcmp(t->cols[k].sql, name) == 0)
				c = &t->cols[k];
		if (!ok(c != NULL, "%s.%s is in the catalogue", t->name, name))
			continue;
		is_str(stored_integer(c) ? "INTEGER" : "TEXT", type, "%s.%s has the type of its kind",
		       t->name, name);
	}
	is_int((int)n, (int)want, "%s: as many columns in the table as the catalogue stores", t->name);
	sqlite3_finalize(st);
}

/* The header of a shipped file names the columns the catalogue reads. */
static void against_file(const struct rules_table *t, const char *file)
{
	char name[128], head[1024];
	const struct embedded *em;
	size_t n = 0, want = 0, len;

	snprintf(name, sizeof name, "data/rules/%s", file);
	if (!ok((em = embedded_find(name)) != NULL, "%s is built in", file))
		return;
	len = strcspn(em->data, "\n");
	snprintf(head, sizeof head, "%.*s", (int)len, em->data);
	for (char *p = strtok(head, ","); p; p = strtok(NULL, ","), n++)
		ok(rules_column(t, p) && rules_column(t, p)->csv, "%s: column '%s' is in the catalogue", file, p);
	for (size_t k = 0; k < t->ncols; k++)
		want += t->cols[k].csv != NULL;
	is_int((int)n, (int)want, "%s: as many columns as the catalogue reads", file);
}

static void own_rules(const struct rules_table *t)
{
	int lines = 0, keys = 0;

	for (size_t k = 0; k < t->ncols; k++) {
		const struct rules_column *c = &t->cols[k];

		lines += c->kind == RV_LINE;
		keys += (c->flags & RC_KEY) != 0;
		ok(!c->csv == !c->check, "%s.%s: a column of the file has a check, and only it", t->name,
		   c->field);
		ok(!c->dflt || c->csv, "%s.%s: a default is a file's", t->name, c->field);
		ok(!(c->flags & (RC_SHOW | RC_DATA)) || c->csv, "%s.%s: what is listed is a file's",
		   t->name, c->field);
	}
	is_int(lines, 1, "%s: one member holds the file's line", t->name);
	ok(keys || t->row, "%s: a key, or a hook that says what a duplicate is", t->name);
	ok(!(t->flags & (RT_KEEP_USED | RT_USER_ROWS)) || keys == 1, "%s: an upserted table has one key",
	   t->name);
}

/* Each row of a table in a, by its key, has the cells of its stored
 * columns in b; the order as read back is the table's own. */
static void same_rows(const struct rules *a, const struct rules *b, const struct rules_table *t)
{
	const void *va, *vb;
	size_t na = rules_rows(a, t, &va), nb = rules_rows(b, t, &vb), bad = 0;

	is_int((int)nb, (int)na, "%s: every row read back", t->name);
	for (size_t i = 0; i < na; i++) {
		const void *x = RULES_ROW(t, va, i), *y = rows_same(b, t, x);
		char bx[RULES_CELL_MAX], by[RULES_CELL_MAX];

		if (!y && i < nb)
			y = RULES_ROW(t, vb, i);
		for (size_t k = 0; y && k < t->ncols; k++) {
			const struct rules_column *c = &t->cols[k];
			const char *cx, *cy;

			if (!c->sql || c->kind == RV_ORDER || c->kind == RV_LINE)
				continue;
			cx = rules_cell(c, x, bx);
			cy = rules_cell(c, y, by);
			if (!(cx == cy || (cx && cy && strcmp(cx, cy) == 0))) {
				bad++;
				printf("# %s row %zu, %s: '%s' then '%s'\n", t->name, i, c->sql, cx ? cx : "(none)",
				       cy ? cy : "(none)");
			}
		}
	}
	is_int((int)bad, 0, "%s: every cell read back as stored", t->name);
}

static void round_trip(struct db *d)
{
	struct rules r, back;
	char hash[65];

	if (!ok(rules_load_builtin(&r) == 0, "the built-in rules load"))
		return;
	rules_builtin_hash(hash);
	is_str(hash, r.hash, "the built-in hash is the one loading gives");
	if (ok(rules_store(&r, d, "bawaan") == 0, "they are stored") &&
	    ok(rules_load_db(&back, d) == 0, "and read back")) {
		for (size_t i = 0; i < RT_COUNT; i++)
			same_rows(&r, &back, &rules_tables[i]);
		is_str(back.surat_izin, r.surat_izin, "the letter read back");
		is_str(back.hash, r.hash, "the hash read back");
		rules_free(&back);
	}
	rules_free(&r);
}

int main(void)
{
	char dir[] = "/tmp/netral-catalog.XXXXXX", path[64];
	struct db d;

	if (!ok(mkdtemp(dir) != NULL, "a scratch directory"))
		return tap_done();
	snprintf(path, sizeof path, "%s/n.db", dir);
	if (ok(db_open(&d, path, DB_WRITE) == 0, "a new database")) {
		for (size_t i = 0; i < RT_COUNT; i++) {
			const struct rules_table *t = &rules_tables[i];

			own_rules(t);
			against_schema(&d, t);
			against_file(t, t->file);
			if (t->agency_file)
				against_file(t, t->agency_file);
		}
		round_trip(&d);
		db_close(&d);
	}
	unlink(path);
	rmdir(dir);
	return tap_done();
}
