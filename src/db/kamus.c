/* The dictionary of few-valued texts (kamus.h).  Both directions are kept
 * in memory per connection: an import codes eight texts a row.  A code
 * given in a transaction is forgotten when it ends, committed or not: a
 * rolled-back one may be given again to another text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/db/kamus.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"

#define SLOTS_MIN 256

struct entry {
	char *text;
};

struct kamus_state {
	sqlite3_stmt *by_text, *by_code, *add;
	struct entry *code;    /* indexed by code */
	size_t ncode;
	long long *slot;       /* open addressing by text; 0 is empty */
	size_t nslot, used;
	int fresh;             /* a code was given in the open transaction */
	/* the texts of codes too large to index, and "?N" of each code the
	 * dictionary lacks */
	char **odd;
	size_t nodd;
};

static unsigned long hash(const char *s)
{
	unsigned long h = 5381;

	while (*s)
		h = h * 33 ^ (unsigned char)*s++;
	return h;
}

static void forget_all(struct kamus_state *s)
{
	for (size_t i = 0; i < s->ncode; i++)
		free(s->code[i].text);
	free(s->code);
	free(s->slot);
	for (size_t i = 0; i < s->nodd; i++)
		free(s->odd[i]);
	free(s->odd);
	s->code = NULL;
	s->slot = NULL;
	s->odd = NULL;
	s->nodd = 0;
	s->ncode = s->nslot = s->used = 0;
	s->fresh = 0;
}

static void kamus_end(void *state)
{
	struct kamus_state *s = state;

	if (s->fresh)
		forget_all(s);
}

static void kamus_close(void *state)
{
	struct kamus_state *s = state;

	sqlite3_finalize(s->by_text);
	sqlite3_finalize(s->by_code);
	sqlite3_finalize(s->add);
	forget_all(s);
}

static const struct db_module kamus_module = { sizeof(struct kamus_state), NULL, kamus_end, kamus_close };

static long long *find_slot(struct kamus_state *s, const char *text)
{
	size_t i = hash(text) & (s->nslot - 1);

	while (s->slot[i] && strcmp(s->code[s->slot[i]].text, text) != 0)
		i = (i + 1) & (s->nslot - 1);
	return &s->slot[i];
}

static void remember(struct kamus_state *s, long long code, const char *text, int fresh)
{
	if (code <= 0 || code > 1 << 24)
		return;   /* not one netral gives: read from the table each time */
	if ((size_t)code >= s->ncode) {
		size_t n = s->ncode ? s->ncode : 64;

		while (n <= (size_t)code)
			n *= 2;
		s->code = xrealloc(s->code, n * sizeof *s->code);
		memset(s->code + s->ncode, 0, (n - s->ncode) * sizeof *s->code);
		s->ncode = n;
	}
	if (s->code[code].text)
		return;
	if (2 * (s->used + 1) > s->nslot) {
		size_t n = s->nslot ? 2 * s->nslot : SLOTS_MIN;

		free(s->slot);
		s->slot = xcalloc(n, sizeof *s->slot);
		s->nslot = n;
		for (size_t c = 0; c < s->ncode; c++)
			if (s->code[c].text)
				*find_slot(s, s->code[c].text) = (long long)c;
	}
	s->code[code].text = xstrdup(text);
	s->fresh |= fresh;
	*find_slot(s, text) = code;
	s->used++;
}

int db_kamus_code(struct db *d, const char *text, long long *code)
{
	struct kamus_state *s = db_state(d, &kamus_module);
	sqlite3_stmt *st;
	int rc;

	if (s->nslot && (*code = *find_slot(s, text)))
		return 0;
	if ((rc = db_cached(d, &s->by_text, "SELECT id FROM kamus WHERE nilai = ?1", &st)))
		return rc;
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*code = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(d, _("cannot read the dictionary"));
	if (rc == SQLITE_ROW) {
		remember(s, *code, text, 0);
		return 0;
	}
	if ((rc = db_cached(d, &s->add, "INSERT INTO kamus (nilai) VALUES (?1)", &st)))
		return rc;
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(d, _("cannot write the dictionary"));
	*code = sqlite3_last_insert_rowid(d->h);
	remember(s, *code, text, 1);
	return 0;
}

/* A text kept apart from the index, once, for as long as the others: a
 * reader may hold on to it (the summaries tell a code's text by its
 * address) */
static const char *kept(struct kamus_state *s, const char *text)
{
	for (size_t i = 0; i < s->nodd; i++)
		if (strcmp(s->odd[i], text) == 0)
			return s->odd[i];
	s->odd = xrealloc(s->odd, (s->nodd + 1) * sizeof *s->odd);
	return s->odd[s->nodd++] = xstrdup(text);
}

/* A code the dictionary lacks reads as "?N": never as no value, which a
 * case's state cannot tell from an empty text. */
static const char *unknown(struct kamus_state *s, long long code)
{
	char buf[32];

	snprintf(buf, sizeof buf, "?%lld", code);
	return kept(s, buf);
}

int db_kamus_text(struct db *d, long long code, const char **text)
{
	struct kamus_state *s = db_state(d, &kamus_module);
	sqlite3_stmt *st;
	int rc;

	if (code > 0 && (size_t)code < s->ncode && s->code[code].text) {
		*text = s->code[code].text;
		return 0;
	}
	if ((rc = db_cached(d, &s->by_code, "SELECT nilai FROM kamus WHERE id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, code);
	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		*text = unknown(s, code);
	} else if (rc == SQLITE_ROW) {
		remember(s, code, (const char *)sqlite3_column_text(st, 0), 0);
		if (code > 0 && (size_t)code < s->ncode && s->code[code].text)
			*text = s->code[code].text;
		else
			*text = kept(s, (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the dictionary"));
}
