/* The context every command gets: the global options, the open database,
 * its rules, the day and the operator, passed down instead of hidden in
 * globals. */
#ifndef NETRAL_CLI_APP_H
#define NETRAL_CLI_APP_H

#include "netral/audit/log.h"
#include "netral/db/db.h"
#include "netral/kasus/change.h"
#include "netral/rules/rules.h"
#include "netral/util/strbuf.h"

struct app {
	const char *db_opt;    /* --db */
	char operator[64];     /* --operator, else $NETRAL_OPERATOR, else the login */
	int quiet;             /* -q: no warnings or progress */
	struct db db;
	struct rules rules;    /* the database's copy, or the built-in set */
	struct date today;     /* NETRAL_TODAY, else the clock: see app_today */
	int has_today;
	char *scratch;         /* a dry run's database, removed when closed */
	const char *db_opt_given;
};

/* Opens the database and loads its rules; for DB_WRITE also brings the
 * built-in rules in and reclassifies the cases when they changed.
 * Returns an exit status. */
int app_open(struct app *a, enum db_mode mode);
/* For a dry run: the database for writes that are rolled back (refused
 * when it needs an upgrade), or where there is none, a scratch one with
 * the built-in rules, removed when closed.  Returns an exit status. */
int app_open_dry(struct app *a);
void app_close(struct app *a);
int app_db_exists(struct app *a);
/* For commands that only need the rules: the database's when it exists
 * (it has the user's contests), else the built-in set; creates nothing. */
int app_open_rules(struct app *a);
/* Replaces the rules in memory by the database's copy (after storing). */
int app_reload_rules(struct app *a);

/* Today (fixed by NETRAL_TODAY in tests and reports); a bad NETRAL_TODAY
 * is reported.  Returns an exit status. */
int app_today(struct app *a, const struct date **out);
/* The day of a move, --tanggal as given or today, as ISO into day: a day
 * after today is refused, as a later move could then never follow it.
 * Returns an exit status. */
int app_move_day(struct app *a, const char *tanggal, char day[11]);

/* A change record for this command: the rules, today, the operator. */
void app_change_init(struct app *a, struct change *c, const char *event_kind);

/* Re-derives every case (or those whose contest was inferred) and stores
 * and logs what changed, saying why; within the caller's transaction. */
int reclassify(struct app *a, int inferred_only, const char *why, long *changed);

/* One change to one recorded case, all or nothing: the database opened
 * for writing, vals applied in a transaction (see kasus_change), a refused
 * value reported as "netral: field: problem", warnings printed.  refuse,
 * when given, may still refuse the result before the commit (its message
 * printed, a status returned), given ctx.  Returns an exit status. */
int app_change(struct app *a, const char *nomor, const char *const *vals,
	       struct change *c, int (*refuse)(void *ctx, const struct change *c, const char *nomor),
	       void *ctx);

/* The same change to each of n cases in one transaction, all or nothing:
 * a refusal names the case.  After each change, done (when given) may
 * append what to say of it to out, which is printed once all committed.
 * Returns an exit status. */
int app_change_all(struct app *a, char (*nomor)[32], size_t n, const char *const *vals,
		   struct change *c, int (*refuse)(void *ctx, const struct change *c, const char *nomor),
		   void (*done)(void *ctx, const struct change *c, const char *nomor, struct strbuf *out),
		   void *ctx);


/* Warnings collected by the domain, one per line, unless quiet. */
void app_warnings(const struct app *a, const char *lines);

#endif
