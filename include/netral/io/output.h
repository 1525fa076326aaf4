/* Output formats shared by the commands: aligned tables for people, CSV and
 * JSON for programs. */
#ifndef NETRAL_OUTPUT_H
#define NETRAL_OUTPUT_H

#include <stdio.h>

enum format { FMT_TABLE, FMT_CSV, FMT_JSON };

/* Parses --format's value; -1 when unknown. */
int format_parse(const char *s, enum format *out);

/* JSON, pretty-printed with two-space indentation. */
struct json {
	FILE *fp;
	int depth;
	int count[64];   /* values written at each depth */
	int after_key;
};

void json_init(struct json *j, FILE *fp);
void json_obj(struct json *j);
void json_arr(struct json *j);
void json_end(struct json *j, char close);  /* '}' or ']' */
void json_key(struct json *j, const char *k);
void json_str(struct json *j, const char *s);  /* NULL writes null */
void json_int(struct json *j, long long v);
void json_num(struct json *j, const char *literal);
void json_null(struct json *j);
void json_bool(struct json *j, int v);
/* key and value in one call */
void json_kstr(struct json *j, const char *k, const char *s);
void json_kint(struct json *j, const char *k, long long v);
void json_done(struct json *j);  /* final newline */

/* An aligned text table; cells are copied. */
struct table {
	size_t ncols, nrows, cap;
	char **cells;
	unsigned right;  /* bit i: right-align column i */
};

void table_init(struct table *t, size_t ncols);
void table_row(struct table *t, const char *const *cells);
void table_print(const struct table *t, FILE *fp, int header_rule);
void table_free(struct table *t);

/* CSV output. Text cells that a spreadsheet would run as a formula (=, +,
 * -, @, tab, CR first) get a leading apostrophe unless raw is set. */
struct csvout {
	FILE *fp;
	char delim;
	int crlf;
	int raw;
	int nfield;
};

void csvout_init(struct csvout *c, FILE *fp);
void csvout_bom(struct csvout *c);
void csvout_text(struct csvout *c, const char *s);
/* Numbers and codes the tool computed: written as they are. */
void csvout_plain(struct csvout *c, const char *s);
void csvout_end(struct csvout *c);

/* A count for people: 1,596 in English, 1.596 in Indonesian. */
void fmt_count(long long n, char buf[32]);

#endif
