/* The context of a command: opening the database, keeping its rules
 * current, and the change path every command shares. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/audit/log.h"
#include "netral/cli/app.h"
#include "netral/kasus/store.h"
#include "netral/rules/load.h"
#include "netral/rules/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

static int meta_get(struct db *d, const char *key, char *out, size_t cap)
{
	sqlite3_stmt *st;
	int rc;

	*out = '\0';
	if ((rc = db_prepare(d, "SELECT nilai FROM meta WHERE kunci = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(out, cap, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the database"));
}

static int meta_delete(struct db *d, const char *key)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "DELETE FROM meta WHERE kunci = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot write to the database"));
}

/* Whether the stored rules or derived values are behind: the built-in
 * rules changed (a newer netral; not when a folder's rules are in use), or
 * a migration added a derived column (meta turunkan_ulang). */
static int behind(struct db *d, const char *hash, int *rules, int *derive)
{
	char stored[128], source[32], again[64];
	int rc;

	if ((rc = meta_get(d, "aturan_hash", stored, sizeof stored)) ||
	    (rc = meta_get(d, "aturan_sumber", source, sizeof source)) ||
	    (rc = meta_get(d, "turunkan_ulang", again, sizeof again)))
		return rc;
	*rules = strcmp(source, "folder") != 0 && strcmp(stored, hash) != 0;
	*derive = *again != '\0';
	return 0;
}

/* The database follows the built-in rules and the derived columns of its
 * schema: store the new set and reclassify, all or nothing. */
static int sync_rules(struct app *a)
{
	struct db *d = &a->db;
	char hash[65];
	struct rules r;
	long changed = 0;
	int rc, rules, derive;

	rules_builtin_hash(hash);
	if ((rc = behind(d, hash, &rules, &derive)) || (!rules && !derive))
		return rc;
	if ((rc = db_begin(d)))
		return rc;
	/* another process may have done it while we waited for the lock */
	if ((rc = behind(d, hash, &rules, &derive)))
		goto out;
	if (!rules && !derive) {
		db_rollback(d);
		return 0;
	}
	if ((rc = rules_load_builtin(&r))) {
		rules_free(&r);
		goto out;
	}
	if (rules)
		rc = rules_store(&r, d, "bawaan");
	else if (rules_take_missing(&a->rules, &r))
		/* an upgrade under a folder's rules: the files the folder
		 * predates are the built-in ones, as 'rules load' takes them */
		rc = rules_store(&a->rules, d, "folder");
	rules_free(&r);
	if (rc || (rc = app_reload_rules(a)))
		goto out;
	if ((rc = reclassify(a, 0, rules ? _("built-in rules updated") : _("database upgraded"),
			     &changed)) ||
	    (rc = meta_delete(d, "turunkan_ulang")))
		goto out;
	if ((rc = db_commit(d)))
		return rc;
	if (rules && changed && !a->quiet)
		warning(P_("built-in rules updated; %ld case reclassified",
			   "built-in rules updated; %ld cases reclassified", changed), changed);
	return 0;
out:
	db_rollback(d);
	return rc;
}

int app_open(struct app *a, enum db_mode mode)
{
	int rc;

	/* a command may open twice (check the input, then write) */
	app_close(a);
	if ((rc = db_open(&a->db, a->db_opt, mode)))
		return rc;
	if ((rc = rules_load_db(&a->rules, &a->db)))
		goto bad;
	if (mode == DB_WRITE && (rc = sync_rules(a)))
		goto bad;
	return 0;
bad:
	app_close(a);
	return rc;
}

int app_reload_rules(struct app *a)
{
	rules_free(&a->rules);
	return rules_load_db(&a->rules, &a->db);
}

int app_db_exists(struct app *a)
{
	char path[4096];
	int is_default;
	struct stat sb;

	if (db_locate(a->db_opt, path, sizeof path, &is_default))
		return 0;
	return stat(path, &sb) == 0;
}

int app_open_rules(struct app *a)
{
	int rc;

	if (app_db_exists(a))
		return app_open(a, DB_READ);
	app_close(a);
	if ((rc = rules_load_builtin(&a->rules)))
		rules_free(&a->rules);
	return rc;
}

