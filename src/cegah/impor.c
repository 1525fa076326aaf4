/* The rows of the prevention imports (impor.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cegah/field.h"
#include "netral/cegah/impor.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/kepatuhan.h"
#include "netral/cegah/unit.h"
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

/* The cells of a row, "" for a column the file lacks, as the domain's
 * parsers take them. */
static void cells(const char *const *v, size_t n, const char **out)
{
	for (size_t k = 0; k < n; k++)
		out[k] = v[k] ? v[k] : "";
}

/* A refused row: its problem said on the column the domain named. */
static int refused(struct csvimport *im, const char *const *cols, const struct err *e)
{
	csvimport_problem(im, e->field >= 0 ? cols[e->field] : NULL, "%s", e->msg);
	return -1;
}

/* Where a record came from, as its event says it (an import's FILE:LINE,
 * which check and the next import read). */
static const char *where(struct cegah_impor *ci, const struct csvimport *im)
{
	sb_reset(&ci->where);
	sb_printf(&ci->where, "%s:%ld", im->in->name, im->line);
	return ci->where.buf;
}

static int unit_row(void *ctx, struct csvimport *im, const char *const *v, int *outcome)
{
	struct cegah_impor *ci = ctx;
	struct strbuf changes = STRBUF_INIT;
	struct unit_kept kept = { 0 };
	const char *w[UNIT_NF];
	char kunci[512];
	struct unit u;
	struct err e;
	int rc;

	cells(v, UNIT_NF, w);
	if (unit_parse(w, &u, &e) < 0)
		return refused(im, unit_cols, &e);
	cegah_kunci(u.nama, kunci, sizeof kunci);
	for (size_t i = 0; i < ci->nseen; i++)
		if (strcmp(ci->seen[i].kunci, kunci) == 0) {
			csvimport_problem(im, unit_cols[UNIT_NAMA], _("'%s' is also on line %ld"), u.nama,
					  ci->seen[i].line);
			return -1;
		}
	if (ci->nseen == ci->capseen)
		ci->seen = array_grow(ci->seen, &ci->capseen, sizeof *ci->seen);
	ci->seen[ci->nseen].kunci = xstrdup(kunci);
	ci->seen[ci->nseen++].line = im->line;
	kept.force = ci->force;
	rc = unit_put(ci->d, ci->op, &u, where(ci, im), &kept, outcome, &changes);
	for (int i = 0; !rc && i < kept.n; i++)
		csvimport_kept(im, unit_cols[kept.field[i]], ci->force ?
				  _("changed by 'unit add' on %s (%s) after the import; the file's value taken (--force)") :
				  _("changed by 'unit add' on %s (%s) after the import; kept (--force takes the file's value)"),
				  kept.day, kept.operator);
	if (!rc && changes.len)
		sb_printf(&ci->said, _("unit '%s': %s\n"), u.nama, sb_str(&changes));
	sb_free(&changes);
	return rc;
}

static int kegiatan_row(void *ctx, struct csvimport *im, const char *const *v, int *outcome)
{
	struct cegah_impor *ci = ctx;
	const char *w[KEG_NF];
	struct kegiatan k;
	struct err e;
	int rc;

	cells(v, KEG_NF, w);
	if (!*w[KEG_PEMILIHAN] && ci->pemilihan)
		w[KEG_PEMILIHAN] = ci->pemilihan;
	if (kegiatan_parse(ci->r, ci->today, w, &k, &e) < 0)
		return refused(im, kegiatan_cols, &e);
	if ((rc = cegah_unit_of(ci->d, k.unit, &k.unit_id, k.unit, &e)))
		return rc < 0 ? refused(im, kegiatan_cols, (e.field = KEG_UNIT, &e)) : rc;
	if ((rc = kegiatan_add(ci->d, ci->op, &k, where(ci, im), outcome)))
		return rc;
	ci->nowhere += *outcome == IMPORT_NEW && !kepatuhan_counted_in(ci->r, k.jenis, k.pemilihan, k.tanggal);
	return 0;
}

static int pakta_row(void *ctx, struct csvimport *im, const char *const *v, int *outcome)
{
	struct cegah_impor *ci = ctx;
	const char *w[PAKTA_NF];
	struct pakta p;
	struct err e;
	int rc;

	cells(v, PAKTA_NF, w);
	if (!*w[PAKTA_PEMILIHAN] && ci->pemilihan)
		w[PAKTA_PEMILIHAN] = ci->pemilihan;
	if (pakta_parse(ci->r, ci->today, w, &p, &e) < 0)
		return refused(im, pakta_cols, &e);
	if ((rc = cegah_unit_of(ci->d, p.unit, &p.unit_id, p.unit, &e)))
		return rc < 0 ? refused(im, pakta_cols, (e.field = PAKTA_UNIT, &e)) : rc;
	rc = pakta_add(ci->d, ci->op, &p, where(ci, im), outcome, &e);
	return rc < 0 ? refused(im, pakta_cols, &e) : rc;
}

static const unsigned char unit_flags[UNIT_NF] = { [UNIT_NAMA] = IMPORT_REQUIRED };
static const unsigned char kegiatan_flags[KEG_NF] = {
	[KEG_UNIT] = IMPORT_REQUIRED, [KEG_JENIS] = IMPORT_REQUIRED, [KEG_TANGGAL] = IMPORT_REQUIRED
};
static const unsigned char pakta_flags[PAKTA_NF] = {
	[PAKTA_NAMA] = IMPORT_REQUIRED, [PAKTA_UNIT] = IMPORT_REQUIRED,
	[PAKTA_TANGGAL] = IMPORT_REQUIRED
};

const struct import_kind *cegah_import_kind(enum cegah_kind k)
{
	static const struct import_kind kinds[] = {
		[CEGAH_UNIT] = { unit_cols, unit_flags, NULL, unit_row },
		[CEGAH_KEGIATAN] = { kegiatan_cols, kegiatan_flags, NULL, kegiatan_row },
		[CEGAH_PAKTA] = { pakta_cols, pakta_flags, NULL, pakta_row },
	};

	return &kinds[k];
}

void cegah_impor_free(struct cegah_impor *ci)
{
	for (size_t i = 0; i < ci->nseen; i++)
		free(ci->seen[i].kunci);
	free(ci->seen);
	sb_free(&ci->said);
	sb_free(&ci->where);
	ci->seen = NULL;
	ci->nseen = ci->capseen = 0;
}
