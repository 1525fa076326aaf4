/* A letter from a template kept as data: text with {{field}} where a
 * value goes, written as text or as a page to print.  What the fields are
 * and hold is the record's (a permit's letter, a report's cover letter);
 * the letter knows only the template. */
#ifndef NETRAL_VIEW_SURAT_H
#define NETRAL_VIEW_SURAT_H

#include <stddef.h>
#include <stdio.h>

/* Whether a record knows the field name (n bytes), and its value into
 * out ("" for none recorded). */
struct surat_fields {
	int (*known)(const char *name, size_t n);
	void (*value)(const void *ctx, const char *name, size_t n, char *out, size_t cap);
	const void *ctx;
};

/* A value's longest text, a list of attachments included. */
#define SURAT_VALUE_MAX 8192

/* A template's {{fields}} are all known and it holds no control
 * characters but line breaks and tabs: else each problem is reported as
 * NAME:LINE: problem and NX_DATA returned. */
int surat_template_check(const char *tmpl, const char *name, int (*known)(const char *, size_t));
/* The letter: every {{field}} replaced ("....." for a value not recorded,
 * to fill in by hand); html: a page to print, titled title, whose first
 * line is its heading. */
void surat_write(FILE *fp, const char *title, const char *tmpl, const struct surat_fields *f, int html);
/* "1 Oktober 2024": how a letter dates a day given as YYYY-MM-DD (any
 * other text as it is). */
void surat_date(const char *iso, char *out, size_t n);

#endif
