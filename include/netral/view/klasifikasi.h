/* How a classification and a case are shown, in every format. */
#ifndef NETRAL_VIEW_H
#define NETRAL_VIEW_H

#include "netral/kasus/kasus.h"
#include "netral/io/output.h"

/* Rows "key  value" describing k, for a two-column table. */
void view_klasifikasi_rows(struct table *t, const struct rules *r,
			   const struct klasifikasi *k, const char *jenis_pegawai);
/* The keys jenis, kode, tahap, pemilihan, pemilihan_disimpulkan, ruleset,
 * sanksi, dasar_hukum, alasan, inside the caller's object. */
void view_klasifikasi_json(struct json *j, const struct rules *r,
			   const struct klasifikasi *k, const char *jenis_pegawai);
/* CSV header and row with the same fields. */
void view_klasifikasi_csv_header(struct csvout *c);
void view_klasifikasi_csv(struct csvout *c, const struct rules *r,
			  const struct klasifikasi *k, const char *jenis_pegawai);

#endif
