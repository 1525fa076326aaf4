/* The commands: one file each in src/cmd/, listed in table.c. */
#ifndef NETRAL_CMD_CMD_H
#define NETRAL_CMD_CMD_H

#include "netral/cli/app.h"

typedef int (*command_fn)(struct app *a, int argc, char **argv);

struct command {
	const char *name;
	const char *alias;     /* Indonesian name, or NULL */
	command_fn fn;
	const char *summary;   /* NULL: not listed (the completion helper) */
};

extern const struct command commands[];

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
int cmd_gabung(struct app *a, int argc, char **argv);
int cmd_reopen(struct app *a, int argc, char **argv);
int cmd_blokir(struct app *a, int argc, char **argv);
int cmd_putusan(struct app *a, int argc, char **argv);
int cmd_overdue(struct app *a, int argc, char **argv);
int cmd_check(struct app *a, int argc, char **argv);
int cmd_backup(struct app *a, int argc, char **argv);
int cmd_complete(struct app *a, int argc, char **argv);
int cmd_unit(struct app *a, int argc, char **argv);
int cmd_asal(struct app *a, int argc, char **argv);
int cmd_kegiatan(struct app *a, int argc, char **argv);
int cmd_pakta(struct app *a, int argc, char **argv);
int cmd_kepatuhan(struct app *a, int argc, char **argv);
int cmd_izin(struct app *a, int argc, char **argv);
int cmd_pelaporan(struct app *a, int argc, char **argv);

#endif
