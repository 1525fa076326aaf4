/* UTF-8 text and the key a name is found by: code points of each length,
 * the blanks and the unsafe characters, and outputs too small. */
#include <string.h>

#include "netral/util/text.h"
#include "netral/util/utf8.h"
#include "tap.h"

static void code_points(void)
{
	static const struct { const char *in; unsigned long cp; size_t len; } t[] = {
		{ "a", 'a', 1 },
		{ "\xc3\xa9", 0xe9, 2 },
		{ "\xe3\x80\x80", 0x3000, 3 },
		{ "\xf0\x9f\x98\x80", 0x1f600, 4 },
		{ "\xf0\x9f\x98", UTF8_BAD, 1 },
		{ "\xc0\xaf", UTF8_BAD, 1 },
		{ "\x80", UTF8_BAD, 1 },
	};

	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		size_t len;
		unsigned long cp = utf8_next(t[i].in, &len);

		ok(cp == t[i].cp && len == t[i].len, "code point %zu: U+%04lX in %zu bytes", i, cp, len);
	}
}

static void kinds(void)
{
	static const unsigned long blank[] = { ' ', '\t', '\n', '\r', 0xa0, 0x2000, 0x2009, 0x200a,
		0x202f, 0x205f, 0x3000 };
	static const unsigned long not_blank[] = { 'a', 0x1fff, 0x200b, 0x2030, 0x2fff };
	static const unsigned long unsafe[] = { 0, 0x1f, 0x7f, 0x9f, 0x061c, 0x200b, 0x200f, 0x2028,
		0x202e, 0x2060, 0x2064, 0x2066, 0x2069, 0xfeff };
	static const unsigned long safe[] = { ' ', 0x7e, 0xa0, 0x061b, 0x2010, 0x2065, 0x206a, 0xfefe,
		0x1f600 };

	for (size_t i = 0; i < sizeof blank / sizeof *blank; i++)
		ok(utf8_blank(blank[i]), "U+%04lX is a blank", blank[i]);
	for (size_t i = 0; i < sizeof not_blank / sizeof *not_blank; i++)
		ok(!utf8_blank(not_blank[i]), "U+%04lX is no blank", not_blank[i]);
	for (size_t i = 0; i < sizeof unsafe / sizeof *unsafe; i++)
		ok(utf8_unsafe(unsafe[i]), "U+%04lX is unsafe", unsafe[i]);
	for (size_t i = 0; i < sizeof safe / sizeof *safe; i++)
		ok(!utf8_unsafe(safe[i]), "U+%04lX is safe", safe[i]);
}

static void folding(void)
{
	char out[8];

	is_str((utf8_fold("ÉLÈVE", out, sizeof out), out), "eleve", "accents folded");
	ok(utf8_fold("abc", out, 0) == 0, "no room: nothing written");
	/* U+00D7 (the multiplication sign) has no base letter: kept whole,
	 * or not at all when its two bytes do not fit */
	is_str((utf8_fold("a\xc3\x97", out, sizeof out), out), "a\xc3\x97", "a sign kept");
	is_str((utf8_fold("ab\xc3\x97", out, 4), out), "ab", "a sign that does not fit is left out");
	is_str((utf8_fold("ABCDEFGHIJ", out, sizeof out), out), "abcdefg", "cut at the size");
	/* folding may lengthen (ß is ss): cut at a whole character */
	is_str((utf8_fold("\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f", out, sizeof out), out), "sssssss",
	       "a lengthened fold cut at the size");
	is_str((utf8_fold("abcdef\xce\xa3", out, sizeof out), out), "abcdef", "a letter that does not fit is left out");
	ok(utf8_fold("\xc3\x9f", out, sizeof out) == 2, "the length written");
}

static void keys(void)
{
	char out[16];

	is_str((text_key("  Dinas\xe3\x80\x80\xc2\xa0 Pendidikan ", out, sizeof out), out), "dinas pendidika",
	       "blanks of every kind as one, cut at the size");
	is_str((text_key("a\xe2\x80\x8b" "b", out, sizeof out), out), "ab", "a zero-width space left out");
	is_str((text_key("a\xf0\x9f\x98\x80", out, 4), out), "a", "a character that does not fit is left out");
	ok(text_key("abc", out, 0) == 0, "no room: nothing written");
	is_str((text_key("\t\n", out, sizeof out), out), "", "blanks alone: no key");
}

static void fields(void)
{
	struct err e = { "", -1 };
	char out[8];

	ok(text_field("  \tabc\t ", 7, 0, out, sizeof out, &e) == 3 && strcmp(out, "abc") == 0,
	   "blanks at either end dropped");
	ok(text_field("abcdefgh", 20, 0, out, sizeof out, &e) < 0, "longer than the output: refused");
	has_str(e.msg, "the limit is 7", "and the limit said is the output's");
	ok(text_field("abcdef", 3, 0, out, sizeof out, &e) < 0, "longer than the limit: refused");
	has_str(e.msg, "the limit is 3", "and the limit said is the field's");
	ok(text_field("a\x01" "b", 7, 0, out, sizeof out, &e) < 0, "a control character refused");
}

/* Every byte, alone in a text long enough to be read a word at a time,
 * at its start, middle and end: refused exactly when its character is
 * unsafe (a byte of 0x80 and above alone is no UTF-8), and in a
 * multi-line field a line break or tab allowed. */
static void every_byte(void)
{
	static const size_t at[] = { 0, 21, 43 };
	int wrong = 0;

	for (unsigned b = 1; b < 256; b++)
		for (size_t i = 0; i < sizeof at / sizeof *at; i++)
			for (unsigned flags = 0; flags <= TEXT_MULTILINE; flags += TEXT_MULTILINE) {
				char s[] = "Kepala Seksi, Bidang 15 (Dinas 28) ~ `{}` 01";
				struct err e;
				int refuse = b >= 0x80 || (utf8_unsafe(b) && !((flags & TEXT_MULTILINE) &&
									       (b == '\n' || b == '\r' || b == '\t')));

				s[at[i]] = (char)b;
				if ((text_check(s, strlen(s), flags, &e) < 0) != refuse) {
					printf("#   byte 0x%02X at %zu, flags %u: %s\n", b, at[i], flags,
					     refuse ? "allowed" : "refused");
					wrong++;
				}
			}
	ok(wrong == 0, "each byte refused exactly when unsafe, wherever it stands");
}

int main(void)
{
	code_points();
	kinds();
	folding();
	keys();
	fields();
	every_byte();
	return tap_done();
}