void app_close(struct app *a)
{
	db_close(&a->db);
	rules_free(&a->rules);
}

int app_today(struct app *a, const struct date **out)
{
	struct err e;

	if (!a->has_today) {
		if (date_today(&a->today, &e) < 0)
			return fail(NX_USAGE, "%s", e.msg);
		a->has_today = 1;
	}
	*out = &a->today;
	return 0;
}

void app_change_init(struct app *a, struct change *c, const char *event_kind)
{
	memset(c, 0, sizeof *c);
	c->rules = &a->rules;
	c->op = a->operator;
	c->event_kind = event_kind;
}

void app_warnings(const struct app *a, const char *lines)
{
	if (!a->quiet)
		warning_lines(lines);
}

int reclassify(struct app *a, int inferred_only, const char *why, long *changed)
{
	static const char *const none[F_COUNT];
	struct db *d = &a->db;
	struct change c;
	char (*nomor)[32] = NULL;
	size_t n = 0;
	int rc;

	app_change_init(a, &c, "klasifikasi");
	c.catatan = why;
	*changed = 0;
	/* the numbers first: the loop below rewrites the rows it would read */
	if ((rc = kasus_numbers(d, inferred_only, &nomor, &n)))
		return rc;
	for (size_t i = 0; i < n && !rc; i++) {
		struct err e;

		/* the warnings of a reclassification are not news */
		rc = kasus_change(d, nomor[i], none, &c, &e, NULL);
		if (rc == NX_DATA && e.field >= 0)
			rc = fail(NX_DATA, _("case %s: %s: %s"), nomor[i], field_def(e.field)->name, e.msg);
		if (c.changed)
			(*changed)++;
	}
	free(nomor);
	return rc;
}

int app_change(struct app *a, const char *nomor, const char *const *vals,
	       struct change *c, int (*refuse)(const struct change *c, const char *nomor))
{
	char one[1][32];

	snprintf(one[0], sizeof one[0], "%s", nomor);
	return app_change_all(a, one, 1, vals, c, refuse, NULL);
}

int app_change_all(struct app *a, char (*nomor)[32], size_t n, const char *const *vals,
		   struct change *c, int (*refuse)(const struct change *c, const char *nomor),
		   void (*done)(const struct change *c, const char *nomor, struct strbuf *out))
{
	struct strbuf w = STRBUF_INIT, out = STRBUF_INIT;
	struct err e;
	int rc = 0;

	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	c->rules = &a->rules;
	for (size_t i = 0; i < n && !rc; i++) {
		rc = kasus_change(&a->db, nomor[i], vals, c, &e, &w);
		if (rc == NX_DATA && e.field >= 0 && n > 1)
			rc = fail(NX_DATA, "%s: %s: %s", nomor[i], field_def(e.field)->name, e.msg);
		else if (rc == NX_DATA && e.field >= 0)
			rc = fail(NX_DATA, "%s: %s", field_def(e.field)->name, e.msg);
		if (!rc && refuse)
			rc = refuse(c, nomor[i]);
		if (!rc && done)
			done(c, nomor[i], &out);
	}
	if (!rc)
		rc = db_commit(&a->db);
	if (rc) {
		db_rollback(&a->db);
	} else {
		app_warnings(a, w.buf);
		fputs(sb_str(&out), stdout);
	}
	sb_free(&w);
	sb_free(&out);
	return rc;
}

int app_confirm(int yes, const char *question)
{
	FILE *tty = NULL, *in = stdin;
	char answer[16];
	int ok;

	if (yes)
		return 1;
	if (!isatty(STDIN_FILENO)) {
		/* the cases came on standard input: ask the terminal itself,
		 * where someone watches it (not in a script's captured run) */
		if (!isatty(STDERR_FILENO) || !(tty = fopen("/dev/tty", "r+")))
			return 1;
		in = tty;
	}
	fprintf(tty ? tty : stderr, "%s [y/N] ", question);
	fflush(tty ? tty : stderr);
	ok = fgets(answer, sizeof answer, in) && (answer[0] == 'y' || answer[0] == 'Y');
	if (tty)
		fclose(tty);
	return ok;
}
