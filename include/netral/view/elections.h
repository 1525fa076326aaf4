/* The contests as a table, CSV, or a JSON array. */
#ifndef NETRAL_VIEW_ELECTIONS_H
#define NETRAL_VIEW_ELECTIONS_H

#include "netral/io/output.h"
#include "netral/rules/rules.h"

/* Into j, or a new document on stdout when j is NULL. */
void view_elections(const struct rules *r, enum format fmt, struct json *j, int excel);

#endif
