/* The CSV reader on the files spreadsheets really produce: BOM, CRLF,
 * semicolons, quoted line breaks, blank lines; and on broken ones. */
#include <stdlib.h>
#include <string.h>

#include "netral/io/csvin.h"
#include "netral/util/utf8.h"
#include "netral/util/strbuf.h"
#include "tap.h"

/* Records as "LINE:f1|f2|...;" plus "!problem" for a bad record. */
static int collect(void *ctx, const struct csvin_record *r)
{
	struct strbuf *sb = ctx;

	sb_printf(sb, "%ld:", r->line);
	for (size_t i = 0; i < r->n; i++)
		sb_printf(sb, "%s%s", i ? "|" : "", r->f[i]);
	if (r->problem)
		sb_printf(sb, "!%zu", r->problem_field);
	sb_putc(sb, ';');
	return 0;
}

static int run(const char *data, size_t len, char delim, struct strbuf *out,
	       char *detected)
{
	struct csvin in;
	int rc;

	memset(&in, 0, sizeof in);
	in.name = "t.csv";
	in.fp = fmemopen((void *)data, len, "r");
	in.delim = delim;
	sb_reset(out);
	rc = csvin_read(&in, collect, out);
	fclose(in.fp);
	if (detected)
		*detected = in.delim;
	return rc;
}

#define RUN(lit, delim, out, det) run(lit, sizeof(lit) - 1, delim, out, det)

