/* The checks every prevention record shares: text, counts, days, NIPs,
 * and the folded key a name is found by. */
#ifndef NETRAL_CEGAH_FIELD_H
#define NETRAL_CEGAH_FIELD_H

#include <stddef.h>

#include "netral/util/ident.h"
#include "netral/util/msg.h"

/* Text of at most max bytes of UTF-8 without control characters (line
 * breaks and tabs too, unless multiline); "" allowed unless required.
 * -1 with e set. */
int cegah_text(const char *s, size_t max, int required, int multiline, struct err *e);
/* A count: digits only, at most 9 of them.  -1 with e set. */
int cegah_count(const char *s, long *out, struct err *e);
/* A day as the case fields take it (YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY),
 * into iso.  -1 with e set. */
int cegah_date(const char *s, char iso[DATE_ISO_LEN], struct err *e);
/* A NIP PNS or NI PPPK, its 18 digits into digits.  -1 with e set. */
int cegah_nip(const char *s, char digits[19], struct err *e);
/* A name as it is looked up: folded (utf8_fold), blanks collapsed. */
void cegah_kunci(const char *s, char *out, size_t n);

#endif
