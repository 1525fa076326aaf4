/* Opening the database for a command, and keeping its rules current. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "netral/cli/app.h"
#include "netral/audit/audit.h"
#include "netral/kasus/change.h"
#include "netral/kasus/kasus.h"
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

/* The built-in rules changed (a newer netral) and the database follows
 * them: store the new set and reclassify, all or nothing. */
static int sync_rules(struct app *a)
{
	struct db *d = &a->db;
	char hash[65], stored[128], source[32];
	struct rules r;
	long changed = 0;
	int rc;

	rules_builtin_hash(hash);
	if ((rc = meta_get(d, "aturan_hash", stored, sizeof stored)) ||
	    (rc = meta_get(d, "aturan_sumber", source, sizeof source)))
		return rc;
	if (strcmp(source, "folder") == 0 || strcmp(stored, hash) == 0)
		return 0;
	if ((rc = db_begin(d)))
		return rc;
	/* another process may have done it while we waited for the lock */
	if ((rc = meta_get(d, "aturan_hash", stored, sizeof stored)))
		goto out;
	if (strcmp(stored, hash) == 0) {
		db_rollback(d);
		return 0;
	}
	if ((rc = rules_load_builtin(&r))) {
		rules_free(&r);
		goto out;
	}
	rc = rules_store(&r, d->h, "bawaan");
	rules_free(&r);
	if (rc)
		goto out;
	rules_free(&d->rules);
	if ((rc = rules_load_db(&d->rules, d->h)) || (rc = reclassify(a, 0, _("built-in rules updated"), &changed)))
		goto out;
	if ((rc = db_commit(d)))
		return rc;
	if (*stored && changed)
		warning(_("built-in rules updated; %ld cases reclassified"), changed);
	return 0;
out:
	db_rollback(d);
	return rc;
}

int app_open(struct app *a, enum db_mode mode)
{
	int rc;

	if ((rc = db_open(&a->db, a->db_opt, mode)))
		return rc;
	if ((rc = rules_load_db(&a->db.rules, a->db.h)))
		goto bad;
	if (mode == DB_WRITE && (rc = sync_rules(a)))
		goto bad;
	return 0;
bad:
	db_close(&a->db);
	return rc;
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
	if ((rc = rules_load_builtin(&a->db.rules)))
		rules_free(&a->db.rules);
	return rc;
}

void app_close(struct app *a)
{
	db_close(&a->db);
}

int reclassify(struct app *a, int inferred_only, const char *why, long *changed)
{
	static const char *const none[F_COUNT];
	struct db *d = &a->db;
	struct change c;
	struct strbuf w = STRBUF_INIT;
	sqlite3_stmt *st;
	char (*nomor)[32] = NULL;
	size_t n = 0, cap = 0;
	int rc, s;

	memset(&c, 0, sizeof c);
	c.op = audit_operator(a->operator);
	c.jenis = "klasifikasi";
	c.catatan = why;
	*changed = 0;
	/* the numbers first: the loop below rewrites the rows it would read */
	if ((rc = db_prepare(d, "SELECT nomor FROM kasus WHERE ?1 = 0 OR "
			     "pemilihan_disimpulkan = 1 OR pemilihan IS NULL ORDER BY id", &st)))
		return rc;
	sqlite3_bind_int(st, 1, inferred_only);
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			nomor = xrealloc(nomor, cap * sizeof *nomor);
		}
		snprintf(nomor[n++], 32, "%s", col_text(st, 0));
	}
	sqlite3_finalize(st);
	if (s != SQLITE_DONE) {
		free(nomor);
		return db_fail(d, _("cannot read the cases"));
	}
	for (size_t i = 0; i < n && !rc; i++) {
		struct err e;
		enum field bad;

		rc = kasus_change(d, nomor[i], none, &c, &e, &bad, &w);
		if (rc == NX_DATA)
			rc = fail(NX_DATA, _("case %s: %s: %s"), nomor[i], field_defs[bad].name, e.msg);
		if (c.changed)
			(*changed)++;
		sb_reset(&w);
	}
	sb_free(&w);
	free(nomor);
	return rc;
}

int app_change(struct app *a, const char *nomor, const char *const *vals,
	       struct change *c, int (*refuse)(const struct change *c, const char *nomor))
{
	struct strbuf w = STRBUF_INIT;
	struct err e;
	enum field bad;
	int rc;

	if ((rc = app_open(a, DB_WRITE)) || (rc = db_begin(&a->db)))
		return rc;
	rc = kasus_change(&a->db, nomor, vals, c, &e, &bad, &w);
	if (rc == NX_DATA)
		rc = fail(NX_DATA, "%s: %s", field_defs[bad].name, e.msg);
	if (!rc && refuse)
		rc = refuse(c, nomor);
	if (!rc)
		rc = db_commit(&a->db);
	if (rc)
		db_rollback(&a->db);
	else
		warning_lines(w.buf);
	sb_free(&w);
	return rc;
}

int usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "netral %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, _("\ntry 'netral %s --help'\n"), cmd);
	return NX_USAGE;
}

int next_opt(int argc, char **argv, const char *shortopts,
	     const struct option *lo, const char *cmd)
{
	int c;

	opterr = 0;
	c = getopt_long(argc, argv, shortopts, lo, NULL);
	if (c == '?') {
		if (optopt && optopt < 256)
			usage_error(cmd, _("unknown option '-%c'"), optopt);
		else
			usage_error(cmd, _("unknown option '%s'"), argv[optind - 1]);
		return '?';
	}
	if (c == ':') {
		usage_error(cmd, _("option '%s' needs a value"), argv[optind - 1]);
		return '?';
	}
	return c;
}

int print_help(const char *text)
{
	fputs(_(text), stdout);
	return 0;
}
