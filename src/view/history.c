/* A case's history in every format (history.h). */
#include <stdio.h>

#include "netral/audit/log.h"
#include "netral/kasus/column.h"
#include "netral/util/msg.h"
#include "netral/view/history.h"

struct out {
	enum format fmt;
	int kontak;
	struct table t;
	struct csvout c;
	struct json *j;
};

/* The value columns of an event (lama, baru), as they may be shown. */
static const char *const *shown(const struct out *o, const char *const *v, const char *buf[])
{
	int c = column_by_name(v[3]);

	if (o->kontak || c < 0 || !(kasus_columns[c].flags & CF_PRIVATE))
		return v;
	for (int i = 0; i < AUDIT_EVENT_COLS; i++)
		buf[i] = v[i];
	buf[4] = *v[4] ? _("(hidden; --kontak shows it)") : "";
	buf[5] = *v[5] ? _("(hidden; --kontak shows it)") : "";
	return buf;
}

static int one(void *ctx, const char *const *ev)
{
	struct out *o = ctx;
	const char *buf[AUDIT_EVENT_COLS];
	const char *const *v = shown(o, ev, buf);

	if (o->fmt == FMT_TABLE) {
		table_row(&o->t, v);
	} else if (o->fmt == FMT_CSV) {
		for (int i = 0; i < AUDIT_EVENT_COLS; i++)
			csvout_text(&o->c, v[i]);
		csvout_end(&o->c);
	} else {
		json_obj(o->j);
		for (int i = 0; i < AUDIT_EVENT_COLS; i++)
			json_kstr(o->j, audit_event_cols[i], v[i]);
		json_end(o->j, '}');
	}
	return 0;
}

int view_history(struct db *d, long long id, enum format fmt, struct json *j, int kontak)
{
	struct out o = { .fmt = fmt, .kontak = kontak, .j = j };
	int rc;

	if (fmt == FMT_TABLE) {
		table_init(&o.t, AUDIT_EVENT_COLS);
		table_row(&o.t, audit_event_cols);
	} else if (fmt == FMT_CSV) {
		csvout_init(&o.c, stdout);
		for (int i = 0; i < AUDIT_EVENT_COLS; i++)
			csvout_plain(&o.c, audit_event_cols[i]);
		csvout_end(&o.c);
	} else {
		json_arr(j);
	}
	rc = audit_events(d, id, one, &o);
	if (fmt == FMT_TABLE) {
		table_print(&o.t, stdout, 1);
		table_free(&o.t);
	} else if (fmt == FMT_JSON) {
		json_end(j, ']');
	}
	return rc;
}
