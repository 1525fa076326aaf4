/* The SQL of a selection of cases (select.h): built from the filters
 * given, every value a bound parameter, every name from the catalogue. */
#include <stdio.h>
#include <string.h>

#include "netral/db/kamus.h"
#include "netral/kasus/repeat.h"
#include "netral/kasus/select.h"
#include "netral/kasus/store.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

static const char *const key_col[KF_COUNT] = { "pemilihan", "instansi", "jenis", "bentuk",
	"status", "jenis_pegawai", "indikasi" };

int kasus_sort_column(const char *name, int *desc)
{
	*desc = *name == '-';
	name += *desc;
	for (int c = 0; c < COL_COUNT; c++) {
		const struct column_def *def = &kasus_columns[c];

		/* the key and the import state are digests, the contact private */
		if (c == COL_KUNCI || c == COL_KEADAAN_IMPOR || (def->flags & CF_PRIVATE))
			continue;
		if (strcmp(def->name, name) == 0)
			return c;
	}
	return -1;
}

/* One condition on one value, when given: fmt names its parameter. */
static void cond(struct strbuf *sql, const char **and, const char *fmt, const char *val,
		 const char **vals, int *nv)
{
	if (!val)
		return;
	sb_puts(sql, *and);
	sb_printf(sql, fmt, *nv + 1);
	vals[(*nv)++] = val;
	*and = " AND ";
}

/* The conditions, their values in *vals in parameter order. */
static void where(struct strbuf *sql, const struct kasus_filter *f, const char **vals, int *nv)
{
	const char *and = f->lintas ? " AND " : " WHERE ";

	for (int k = 0; k < KF_COUNT; k++) {
		if (!f->n[k])
			continue;
		sb_printf(sql, "%s(", and);
		for (int i = 0; i < f->n[k]; i++) {
			if (k == KF_INSTANSI) {
				/* the names that match, then their cases by the index */
				sb_printf(sql, "%sinstansi IN (SELECT nama FROM " KASUS_AGENCIES_SQL
					  " WHERE kata(nama, ?%d))", i ? " OR " : "", *nv + 1);
			} else if (k == KF_INDIKASI) {
				/* one code of the list the case carries */
				sb_printf(sql, "%sinstr(',' || indikasi || ',', ',' || ?%d || ',') > 0",
					  i ? " OR " : "", *nv + 1);
			} else if (kasus_columns[column_by_name(key_col[k])].flags & CF_CODED) {
				char param[16];

				snprintf(param, sizeof param, "?%d", *nv + 1);
				sb_printf(sql, "%s%s = " KAMUS_CODE_SQL("%s"), i ? " OR " : "", key_col[k], param);
			} else {
				sb_printf(sql, "%s%s = ?%d", i ? " OR " : "", key_col[k], *nv + 1);
			}
			vals[(*nv)++] = f->v[k][i];
		}
		sb_puts(sql, ")");
		and = " AND ";
	}
	if (!f->batal && !f->n[KF_STATUS]) {
		sb_puts(sql, and);
		sb_puts(sql, KASUS_COUNTED_SQL(""));
		and = " AND ";
	}
	cond(sql, &and, "asal = ?%d", f->asal, vals, nv);
	cond(sql, &and, "tanggal_kejadian >= ?%d", f->from, vals, nv);
	cond(sql, &and, "tanggal_kejadian <= ?%d", f->to, vals, nv);
	cond(sql, &and, "instr(lipat(nama, nip, nik, instansi, unit_kerja, uraian, no_laporan), ?%d) > 0",
	     f->cari, vals, nv);
	cond(sql, &and, "instr(lipat(nama), ?%d) > 0", f->nama, vals, nv);
	/* a whole NIP is the NIP itself (netral stores its 18 digits, and a
	 * NIK has 16): one look-up, not a search of every case */
	if (f->nip && strlen(f->nip) == 18)
		cond(sql, &and, "id IN " KASUS_BY_ORIGIN_SQL("nip = ?%1$d"), f->nip, vals, nv);
	else
		cond(sql, &and, "(instr(nip, ?%1$d) > 0 OR instr(nik, ?%1$d) > 0)", f->nip, vals, nv);
}

/* The columns of an exchange file: dihitung_asal says whether this
 * database counts the case, as its summaries do, so that the one it is
 * sent to counts what its sender counted. */
