/* The prevention records' fields, read and stored by their descriptors
 * (record.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/record.h"
#include "netral/cegah/record.h"
#include "netral/util/alloc.h"
#include "netral/util/distance.h"
#include "netral/util/text.h"

static char *slot(const struct cegah_field *f, void *obj)
{
	return (char *)obj + f->off;
}

static const char *cslot(const struct cegah_field *f, const void *obj)
{
	return (const char *)obj + f->off;
}

int cegah_pemilihan(const struct rules *r, const char *s, char out[RULES_PEMILIHAN_MAX + 1],
		    struct err *e)
{
	const struct pemilihan *p = rules_contest(r, s, e);

	if (!p)
		return -1;
	snprintf(out, RULES_PEMILIHAN_MAX + 1, "%s", p->kode);
	return 0;
}

static int count(const char *s, long *out, struct err *e)
{
	long v = 0;
	size_t n = strlen(s);

	if (n > 9 || strspn(s, "0123456789") != n) {
		err_set(e, _("'%s' is not a whole number"), s);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	*out = v;
	return 0;
}

static int day(const char *s, const struct date *today, int past, char iso[DATE_ISO_LEN],
	       struct err *e)
{
	char t[DATE_ISO_LEN];
	struct date d;

	if (date_parse(s, &d, e) < 0)
		return -1;
	date_format(&d, iso);
	if (!past)
		return 0;
	date_format(today, t);
	if (strcmp(iso, t) > 0) {
		err_set(e, _("%s is after today (%s)"), iso, t);
		return -1;
	}
	return 0;
}

static int vocab(const struct rules *r, const struct cegah_field *f, const char *s, char *out,
		 struct err *e)
{
	const struct kosakata *k = rules_kosakata(r, f->vocab, s);

	if (!k) {
		char *valid = rules_list_kosakata(r, f->vocab, NULL);

		err_set(e, _("unknown %s '%s' (valid: %s)"), f->col, s, valid);
		free(valid);
		return -1;
	}
	snprintf(out, f->size, "%s", k->kode);
	return 0;
}

/* A field's value, trimmed and checked as text, into its slot. */
static int field(const struct cegah_field *f, const struct rules *r, const struct date *today,
		 const char *s, void *obj, struct err *e)
{
	struct nip_info ni;

	switch (f->type) {
	case CT_COUNT:
		return count(s, (long *)slot(f, obj), e);
	case CT_DAY:
	case CT_PAST_DAY:
		return day(s, today, f->type == CT_PAST_DAY, slot(f, obj), e);
	case CT_NIP:
		if (nip_parse(s, &ni, e) < 0)
			return -1;
		memcpy(slot(f, obj), ni.digits, 19);
		return 0;
	case CT_CONTEST:
		return cegah_pemilihan(r, s, slot(f, obj), e);
	case CT_VOCAB:
		return vocab(r, f, s, slot(f, obj), e);
	default:
		/* text was checked and stored by the caller */
		return 0;
	}
}

int cegah_parse(const struct cegah_record *rec, const struct rules *r, const struct date *today,
		const char *const *v, void *obj, struct err *e)
{
	struct cegah_head *head = obj;
	char buf[CEGAH_NOTE_MAX + 1];

	for (int i = 0; i < rec->n; i++) {
		const struct cegah_field *f = &rec->f[i];
		size_t max = f->type == CT_LINE || f->type == CT_NOTE ? CEGAH_NOTE_MAX :
			     f->type == CT_COUNT ? 32 : CEGAH_NAME_MAX;
		long n;

		if (f->type == CT_NOMOR || f->type == CT_FILES)
			continue;
		n = text_field(v[i] ? v[i] : "", max, f->type == CT_NOTE ? TEXT_MULTILINE : 0, buf,
			       sizeof buf, e);

		if (f->type == CT_COUNT)
			*(long *)slot(f, obj) = -1;
		else
			*slot(f, obj) = '\0';
		if (n == 0 && (f->flags & CEGAH_REQUIRED)) {
			char *valid = f->type == CT_VOCAB ? rules_list_kosakata(r, f->vocab, NULL) : NULL;

			err_set(e, valid ? _("required (valid: %s)") : _("required"), valid);
			free(valid);
		}
		if (n < 0 || (n == 0 && (f->flags & CEGAH_REQUIRED)))
			return err_at(e, i);
		if (n == 0)
			continue;
		head->given |= 1u << i;
		if (f->type == CT_NAME || f->type == CT_LINE || f->type == CT_NOTE || f->type == CT_UNIT)
			snprintf(slot(f, obj), f->size, "%s", buf);
		else if (field(f, r, today, buf, obj, e) < 0)
			return err_at(e, i);
	}
	return 0;
}

