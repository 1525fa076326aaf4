/* The prevention records an import reads (units, activities, signatories
 * of the pact), as kinds of io/csvimport.h: each row checked as 'add'
 * checks it, the unit it names found, stored and logged with the file and
 * line it came from. */
#ifndef NETRAL_CEGAH_IMPOR_H
#define NETRAL_CEGAH_IMPOR_H

#include "netral/cegah/record.h"
#include "netral/db/db.h"
#include "netral/io/csvimport.h"
#include "netral/rules/rules.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

enum cegah_kind { CEGAH_UNIT, CEGAH_KEGIATAN, CEGAH_PAKTA };

struct cegah_impor {
	/* set by the caller */
	struct db *d;
	const struct rules *r;
	const struct date *today;
	const char *op;
	const char *pemilihan;     /* the contest of rows that name none, or NULL */
	int force;                 /* a unit's later correction overwritten too */
	/* the run */
	long nowhere;              /* activities recorded that no schedule counts */
	struct strbuf said;        /* the units updated, a line each, and how */
	/* private */
	enum cegah_kind kind;
	struct import_kind ik;
	unsigned char flags[32];
	void *obj;                 /* the record of the row */
	struct strbuf where;
	struct { char *kunci; long line; } *seen;   /* units' names met in the file */
	size_t nseen, capseen;
};

/* The kind for io/csvimport.h, kept in ci, which is its ctx. */
const struct import_kind *cegah_import_kind(struct cegah_impor *ci, enum cegah_kind k);
void cegah_impor_free(struct cegah_impor *im);

/* The unit of that name for a record of it: 0 with *id set; -1 with e
 * set when there is none ("did you mean"); CEGAH_UNIT_INACTIVE with e set
 * when for_new and the unit is deactivated (it takes no new record); or
 * an exit status. */
#define CEGAH_UNIT_INACTIVE (-2)
int cegah_unit_of(struct db *d, const char *nama, int for_new, long long *id,
		  char canonical[CEGAH_NAME_MAX + 1], struct err *e);

#endif
