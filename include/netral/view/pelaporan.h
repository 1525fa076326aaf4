/* A report's cover letter (surat pengantar) from a template: its fields
 * and the files sent, as text or a page to print, laid out as every
 * letter of the agency is (view/surat.h). */
#ifndef NETRAL_VIEW_PELAPORAN_H
#define NETRAL_VIEW_PELAPORAN_H

#include <stdio.h>

#include "netral/cegah/pelaporan.h"
#include "netral/rules/rules.h"
#include "netral/view/surat.h"

/* As izin_template_check, of the report's fields. */
int pelaporan_template_check(const char *tmpl, const char *name);
/* The cover letter: {{lampiran}} lists the files sent, numbered, each with
 * its SHA-256. */
void pelaporan_letter(FILE *fp, const struct rules *r, const struct surat_kop *kop,
		      const struct pelaporan *p, const char *tmpl, int html);

#endif
