/* Reading a small CSV import row by row (csvtable.h). */
#include <stdio.h>
#include <string.h>

#include "netral/io/csvtable.h"
#include "netral/util/strbuf.h"

/* The reject file's own columns, which an import of it ignores: the rows
 * fixed in place are imported again as they are. */
static const char *const reject_cols[] = { "baris", "alasan" };

/* A column of an earlier reject file, written afresh at the end. */
static int own_column(const struct csvtable *t, size_t c)
{
	return (int)c == t->col_of[t->ncols] || (int)c == t->col_of[t->ncols + 1];
}

static int header(struct csvtable *t, const struct csvin_record *r)
{
	const char *known[CSVTABLE_COLS + 2];
	int key_of[1024];
	struct err e;
	size_t n = 0;

	for (; t->cols[n] && n < CSVTABLE_COLS; n++)
		known[n] = t->cols[n];
	t->ncols = n;
	known[n++] = reject_cols[0];
	known[n++] = reject_cols[1];
	if (r->n > sizeof key_of / sizeof *key_of)
		return fail(NX_DATA, _("%s:%ld: more than %zu columns"), t->name, r->line,
			    sizeof key_of / sizeof *key_of);
	if (csvin_one_column(r, &e) ||
	    csvin_header(r, known, n, 0, t->col_of, key_of, &t->width, &e) < 0)
		return fail(NX_DATA, "%s:%ld: %s", t->name, r->line, e.msg);
	for (size_t k = 0; k < t->ncols; k++)
		if ((t->required >> k & 1) && t->col_of[k] < 0)
			return fail(NX_DATA, _("%s:%ld: header: missing column '%s'"), t->name, r->line,
				    t->cols[k]);
	if (t->reject) {
		for (size_t c = 0; c < r->n && c < t->width; c++)
			if (!own_column(t, c))
				csvout_text(t->reject, csvin_unmark(r->f[c]));
		for (size_t i = 0; i < sizeof reject_cols / sizeof *reject_cols; i++)
			csvout_plain(t->reject, reject_cols[i]);
		csvout_end(t->reject);
	}
	return 0;
}

static void reject(struct csvtable *t, const struct csvin_record *r, const char *why)
{
	char line[24];

	t->rejected++;
	if (!t->reject)
		return;
	for (size_t c = 0; c < r->n && c < t->width; c++)
		if (!own_column(t, c))
			csvout_text(t->reject, csvin_unmark(r->f[c]));
	snprintf(line, sizeof line, "%ld", r->line);
	csvout_plain(t->reject, line);
	csvout_text(t->reject, why);
	csvout_end(t->reject);
}

static int record(void *ctx, const struct csvin_record *r)
{
	struct csvtable *t = ctx;
	const char *v[CSVTABLE_COLS];
	char why[ERRSZ + 64];
	struct err e;
	int outcome = CT_SAME, rc;

	if (r->index == 0)
		return header(t, r);
	e.field = -1;
	if (r->problem) {
		err_set(&e, "%s", r->problem);
		e.field = -1;
	} else if (csvin_check_width(r, t->width, &e) == 0) {
		for (size_t k = 0; k < t->ncols; k++)
			v[k] = t->col_of[k] >= 0 ? csvin_unmark(r->f[t->col_of[k]]) : "";
		e.field = -1;
		if ((rc = t->row(t->ctx, v, r->line, &e, &outcome)) == 0) {
			t->n[outcome]++;
			return 0;
		}
		if (rc > 0)
			return rc;
	}
	if (e.field >= 0 && (size_t)e.field < t->ncols)
		snprintf(why, sizeof why, "%s: %s", t->cols[e.field], e.msg);
	else
		snprintf(why, sizeof why, "%s", e.msg);
	fprintf(stderr, "%s:%ld: %s\n", t->name, r->line, why);
	reject(t, r, why);
	return 0;
}

int csvtable_read(struct csvtable *t, struct csvin *in)
{
	t->name = in->name;
	return csvin_read(in, record, t);
}
