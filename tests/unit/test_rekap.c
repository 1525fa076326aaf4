/* Percentages in tenths against tests/data/tenths.tsv. */
#include <stdio.h>
#include <stdlib.h>

#include "netral/rekap/rekap.h"
#include "tap.h"
#include "tsv.h"

int main(void)
{
	const char *path = "tests/data/tenths.tsv";
	char line[256], *cell[TSV_MAX];
	long lineno = 0;
	FILE *fp = fopen(path, "r");
	int n;

	if (!ok(fp != NULL, "open %s", path))
		return tap_done();
	while ((n = tsv_next(fp, line, sizeof line, cell, &lineno)) > 0) {
		if (!ok(n == 3, "%s:%ld: count, base and tenths", path, lineno))
			continue;
		is_int(tenths(atoll(cell[0]), atoll(cell[1])), atoll(cell[2]),
		       "%s:%ld: %s of %s", path, lineno, cell[0], cell[1]);
	}
	fclose(fp);
	return tap_done();
}