int main(void)
{
	static const struct { const char *name, *in, *want; char delim; } ok_cases[] = {
		{ "plain", "a,b\n1,2\n", "1:a|b;2:1|2;", ',' },
		{ "no final newline", "a,b\n1,2", "1:a|b;2:1|2;", ',' },
		{ "CRLF", "a,b\r\n1,2\r\n3,4\r\n", "1:a|b;2:1|2;3:3|4;", ',' },
		{ "BOM", "\xEF\xBB\xBF" "a,b\n1,2\n", "1:a|b;2:1|2;", ',' },
		{ "semicolon detected", "a;b;c\n1;2,5;3\n", "1:a|b|c;2:1|2,5|3;", ';' },
		{ "tab detected", "a\tb\n1\t2\n", "1:a|b;2:1|2;", '\t' },
		{ "quoted line break keeps the start line", "a,b\n\"x\ny\",2\n3,4\n",
		  "1:a|b;2:x\ny|2;4:3|4;", ',' },
		{ "line break in the first field", "a,b\n\"x\n\ny\",2\n5,6\n",
		  "1:a|b;2:x\n\ny|2;5:5|6;", ',' },
		{ "blank lines are skipped", "a,b\n\n1,2\n  \n3,4\n", "1:a|b;3:1|2;5:3|4;", ',' },
		{ "spaces around values", "a , b\n 1 ,\" 2 \"\n", "1:a|b;2:1|2;", ',' },
		{ "doubled quotes", "a\n\"say \"\"hi\"\"\"\n", "1:a;2:say \"hi\";", ',' },
		{ "trailing empty columns", "a,b,,\n1,2,,\n", "1:a|b||;2:1|2||;", ',' },
		{ "quoted delimiter", "a,b\n\"1,5\",2\n", "1:a|b;2:1,5|2;", ',' },
	};
	struct strbuf out = STRBUF_INIT;
	char det;

	for (size_t i = 0; i < sizeof ok_cases / sizeof *ok_cases; i++) {
		int rc = run(ok_cases[i].in, strlen(ok_cases[i].in), 0, &out, &det);

		is_int(rc, 0, "%s: reads", ok_cases[i].name);
		is_str(sb_str(&out), ok_cases[i].want, "%s: records and lines", ok_cases[i].name);
		is_int(det, ok_cases[i].delim, "%s: delimiter", ok_cases[i].name);
	}

	/* a NUL byte and invalid UTF-8 mark the record, not the file */
	is_int(RUN("a,b\n1,x\0y\n3,4\n", 0, &out, NULL), 0, "NUL: reading goes on");
	is_str(sb_str(&out), "1:a|b;2:1|x!1;3:3|4;", "NUL: field 2 of line 2 is marked");
	is_int(RUN("a,b\nCaf\xe9,2\n", 0, &out, NULL), 0, "CP1252: reading goes on");
	is_str(sb_str(&out), "1:a|b;2:Caf\xe9|2!0;", "CP1252: field 1 of line 2 is marked");
	is_int(RUN("a\n\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n", 0, &out, NULL), 0, "UTF-8 is fine");
	is_str(sb_str(&out), "1:a;2:\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80;", "UTF-8 passes unmarked");
	ok(utf8_invalid_at("\xc0\xaf", 2) == 0, "overlong encoding is invalid");
	ok(utf8_invalid_at("\xed\xa0\x80", 3) == 0, "surrogate is invalid");
	ok(utf8_invalid_at("ab\xe2\x82", 4) == 2, "truncated sequence is invalid");

	/* an unterminated quote ends the file (messages are not under test here) */
	if (!freopen("/dev/null", "w", stderr))
		return 1;
	is_int(RUN("a,b\n1,\"x\n", 0, &out, NULL), NX_DATA, "unterminated quote is an error");
	/* a stray quote costs its record only: handed on with its problem and
	 * its cells as far as they split, the reading going on at the next line */
	is_int(RUN("a,b\n1,x\"y\n2,3\n", 0, &out, NULL), 0, "quote inside a field: read on");
	is_str(sb_str(&out), "1:a|b;2:1|x\"y!18446744073709551615;3:2|3;", "quote inside a field: its record refused whole");
	is_int(RUN("a,b\n1,\"x\"y\n\"p \"\"q\"\"\" , r\"s\n4,5", 0, &out, NULL), 0, "text after a closing quote: read on");
	is_str(sb_str(&out), "1:a|b;2:1|\"x\"y!18446744073709551615;3:p \"q\"|r\"s!18446744073709551615;4:4|5;",
	       "text after a closing quote: the cells split, a quoted one unquoted");
	is_int(RUN("a;b\r\n\"1\n2\";x\"y\r\n3;4\r\n", 0, &out, NULL), 0, "a stray quote in a record of two lines");
	is_str(sb_str(&out), "1:a|b;2:1\n2|x\"y!18446744073709551615;4:3|4;", "a record of two lines refused from its first line");
	is_int(RUN("a\n", 0, &out, NULL), 0, "header only reads");
	is_int(RUN("", 0, &out, NULL), 0, "empty input reads");
	is_str(sb_str(&out), "", "empty input gives no records");

	{
		/* the header helper */
		static const char *const known[] = { "nama", "nip", "bentuk" };
		struct csvin_record r;
		char *f[5];
		size_t len[5], width;
		int col_of[3], key_of[5];
		struct err e;

		memset(&r, 0, sizeof r);
		r.f = f;
		r.len = len;
		f[0] = "NIP"; f[1] = " nama"; f[2] = "Bentuk"; f[3] = ""; f[4] = "";
		for (int i = 0; i < 5; i++)
			len[i] = strlen(f[i]);
		f[1] = "nama"; len[1] = 4;
		r.n = 5;
		ok(csvin_header(&r, known, 3, 0, col_of, key_of, &width, &e) == 0, "header matches case-insensitively");
		is_int(width, 3, "trailing empty header names are dropped");
		is_int(col_of[0], 1, "nama is column 2");
		f[2] = "alamat"; len[2] = 6;
		ok(csvin_header(&r, known, 3, 0, col_of, key_of, &width, &e) < 0, "unknown column is refused");
		has_str(e.msg, "unknown column 'alamat'", "message names it");
		ok(csvin_header(&r, known, 3, 1, col_of, key_of, &width, &e) == 0, "unless allowed");
		f[2] = "nip"; len[2] = 3;
		ok(csvin_header(&r, known, 3, 0, col_of, key_of, &width, &e) < 0, "duplicated column is refused");
		has_str(e.msg, "'nip' appears twice (columns 1 and 3)", "message names both columns");
		f[2] = ""; len[2] = 0; f[3] = "x"; len[3] = 1;
		ok(csvin_header(&r, known, 3, 1, col_of, key_of, &width, &e) < 0, "empty name inside the header is refused");
		has_str(e.msg, "column 3 has no name", "message names the column");
	}
	sb_free(&out);
	return tap_done();
}
