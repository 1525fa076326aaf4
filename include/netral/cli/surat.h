/* The 'surat' subcommand of a record that has a letter (a permit's, a
 * report's cover letter): the record named by its argument, written from
 * a template as text or HTML (--format), to standard output or --output
 * FILE. */
#ifndef NETRAL_CLI_SURAT_H
#define NETRAL_CLI_SURAT_H

#include <stdio.h>

#include "netral/cli/app.h"
#include "netral/rules/catalog.h"

struct app_surat {
	const char *cmd, *help;
	const char *expected;           /* said when the argument is missing */
	const struct rules_text *text;  /* the template of the rules in force */
	/* The record key names, into obj: 0, or a status, reported. */
	int (*get)(struct app *a, const char *key, void *obj);
	int (*check)(const char *tmpl, const char *name);
	void (*write)(FILE *fp, const struct rules *r, const void *obj, const char *tmpl, int html);
	void *obj;
};

/* The template is --template FILE, else the rules' own (a folder's after
 * 'rules load'), else the built-in one.  Returns an exit status. */
int app_surat(struct app *a, int argc, char **argv, const struct app_surat *s);

#endif
