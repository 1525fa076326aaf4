/* Listings in every format (listing.h). */
#include <stdlib.h>
#include <string.h>

#include "netral/io/listing.h"

void listing_begin(struct listing *l, FILE *fp, enum format fmt, int excel,
		   const char *const *cols, size_t ncols, unsigned numeric)
{
	memset(l, 0, sizeof *l);
	l->fmt = excel ? FMT_CSV : fmt;
	l->cols = cols;
	l->ncols = ncols;
	l->numeric = numeric;
	l->fp = fp;
	if (l->fmt == FMT_CSV) {
		csvout_init(&l->cv, fp);
		if (excel)
			csvout_excel(&l->cv);
		for (size_t c = 0; c < ncols; c++)
			csvout_plain(&l->cv, cols[c]);
		csvout_end(&l->cv);
	} else if (l->fmt == FMT_JSON) {
		json_init(&l->j, fp);
		json_arr(&l->j);
	} else {
		table_init(&l->t, ncols);
		table_row(&l->t, cols);
	}
}

void listing_begin_xlsx(struct listing *l, struct xlsxout *x, const char *sheet,
			const char *const *cols, size_t ncols, unsigned numeric, unsigned dates)
{
	memset(l, 0, sizeof *l);
	l->fmt = FMT_XLSX;
	l->x = x;
	l->cols = cols;
	l->ncols = ncols;
	l->numeric = numeric;
	l->dates = dates;
	xlsxout_sheet(x, sheet);
	xlsxout_head(x, cols, ncols);
}

/* A row as typed cells: a number only where the column holds numbers
 * and the value is one, so an odd value is kept as it is. */
static void xlsx_row(struct listing *l, const char *const *v)
{
	for (size_t c = 0; c < l->ncols; c++) {
		char *end;
		double d = strtod(v[c], &end);

		if (l->dates >> c & 1)
			xlsxout_date(l->x, v[c]);
		else if ((l->numeric >> c & 1) && *v[c] && !*end)
			xlsxout_number(l->x, d);
		else
			xlsxout_text(l->x, v[c]);
	}
	xlsxout_end_row(l->x);
}

void listing_row(struct listing *l, const char *const *v)
{
	l->rows++;
	if (l->fmt == FMT_XLSX) {
		xlsx_row(l, v);
		return;
	}
	if (l->fmt == FMT_TABLE) {
		table_row(&l->t, v);
		return;
	}
	if (l->fmt == FMT_JSON)
		json_obj(&l->j);
	for (size_t c = 0; c < l->ncols; c++) {
		if (l->fmt == FMT_CSV)
			csvout_text(&l->cv, v[c]);
		else if (!*v[c])
			json_kstr(&l->j, l->cols[c], NULL);
		else if (l->numeric >> c & 1) {
			json_key(&l->j, l->cols[c]);
			json_num(&l->j, v[c]);
		} else
			json_kstr(&l->j, l->cols[c], v[c]);
	}
	if (l->fmt == FMT_CSV)
		csvout_end(&l->cv);
	else
		json_end(&l->j, '}');
}

void listing_end(struct listing *l, const char *none)
{
	if (l->fmt == FMT_JSON) {
		json_end(&l->j, ']');
		json_done(&l->j);
	} else if (l->fmt == FMT_TABLE) {
		if (l->rows)
			table_print(&l->t, l->fp, 1);
		else
			fputs(none, l->fp);
		table_free(&l->t);
	}
}
