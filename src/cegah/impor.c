/* The rows of the prevention imports (impor.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/cegah/impor.h"
#include "netral/cegah/kegiatan.h"
#include "netral/cegah/kepatuhan.h"
#include "netral/cegah/unit.h"
#include "netral/util/alloc.h"
#include "netral/util/text.h"

int cegah_unit_of(struct db *d, const char *nama, int for_new, long long *id,
		  char canonical[CEGAH_NAME_MAX + 1], struct err *e)
{
	char near[CEGAH_NAME_MAX + 1], day[DATE_ISO_LEN];
	struct unit u;
	int rc = unit_get(d, nama, &u);

	if (rc == 0) {
		*id = u.id;
		snprintf(canonical, CEGAH_NAME_MAX + 1, "%s", u.nama);
		if (!for_new || (rc = unit_inactive(d, u.id, day)) || !*day)
			return rc;
		err_set(e, _("unit '%s' is inactive since %s: it takes no new record ('netral unit activate' makes it active again)"),
			u.nama, day);
		return CEGAH_UNIT_INACTIVE;
	}
	if (rc != NX_NOTFOUND || (rc = unit_nearest(d, nama, near)))
		return rc;
	if (*near)
		err_set(e, _("no unit '%s'; did you mean '%s'?"), nama, near);
	else
		err_set(e, _("no unit '%s' ('netral unit list' lists them, 'netral unit add' adds one)"), nama);
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

/* A unit named twice in one file: the second is refused. */
static int unit_twice(struct cegah_impor *ci, struct csvimport *im, const struct unit *u)
{
	char kunci[512];

	text_key(u->nama, kunci, sizeof kunci);
	for (size_t i = 0; i < ci->nseen; i++)
		if (strcmp(ci->seen[i].kunci, kunci) == 0) {
			csvimport_problem(im, unit_record.cols[UNIT_NAMA], _("'%s' is also on line %ld"), u->nama,
					  ci->seen[i].line);
			return 1;
		}
	if (ci->nseen == ci->capseen)
		ci->seen = array_grow(ci->seen, &ci->capseen, sizeof *ci->seen);
	ci->seen[ci->nseen].kunci = xstrdup(kunci);
	ci->seen[ci->nseen++].line = im->line;
	return 0;
}

static int put_unit(struct cegah_impor *ci, struct csvimport *im, void *obj, int *outcome,
		    struct err *e)
{
	struct strbuf changes = STRBUF_INIT;
	struct unit_kept kept = { 0 };
	const struct unit *u = obj;
	int rc;

	(void)e;
	if (unit_twice(ci, im, u))
		return -1;
	kept.force = ci->force;
	rc = unit_put(ci->d, ci->op, u, where(ci, im), &kept, outcome, &changes);
	for (int i = 0; !rc && i < kept.n; i++)
		csvimport_kept(im, unit_record.cols[kept.field[i]], ci->force ?
				  _("changed by 'unit add' on %s (%s) after the import; the file's value taken (--force)") :
				  _("changed by 'unit add' on %s (%s) after the import; kept (--force takes the file's value)"),
				  kept.day, kept.operator);
	if (!rc && changes.len)
		sb_printf(&ci->said, _("unit '%s': %s\n"), u->nama, sb_str(&changes));
	sb_free(&changes);
	return rc;
}

static int put_kegiatan(struct cegah_impor *ci, struct csvimport *im, void *obj, int *outcome,
			struct err *e)
{
	struct kegiatan *k = obj;
	struct strbuf said = STRBUF_INIT;
	int rc, differs = 0;

	if ((rc = kegiatan_add(ci->d, ci->op, k, where(ci, im), outcome)))
		return rc;
	/* recorded already with other values: refused, as 'kegiatan add' does */
	if (*outcome == IMPORT_SAME && !(rc = kegiatan_differs(ci->d, k, &said)) && said.len) {
		err_set(e, _("already recorded: %s, %s on %s; not changed (%s): 'netral kegiatan correct' with the same unit, --jenis, --tanggal and --alasan corrects it"),
			k->unit, k->jenis, k->tanggal, said.buf);
		differs = 1;
	}
	sb_free(&said);
	if (rc)
		return rc;
	if (differs)
		return -1;
	ci->nowhere += *outcome == IMPORT_NEW && !kepatuhan_counted_in(ci->r, k->jenis, k->pemilihan, k->tanggal);
	return 0;
}

