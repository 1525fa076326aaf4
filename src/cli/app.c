/* The context of a command: opening the database, keeping its rules
 * current, and the change path every command shares. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/audit/log.h"
#include "netral/audit/record.h"
#include "netral/cegah/rekey.h"
#include "netral/cli/app.h"
#include "netral/kasus/store.h"
#include "netral/rules/load.h"
#include "netral/rules/store.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

/* Whether the stored rules or derived values are behind: the built-in
 * rules changed (a newer netral; not when a folder's rules are in use), a
 * migration added a derived column (meta turunkan_ulang), or changed how
 * names fold (meta lipat_ulang: the keys of records, *refold). */
static int behind(struct db *d, const char *hash, int *rules, int *derive, int *refold)
{
	char stored[128], source[32], again[64], proven[32], fold[32];
	int rc;

	if ((rc = db_meta_get(d, "aturan_hash", stored, sizeof stored)) ||
	    (rc = db_meta_get(d, "aturan_sumber", source, sizeof source)) ||
	    (rc = db_meta_get(d, "turunkan_ulang", again, sizeof again)) ||
	    (rc = db_meta_get(d, "lipat_ulang", fold, sizeof fold)) ||
	    (rc = db_meta_get(d, "aturan_peristiwa", proven, sizeof proven)))
		return rc;
	*rules = strcmp(source, "folder") != 0 && strcmp(stored, hash) != 0;
	*refold = *fold != '\0';
	/* rules stored before schema 11 were never recorded in the log */
	*derive = *again != '\0' || *refold || !*proven;
	return 0;
}

/* The keys of names folded again after an upgrade of the folding, within
 * the transaction of the upgrade; what could not be, into warn. */
static int refold_keys(struct app *a, struct strbuf *warn)
{
	int rc;

	if ((rc = cegah_rekey(&a->db, a->operator, _("database upgraded"), warn)))
		return rc;
	return db_meta_delete(&a->db, "lipat_ulang");
}

/* The database follows the built-in rules and the derived columns of its
 * schema: store the new set and reclassify, all or nothing. */
static int sync_rules(struct app *a)
{
	struct db *d = &a->db;
	char hash[65];
	struct rules r;
	struct strbuf warn = STRBUF_INIT;
	long changed = 0;
	int rc, rules, derive, refold;

	rules_builtin_hash(hash);
	if ((rc = behind(d, hash, &rules, &derive, &refold)) || (!rules && !derive))
		return rc;
	/* a new file's schema waits for its rules in the same transaction */
	if (!d->fresh && (rc = db_begin(d)))
		return rc;
	/* another process may have done it while we waited for the lock */
	if ((rc = behind(d, hash, &rules, &derive, &refold)))
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
	    (rc = db_meta_delete(d, "turunkan_ulang")) ||
	    (refold && (rc = refold_keys(a, &warn))) ||
	    (rc = audit_rules(d, a->operator, rules ? "bawaan" : NULL)))
		goto out;
	if ((rc = db_commit(d)))
		goto done;
	if (rules && changed && !a->quiet)
		warning(P_("built-in rules updated; %ld case reclassified",
			   "built-in rules updated; %ld cases reclassified", changed), changed);
	app_warnings(a, sb_str(&warn));
	goto done;
out:
	db_rollback(d);
done:
	sb_free(&warn);
	return rc;
}

/* A dry run rehearses on the database as it is: one whose rules an
 * upgrade would bring up to date first is not rehearsed on. */
static int current(struct app *a)
{
	char hash[65];
	int rc, rules, derive, refold;

	rules_builtin_hash(hash);
	if ((rc = behind(&a->db, hash, &rules, &derive, &refold)))
		return rc;
	if (rules || derive)
		return fail(NX_DATABASE, _("'%s' needs its rules brought up to date first: run 'netral init' (a dry run writes nothing)"),
			    a->db.path);
	return 0;
}

/* The database and its rules, a dry run's scratch file kept. */
static void close_db(struct app *a)
{
	db_close(&a->db);
	rules_free(&a->rules);
}

int app_open(struct app *a, enum db_mode mode)
{
	int rc;

	/* a command may open twice (check the input, then write) */
	close_db(a);
	if ((rc = db_open(&a->db, a->db_opt, mode)))
		return rc;
	if ((rc = rules_load_db(&a->rules, &a->db)))
		goto bad;
	if (mode == DB_WRITE && (rc = sync_rules(a)))
		goto bad;
	if (mode == DB_DRY && (rc = current(a)))
		goto bad;
	if (!a->rules.status.n) {
		/* left so by an older netral that failed between the schema and
		 * its rules: not a database to read or check as if it were one */
		rc = fail(NX_DATABASE, _("'%s' holds no rules: it was never fully created; run 'netral init'"),
			  a->db.path);
		goto bad;
	}
	return 0;
bad:
	close_db(a);
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
	struct err e;

	/* none located: the open that follows, if any, says so */
	if (db_locate(a->db_opt, path, sizeof path, &is_default, &e))
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
	close_db(a);
	if (a->scratch) {
		char side[4200];

		unlink(a->scratch);
		snprintf(side, sizeof side, "%s-wal", a->scratch);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", a->scratch);
		unlink(side);
		free(a->scratch);
		a->scratch = NULL;
		a->db_opt = a->db_opt_given;
	}
}

int app_open_dry(struct app *a)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	int fd;

	if (app_db_exists(a))
		return app_open(a, DB_DRY);
	/* no database yet: a scratch one with the built-in rules, so that a
	 * dry run checks a file before the agency has a database at all */
	snprintf(path, sizeof path, "%s/netral-dry-XXXXXX", dir && *dir ? dir : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		return fail(NX_IO, _("cannot create a temporary database in '%s': %s"),
			    dir && *dir ? dir : "/tmp", strerror(errno));
	close(fd);
	app_close(a);
	a->scratch = xstrdup(path);
	a->db_opt_given = a->db_opt;
	a->db_opt = a->scratch;
	return app_open(a, DB_WRITE);
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

int app_move_day(struct app *a, const char *tanggal, char day[11])
{
	const struct date *today = NULL;
	struct date d;
	struct err e;
	int rc;

	if ((rc = app_today(a, &today)))
		return rc;
	d = *today;
	if (tanggal) {
		if (date_parse(tanggal, &d, &e) < 0)
			return fail(NX_DATA, "--tanggal: %s", e.msg);
		if (date_cmp(&d, today) > 0)
			return fail(NX_DATA, _("--tanggal: %s is after today"), tanggal);
	}
	date_format(&d, day);
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
	       struct change *c, int (*refuse)(void *ctx, const struct change *c, const char *nomor),
	       void *ctx)
{
	char one[1][32];

	snprintf(one[0], sizeof one[0], "%s", nomor);
	return app_change_all(a, one, 1, vals, c, refuse, NULL, ctx);
}

int app_change_all(struct app *a, char (*nomor)[32], size_t n, const char *const *vals,
		   struct change *c, int (*refuse)(void *ctx, const struct change *c, const char *nomor),
		   void (*done)(void *ctx, const struct change *c, const char *nomor, struct strbuf *out),
		   void *ctx)
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
			rc = refuse(ctx, c, nomor[i]);
		if (!rc && done)
			done(ctx, c, nomor[i], &out);
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
