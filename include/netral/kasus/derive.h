/* What follows from a case's fields: the cross-field checks, the birth
 * date and age, the groups the summaries count, the classification. */
#ifndef NETRAL_KASUS_DERIVE_H
#define NETRAL_KASUS_DERIVE_H

#include "netral/kasus/kasus.h"
#include "netral/util/strbuf.h"

/* After all fields: required ones, cross-field checks, derived values and
 * the classification.  -1 with e set (and its field); warnings appended to
 * w as "field: text" lines. */
int kasus_finish(struct kasus *k, const struct rules *r, struct err *e, struct strbuf *w);

/* The act the case describes, as the classifier takes it. */
void kasus_act(const struct kasus *k, struct klasifikasi_in *in);
/* CLTN is a leave only some employee types have (kosakata.csv, sifat
 * cltn: the PNS): -1 with e at F_CLTN when the case holds it for another. */
int kasus_check_cltn(const struct kasus *k, const struct rules *r, struct err *e);

/*
 * The gate of every entry path (add, import, edit, status, import --update):
 * kasus_finish, then what a case at its status may and must record
 * (status.csv, mencatat and wajib) against what it was (old, or NULL for a
 * new case), and its days in order (the incident, the recommendation, the
 * SK, the day of a status move, when moved is given).  -1 with e set.
 */
int kasus_accept(struct kasus *k, const struct kasus *old, const struct rules *r,
		 const struct date *moved, struct err *e, struct strbuf *w);
/* The same without kasus_finish, for a case already derived. */
int kasus_entry_rules(const struct kasus *k, const struct kasus *old, const struct rules *r,
		      const struct date *moved, struct err *e, struct strbuf *w);

#endif
