/* Changing a recorded case: new values checked as 'add' checks them, the
 * case re-derived and reclassified, and every change logged. */
#ifndef NETRAL_KASUS_CHANGE_H
#define NETRAL_KASUS_CHANGE_H

#include "netral/db/db.h"
#include "netral/kasus/kasus.h"
#include "netral/util/strbuf.h"

struct change {
	const struct rules *rules;
	const struct date *today; /* refuse dates after it; NULL: do not check */
	const char *op;        /* who */
	const char *event_kind; /* ubah, impor, status, klasifikasi */
	const char *catatan;   /* why, or where from */
	const char *tanggal;   /* the day the change took effect, or NULL */
	int status_moves;      /* 0: a new status is refused (edit); 1: it must
				  follow a transition of the rules */
	int reopen;            /* 1: the move may be a reopening (transisi.csv
				  buka), a void case's fields may change */
	struct strbuf *report; /* if set: "field: old → new" lines appended */
	/* out */
	int fields;            /* recorded fields that changed */
	int derived;           /* derived values that changed */
	int changed;           /* anything changed, derived values included */
	int reclassified;      /* the classification changed */
	char klas_old[80], klas_new[80];
	char status_old[32], status_new[32];
};

/*
 * vals[f] NULL leaves field f as it is; "" clears it.  Within the caller's
 * transaction.  A move of status must be a transition of the rules and
 * record what the new status requires (status.csv, wajib), on every path.
 * Returns 0; NX_DATA with e set (and its field) when a value is refused:
 * nothing is changed; another status, already reported, when the database
 * fails, NX_DATA too for a constraint of the schema, with e->field -1.
 * Warnings (one per line) are appended to warnings, when not NULL:
 * those the change gives rise to, not those the case had before it.
 */
int kasus_change(struct db *d, const char *nomor, const char *const vals[F_COUNT],
		 struct change *c, struct err *e, struct strbuf *warnings);

/* Whether the rules let a case move from one status to another (the same
 * status is no move), a reopening (transisi.csv buka) only when reopen;
 * -1 with e set, naming the moves allowed, if not. */
int kasus_move_allowed(const struct rules *r, const char *from, const char *to, int reopen,
		       struct err *e);

#endif
