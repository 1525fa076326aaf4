/* What the rows of every rules file are checked by: a problem reported as
 * FILE:LINE, a value that must be there, a day, a code's length. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "netral/rules/rows.h"
#include "netral/util/msg.h"

void loader_problem(struct loader *l, long line, const char *fmt, ...)
{
	char where[4200];
	va_list ap;

	snprintf(where, sizeof where, "%s:%ld: ", l->path, line);
	va_start(ap, fmt);
	vreport(where, fmt, ap);
	va_end(ap);
	l->problems++;
}

/* A code longer than a case can store is refused, not cut (rows.h). */
int rows_too_long(struct loader *l, long line, const char *col, const char *v)
{
	if (strlen(v) <= RULES_CODE_MAX)
		return 0;
	loader_problem(l, line, _("%s: %zu bytes long, the limit is %d"), col, strlen(v), RULES_CODE_MAX);
	return 1;
}

int rows_need(struct loader *l, long line, const char *col, const char *v)
{
	if (*v)
		return 1;
	loader_problem(l, line, _("%s: empty"), col);
	return 0;
}

int rows_date(struct loader *l, long line, const char *col, const char *v, struct date *d)
{
	if (date_parse_iso(v, d) == 0)
		return 1;
	loader_problem(l, line, _("%s: '%s' is not a date in YYYY-MM-DD form"), col, v);
	return 0;
}
