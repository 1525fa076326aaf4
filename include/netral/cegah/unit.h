/* The agency's units (perangkat daerah, OPD): each with its head and the
 * headcount of ASN and PPNPN that the integrity pact must cover.  A unit
 * is one however its name is spelt (letter case, accents, blanks). */
#ifndef NETRAL_CEGAH_UNIT_H
#define NETRAL_CEGAH_UNIT_H

#include "netral/db/db.h"
#include "netral/util/strbuf.h"
#include "netral/util/msg.h"

#define UNIT_NAMA_MAX 200

enum unit_field { UNIT_NAMA, UNIT_KEPALA, UNIT_ASN, UNIT_PPNPN, UNIT_NF };
/* The columns of 'unit import' and 'unit list', in field order. */
extern const char *const unit_cols[UNIT_NF + 1];

struct unit {
	long long id;
	char nama[UNIT_NAMA_MAX + 1], kepala[UNIT_NAMA_MAX + 1];
	long asn, ppnpn;
	unsigned given;       /* bit f: field f was given (an update keeps the others) */
};

/* The fields as typed ("" or NULL: not given) into u.  -1 with e set,
 * e->field the field. */
int unit_parse(const char *const v[UNIT_NF], struct unit *u, struct err *e);
/* What an import kept of a correction made since by 'unit add': the
 * fields, the day and the operator of that change; force: the file's
 * values taken all the same. */
struct unit_kept {
	int force, n;
	int field[UNIT_NF];
	char day[16], operator[64];
};

/* Adds the unit, or updates the fields given of the one of that name;
 * *outcome is IMPORT_NEW, IMPORT_UPDATED or IMPORT_SAME (io/csvimport.h),
 * and an update's fields are said into said (when given) as "kepala: a →
 * b; ...".  from: the FILE:LINE of an import (NULL for 'unit add'), which
 * keeps a correction made since by 'unit add' (into kept) unless forced,
 * so that a file older than a correction does not undo it unseen.
 * Logged.  Within the caller's transaction; returns an exit status. */
int unit_put(struct db *d, const char *op, const struct unit *u, const char *from,
	     struct unit_kept *kept, int *outcome, struct strbuf *said);
/* The unit of that name: 0, NX_NOTFOUND (not reported), or a status. */
int unit_get(struct db *d, const char *nama, struct unit *out);
/* The unit whose name is nearest to nama, for "did you mean" ("" when
 * none is near).  Returns an exit status. */
int unit_nearest(struct db *d, const char *nama, char out[UNIT_NAMA_MAX + 1]);
/* Every unit in name order; a non-zero return of fn stops and is returned. */
int unit_each(struct db *d, int (*fn)(void *ctx, const struct unit *u), void *ctx);

#endif
