/* A record's letter (surat.h). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cli/opt.h"
#include "netral/cli/surat.h"
#include "netral/io/atomic.h"
#include "netral/io/textfile.h"
#include "netral/util/alloc.h"
#include "netral/util/embed.h"
#include "netral/util/msg.h"

/* The letter: the file given, else the one the rules in force hold (a
 * folder's, after 'rules load'), else the built-in one.  Into *out, to
 * free; returns a status, reported. */
static int template_text(const struct rules *r, const struct rules_text *t, const char *path,
			 char **out)
{
	const char *held = *(char *const *)((const char *)r + t->off);
	const struct embedded *em;
	char name[128];

	if (path)
		return text_file_read(path, t->max, out);
	if (held) {
		*out = xstrdup(held);
		return 0;
	}
	snprintf(name, sizeof name, "data/rules/%s", t->file);
	if (!(em = embedded_find(name)))
		return fail(NX_DATABASE, _("internal error: '%s' is not built in"), name);
	*out = xstrdup(em->data);
	return 0;
}

/* The letter, its template read and checked and its number found. */
static int letter(struct app *a, const struct app_surat *s, const char *tpath, const char *given,
		  const char *output, int html)
{
	char *tmpl, nomor[POLA_NOMOR_MAX + 1] = "";
	struct atomic_file out;
	struct surat_kop kop;
	int rc;

	if ((rc = template_text(&a->rules, s->text, tpath, &tmpl)))
		return rc;
	if ((rc = s->check(tmpl, tpath ? tpath : s->text->file)) || (rc = surat_kop_load(&a->rules, &kop)))
		goto done;
	if ((s->number && (rc = s->number(a, s->obj, given, nomor))) ||
	    (output && (rc = atomic_open(&out, output, 0600))))
		goto kop;
	s->write(output ? out.fp : stdout, &a->rules, &kop, s->obj, nomor, tmpl, html);
	if (output)
		rc = atomic_commit(&out);
kop:
	surat_kop_free(&kop);
done:
	free(tmpl);
	return rc;
}

int app_surat(struct app *a, int argc, char **argv, const struct app_surat *s)
{
	/* --nomor-surat first: only a kind that numbers its letters has it */
	static const struct option lo[] = {
		{ "nomor-surat", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' },
		{ "template", required_argument, NULL, 't' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *tpath = NULL, *output = NULL, *given = NULL;
	int c, rc, html = 0;

	while ((c = next_opt(a, argc, argv, ":h", s->number ? lo : lo + 1, s->cmd)) != -1) {
		if (c == 'h')
			return print_help(s->help);
		else if (c == 't')
			tpath = optarg;
		else if (c == 'o')
			output = optarg;
		else if (c == 'n')
			given = optarg;
		else if (c == 'f' && (strcmp(optarg, "html") == 0 || strcmp(optarg, "text") == 0))
			html = strcmp(optarg, "html") == 0;
		else
			return c == 'f' ? usage_error(s->cmd, _("--format: text or html, not '%s'"), optarg)
					: NX_USAGE;
	}
	if (optind + 1 != argc)
		return usage_error(s->cmd, "%s", s->expected);
	if ((rc = app_open(a, DB_READ)) || (rc = s->get(a, argv[optind], s->obj)))
		return rc;
	return letter(a, s, tpath, given, output, html);
}
