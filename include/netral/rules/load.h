/* Reading the rules CSV files from a folder or from the copy built into
 * netral, checking every row and the matrix's coverage. */
#ifndef NETRAL_RULES_LOAD_H
#define NETRAL_RULES_LOAD_H

#include "netral/rules/rules.h"

/* Each problem is printed as FILE:LINE: problem on stderr; NX_DATA when
 * there was any, NX_IO when a file cannot be read. */
int rules_load_dir(struct rules *r, const char *dir);
int rules_load_builtin(struct rules *r);
/* The hash rules_load_builtin would give, without parsing. */
void rules_builtin_hash(char out[65]);
void rules_free(struct rules *r);

/* Derives the ruleset list and the matrix rows' indexes; the loaders call
 * it, and so must anyone who edits a struct rules. */
void rules_index(struct rules *r);

#endif
