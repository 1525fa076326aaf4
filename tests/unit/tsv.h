/* Tables of tests as TSV files in tests/data/: one case a line, '#' lines
 * and blank lines skipped; cells may hold \t \n \r \\ and \xHH. */
#ifndef NETRAL_TSV_H
#define NETRAL_TSV_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TSV_MAX 10

/* Decodes the escapes of s in place. */
static void tsv_unescape(char *s)
{
	char *o = s;

	for (; *s; s++) {
		if (*s != '\\' || !s[1]) {
			*o++ = *s;
			continue;
		}
		s++;
		if (*s == 't')
			*o++ = '\t';
		else if (*s == 'n')
			*o++ = '\n';
		else if (*s == 'r')
			*o++ = '\r';
		else if (*s == 'x' && s[1] && s[2]) {
			char hex[3] = { s[1], s[2], 0 };

			*o++ = (char)strtol(hex, NULL, 16);
			s += 2;
		} else
			*o++ = *s;
	}
	*o = '\0';
}

/* The next case into cell[]; the number of cells, 0 at the end. */
static int tsv_next(FILE *fp, char *line, size_t cap, char *cell[TSV_MAX], long *lineno)
{
	while (fgets(line, (int)cap, fp)) {
		int n = 0;
		char *p = line;

		(*lineno)++;
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		while (n < TSV_MAX) {
			cell[n++] = p;
			if (!(p = strchr(p, '\t')))
				break;
			*p++ = '\0';
		}
		for (int i = 0; i < n; i++)
			tsv_unescape(cell[i]);
		return n;
	}
	return 0;
}

#endif
