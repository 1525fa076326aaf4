/* Permits shown: the register (izin list) and the letter of each (SE
 * Sekda Batang, Lampiran I) from a template, as text or a printable page. */
#ifndef NETRAL_VIEW_IZIN_H
#define NETRAL_VIEW_IZIN_H

#include <stdio.h>

#include "netral/cegah/izin.h"
#include "netral/io/output.h"
#include "netral/rules/rules.h"

/* A template's {{fields}} are all known and it holds no control
 * characters but line breaks and tabs: else each problem is reported as
 * NAME:LINE: problem and NX_DATA returned. */
int izin_template_check(const char *tmpl, const char *name);
/* The letter: every {{field}} replaced ("....." for a value not
 * recorded, to fill in by hand); html: a page to print. */
void izin_letter(FILE *fp, const struct rules *r, const struct izin *iz, const char *tmpl, int html);

/* The register, a row at a time. */
struct izin_list {
	enum format fmt;
	struct csvout cv;
	struct json j;
	struct table t;
	int rows;
};
void izin_list_begin(struct izin_list *l, FILE *fp, enum format fmt);
void izin_list_row(struct izin_list *l, const struct izin *iz);
void izin_list_end(struct izin_list *l, FILE *fp);

#endif
