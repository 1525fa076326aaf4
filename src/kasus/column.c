/* The catalogue of a case's stored columns (column.h). */
#include <string.h>

#include "netral/kasus/column.h"

#define FIELD_OF_REPORTED(id) F_##id
#define FIELD_OF_WORKFLOW(id) F_##id
#define FIELD_OF_DERIVED(id) -1
#define FIELD_OF_BOOK(id) -1
#define COLUMN_DEF_(id, name, kind, flags, maxlen, audit) \
	[COL_##id] = { #name, KIND_##kind, flags, maxlen, audit, FIELD_OF_##kind(id) },

const struct column_def kasus_columns[COL_COUNT] = { KASUS_COLUMNS(COLUMN_DEF_) };

#define FIELD_COL_REPORTED(id) [F_##id] = COL_##id,
#define FIELD_COL_WORKFLOW(id) [F_##id] = COL_##id,
#define FIELD_COL_DERIVED(id)
#define FIELD_COL_BOOK(id)
#define FIELD_COL_(id, name, kind, flags, maxlen, audit) FIELD_COL_##kind(id)

static const unsigned char field_col[F_COUNT] = { KASUS_COLUMNS(FIELD_COL_) };

int field_column(enum field f)
{
	return field_col[f];
}

/* "tanggal-lahir" names the column tanggal_lahir too (option spelling). */
static int same_name(const char *col, const char *name, int dashes)
{
	while (*col && (*col == *name || (dashes && *col == '_' && *name == '-'))) {
		col++;
		name++;
	}
	return !*col && !*name;
}

int column_by_name(const char *name)
{
	for (int c = 0; c < COL_COUNT; c++)
		if (same_name(kasus_columns[c].name, name, 0))
			return c;
	return -1;
}

int field_by_name(const char *name)
{
	for (int f = 0; f < F_COUNT; f++)
		if (same_name(field_def(f)->name, name, 1))
			return f;
	return -1;
}

int column_audit_order(int out[COL_COUNT])
{
	int n = 0;

	for (int c = 0; c < COL_COUNT; c++)
		if (kasus_columns[c].audit) {
			out[kasus_columns[c].audit - 1] = c;
			n++;
		}
	return n;
}

int column_listed(int c)
{
	return kasus_columns[c].kind == KIND_DERIVED && !(kasus_columns[c].flags & CF_UNLISTED);
}
