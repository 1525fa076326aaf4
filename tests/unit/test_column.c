/* The column catalogue (kasus/column.h) is the kasus table of a new
 * database, column for column: a column added to one and not the other
 * fails here.  And its own rules: fields are input columns, fingerprint
 * places 1..n once each. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "netral/db/db.h"
#include "netral/kasus/column.h"
#include "tap.h"

static void against_schema(void)
{
	char dir[] = "/tmp/netral-column.XXXXXX", path[64];
	struct db d;
	sqlite3_stmt *st;
	int c = 0;

	if (!ok(mkdtemp(dir) != NULL, "a scratch directory"))
		return;
	snprintf(path, sizeof path, "%s/n.db", dir);
	if (!ok(db_open(&d, path, DB_WRITE) == 0, "a new database") ||
	    !ok(db_prepare(&d, "SELECT name, type, \"notnull\" FROM pragma_table_info('kasus') ORDER BY cid",
			   &st) == 0, "its columns"))
		return;
	for (; sqlite3_step(st) == SQLITE_ROW; c++) {
		const char *name = col_text(st, 0), *type = col_text(st, 1);

		if (!ok(c < COL_COUNT, "column %d '%s' is in the catalogue", c + 1, name))
			break;
		is_str(kasus_columns[c].name, name, "column %d is '%s'", c + 1, name);
		is_str((kasus_columns[c].flags & (CF_INTEGER | CF_CODED)) ? "INTEGER" : "TEXT", type,
		       "column '%s' has the type of its flags", name);
		if (kasus_columns[c].flags & CF_REQUIRED)
			ok(sqlite3_column_int(st, 2), "required '%s' is NOT NULL", name);
	}
	is_int(c, COL_COUNT, "as many columns in the table as in the catalogue");
	sqlite3_finalize(st);
	/* the view that reads the coded columns as text: the same columns */
	if (ok(db_prepare(&d, "SELECT name FROM pragma_table_info('kasus_teks') ORDER BY cid", &st) == 0,
	       "the view's columns")) {
		for (c = 0; sqlite3_step(st) == SQLITE_ROW && c < COL_COUNT; c++)
			is_str(col_text(st, 0), kasus_columns[c].name, "kasus_teks column %d is '%s'", c + 1,
			       kasus_columns[c].name);
		is_int(c, COL_COUNT, "as many columns in kasus_teks as in the catalogue");
		sqlite3_finalize(st);
	}
	db_close(&d);
	unlink(path);
	rmdir(dir);
}

static void own_rules(void)
{
	int order[COL_COUNT], n = column_audit_order(order), seen[COL_COUNT + 1] = { 0 }, nf = 0;

	for (int c = 0; c < COL_COUNT; c++) {
		const struct column_def *d = &kasus_columns[c];
		int input = d->kind == KIND_REPORTED || d->kind == KIND_WORKFLOW;

		ok(input == (d->field >= 0), "'%s' is a field exactly when it is input", d->name);
		if (input) {
			is_int(field_column(d->field), c, "field '%s' maps back to its column", d->name);
			ok(d->maxlen > 0, "field '%s' has a length limit", d->name);
			is_int(d->field, nf++, "field '%s' is in import order", d->name);
		}
		if (d->audit) {
			ok(d->audit <= COL_COUNT && !seen[d->audit], "'%s' has its own fingerprint place", d->name);
			seen[d->audit < COL_COUNT ? d->audit : 0] = 1;
			ok(d->kind != KIND_BOOK, "'%s': bookkeeping is not fingerprinted", d->name);
		}
	}
	is_int(nf, F_COUNT, "every field is a column");
	for (int i = 0; i < n; i++)
		is_int(kasus_columns[order[i]].audit, i + 1, "fingerprint place %d is taken", i + 1);
	is_int(field_by_name("tanggal-lahir"), F_TANGGAL_LAHIR, "an option spelling names its field");
	is_int(column_by_name("ruleset"), COL_RULESET, "a derived column by name");
	is_int(field_by_name("ruleset"), -1, "a derived column is no field");
}

int main(void)
{
	against_schema();
	own_rules();
	return tap_done();
}
