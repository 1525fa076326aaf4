/* A case's history in every format (history.h). */
#include <stdio.h>

#include "netral/audit/log.h"
#include "netral/view/history.h"

struct out {
	enum format fmt;
	struct table t;
	struct csvout c;
	struct json *j;
};

static int one(void *ctx, const char *const *v)
{
	struct out *o = ctx;

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

int view_history(struct db *d, long long id, enum format fmt, struct json *j)
{
	struct out o = { .fmt = fmt, .j = j };
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
