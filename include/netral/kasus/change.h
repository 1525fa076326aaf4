/* Changing a recorded case: new values checked as 'add' checks them, the
 * case re-derived and reclassified, and every change logged. */
#ifndef NETRAL_CHANGE_H
#define NETRAL_CHANGE_H

#include "netral/kasus/kasus.h"

struct change {
	const char *op;        /* who */
	const char *jenis;     /* event kind: ubah, impor, status, klasifikasi */
	const char *catatan;   /* why, or where from */
	const char *tanggal;   /* the day the change took effect, or NULL */
	int status_moves;      /* 0: a new status is refused (edit); 1: it must
				  follow a transition of the rules */
	struct strbuf *report; /* if set: "field: old → new" lines appended */
	/* out */
	int fields;            /* recorded fields that changed */
	int changed;           /* anything changed, derived values included */
	int reclassified;      /* the classification changed */
	char klas_old[80], klas_new[80];
	char status_old[32], status_new[32];
};

/*
 * vals[f] NULL leaves field f as it is; "" clears it.  Within the caller's
 * transaction.  Returns 0; NX_DATA with e and *bad set when a value is
 * refused (nothing is changed); another status, already reported, when the
 * database fails.
 */
int kasus_change(struct db *d, const char *nomor, const char *const vals[F_COUNT],
		 struct change *c, struct err *e, enum field *bad,
		 struct strbuf *warnings);

#endif
