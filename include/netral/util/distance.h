/* How far apart two short words are, for "did you mean". */
#ifndef NETRAL_UTIL_DISTANCE_H
#define NETRAL_UTIL_DISTANCE_H

#include <stddef.h>

/* The optimal string alignment distance of a and b (insertions, deletions,
 * substitutions and swaps of neighbours, one each), by bytes; words longer
 * than 63 bytes count as far from everything (returns 64). */
int word_distance(const char *a, const char *b);

#endif
