/* Inside the rules loader: what load.c, the checks of the cells
 * (cells.c), the rows (rows.c) and the catalogue share.  Not for other
 * modules: they see rules/load.h and rules/catalog.h. */
#ifndef NETRAL_RULES_ROWS_H
#define NETRAL_RULES_ROWS_H

#include <stddef.h>

#include "netral/rules/catalog.h"
#include "netral/rules/rules.h"
#include "netral/util/sha256.h"


struct loader {
	struct rules *r;
	const struct rules_table *t;
	int agency;          /* reading t's agency_file */
	const char *path;    /* as messages name the file */
	/* the file's columns: their names, the catalogue's column of each,
	 * where the header has it (-1: the column's default) */
	const char *names[RULES_COLS_MAX];
	size_t col[RULES_COLS_MAX], ncols;
	int col_of[RULES_COLS_MAX];
	size_t width;
	/* the row being read: its cells by the file's column */
	char *const *cells;
	int problems;
	struct digest all;
};

/* A problem as FILE:LINE: text on stderr, counted. */
void loader_problem(struct loader *l, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The cell of the row being read under column csv ("" when none). */
const char *rows_cell(const struct loader *l, const char *csv);

/* A record of the file being read as a row of its table: each cell
 * checked and read, the row's hook, its key unique; kept in l->r, or
 * reported. */
void rows_take(struct loader *l, long line);
/* Frees what a row of t holds. */
void rows_free(const struct rules_table *t, void *row);
/* The row of t in r whose key (the RC_KEY columns) is row's, or NULL. */
const void *rows_same(const struct rules *r, const struct rules_table *t, const void *row);

/* Rows of table t as one array: every table of struct rules is an
 * ARRAY(struct tag), the same three members whatever the tag. */
struct rows_array {
	void *v;
	size_t n, cap;
};
void rows_get(const struct rules *r, const struct rules_table *t, struct rows_array *a);
void rows_put(struct rules *r, const struct rules_table *t, const struct rows_array *a);
/* A new row of t at the end of r's, zeroed. */
void *rows_add(struct rules *r, const struct rules_table *t);
#define ROWS_AT(t, a, i) ((char *)(a)->v + (i) * (t)->size)

/* The checks of the cells (rules_check_fn, named in catalog.h): a value of
 * any text; one not empty; a code (lower case, digits, '-' and '_', the
 * message naming '-' or '_'), of the column's limit; a day, or an empty
 * cell for none; 0 or 1; one of an enumeration's names; a legal basis
 * (every {kunci} one of undang.csv); a text that names no other. */
int ck_text(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_need(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_code(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_snake(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_date(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_date_opt(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_bool(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_enum(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_basis(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_plain(struct loader *, long, const struct rules_column *, const char *, void *);
/* Values of a list or table read before: kosakata's lists and codes, a
 * bentuk, whom an act favoured, a code of BKN's tables, the matrix's
 * tiers, a ruleset of the matrix, an employee type, a sanction tier, a
 * tier, a position's spelling and group, workflow fields, a status, a
 * setting and its days, a contest, a kind of activity. */
int ck_daftar(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_word(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_bentuk(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_sasaran(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_bkn_code(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_matrix_jenis(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_ruleset(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_employee(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_sanction_tier(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_tingkat_jenis(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_tier(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_spelling(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_position_group(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_fields(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_status(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_setting(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_contest(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_activity(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_report(struct loader *, long, const struct rules_column *, const char *, void *);
int ck_recipient(struct loader *, long, const struct rules_column *, const char *, void *);

/* The hooks of the rows (rules_table.row and .settle), rows.c. */
int row_kosakata(struct loader *l, void *row, long line);
int row_matriks(struct loader *l, void *row, long line);
int row_sanksi(struct loader *l, void *row, long line);
int row_pemilihan(struct loader *l, void *row, long line);
int row_status(struct loader *l, void *row, long line);
int row_transisi(struct loader *l, void *row, long line);
int row_label(struct loader *l, void *row, long line);
int row_jadwal(struct loader *l, void *row, long line);
int row_kewajiban(struct loader *l, void *row, long line);
void settle_pemilihan(void *row);
/* The settings checked by their kind (cells.c): days, text, a numbering pattern. */
int row_pengaturan(struct loader *l, void *row, long line);

#endif
