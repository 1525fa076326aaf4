/* The rows of the prevention imports (impor.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cegah/field.h"
#include "netral/cegah/impor.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/kepatuhan.h"
#include "netral/cegah/unit.h"
#include "netral/io/csvtable.h"
#include "netral/util/alloc.h"

int cegah_unit_of(struct db *d, const char *nama, long long *id, char canonical[201],
		  struct err *e)
{
	char near[UNIT_NAMA_MAX + 1];
	struct unit u;
	int rc = unit_get(d, nama, &u);

	if (rc == 0) {
		*id = u.id;
		snprintf(canonical, UNIT_NAMA_MAX + 1, "%s", u.nama);
		return 0;
	}
	if (rc != NX_NOTFOUND || (rc = unit_nearest(d, nama, near)))
		return rc;
	if (*near)
		err_set(e, _("no unit '%s'; did you mean '%s'?"), nama, near);
	else
		err_set(e, _("no unit '%s' ('netral unit list' lists them, 'netral unit add' adds one)"), nama);
	return -1;
}

int cegah_unit_row(void *ctx, const char *const *v, long line, struct err *e, int *outcome)
{
	struct cegah_impor *im = ctx;
	struct strbuf changes = STRBUF_INIT;
	char kunci[512];
	struct unit u;
	int rc;

	if (unit_parse(v, &u, e) < 0)
		return -1;
	cegah_kunci(u.nama, kunci, sizeof kunci);
	for (size_t i = 0; i < im->nseen; i++)
		if (strcmp(im->seen[i].kunci, kunci) == 0) {
			err_set(e, _("'%s' is also on line %ld"), u.nama, im->seen[i].line);
			return err_at(e, UNIT_NAMA);
		}
	if (im->nseen == im->capseen)
		im->seen = array_grow(im->seen, &im->capseen, sizeof *im->seen);
	im->seen[im->nseen].kunci = xstrdup(kunci);
	im->seen[im->nseen++].line = line;
	if ((rc = unit_put(im->d, im->op, &u, outcome, &changes)) == 0 && changes.len)
		sb_printf(&im->said, _("unit '%s': %s\n"), u.nama, sb_str(&changes));
	sb_free(&changes);
	return rc;
}

int cegah_kegiatan_row(void *ctx, const char *const *v, long line, struct err *e, int *outcome)
{
	struct cegah_impor *im = ctx;
	const char *w[KEG_NF];
	struct kegiatan k;
	int rc;

	(void)line;
	memcpy(w, v, sizeof w);
	if (!*w[KEG_PEMILIHAN] && im->pemilihan)
		w[KEG_PEMILIHAN] = im->pemilihan;
	if (kegiatan_parse(im->r, im->today, w, &k, e) < 0)
		return -1;
	if ((rc = cegah_unit_of(im->d, k.unit, &k.unit_id, k.unit, e)))
		return rc < 0 ? err_at(e, KEG_UNIT) : rc;
	if ((rc = kegiatan_add(im->d, im->op, &k, outcome)))
		return rc;
	im->nowhere += *outcome == CT_NEW && !kepatuhan_counted_in(im->r, k.jenis, k.pemilihan, k.tanggal);
	return 0;
}

int cegah_pakta_row(void *ctx, const char *const *v, long line, struct err *e, int *outcome)
{
	struct cegah_impor *im = ctx;
	const char *w[PAKTA_NF];
	struct pakta p;
	int rc;

	(void)line;
	memcpy(w, v, sizeof w);
	if (!*w[PAKTA_PEMILIHAN] && im->pemilihan)
		w[PAKTA_PEMILIHAN] = im->pemilihan;
	if (pakta_parse(im->r, im->today, w, &p, e) < 0)
		return -1;
	if ((rc = cegah_unit_of(im->d, p.unit, &p.unit_id, p.unit, e)))
		return rc < 0 ? err_at(e, PAKTA_UNIT) : rc;
	return pakta_add(im->d, im->op, &p, outcome, e);
}

void cegah_impor_free(struct cegah_impor *im)
{
	for (size_t i = 0; i < im->nseen; i++)
		free(im->seen[i].kunci);
	free(im->seen);
	sb_free(&im->said);
	im->seen = NULL;
	im->nseen = im->capseen = 0;
}
