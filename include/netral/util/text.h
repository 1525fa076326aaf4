/* Text as every record holds it: what a field may contain, and the key a
 * name is found by.  One check for every text field of every kind of
 * record (cases, units, activities, signatories, permits, contests, the
 * rules), so that no path lets through what another refuses. */
#ifndef NETRAL_UTIL_TEXT_H
#define NETRAL_UTIL_TEXT_H

#include <stddef.h>

#include "netral/util/msg.h"

/* Line breaks and tabs allowed (a description, a note). */
#define TEXT_MULTILINE 1u

/* Valid UTF-8 without a character that acts on a terminal or hides in a
 * name: C0 controls (but line breaks and tabs with TEXT_MULTILINE), DEL,
 * C1 controls (U+0080 to U+009F), the bidirectional controls, and the
 * invisible ones (zero-width spaces and joiners, the word joiner, the
 * byte order mark: utf8_unsafe).  -1 with e set (the character and its
 * byte), else 0. */
int text_check(const char *s, size_t n, unsigned flags, struct err *e);

/* A text field's value as typed: the blanks at either end dropped (and
 * line breaks too, in multi-line text), at most max bytes, and
 * text_check.  Into out (cap > max); returns its length, 0 for none, or
 * -1 with e set. */
long text_field(const char *raw, size_t max, unsigned flags, char *out, size_t cap, struct err *e);

/* The key a name is found by: letter case and accents folded (utf8_fold),
 * every kind of space (no-break, thin, ideographic...) as one blank, runs
 * of blanks as one, none at either end.  Writes at most n - 1 bytes and a
 * NUL; returns the length written. */
size_t text_key(const char *s, char *out, size_t n);

#endif
