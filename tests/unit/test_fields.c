/* The field rules against tests/data/fields.tsv: each value as typed, its
 * normal form or the error it gets, through kasus_set and the built-in
 * rules. */
#include <stdlib.h>
#include <string.h>

#include "netral/kasus/kasus.h"
#include "netral/rules/load.h"
#include "netral/util/alloc.h"
#include "tap.h"
#include "tsv.h"

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "tests/data/fields.tsv";
	struct kasus *k = xmalloc(sizeof *k);
	char line[1024], *cell[TSV_MAX];
	struct rules r;
	long lineno = 0;
	FILE *fp;
	int n;

	if (!ok(rules_load_builtin(&r) == 0, "built-in rules load") ||
	    !ok((fp = fopen(path, "r")) != NULL, "open %s", path))
		return tap_done();
	while ((n = tsv_next(fp, line, sizeof line, cell, &lineno)) > 0) {
		int f = field_by_name(cell[0]);
		struct err e = { "", -1 };
		int rc;

		if (!ok(n == 3 && f >= 0, "%s:%ld: a field, a value and a result", path, lineno))
			continue;
		kasus_init(k);
		rc = kasus_set(k, f, cell[1], &r, &e);
		if (cell[2][0] == '!') {
			ok(rc < 0, "%s:%ld: %s '%s' is refused", path, lineno, cell[0], cell[1]);
			has_str(e.msg, cell[2] + 1, "%s:%ld: the reason", path, lineno);
			is_int(e.field, f, "%s:%ld: the error names its field", path, lineno);
		} else if (strcmp(cell[2], "(none)") == 0) {
			ok(rc == 0 && !k->v[f], "%s:%ld: %s '%s' clears it", path, lineno, cell[0], cell[1]);
		} else {
			ok(rc == 0, "%s:%ld: %s '%s' is accepted (%s)", path, lineno, cell[0], cell[1], e.msg);
			is_str(k->v[f], cell[2], "%s:%ld: its normal form", path, lineno);
		}
	}
	fclose(fp);
	rules_free(&r);
	free(k);
	return tap_done();
}
