/* CSV cells (formula neutralisation, quoting), JSON strings (escapes) and
 * the import's undoing of the mark, and text folded for searching, against
 * tests/data/csvout.tsv, json.tsv, unmark.tsv and fold.tsv. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/csvin.h"
#include "netral/io/output.h"
#include "netral/util/ascii.h"
#include "netral/util/utf8.h"
#include "tap.h"
#include "tsv.h"

/* Writes cell[0] (with the options of the other cells) as fp shows it. */
typedef void (*writer)(FILE *fp, char **cell);

static void as_csv(FILE *fp, char **cell)
{
	struct csvout c;

	csvout_init(&c, fp);
	c.raw = atoi(cell[1]);
	csvout_text(&c, cell[0]);
}

static void as_json(FILE *fp, char **cell)
{
	struct json j;

	json_init(&j, fp);
	json_str(&j, cell[0]);
}

static void unmarked(FILE *fp, char **cell)
{
	fputs(csvin_unmark(cell[0]), fp);
}

static void folded(FILE *fp, char **cell)
{
	char out[256];

	utf8_fold(cell[0], out, sizeof out);
	fputs(out, fp);
}

/* Each row: the input, options, and last the bytes expected. */
static void table(const char *path, int ncells, writer write)
{
	char line[1024], *cell[TSV_MAX];
	long lineno = 0;
	FILE *fp = fopen(path, "r");
	int n;

	if (!ok(fp != NULL, "open %s", path))
		return;
	while ((n = tsv_next(fp, line, sizeof line, cell, &lineno)) > 0) {
		char *buf = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&buf, &len);

		if (!ok(n == ncells && out, "%s:%ld: %d cells", path, lineno, ncells))
			continue;
		write(out, cell);
		fclose(out);
		is_str(buf, cell[ncells - 1], "%s:%ld: '%s' is written as expected", path, lineno, cell[0]);
		free(buf);
	}
	fclose(fp);
}

/* The decimals of the import's hot path write what snprintf writes. */
static void decimals(void)
{
	static const long long v[] = { 0, 1, 9, 10, 99, 2024, 12345, -1, -42, 999999999999LL,
		-9223372036854775807LL - 1 };
	int bad = 0;

	for (size_t i = 0; i < sizeof v / sizeof *v; i++)
		for (int w = 0; w <= 6; w += 2) {
			char a[32], b[32];
			size_t n = ascii_decimal(a, sizeof a, v[i], w);

			snprintf(b, sizeof b, "%0*lld", w, v[i]);
			bad += strcmp(a, b) != 0 || n != strlen(b);
			if (strcmp(a, b) != 0)
				printf("# %lld width %d: '%s', snprintf '%s'\n", v[i], w, a, b);
		}
	ok(bad == 0, "ascii_decimal writes what snprintf %%0*lld writes");
	{
		char c[4];

		ascii_decimal(c, sizeof c, 123456, 0);
		is_str(c, "123", "ascii_decimal cuts to its buffer, NUL-terminated");
	}
}

int main(void)
{
	decimals();
	table("tests/data/csvout.tsv", 3, as_csv);
	table("tests/data/json.tsv", 2, as_json);
	table("tests/data/unmark.tsv", 2, unmarked);
	table("tests/data/fold.tsv", 2, folded);
	return tap_done();
}
