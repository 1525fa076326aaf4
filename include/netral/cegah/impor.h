/* The rows of the prevention imports (units, activities, signatories),
 * for io/csvtable.h: each checked as 'add' checks it, the unit named
 * found, the row stored and logged. */
#ifndef NETRAL_CEGAH_IMPOR_H
#define NETRAL_CEGAH_IMPOR_H

#include "netral/db/db.h"
#include "netral/rules/rules.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

struct cegah_impor {
	struct db *d;
	const struct rules *r;
	const struct date *today;
	const char *op;
	const char *pemilihan;     /* the contest of rows that name none, or NULL */
	long nowhere;              /* activities recorded that no schedule counts */
	struct strbuf said;        /* the units updated, a line each, and how */
	/* the units' names seen in this file, for "also on line N" */
	struct { char *kunci; long line; } *seen;
	size_t nseen, capseen;
};

int cegah_unit_row(void *ctx, const char *const *v, long line, struct err *e, int *outcome);
int cegah_kegiatan_row(void *ctx, const char *const *v, long line, struct err *e, int *outcome);
int cegah_pakta_row(void *ctx, const char *const *v, long line, struct err *e, int *outcome);
void cegah_impor_free(struct cegah_impor *im);

/* The unit of that name for a record of it: 0 with *id set; -1 with e
 * set when there is none ("did you mean"); or an exit status. */
int cegah_unit_of(struct db *d, const char *nama, long long *id, char canonical[201],
		  struct err *e);

#endif
