/* Which proven cases are past the follow-up deadline (overdue.h). */
#include <stdlib.h>
#include <string.h>

#include "netral/kasus/overdue.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

const char *const overdue_cols[OV_COLS] = { "nomor", "nama", "instansi", "jenis", "kode",
	"rekomendasi_dari", "rekomendasi_sanksi", "rekomendasi_tanggal", "blokir_siasn" };

static int cmp_rows(const void *x, const void *y)
{
	const struct overdue_case *a = x, *b = y;

	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return a->over > b->over ? -1 : a->over < b->over;
}

/* Agencies are numbered in the order their oldest case comes (the rows
 * arrive by recommendation date). */
static void add(struct overdue *o, sqlite3_stmt *st, const struct date *rek, long batas,
		long over)
{
	struct overdue_case *r;
	struct date dl;
	int g = 0;

	if (o->n == o->cap)
		o->rows = array_grow(o->rows, &o->cap, sizeof *o->rows);
	r = &o->rows[o->n++];
	for (int i = 0; i < OV_COLS; i++)
		r->v[i] = xstrdup(col_text(st, i));
	r->over = over;
	date_from_days(date_days(rek) + batas, &dl);
	date_format(&dl, r->batas);
	for (size_t i = 0; i + 1 < o->n; i++)
		if (o->rows[i].group >= g)
			g = o->rows[i].group + 1;
	r->group = g;
	for (size_t i = 0; i + 1 < o->n; i++)
		if (strcmp(o->rows[i].v[OV_INSTANSI], r->v[OV_INSTANSI]) == 0) {
			r->group = o->rows[i].group;
			break;
		}
}

int kasus_overdue(struct db *d, const char *instansi, const struct date *today,
		  long batas, struct overdue *out)
{
	sqlite3_stmt *st;
	int rc, s;

	memset(out, 0, sizeof *out);
	if ((rc = db_prepare(d, "SELECT k.nomor, k.nama, k.instansi, k.jenis, k.kode, "
			     "k.rekomendasi_dari, k.rekomendasi_sanksi, k.rekomendasi_tanggal, "
			     "k.blokir_siasn FROM kasus_teks k JOIN status s ON s.kode = k.status "
			     "WHERE s.terbukti = 1 AND s.ditindaklanjuti = 0 "
			     "AND (?1 IS NULL OR k.instansi = ?1 COLLATE NOCASE) "
			     "ORDER BY k.rekomendasi_tanggal, k.id", &st)))
		return rc;
	bind_text(st, 1, instansi);
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct date rek;
		long over;

		if (date_parse_iso(col_text(st, OV_REK_TANGGAL), &rek) < 0) {
			out->missing++;
			continue;
		}
		over = date_days(today) - (date_days(&rek) + batas);
		if (over > 0)
			add(out, st, &rek, batas, over);
	}
	sqlite3_finalize(st);
	if (s != SQLITE_DONE)
		return db_fail(d, _("cannot read the cases"));
	if (out->n > 1)
		qsort(out->rows, out->n, sizeof *out->rows, cmp_rows);
	return 0;
}

void overdue_free(struct overdue *o)
{
	for (size_t i = 0; i < o->n; i++)
		for (int k = 0; k < OV_COLS; k++)
			free(o->rows[i].v[k]);
	free(o->rows);
	memset(o, 0, sizeof *o);
}
