/* What label.csv's codes mean beyond the names they are published under:
 * the KASN age groups are the ranges their codes spell ("<=30", "31-40",
 * ">=51"); the two sexes are kelamin's rows other than the unknown one,
 * in the file's order (1 and 2, as a NIP's fifteenth digit numbers them);
 * and each group's unknown row is coded RULES_UNKNOWN.  A rules folder
 * that moves an age boundary moves the count with the label. */
#ifndef NETRAL_RULES_LABEL_H
#define NETRAL_RULES_LABEL_H

#include "netral/rules/rules.h"

/* The code of a group's unknown row: a word of the rules files, like
 * '*' in the matrix, not a rules row of its own. */
#define RULES_UNKNOWN "tidak_diketahui"

/* The age group of age (-1: not known): its code, or RULES_UNKNOWN. */
const char *rules_age_band(const struct rules *r, int age);
/* The code of sex n (1 or 2; anything else: NULL, not known). */
const char *rules_sex(const struct rules *r, int n);

struct loader;
/* rules check: the age groups' codes are ranges that cover every age
 * once, and kelamin has its two sexes; problems said on path. */
void labels_check(struct loader *l, const char *path);

#endif
