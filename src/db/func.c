/* The SQL functions every connection has: folding for searches, the
 * words of a name, a person's key, and the chain's link for the upgrade
 * that links the events written before the chain. */
#include <stdlib.h>
#include <string.h>

#include "netral/db/func.h"
#include "netral/util/alloc.h"
#include "netral/util/digest.h"
#include "netral/util/strbuf.h"
#include "netral/util/text.h"
#include "netral/util/utf8.h"

/* lipat(a, b, ...): the values folded for matching (utf8_fold), joined
 * by a unit separator so that a search matches within one value. */
static void sql_lipat(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	struct strbuf sb = STRBUF_INIT;
	size_t n;

	for (int i = 0; i < argc; i++) {
		const char *v = (const char *)sqlite3_value_text(argv[i]);

		if (i)
			sb_putc(&sb, '\x1f');
		if (v)
			utf8_fold_append(&sb, v, (size_t)sqlite3_value_bytes(argv[i]));
	}
	n = sb.len;
	sqlite3_result_text(cx, sb_detach(&sb), (int)n, free);
}

/* orang(text): a name as people write it differently: folded, with runs
 * of blanks as one space and none at the ends ("SITI  rahayu" is "siti
 * rahayu"). */
static void sql_orang(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const char *t = (const char *)sqlite3_value_text(argv[0]);
	char out[1024];
	size_t m;

	(void)argc;
	if (!t) {
		sqlite3_result_null(cx);
		return;
	}
	m = text_key(t, out, sizeof out);
	sqlite3_result_text(cx, out, (int)m, SQLITE_TRANSIENT);
}

static int word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* kata(text, words): 1 when words occur in text as whole words, both
 * folded: "kesehatan" is in "Dinas Kesehatan", "kabupaten 7" is not in
 * "Kabupaten 70". */
static void sql_kata(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const char *t = (const char *)sqlite3_value_text(argv[0]);
	const char *w = (const char *)sqlite3_value_text(argv[1]);
	struct strbuf text = STRBUF_INIT, words = STRBUF_INIT;
	const char *t0, *w0;
	size_t n;
	int found = 0;

	(void)argc;
	if (!t || !w) {
		sqlite3_result_null(cx);
		return;
	}
	utf8_fold_append(&text, t, (size_t)sqlite3_value_bytes(argv[0]));
	utf8_fold_append(&words, w, (size_t)sqlite3_value_bytes(argv[1]));
	t0 = sb_str(&text);
	w0 = sb_str(&words);
	n = words.len;
	for (const char *p = t0; n && !found && (p = strstr(p, w0)); p++)
		found = (p == t0 || !word_char((unsigned char)p[-1]) || !word_char((unsigned char)*w0)) &&
			(!word_char((unsigned char)p[n]) || !word_char((unsigned char)w0[n - 1]));
	sb_free(&text);
	sb_free(&words);
	sqlite3_result_int(cx, found);
}

/* rantai(prev, id, kasus_id, waktu, operator, jenis, kolom, lama, baru,
 * catatan, tanggal): an event's link, as the log computes it. */
static void sql_rantai(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const char *ev[DIGEST_LINK_COLS];
	char out[65];

	(void)argc;
	for (int i = 0; i < DIGEST_LINK_COLS; i++)
		ev[i] = (const char *)sqlite3_value_text(argv[i + 1]);
	digest_link((const char *)sqlite3_value_text(argv[0]), ev, out);
	sqlite3_result_text(cx, out, 64, SQLITE_TRANSIENT);
}

void db_functions(sqlite3 *h)
{
	const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

	sqlite3_create_function(h, "lipat", -1, flags, NULL, sql_lipat, NULL, NULL);
	sqlite3_create_function(h, "kata", 2, flags, NULL, sql_kata, NULL, NULL);
	sqlite3_create_function(h, "orang", 1, flags, NULL, sql_orang, NULL, NULL);
	sqlite3_create_function(h, "rantai", 1 + DIGEST_LINK_COLS, flags, NULL, sql_rantai, NULL, NULL);
}
