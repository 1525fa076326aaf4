/* netral history: every event of a case, oldest first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/app.h"
#include "netral/kasus/kasus.h"
#include "netral/util/msg.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral history CASE [--format table|csv|json]\n"
"\n"
"Lists every change to the case, oldest first: when it was recorded, who\n"
"made it (--operator, $NETRAL_OPERATOR or the login name), what kind\n"
"(buat, impor, ubah, status, klasifikasi, blokir), the field, the old and\n"
"the new value, the note and the day it took effect.\n");

static const char *const cols[] = { "waktu", "operator", "jenis", "kolom", "lama",
	"baru", "catatan", "tanggal" };
#define NCOLS 8

int history_emit(struct db *d, long long id, int fmt, struct json *j)
{
	sqlite3_stmt *st;
	struct table t;
	struct csvout c;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT waktu, operator, jenis, kolom, lama, baru, catatan, tanggal "
			     "FROM peristiwa WHERE kasus_id = ?1 ORDER BY id", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if (fmt == FMT_TABLE) {
		table_init(&t, NCOLS);
		table_row(&t, cols);
	} else if (fmt == FMT_CSV) {
		csvout_init(&c, stdout);
		for (int i = 0; i < NCOLS; i++)
			csvout_plain(&c, cols[i]);
		csvout_end(&c);
	} else {
		json_arr(j);
	}
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *v[NCOLS];

		for (int i = 0; i < NCOLS; i++)
			v[i] = col_text(st, i);
		if (fmt == FMT_TABLE) {
			table_row(&t, v);
		} else if (fmt == FMT_CSV) {
			for (int i = 0; i < NCOLS; i++)
				csvout_text(&c, v[i]);
			csvout_end(&c);
		} else {
			json_obj(j);
			for (int i = 0; i < NCOLS; i++)
				json_kstr(j, cols[i], v[i]);
			json_end(j, '}');
		}
	}
	sqlite3_finalize(st);
	if (fmt == FMT_TABLE) {
		table_print(&t, stdout, 1);
		table_free(&t);
	} else if (fmt == FMT_JSON) {
		json_end(j, ']');
	}
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the history"));
}

int cmd_history(struct app *a, int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum format fmt = FMT_TABLE;
	char nomor[32];
	sqlite3_stmt *st;
	long long id;
	int c, rc;

	while ((c = next_opt(argc, argv, ":h", lo, "history")) != -1) {
		if (c == 'h')
			return print_help(help_text);
		if (c != 'f' || format_parse(optarg, &fmt) < 0)
			return c == 'f' ? usage_error("history", _("unknown format '%s' (table, csv, json)"), optarg) :
			       NX_USAGE;
	}
	if (optind + 1 != argc)
		return usage_error("history", _("expected one case number"));
	if (nomor_normalise(argv[optind], nomor) < 0)
		return usage_error("history", _("'%s' is not a case number (like 2024-0007)"), argv[optind]);
	if ((rc = app_open(a, DB_READ)) ||
	    (rc = db_prepare(&a->db, "SELECT id FROM kasus WHERE nomor = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, nomor, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? fail(NX_NOTFOUND, _("no case '%s'"), nomor) :
		       db_fail(&a->db, _("cannot read the case"));
	if (fmt == FMT_JSON) {
		struct json j;

		json_init(&j, stdout);
		rc = history_emit(&a->db, id, fmt, &j);
		json_done(&j);
		return rc;
	}
	return history_emit(&a->db, id, fmt, NULL);
}
