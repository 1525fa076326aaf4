/* What every command gets: the global options and the open database. */
#ifndef NETRAL_APP_H
#define NETRAL_APP_H

#include <getopt.h>

#include "netral/db/db.h"

struct app {
	const char *db_opt;    /* --db */
	const char *operator;  /* --operator */
	struct db db;
};

/* Opens the database; for DB_WRITE also brings the built-in rules in and
 * reclassifies the cases when they changed.  Returns an exit status. */
int app_open(struct app *a, enum db_mode mode);
void app_close(struct app *a);
int app_db_exists(struct app *a);
/* For commands that only need the rules: the database's when it exists
 * (it has the user's contests), else the built-in set; creates nothing. */
int app_open_rules(struct app *a);

/* Re-derives every case (or those whose contest was inferred) and stores
 * and logs what changed, saying why; within the caller's transaction. */
int reclassify(struct app *a, int inferred_only, const char *why, long *changed);

struct change;
/* One change to one recorded case, all or nothing: the database opened
 * for writing, vals applied in a transaction (see kasus_change), a refused
 * value reported as "netral: field: problem", warnings printed.  refuse,
 * when given, may still refuse the result before the commit (its message
 * printed, a status returned).  Returns an exit status. */
int app_change(struct app *a, const char *nomor, const char *const *vals,
	       struct change *c, int (*refuse)(const struct change *c, const char *nomor));

/* getopt_long with netral's messages: unknown options and missing values
 * are reported as "netral CMD: ..." and returned as '?'. */
int next_opt(int argc, char **argv, const char *shortopts,
	     const struct option *lo, const char *cmd);
int usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Prints help text (translated) on stdout; returns 0. */
int print_help(const char *text);

typedef int (*command_fn)(struct app *a, int argc, char **argv);

struct command {
	const char *name;
	const char *alias;     /* Indonesian name, or NULL */
	command_fn fn;
	const char *summary;   /* NULL: not listed (the completion helper) */
};

extern const struct command commands[];

struct json;
struct rules;
/* The contests as a table, CSV, or JSON array (into j, or a new document). */
void print_elections(const struct rules *r, int fmt, struct json *j);

int cmd_init(struct app *a, int argc, char **argv);
int cmd_add(struct app *a, int argc, char **argv);
int cmd_show(struct app *a, int argc, char **argv);
int cmd_list(struct app *a, int argc, char **argv);
int cmd_classify(struct app *a, int argc, char **argv);
int cmd_rules(struct app *a, int argc, char **argv);
int cmd_election(struct app *a, int argc, char **argv);
int cmd_import(struct app *a, int argc, char **argv);
int cmd_export(struct app *a, int argc, char **argv);
int cmd_status(struct app *a, int argc, char **argv);
int cmd_edit(struct app *a, int argc, char **argv);
int cmd_history(struct app *a, int argc, char **argv);
int cmd_blokir(struct app *a, int argc, char **argv);
int cmd_overdue(struct app *a, int argc, char **argv);
int cmd_check(struct app *a, int argc, char **argv);
int cmd_backup(struct app *a, int argc, char **argv);
int cmd_complete(struct app *a, int argc, char **argv);

/* The events of case id: a table or CSV on stdout, or a JSON array in j. */
int history_emit(struct db *d, long long id, int fmt, struct json *j);

#endif
