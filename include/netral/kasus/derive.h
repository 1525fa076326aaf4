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

/* A case moved to its status records what the status requires
 * (status.csv, wajib); -1 with e set at the first field missing. */
int kasus_check_status(const struct kasus *k, const struct rules *r, struct err *e);

#endif
