/* The meaning of label.csv's codes (label.h). */
#include <stdlib.h>
#include <string.h>

#include "netral/rules/label.h"
#include "netral/rules/rows.h"

#define AGE_MAX 200

/* The ages a code spells, [lo, hi]: 0, or -1 when it is no range. */
static int range(const char *code, int *lo, int *hi)
{
	char *end;
	long a;

	if (strncmp(code, "<=", 2) == 0 || strncmp(code, ">=", 2) == 0) {
		a = strtol(code + 2, &end, 10);
		if (end == code + 2 || *end || a < 0 || a > AGE_MAX)
			return -1;
		*lo = code[0] == '<' ? 0 : (int)a;
		*hi = code[0] == '<' ? (int)a : AGE_MAX;
		return 0;
	}
	a = strtol(code, &end, 10);
	if (end == code || *end != '-' || a < 0 || a > AGE_MAX)
		return -1;
	*lo = (int)a;
	a = strtol(end + 1, &end, 10);
	if (*end || a < *lo || a > AGE_MAX)
		return -1;
	*hi = (int)a;
	return 0;
}

const char *rules_age_band(const struct rules *r, int age)
{
	int lo, hi;

	for (size_t i = 0; age >= 0 && i < r->label.n; i++)
		if (strcmp(r->label.v[i].tabel, "usia") == 0 &&
		    range(r->label.v[i].kelompok, &lo, &hi) == 0 && lo <= age && age <= hi)
			return r->label.v[i].kelompok;
	return RULES_UNKNOWN;
}

const char *rules_sex(const struct rules *r, int n)
{
	int seen = 0;

	for (size_t i = 0; n >= 1 && i < r->label.n; i++)
		if (strcmp(r->label.v[i].tabel, "kelamin") == 0 &&
		    strcmp(r->label.v[i].kelompok, RULES_UNKNOWN) != 0 && ++seen == n)
			return r->label.v[i].kelompok;
	return NULL;
}

void labels_check(struct loader *l, const char *path)
{
	const struct rules *r = l->r;
	int owner[AGE_MAX + 1] = { 0 }, sexes = 0, lo, hi;
	const char *saved = l->path;

	l->path = path;
	for (size_t i = 0; i < r->label.n; i++) {
		const struct label *b = &r->label.v[i];

		if (strcmp(b->tabel, "kelamin") == 0)
			sexes += strcmp(b->kelompok, RULES_UNKNOWN) != 0;
		if (strcmp(b->tabel, "usia") != 0 || strcmp(b->kelompok, RULES_UNKNOWN) == 0)
			continue;
		if (range(b->kelompok, &lo, &hi) < 0) {
			loader_problem(l, b->line, _("kelompok: an age group is '<=N', 'N-M', '>=N' or %s, not '%s'"),
				       RULES_UNKNOWN, b->kelompok);
			continue;
		}
		for (int a = lo; a <= hi; a++)
			if (owner[a]++) {
				loader_problem(l, b->line, _("kelompok: '%s' overlaps another age group at %d"),
					       b->kelompok, a);
				break;
			}
	}
	for (int a = 0; a <= AGE_MAX && r->label.n; a++)
		if (!owner[a]) {
			loader_problem(l, 1, _("no age group (usia) holds the age %d"), a);
			break;
		}
	if (r->label.n && sexes != 2)
		loader_problem(l, 1, _("kelamin: two sexes, in the order of a NIP's digit (1, 2), not %d"), sexes);
	l->path = saved;
}
