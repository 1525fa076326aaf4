/* A growable string, for messages and SQL-free text assembly. */
#ifndef NETRAL_STRBUF_H
#define NETRAL_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *buf;
	size_t len, cap;
	int discard;   /* writes are dropped: text nobody will read */
};

#define STRBUF_INIT { NULL, 0, 0, 0 }

void sb_grow(struct strbuf *sb, size_t extra);
void sb_putn(struct strbuf *sb, const char *s, size_t n);
void sb_puts(struct strbuf *sb, const char *s);
void sb_putc(struct strbuf *sb, char c);
void sb_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_reset(struct strbuf *sb);
/* The text, never NULL; the caller frees it. */
char *sb_detach(struct strbuf *sb);
void sb_free(struct strbuf *sb);
/* The text, never NULL; stays owned by sb. */
const char *sb_str(struct strbuf *sb);

#endif
