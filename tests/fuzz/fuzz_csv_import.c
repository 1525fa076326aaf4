/* libFuzzer target: the import path without the database.  The bytes are
 * a CSV file; every record goes through the header matching, the width
 * check and the field checks and derivation of a case, against the
 * built-in rules. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/csvin.h"
#include "netral/kasus/derive.h"
#include "netral/kasus/key.h"
#include "netral/rules/load.h"

static struct rules rules;
static const struct date today = { 2026, 1, 1 };
static int col_of[F_COUNT + 1];
static size_t width;

static int on_record(void *ctx, const struct csvin_record *r)
{
	static const char *known[F_COUNT];
	int key_of[256];
	struct kasus *k = ctx;
	struct strbuf w = STRBUF_INIT;
	struct err e;

	if (r->index == 0) {
		for (int f = 0; f < F_COUNT; f++)
			known[f] = field_def(f)->name;
		if (r->n > 256)
			return 1;
		return csvin_header(r, known, F_COUNT, 1, col_of, key_of, &width, &e) < 0;
	}
	if (r->problem || csvin_check_width(r, width, &e) < 0)
		return 0;
	kasus_init(k);
	k->today = &today;
	for (int f = 0; f < F_COUNT; f++)
		if (col_of[f] >= 0 && kasus_set(k, f, r->f[col_of[f]], &rules, &e) < 0)
			return 0;
	if (kasus_finish(k, &rules, &e, &w) == 0) {
		struct strbuf key = STRBUF_INIT;

		kasus_key(k, &key);
		sb_free(&key);
	}
	sb_free(&w);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct kasus k;
	struct csvin in;

	if (!rules.bentuk.n) {
		if (rules_load_builtin(&rules))
			abort();
	}
	memset(&in, 0, sizeof in);
	in.name = "fuzz.csv";
	in.fp = fmemopen((void *)data, size ? size : 1, "r");
	if (!in.fp)
		return 0;
	if (!size)
		fgetc(in.fp);
	in.max_record = 64 * 1024;
	csvin_read(&in, on_record, &k);
	fclose(in.fp);
	return 0;
}
