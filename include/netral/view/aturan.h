/* The rules in force as 'netral rules' prints them: the matrix of each
 * ruleset, the contests and their spans, the targets of an act, the tiers
 * the Satgas decides, each employee type's tiers and the labels. */
#ifndef NETRAL_VIEW_ATURAN_H
#define NETRAL_VIEW_ATURAN_H

#include "netral/io/output.h"
#include "netral/rules/rules.h"

void view_aturan(const struct rules *r, enum format fmt, int excel);

#endif
