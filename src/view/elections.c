/* The contests, for 'election' and 'rules' (elections.h). */
#include <stdio.h>

#include "netral/view/elections.h"

enum { NCOL = 10 };

void view_elections(const struct rules *r, enum format fmt, struct json *j, int excel)
{
	/* the span columns come last: scripts read the first seven */
	static const char *const head[] = { "kode", "nama", "penetapan",
		"kampanye_mulai", "kampanye_selesai", "pemungutan", "sumber",
		"tahapan_mulai", "penetapan_partai", "sebutan" };
	struct table t;
	struct csvout c;
	struct json own;

	if (fmt == FMT_TABLE)
		table_init(&t, NCOL);
	if (fmt == FMT_TABLE)
		table_row(&t, head);
	if (fmt == FMT_CSV) {
		csvout_init(&c, stdout);
		if (excel)
			csvout_excel(&c);
		for (int i = 0; i < NCOL; i++)
			csvout_plain(&c, head[i]);
		csvout_end(&c);
	}
	if (fmt == FMT_JSON) {
		if (!j) {
			json_init(&own, stdout);
			j = &own;
		}
		json_arr(j);
	}
	for (size_t i = 0; i < r->pemilihan.n; i++) {
		const struct pemilihan *p = &r->pemilihan.v[i];
		/* in the order of head[]; cells 0, 1, 6 and 9 are not days */
		const struct date *days[NCOL] = { NULL, NULL, &p->penetapan, &p->kampanye_mulai,
			&p->kampanye_selesai, &p->pemungutan, NULL, &p->tahapan_mulai,
			&p->penetapan_partai, NULL };
		char d[NCOL][DATE_ISO_LEN];
		const char *cells[NCOL];

		for (int k = 0; k < NCOL; k++) {
			/* an unknown day is shown empty, not as 0000-00-00 */
			d[k][0] = '\0';
			if (days[k] && days[k]->y)
				date_format(days[k], d[k]);
			cells[k] = d[k];
		}
		cells[0] = p->kode;
		cells[1] = p->nama;
		cells[6] = p->bawaan ? "bawaan" : "pengguna";
		cells[9] = p->sebutan;
		if (fmt == FMT_TABLE) {
			table_row(&t, cells);
		} else if (fmt == FMT_CSV) {
			for (int k = 0; k < NCOL; k++)
				csvout_text(&c, cells[k]);
			csvout_end(&c);
		} else {
			json_obj(j);
			for (int k = 0; k < NCOL; k++)
				json_kstr(j, head[k], cells[k]);
			json_end(j, '}');
		}
	}
	if (fmt == FMT_TABLE) {
		table_print(&t, stdout, 1);
		table_free(&t);
	} else if (fmt == FMT_JSON) {
		json_end(j, ']');
		if (j == &own)
			json_done(j);
	}
}

