/* A case's history, or the log across cases, in every format (history.h). */
#include <stdio.h>

#include "netral/audit/log.h"
#include "netral/io/listing.h"
#include "netral/kasus/column.h"
#include "netral/util/msg.h"
#include "netral/view/history.h"

struct out {
	enum format fmt;
	int kontak, pribadi;
	int off;                /* 1: the case number comes first */
	struct table t;
	struct csvout c;
	struct json *j;
	struct listing l;
};

static const char *const log_cols[AUDIT_EVENT_COLS + 1] = { "nomor", "waktu", "operator", "jenis",
	"kolom", "lama", "baru", "catatan", "tanggal" };

/* Who a person is: in the log across cases, which nobody asked about any
 * one person, their values need --pribadi. */
static int personal(int c)
{
	return c == COL_NAMA || c == COL_NIP || c == COL_NIK || c == COL_TANGGAL_LAHIR;
}

/* The value columns of an event (lama, baru), as they may be shown. */
static const char *const *shown(const struct out *o, const char *const *v, const char *buf[])
{
	int k = o->off, c = column_by_name(v[k + 3]);
	const char *hidden;

	if (c < 0)
		return v;
	if ((kasus_columns[c].flags & CF_PRIVATE) && !o->kontak)
		hidden = _("(hidden; --kontak shows it)");
	else if (o->off && personal(c) && !o->pribadi)
		hidden = _("(hidden; --pribadi shows it)");
	else
		return v;
	for (int i = 0; i < AUDIT_EVENT_COLS + k; i++)
		buf[i] = v[i];
	buf[k + 4] = *v[k + 4] ? hidden : "";
	buf[k + 5] = *v[k + 5] ? hidden : "";
	return buf;
}

static int one(void *ctx, const char *const *ev)
{
	struct out *o = ctx;
	const char *buf[AUDIT_EVENT_COLS + 1];
	const char *const *v = shown(o, ev, buf);
	const int n = AUDIT_EVENT_COLS + o->off;

	if (o->fmt == FMT_TABLE) {
		table_row(&o->t, v);
	} else if (o->fmt == FMT_XLSX) {
		listing_row(&o->l, v);
	} else if (o->fmt == FMT_CSV) {
		for (int i = 0; i < n; i++)
			csvout_text(&o->c, v[i]);
		csvout_end(&o->c);
	} else {
		json_obj(o->j);
		for (int i = 0; i < n; i++)
			json_kstr(o->j, log_cols[i + 1 - o->off], v[i]);
		json_end(o->j, '}');
	}
	return 0;
}

int view_history(struct db *d, const struct audit_filter *f, enum format fmt, FILE *fp,
		 struct json *j, struct xlsxout *x, int kontak, int pribadi, int excel)
{
	struct out o = { .fmt = fmt, .kontak = kontak, .pribadi = pribadi, .j = j,
		.off = f->kasus_id == 0 };
	const char *const *cols = log_cols + 1 - o.off;
	const int n = AUDIT_EVENT_COLS + o.off;
	int rc;

	if (fmt == FMT_TABLE) {
		table_init(&o.t, n);
		table_row(&o.t, cols);
	} else if (fmt == FMT_CSV) {
		csvout_init(&o.c, fp);
		if (excel)
			csvout_excel(&o.c);
		for (int i = 0; i < n; i++)
			csvout_plain(&o.c, cols[i]);
		csvout_end(&o.c);
	} else if (fmt == FMT_XLSX) {
		/* the day an event took effect is a date; the time it was
		 * recorded stays as written, to the second and in UTC */
		listing_begin_xlsx(&o.l, x, "history", cols, (size_t)n, 0, 1u << (n - 1));
	} else {
		json_arr(j);
	}
	rc = audit_events(d, f, one, &o);
	if (fmt == FMT_TABLE) {
		table_print(&o.t, fp, 1);
		table_free(&o.t);
	} else if (fmt == FMT_JSON) {
		json_end(j, ']');
	}
	return rc;
}
