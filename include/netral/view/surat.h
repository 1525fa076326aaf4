/* An agency's letter (naskah dinas) from a template kept as data, as
 * text or a page to print on one A4 sheet: the letterhead of the
 * settings (kop_instansi, kop_nama, kop_alamat, kop_kontak, kop_logo)
 * above it.  A template is text with {{field}} where a value goes; its
 * first line is the title and the lines right under it are centred
 * under it (the number); a line "Label : value" is a field, its colon
 * in one column with every other field's; a line starting with '>' is
 * the signature block on the right ('>' alone: a blank line of it, room
 * to sign and stamp); the rest is text, paragraphs apart by blank lines.
 * Each kind of letter gives its fields' names and values. */
#ifndef NETRAL_VIEW_SURAT_H
#define NETRAL_VIEW_SURAT_H

#include <stddef.h>
#include <stdio.h>

#include "netral/rules/rules.h"

/* A value's longest text, a list of attachments included. */
#define SURAT_VALUE_MAX 8192

/* The letterhead: the settings' texts ("" for one not set) and the logo
 * file's bytes, written into the page so that it fetches nothing. */
struct surat_kop {
	char *baris[4];       /* kop_instansi, kop_nama, kop_alamat, kop_kontak */
	char *logo;           /* NULL: none */
	size_t logo_n;
	const char *logo_type;
};

/* The letterhead of the rules in force, its logo (kop_logo: a PNG, JPEG,
 * GIF or SVG file, from the directory netral runs in when relative) read.
 * Returns a status, reported; surat_kop_free frees it. */
int surat_kop_load(const struct rules *r, struct surat_kop *k);
void surat_kop_free(struct surat_kop *k);

/* Whether a kind of letter knows field name (n bytes). */
typedef int (*surat_known_fn)(const char *name, size_t n);
/* The value of field name (n bytes) into out, "" when not recorded. */
typedef void (*surat_value_fn)(void *ctx, const char *name, size_t n, char *out, size_t cap);

/* A template's {{fields}} are all known and it holds no control
 * characters but line breaks and tabs: else each problem is reported as
 * NAME:LINE: problem and NX_DATA returned. */
int surat_template_check(const char *tmpl, const char *name, surat_known_fn known);
/* The letter, every {{field}} replaced ("....." for a value not
 * recorded, to fill in by hand); html: a page titled title. */
void surat_write(FILE *fp, const struct surat_kop *kop, const char *tmpl, const char *title,
		 surat_value_fn value, void *ctx, int html);
/* "1 Oktober 2024": how a letter dates a day given as YYYY-MM-DD (any
 * other text as it is). */
void surat_date(const char *iso, char *out, size_t n);

#endif
