/* The same act reported twice: a case for the same person (NIP, else NIK,
 * else name and agency, written in any letter case and spacing), incident
 * date and bentuk as a counted case recorded before it. */
#ifndef NETRAL_KASUS_REPEAT_H
#define NETRAL_KASUS_REPEAT_H

#include "netral/db/db.h"

/* Who a case is about, as the same person is written by two reporters:
 * the NIP, else the NIK, else the name and agency (SQL function orang);
 * t is the table's alias and dot, or "". */
/* The cases counted (not void: status.csv dihitung); t as above. */
#define KASUS_COUNTED_SQL(t) t "status IN (SELECT kode FROM status WHERE dihitung)"

#define KASUS_PERSON_SQL(t) "coalesce('nip:' || " t "nip, 'nik:' || " t "nik, 'nama:' || orang(" \
	t "nama) || '|' || orang(" t "instansi))"

/* The first counted case that case id repeats, into nomor ("" if none).
 * Returns 0, or an exit status reported. */
int kasus_repeat_of(struct db *d, long long id, char nomor[32]);

/* Each case import run impor_id created that repeats an earlier one, in
 * line order: fn gets its line, its number and the first case it repeats;
 * a non-zero return stops the walk and is returned. */
int kasus_repeats(struct db *d, long long impor_id,
		  int (*fn)(void *ctx, long line, const char *nomor, const char *first), void *ctx);

#endif