const char *cegah_value(const struct cegah_record *rec, const void *obj, int i, char buf[24])
{
	const struct cegah_field *f = &rec->f[i];
	long n;

	if (f->type != CT_COUNT)
		return cslot(f, obj);
	n = *(const long *)cslot(f, obj);
	buf[0] = '\0';
	if (n >= 0)
		snprintf(buf, 24, "%ld", n);
	return buf;
}

int cegah_field_of(const struct cegah_record *rec, const char *col, size_t len)
{
	for (int i = 0; i < rec->n; i++)
		if (strlen(rec->f[i].col) == len && strncmp(rec->f[i].col, col, len) == 0)
			return i;
	return -1;
}

int cegah_changes(const struct cegah_record *rec, const void *old, const void *new, int from,
		  struct strbuf *said)
{
	char x[24], y[24];
	int n = 0;

	for (int f = from; f < rec->n; f++) {
		const char *a = cegah_value(rec, old, f, x), *b = cegah_value(rec, new, f, y);

		if (strcmp(a, b) == 0)
			continue;
		if (said)
			sb_printf(said, "%s%s: %s → %s", n ? "; " : "", rec->f[f].col, *a ? a : "-", *b ? b : "-");
		n++;
	}
	return n;
}

void cegah_copy_field(const struct cegah_record *rec, void *dst, const void *src, int f)
{
	memcpy(slot(&rec->f[f], dst), cslot(&rec->f[f], src), rec->f[f].size);
}

/* The SQL of a statement (record.h). */
static void sql_of(const struct cegah_record *rec, enum cegah_sql kind, const char *extra,
		   struct strbuf *sb)
{
	int n = rec->n, unit = 0, once = kind == CEGAH_INSERT_ONCE;

	if (once)
		kind = CEGAH_INSERT;
	if (kind == CEGAH_SELECT)
		sb_puts(sb, "SELECT t.id");
	else
		sb_printf(sb, kind == CEGAH_INSERT ? "INSERT INTO %s (" : "UPDATE %s SET ", rec->table);
	for (int i = 0; i < rec->n; i++) {
		const char *col = rec->f[i].type == CT_UNIT ? "unit_id" : rec->f[i].col;

		unit |= rec->f[i].type == CT_UNIT;
		if (kind == CEGAH_SELECT)
			sb_printf(sb, ", t.%s%s", col, rec->f[i].type == CT_UNIT ? ", u.nama" : "");
		else
			sb_printf(sb, kind == CEGAH_INSERT ? "%s%s" : "%s%s = ?%d", i ? ", " : "", col, i + 1);
	}
	if (kind == CEGAH_SELECT) {
		sb_printf(sb, " FROM %s t%s %s", rec->table, unit ? " JOIN unit u ON u.id = t.unit_id" : "",
			  extra);
		return;
	}
	for (const char *p = extra; p && *p; n++) {
		size_t len = strcspn(p, ",");

		sb_printf(sb, kind == CEGAH_INSERT ? ", %.*s" : ", %.*s = ?%d", (int)len, p, n + 1);
		p += len;
		p += strspn(p, ", ");
	}
	if (kind == CEGAH_UPDATE) {
		sb_printf(sb, " WHERE id = ?%d", n + 1);
		return;
	}
	sb_puts(sb, ") VALUES (");
	for (int i = 0; i < n; i++)
		sb_printf(sb, "%s?%d", i ? ", " : "", i + 1);
	sb_puts(sb, once ? ") ON CONFLICT DO NOTHING" : ")");
}

int cegah_statement(struct db *d, const struct cegah_record *rec, enum cegah_sql kind,
		    const char *extra, sqlite3_stmt **slot, sqlite3_stmt **st)
{
	struct strbuf sql = STRBUF_INIT;
	int rc;

	if (slot && *slot)
		return db_cached(d, slot, NULL, st);
	sql_of(rec, kind, extra, &sql);
	rc = slot ? db_cached(d, slot, sql.buf, st) : db_prepare(d, sql.buf, st);
	sb_free(&sql);
	return rc;
}