static void exchange_cols(struct strbuf *sb)
{
	for (int c = 0; c < COL_COUNT; c++)
		sb_printf(sb, "%s%s", c ? ", " : "", c == COL_DIHITUNG_ASAL ?
			  "CASE WHEN sekali THEN '1' ELSE '0' END" : kasus_columns[c].name);
}

static void order(struct strbuf *sql, const struct kasus_filter *f)
{
	sb_puts(sql, " ORDER BY ");
	for (int i = 0; i < f->nsort; i++) {
		const struct column_def *def = &kasus_columns[f->sort[i]];

		if (def->flags & CF_CODED)
			sb_printf(sql, KAMUS_TEXT_SQL("%1$s") " COLLATE NOCASE", def->name);
		else
			sb_printf(sql, "%s%s", def->name, def->flags & CF_INTEGER ? "" : " COLLATE NOCASE");
		sb_puts(sql, f->desc[i] ? " DESC, " : ", ");
	}
	sb_puts(sql, "id");
}

int kasus_select(struct db *d, const struct kasus_filter *f,
		 int (*fn)(void *ctx, const char *const *v), void *ctx)
{
	const char *vals[KF_COUNT * KASUS_FILTER_MAX + 8];
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st;
	int rc, s = SQLITE_DONE, nv = 0;

	sb_puts(&sql, "SELECT ");
	if (f->pertukaran)
		exchange_cols(&sql);
	else
		kasus_all_cols(&sql);
	if (f->lintas)
		/* the person, day and act of counted cases from more than one origin */
		sb_puts(&sql, " FROM (SELECT *, min(coalesce(asal, '')) OVER w <> max(coalesce(asal, '')) "
			"OVER w AS lintas FROM kasus WHERE " KASUS_TALLIED_SQL " "
			"WINDOW w AS (PARTITION BY tanggal_kejadian, bentuk, " KASUS_PERSON_SQL("") ")) "
			"WHERE lintas");
	else if (f->pertukaran)
		sb_puts(&sql, " FROM (SELECT *, " KASUS_TALLIED_SQL " AND "
			KASUS_FIRST_ORIGIN_SQL(KASUS_TALLIED_SQL ", ") " AS sekali FROM kasus)");
	else
		sb_puts(&sql, " FROM kasus");
	where(&sql, f, vals, &nv);
	order(&sql, f);
	if (f->limit > 0)
		sb_printf(&sql, " LIMIT %ld", f->limit);
	rc = db_prepare(d, sql.buf, &st);
	sb_free(&sql);
	if (rc)
		return rc;
	for (int i = 0; i < nv; i++)
		bind_text(st, i + 1, vals[i]);
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *v[COL_COUNT];

		for (int c = 0; c < COL_COUNT && !rc; c++)
			rc = kasus_column_text(d, st, c, c, &v[c]);
		if (!rc)
			rc = fn(ctx, v);
	}
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot list the cases"));
	sqlite3_finalize(st);
	return rc;
}

int kasus_agencies(struct db *d, int (*fn)(void *ctx, const char *name), void *ctx)
{
	sqlite3_stmt *st;
	int rc, s = SQLITE_DONE;

	if ((rc = db_prepare(d, "SELECT nama FROM " KASUS_AGENCIES_SQL, &st)))
		return rc;
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW)
		rc = fn(ctx, col_text(st, 0));
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot list the cases"));
	sqlite3_finalize(st);
	return rc;
}

int kasus_rolled_up(struct db *d, int *yes)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "SELECT EXISTS (SELECT 1 FROM kasus WHERE asal IS NOT NULL)", &st)))
		return rc;
	rc = sqlite3_step(st);
	*yes = rc == SQLITE_ROW && sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_fail(d, _("cannot read the cases"));
}

int kasus_last_instansi(struct db *d, char *out, size_t cap)
{
	sqlite3_stmt *st;
	int rc;

	*out = '\0';
	/* from the newest case back, not through an index on asal (which
	 * would read every case of the agency): its newest is its own */
	if ((rc = db_prepare(d, "SELECT instansi FROM kasus WHERE +asal IS NULL ORDER BY id DESC LIMIT 1", &st)))
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(out, cap, "%s", col_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the cases"));
}
