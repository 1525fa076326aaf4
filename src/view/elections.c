/* The contests, for 'election' and 'rules' (elections.h). */
#include <stdio.h>

#include "netral/view/elections.h"

void view_elections(const struct rules *r, enum format fmt, struct json *j)
{
	static const char *const head[] = { "kode", "nama", "penetapan",
		"kampanye_mulai", "kampanye_selesai", "pemungutan", "sumber" };
	struct table t;
	struct csvout c;
	struct json own;

	if (fmt == FMT_TABLE)
		table_init(&t, 7);
	if (fmt == FMT_TABLE)
		table_row(&t, head);
	if (fmt == FMT_CSV) {
		csvout_init(&c, stdout);
		for (int i = 0; i < 7; i++)
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
		char d[4][DATE_ISO_LEN];
		const char *cells[7];

		date_format(&p->penetapan, d[0]);
		date_format(&p->kampanye_mulai, d[1]);
		date_format(&p->kampanye_selesai, d[2]);
		date_format(&p->pemungutan, d[3]);
		cells[0] = p->kode;
		cells[1] = p->nama;
		for (int k = 0; k < 4; k++)
			cells[2 + k] = d[k];
		cells[6] = p->bawaan ? "bawaan" : "pengguna";
		if (fmt == FMT_TABLE) {
			table_row(&t, cells);
		} else if (fmt == FMT_CSV) {
			for (int k = 0; k < 7; k++)
				csvout_text(&c, cells[k]);
			csvout_end(&c);
		} else {
			json_obj(j);
			for (int k = 0; k < 7; k++)
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

