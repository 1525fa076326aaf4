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

/* The cases a roll-up counts: counted, and counted by the origin that sent
 * them (an exchange file's dihitung_asal: 0 for an act its sender counted
 * once under another of its origins). */
#define KASUS_TALLIED_SQL "(" KASUS_COUNTED_SQL("") " AND coalesce(dihitung_asal, '1') <> '0')"

/* Counted once across origins: 1 when a case's origin is that of the first
 * case of its person, day and act (two origins reporting one act count it
 * once), a window over kasus; part: what else parts the cases ("" where
 * the query keeps the tallied ones alone, else KASUS_TALLIED_SQL ", ").
 * The one rule of export and of an exchange file's dihitung_asal. */
#define KASUS_FIRST_ORIGIN_SQL(part) "coalesce(asal, '') = first_value(coalesce(asal, '')) OVER " \
	"(PARTITION BY " part "tanggal_kejadian, bentuk, " KASUS_PERSON_SQL("") " ORDER BY id)"

/* The origins of a roll-up's cases, each once: a walk from one to the
 * next through an index that begins with asal. */
#define KASUS_ORIGINS_SQL "(WITH RECURSIVE o(asal) AS (SELECT min(asal) FROM kasus " \
	"UNION ALL SELECT (SELECT min(asal) FROM kasus WHERE asal > o.asal) FROM o " \
	"WHERE o.asal IS NOT NULL) SELECT asal FROM o WHERE asal IS NOT NULL)"

/* The ids of the cases that meet cond, through an index that begins with
 * asal: the agency's own cases, then each origin's.  The indexes begin so
 * that the cases of one file, all of one origin, go to one place in them:
 * a roll-up's import writes a few pages of each, not a page a row. */
#define KASUS_BY_ORIGIN_SQL(cond) "(SELECT id FROM kasus WHERE asal IS NULL AND " cond \
	" UNION ALL SELECT id FROM kasus WHERE asal IN " KASUS_ORIGINS_SQL " AND " cond ")"

/* The first counted case that case id repeats, into nomor ("" if none).
 * Returns 0, or an exit status reported. */
int kasus_repeat_of(struct db *d, long long id, char nomor[32]);

/* Each case import run impor_id created that repeats an earlier one, in
 * line order: fn gets its line, its number and the first case it repeats;
 * a non-zero return stops the walk and is returned. */
int kasus_repeats(struct db *d, long long impor_id,
		  int (*fn)(void *ctx, long line, const char *nomor, const char *first), void *ctx);

#endif
