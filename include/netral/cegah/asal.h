/* The origins of a roll-up (asal): the agencies whose exchange files a
 * province or BKN takes in, each with its official name and a code, and
 * one however its name is spelt (letter case, accents, blanks, a no-break
 * space).  A prevention record's model (record.h) holds it: the register
 * is a name, a code and what the log proves, as a unit is.  Each keeps the
 * chain head and the time of the last exchange file taken from it. */
#ifndef NETRAL_CEGAH_ASAL_H
#define NETRAL_CEGAH_ASAL_H

#include "netral/cegah/record.h"
#include "netral/db/db.h"

/* The fields (cegah/record.h): the name is 'asal add's argument. */
#define ASAL_FIELDS(X) \
	X(NAMA, nama, "nama", NULL, NAME, CEGAH_REQUIRED, NULL) \
	X(KODE, kode, "kode", "kode", NAME, CEGAH_REQUIRED, NULL)

#define ASAL_ENUM_(id, ...) ASAL_##id,
enum asal_field { ASAL_FIELDS(ASAL_ENUM_) ASAL_NF };

struct asal {
	CEGAH_HEAD;
	ASAL_FIELDS(CEGAH_SLOT_)
	char rantai[96];     /* the last exchange file's chain head, "" none yet */
};
extern const struct cegah_record asal_record;

/* Registers the origin; NX_DATA (said) when its code or its name, folded,
 * is registered already.  Logged; within the caller's transaction. */
int asal_add(struct db *d, const char *op, struct asal *a);
/* The origin a code or a spelling of a name names: 0, or NX_USAGE said
 * with the nearest registered name (opt: the option that named it). */
int asal_find(struct db *d, const char *opt, const char *text, struct asal *out);
/* The chain head of the exchange file just taken from origin a, and its
 * time.  Logged; within the caller's transaction. */
int asal_received(struct db *d, const char *op, const struct asal *a, const char *rantai,
		  const char *dikirim);

#endif
