/* Names the classifier gives and the rules files spell: stages, campaign
 * periods, and the normal form of a position title. */
#ifndef NETRAL_RULES_VOCAB_H
#define NETRAL_RULES_VOCAB_H

#include <stddef.h>

#include "netral/rules/rules.h"

/* "bakal_calon", "calon", "*" or "tidak_diketahui". */
const char *tahap_name(int tahap);
/* The campaign period of a day in a contest: sebelum_kampanye,
 * saat_kampanye or setelah_kampanye; tidak_diketahui without a contest. */
const char *periode_of(const struct pemilihan *p, const struct date *d);
/* Lower case, and '-', '_', '.', '/' and runs of blanks as one space. */
void jabatan_normalise(const char *in, char *out, size_t cap);

#endif
