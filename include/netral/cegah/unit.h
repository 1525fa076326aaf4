/* The agency's units (perangkat daerah, OPD): each with its head and the
 * headcount of ASN and PPNPN that the integrity pact must cover.  A unit
 * is one however its name is spelt (letter case, accents, blanks). */
#ifndef NETRAL_CEGAH_UNIT_H
#define NETRAL_CEGAH_UNIT_H

#include "netral/cegah/record.h"
#include "netral/db/db.h"
#include "netral/util/strbuf.h"
#include "netral/util/msg.h"

/* The fields (cegah/record.h): the name is 'unit add's argument. */
#define UNIT_FIELDS(X) \
	X(NAMA, nama, "nama", NULL, NAME, CEGAH_REQUIRED, NULL) \
	X(KEPALA, kepala, "kepala", "kepala", NAME, 0, NULL) \
	X(ASN, asn, "jumlah_asn", "asn", COUNT, 0, NULL) \
	X(PPNPN, ppnpn, "jumlah_ppnpn", "ppnpn", COUNT, 0, NULL)

#define UNIT_ENUM_(id, ...) UNIT_##id,
enum unit_field { UNIT_FIELDS(UNIT_ENUM_) UNIT_NF };

struct unit {
	CEGAH_HEAD;
	UNIT_FIELDS(CEGAH_SLOT_)
};
extern const struct cegah_record unit_record;

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
/* The day unit id was deactivated into day ("" while it is active).
 * Returns a status. */
int unit_inactive(struct db *d, long long id, char day[DATE_ISO_LEN]);
/* Renames the unit of that name to baru, logged with the reason: its
 * records follow it (they hold its id).  A name another unit has is
 * refused (-1 with e set).  The unit renamed into u, its name before
 * into was; NX_NOTFOUND
 * (unsaid) when there is none.  Within the caller's transaction;
 * otherwise a status. */
int unit_rename(struct db *d, const char *op, const char *nama, const char *baru, const char *alasan,
		struct unit *u, char was[CEGAH_NAME_MAX + 1], struct err *e);
/* Deactivates the unit (active 0: out of the compliance report from today
 * on, still the unit of its records) or activates it again, logged with
 * the reason; *changed 0 when it was so already.  As above. */
int unit_set_active(struct db *d, const char *op, const char *nama, const char *today, int active,
		    const char *alasan, struct unit *u, int *changed);
/* The unit whose name is nearest to nama, for "did you mean" ("" when
 * none is near).  Returns an exit status. */
int unit_nearest(struct db *d, const char *nama, char out[CEGAH_NAME_MAX + 1]);

#endif
