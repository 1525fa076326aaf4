/* Aligned text tables for people. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/table.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/utf8.h"

void table_init(struct table *t, size_t ncols)
{
	memset(t, 0, sizeof *t);
	t->ncols = ncols;
}

void table_row(struct table *t, const char *const *cells)
{
	if (t->nrows == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		t->cells = xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
	}
	for (size_t c = 0; c < t->ncols; c++) {
		const char *s = cells[c] ? cells[c] : "";
		char *copy = xstrdup(s);

		/* a table row is one line: fold line breaks of free text */
		for (char *p = copy; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		t->cells[t->nrows * t->ncols + c] = copy;
	}
	t->nrows++;
}

void table_print(const struct table *t, FILE *fp, int header_rule)
{
	size_t *w = xcalloc(t->ncols, sizeof *w);

	for (size_t r = 0; r < t->nrows; r++)
		for (size_t c = 0; c < t->ncols; c++) {
			size_t n = utf8_width(t->cells[r * t->ncols + c]);

			if (n > w[c])
				w[c] = n;
		}
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			const char *s = t->cells[r * t->ncols + c];
			size_t pad = w[c] - utf8_width(s);
			int last = c + 1 == t->ncols;

			/* a cell never carries a control character to the terminal */
			if (t->right & (1u << c)) {
				fprintf(fp, "%*s", (int)pad, "");
				sanitise(fp, s);
			} else {
				sanitise(fp, s);
				fprintf(fp, "%*s", last ? 0 : (int)pad, "");
			}
			if (!last)
				fputs("  ", fp);
		}
		fputc('\n', fp);
		if (r == 0 && header_rule) {
			for (size_t c = 0; c < t->ncols; c++) {
				for (size_t i = 0; i < w[c]; i++)
					fputc('-', fp);
				if (c + 1 < t->ncols)
					fputs("  ", fp);
			}
			fputc('\n', fp);
		}
	}
	free(w);
}

void table_free(struct table *t)
{
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	memset(t, 0, sizeof *t);
}
