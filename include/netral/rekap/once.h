/* Counting once across origins in one pass, in the order the cases were
 * recorded: the first case of a person, day and act says which origin's
 * cases of it count (rekap.c).  No sort of the cases: a 64-bit hash of
 * each act and the index of the origin it was first reported by, at most
 * 16 bytes an act (two acts of 1.1 million share a hash about once in 30
 * million roll-ups). */
#ifndef NETRAL_REKAP_ONCE_H
#define NETRAL_REKAP_ONCE_H

#include <stddef.h>
#include <stdint.h>

struct once {
	uint64_t *act;          /* the acts' hashes (0: a free slot) */
	uint32_t *origin;       /* the first origin of each */
	size_t n, nslot;
	char **origins;         /* the origins met, in order */
	size_t norigins, cap;
	uint32_t last;          /* the origin of the case before */
};

/* 1 when a case of origin (its name, "" for the database's own) of act
 * (its person, day and act) counts: its origin is that of the first case
 * of the act. */
int once_counts(struct once *o, const char *origin, const char *act);
void once_free(struct once *o);

#endif
