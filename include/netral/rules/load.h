/* Reading the rules CSV files from a folder or from the copy built into
 * netral, checking every row and the matrix's coverage. */
#ifndef NETRAL_RULES_LOAD_H
#define NETRAL_RULES_LOAD_H

#include "netral/rules/rules.h"

/* Each problem is printed as FILE:LINE: problem on stderr; NX_DATA when
 * there was any, NX_IO when a file cannot be read.  A file the folder
 * lacks is the built-in one, with a warning unless quiet. */
int rules_load_dir(struct rules *r, const char *dir, int quiet);
int rules_load_builtin(struct rules *r);
/* The hash rules_load_builtin would give, without parsing. */
void rules_builtin_hash(char out[65]);
void rules_free(struct rules *r);

/* The tables of r that are empty because its rules predate their file
 * (label.csv, tingkat.csv) take from's: what rules load does for a folder
 * that lacks a file, for rules stored before that file existed.  from
 * gives them up.  Returns how many tables were taken. */
int rules_take_missing(struct rules *r, struct rules *from);

/* Derives the ruleset list and the matrix rows' indexes; the loaders call
 * it, and so must anyone who edits a struct rules. */
void rules_index(struct rules *r);

#endif