static int put_pakta(struct cegah_impor *ci, struct csvimport *im, void *obj, int *outcome,
		     struct err *e)
{
	return pakta_add(ci->d, ci->op, obj, where(ci, im), outcome, e);
}

/* Each kind: its record, and how a row read is stored (0 with *outcome
 * set; -1 with e set, or said, for a row refused; else a status). */
static const struct {
	const struct cegah_record *rec;
	int (*put)(struct cegah_impor *ci, struct csvimport *im, void *obj, int *outcome, struct err *e);
} kinds[] = {
	[CEGAH_UNIT] = { &unit_record, put_unit },
	[CEGAH_KEGIATAN] = { &kegiatan_record, put_kegiatan },
	[CEGAH_PAKTA] = { &pakta_record, put_pakta },
};

/* A refused row: its problem said on the column the record named. */
static int refused(struct csvimport *im, const struct cegah_record *rec, const struct err *e)
{
	if (e->field >= -1)
		csvimport_problem(im, e->field >= 0 ? rec->cols[e->field] : NULL, "%s", e->msg);
	return -1;
}

/* Any kind's row: read as its 'add' reads it, its unit found, stored. */
static int row(void *ctx, struct csvimport *im, const char *const *v, int *outcome)
{
	struct cegah_impor *ci = ctx;
	const struct cegah_record *rec = kinds[ci->kind].rec;
	const char *w[32];
	struct cegah_head *head;
	struct err e = { .field = -2 };
	int rc, pemilihan = cegah_field_of(rec, "pemilihan", 9), unit = -1;

	for (int f = 0; f < rec->n && f < 32; f++) {
		w[f] = v[f];
		unit = rec->f[f].type == CT_UNIT ? f : unit;
	}
	if (pemilihan >= 0 && (!w[pemilihan] || !*w[pemilihan]))
		w[pemilihan] = ci->pemilihan;
	if (!ci->obj)
		ci->obj = xmalloc(rec->size);
	memset(ci->obj, 0, rec->size);
	head = ci->obj;
	if (cegah_parse(rec, ci->r, ci->today, w, ci->obj, &e) < 0)
		return refused(im, rec, &e);
	if (unit >= 0) {
		char *name = (char *)ci->obj + rec->f[unit].off;

		if ((rc = cegah_unit_of(ci->d, name, 1, &head->unit_id, name, &e)))
			return rc < 0 ? refused(im, rec, (e.field = unit, &e)) : rc;
	}
	e.field = -2;
	rc = kinds[ci->kind].put(ci, im, ci->obj, outcome, &e);
	return rc < 0 ? refused(im, rec, &e) : rc;
}

const struct import_kind *cegah_import_kind(struct cegah_impor *ci, enum cegah_kind k)
{
	const struct cegah_record *rec = kinds[k].rec;

	ci->kind = k;
	for (int f = 0; f < rec->n && f < 32; f++)
		ci->flags[f] = (rec->f[f].flags & CEGAH_REQUIRED ? IMPORT_REQUIRED : 0) |
			       (rec->f[f].type == CT_NIP ? IMPORT_DIGITS : 0) |
			       (rec->f[f].type == CT_DAY || rec->f[f].type == CT_PAST_DAY ? IMPORT_DATE : 0);
	ci->ik = (struct import_kind){ rec->cols, ci->flags, NULL, row, NULL };
	return &ci->ik;
}

void cegah_impor_free(struct cegah_impor *ci)
{
	for (size_t i = 0; i < ci->nseen; i++)
		free(ci->seen[i].kunci);
	free(ci->seen);
	free(ci->obj);
	sb_free(&ci->said);
	sb_free(&ci->where);
	ci->seen = NULL;
	ci->obj = NULL;
	ci->nseen = ci->capseen = 0;
}
