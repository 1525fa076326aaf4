/* JSON output for programs. */
#ifndef NETRAL_IO_JSON_H
#define NETRAL_IO_JSON_H

#include <stdio.h>

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

#endif
