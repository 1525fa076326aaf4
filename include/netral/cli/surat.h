/* The 'surat' subcommand of a record that has a letter (a permit's, a
 * report's cover letter): the record named by its argument, written from
 * a template as text or HTML (--format) under the agency's letterhead
 * (view/surat.h), to standard output or --output FILE. */
#ifndef NETRAL_CLI_SURAT_H
#define NETRAL_CLI_SURAT_H

#include <stdio.h>

#include "netral/cli/app.h"
#include "netral/rules/catalog.h"
#include "netral/rules/pola.h"
#include "netral/view/surat.h"

struct app_surat {
	const char *cmd, *help;
	const char *expected;           /* said when the argument is missing */
	const struct rules_text *text;  /* the template of the rules in force */
	/* The record key names, into obj: 0, or a status, reported. */
	int (*get)(struct app *a, const char *key, void *obj);
	int (*check)(const char *tmpl, const char *name);
	/* The agency's number of the letter into nomor (given: --nomor-surat,
	 * else NULL), a status returned; NULL for a kind whose record holds
	 * its number, and then --nomor-surat is no option of it. */
	int (*number)(struct app *a, const void *obj, const char *given, char nomor[POLA_NOMOR_MAX + 1]);
	void (*write)(FILE *fp, const struct rules *r, const struct surat_kop *kop, const void *obj,
		      const char *nomor, const char *tmpl, int html);
	void *obj;
};

/* The template is --template FILE, else the rules' own (a folder's after
 * 'rules load'), else the built-in one.  Returns an exit status. */
int app_surat(struct app *a, int argc, char **argv, const struct app_surat *s);

#endif