void cegah_bind(const struct cegah_record *rec, sqlite3_stmt *st, const void *obj)
{
	const struct cegah_head *head = obj;

	for (int i = 0; i < rec->n; i++) {
		const struct cegah_field *f = &rec->f[i];

		if (f->type == CT_UNIT)
			sqlite3_bind_int64(st, i + 1, head->unit_id);
		else if (f->type == CT_COUNT)
			bind_int_or_null(st, i + 1, (int)*(const long *)cslot(f, obj),
					 *(const long *)cslot(f, obj) < 0);
		else
			bind_text(st, i + 1, cslot(f, obj));
	}
}

void cegah_read(const struct cegah_record *rec, sqlite3_stmt *st, void *obj)
{
	struct cegah_head *head = obj;
	int c = 1;

	head->id = sqlite3_column_int64(st, 0);
	for (int i = 0; i < rec->n; i++, c++) {
		const struct cegah_field *f = &rec->f[i];

		if (f->type == CT_COUNT) {
			*(long *)slot(f, obj) = sqlite3_column_type(st, c) == SQLITE_NULL ? -1 :
						(long)sqlite3_column_int64(st, c);
			continue;
		}
		if (f->type == CT_UNIT)
			head->unit_id = sqlite3_column_int64(st, c++);
		snprintf(slot(f, obj), f->size, "%s", col_text(st, c));
	}
}

int cegah_void(struct db *d, const char *op, const struct cegah_record *rec, long long id,
	       const char *alasan)
{
	char before[AUDIT_STATE_LEN], sql[96];
	sqlite3_stmt *st;
	int rc;

	/* the table is the descriptor's, never a user's */
	snprintf(sql, sizeof sql, "UPDATE %s SET batal_alasan = ?1 WHERE id = ?2", rec->table);
	if ((rc = audit_row_state(d, rec->table, id, before)) || (rc = db_prepare(d, sql, &st)))
		return rc;
	sqlite3_bind_text(st, 1, alasan, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot void the record"));
	sqlite3_finalize(st);
	return rc ? rc : audit_record(d, op, rec->table, id, before, alasan);
}

int cegah_each(struct db *d, const struct cegah_record *rec, long long unit_id,
	       int (*fn)(void *ctx, const void *obj), void *ctx)
{
	const char *by = "id";   /* a unit is its own */
	char tail[160];
	sqlite3_stmt *st;
	void *obj;
	int rc, s;

	for (int i = 0; i < rec->n; i++)
		if (rec->f[i].type == CT_UNIT)
			by = "unit_id";
	snprintf(tail, sizeof tail, "WHERE (?1 = 0 OR t.%s = ?1) AND %s ORDER BY %s", by,
		 rec->live ? rec->live : "1", rec->order);
	if ((rc = cegah_statement(d, rec, CEGAH_SELECT, tail, NULL, &st)))
		return rc;
	sqlite3_bind_int64(st, 1, unit_id);
	obj = xmalloc(rec->size);
	while (!rc && (s = sqlite3_step(st)) == SQLITE_ROW) {
		memset(obj, 0, rec->size);
		cegah_read(rec, st, obj);
		rc = fn(ctx, obj);
	}
	if (!rc && s != SQLITE_DONE)
		rc = db_fail(d, _("cannot read the database"));
	sqlite3_finalize(st);
	free(obj);
	return rc;
}

struct near {
	const struct cegah_record *rec;
	int f;
	char key[512], best[CEGAH_NAME_MAX + 1];
	int dist;
};

static int nearer(void *ctx, const void *obj)
{
	struct near *n = ctx;
	const char *name = cslot(&n->rec->f[n->f], obj);
	char k[512];
	int dist;

	text_key(name, k, sizeof k);
	dist = word_distance(n->key, k);
	if (dist < n->dist) {
		n->dist = dist;
		snprintf(n->best, sizeof n->best, "%s", name);
	}
	return 0;
}

int cegah_nearest(struct db *d, const struct cegah_record *rec, int f, const char *nama,
		  char out[CEGAH_NAME_MAX + 1])
{
	struct near n;
	int rc;

	n.rec = rec;
	n.f = f;
	text_key(nama, n.key, sizeof n.key);
	n.best[0] = '\0';
	/* a slip of a few letters, not another record */
	n.dist = strlen(n.key) / 4 + 1;
	if ((rc = cegah_each(d, rec, 0, nearer, &n)))
		return rc;
	snprintf(out, CEGAH_NAME_MAX + 1, "%s", n.best);
	return 0;
}
