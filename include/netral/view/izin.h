/* The letter of a permit (SE Sekda Batang, Lampiran I) from a template,
 * as text or a printable page. */
#ifndef NETRAL_VIEW_IZIN_H
#define NETRAL_VIEW_IZIN_H

#include <stdio.h>

#include "netral/cegah/izin.h"
#include "netral/rules/rules.h"
#include "netral/view/surat.h"

/* A template's {{fields}} are all known and it holds no control
 * characters but line breaks and tabs: else each problem is reported as
 * NAME:LINE: problem and NX_DATA returned. */
int izin_template_check(const char *tmpl, const char *name);
/* The letter (view/surat.h) numbered nomor_surat ("" for none): every
 * {{field}} replaced ("....." for a value not recorded, to fill in by
 * hand); html: a page to print. */
void izin_letter(FILE *fp, const struct rules *r, const struct surat_kop *kop, const struct izin *iz,
		 const char *nomor_surat, const char *tmpl, int html);

#endif
