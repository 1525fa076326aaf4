/* Inside the rules loader: what load.c and rows.c share.  Not for other
 * modules: they see rules/load.h. */
#ifndef NETRAL_RULES_ROWS_H
#define NETRAL_RULES_ROWS_H

#include <stddef.h>

#include "netral/rules/rules.h"
#include "netral/util/sha256.h"

/* A rules file as the loader sees it: its columns and what a row means. */
struct loader;
typedef void (*row_fn)(struct loader *l, char **v, long line);

struct rfile {
	const char *name;
	const char *const *cols;
	row_fn row;
	/* a value for each column a file may lack (one added later, which an
	 * agency's older folder does not have), NULL where it is required */
	const char *const *defaults;
};

struct loader {
	struct rules *r;
	const struct rfile *file;
	const char *path;    /* as messages name the file */
	int col_of[16];
	size_t width;
	int problems;
	struct digest all;
};

/* A problem as FILE:LINE: text on stderr, counted. */
void loader_problem(struct loader *l, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The checks every rules file shares; each reports the problem and
 * returns 0, else 1.  A code longer than a case can store is refused (1
 * when too long). */
int rows_too_long(struct loader *l, long line, const char *col, const char *v);
int rows_need(struct loader *l, long line, const char *col, const char *v);
int rows_date(struct loader *l, long line, const char *col, const char *v, struct date *d);
/* A legal basis: not empty, and every {kunci} one of undang.csv. */
int rows_basis_ok(struct loader *l, long line, const char *col, const char *v);

/* The rows of the files that hold days (rows_dated.c). */
void row_undang(struct loader *l, char **v, long line);
void row_jadwal(struct loader *l, char **v, long line);
void row_jadwal_instansi(struct loader *l, char **v, long line);

/* The rules files in the order they are read: each names what it needs
 * from those before it. */
extern const struct rfile rules_files[];
extern const size_t rules_nfiles;

#endif
