/* The prevention records (a unit, an activity, a signatory of the pact, a
 * permit) as kasus/column.h describes a case: one X-macro table per kind
 * gives the struct's slots, the enum of its fields, the columns of its
 * import, list and table, the options of its 'add', what is required and
 * how each field is read.  A field added to a kind is a line of its
 * table (and a column of the schema).
 *
 * A table's lines are X(ID, slot, "column", "option", TYPE, flags,
 * vocabulary): option NULL for the positional argument of 'add', the
 * vocabulary (a kosakata group) for a field of type VOCAB. */
#ifndef NETRAL_CEGAH_RECORD_H
#define NETRAL_CEGAH_RECORD_H

#include <stddef.h>

#include "netral/db/db.h"
#include "netral/rules/catalog.h"
#include "netral/rules/rules.h"
#include "netral/util/ident.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

#define CEGAH_NAME_MAX 200
#define CEGAH_NOTE_MAX 1000

enum cegah_type {
	CT_NAME,      /* one line of text, at most CEGAH_NAME_MAX bytes */
	CT_LINE,      /* one line, at most CEGAH_NOTE_MAX (a file name, an address) */
	CT_NOTE,      /* line breaks and tabs too, at most CEGAH_NOTE_MAX */
	CT_COUNT,     /* a whole number of at most 9 digits; -1 when not given */
	CT_DAY,       /* a day, stored as YYYY-MM-DD */
	CT_PAST_DAY,  /* a day of a report: not after today */
	CT_NIP,       /* a NIP PNS or NI PPPK, stored as its 18 digits */
	CT_CONTEST,   /* a contest's code, in capitals */
	CT_VOCAB,     /* a code of the field's kosakata group */
	CT_UNIT,      /* a unit's name: stored as the unit's id (unit_id) */
	CT_NOMOR,     /* a number netral gives: never typed */
	CT_FILES,     /* files named as 'add's arguments: netral writes each
		       * one's SHA-256 and name, a line each, as sha256sum(1) */
};

#define CEGAH_REQUIRED 1u

/* The slot of each type in a record's struct. */
#define CEGAH_SLOT_NAME(m) char m[CEGAH_NAME_MAX + 1];
#define CEGAH_SLOT_LINE(m) char m[CEGAH_NOTE_MAX + 1];
#define CEGAH_SLOT_NOTE(m) char m[CEGAH_NOTE_MAX + 1];
#define CEGAH_SLOT_COUNT(m) long m;
#define CEGAH_SLOT_DAY(m) char m[DATE_ISO_LEN];
#define CEGAH_SLOT_PAST_DAY(m) char m[DATE_ISO_LEN];
#define CEGAH_SLOT_NIP(m) char m[19];
#define CEGAH_SLOT_CONTEST(m) char m[RULES_PEMILIHAN_MAX + 1];
#define CEGAH_SLOT_VOCAB(m) char m[RULES_CODE_MAX + 1];
#define CEGAH_SLOT_UNIT(m) char m[CEGAH_NAME_MAX + 1];
#define CEGAH_SLOT_NOMOR(m) char m[32];
#define CEGAH_FILES_MAX 4096
#define CEGAH_SLOT_FILES(m) char m[CEGAH_FILES_MAX];
#define CEGAH_SLOT_(id, m, col, opt, type, flags, vocab) CEGAH_SLOT_##type(m)

/* What every record's struct begins with (struct cegah_head reads it of
 * any). */
#define CEGAH_HEAD \
	long long id;           /* its row, once stored */ \
	long long unit_id;      /* the unit of a field of type UNIT */ \
	unsigned given          /* bit f: field f was given a value */
struct cegah_head {
	CEGAH_HEAD;
};

struct cegah_field {
	const char *col, *opt;
	enum cegah_type type;
	unsigned flags;
	const char *vocab;
	size_t off, size;
};

struct cegah_record {
	const char *table;
	const struct cegah_field *f;
	int n;
	const char *const *cols;    /* the fields' columns, NULL-terminated */
	/* a field check names a row by, or -1 for its id */
	int label;
	const char *arg;            /* the placeholder of 'add's argument */
	size_t size;                /* of the record's struct */
	const char *order;          /* the order of a listing, in SQL */
	const char *live;           /* the rows listed and counted, in SQL
				     * (NULL: all): a void one is not */
};

/* A descriptor's line for the slot m of struct S. */
#define CEGAH_FIELD(S, m, col, opt, type, flags, vocab) \
	{ col, opt, CT_##type, flags, vocab, offsetof(S, m), sizeof(((S *)0)->m) }

/* The fields as typed (NULL or "": not given) into the record at obj, in
 * their stored forms; today bounds a day of type PAST_DAY.  A field of
 * type UNIT is only checked as a name (cegah_unit_of finds it).  -1 with
 * e set, e->field the field. */
int cegah_parse(const struct cegah_record *rec, const struct rules *r, const struct date *today,
		const char *const *v, void *obj, struct err *e);
/* Field f of the record as text: a count in digits ("" when not given),
 * anything else as stored.  buf holds a count's digits. */
const char *cegah_value(const struct cegah_record *rec, const void *obj, int f, char buf[24]);
/* The field of that column, or -1. */
int cegah_field_of(const struct cegah_record *rec, const char *col, size_t len);
/* The fields from `from` on that differ between old and new, said into
 * said (when given) as "col: a → b; ..."; their number. */
int cegah_changes(const struct cegah_record *rec, const void *old, const void *new, int from,
		  struct strbuf *said);
/* Field f's value of the record at src into the record at dst. */
void cegah_copy_field(const struct cegah_record *rec, void *dst, const void *src, int f);

/* Storage: a statement of the record's table, its SQL made from the
 * descriptor (a field of type UNIT is the column unit_id):
 *   CEGAH_INSERT  INSERT INTO table (fields..., extra...) VALUES (?1, ...)
 *   CEGAH_INSERT_ONCE  the same, doing nothing where a unique key holds it
 *   CEGAH_UPDATE  UPDATE table SET field = ?1, ..., extra = ?N, ... WHERE id = ?last
 *   CEGAH_SELECT  SELECT t.id, fields... FROM table t, joined to the unit
 *                 (u) of a field of type UNIT, then extra (WHERE, ORDER BY)
 * extra: the columns after the fields, separated by ", " (each takes the
 * next parameter), or the SELECT's tail.  With slot, the statement is
 * prepared once and kept there (db_cached); without, the caller
 * finalizes it.  Returns a status. */
enum cegah_sql { CEGAH_INSERT, CEGAH_INSERT_ONCE, CEGAH_UPDATE, CEGAH_SELECT };
int cegah_statement(struct db *d, const struct cegah_record *rec, enum cegah_sql kind,
		    const char *extra, sqlite3_stmt **slot, sqlite3_stmt **st);
/* The fields bound from ?1 on (a field of type UNIT: unit_id; a count
 * not given: NULL); read from the SELECT's column 0 (the id) on. */
void cegah_bind(const struct cegah_record *rec, sqlite3_stmt *st, const void *obj);
void cegah_read(const struct cegah_record *rec, sqlite3_stmt *st, void *obj);

/* Voids record id of a kind with a live condition (a batal_alasan
 * column): the reason stored, the change logged with it.  Within the
 * caller's transaction; returns a status. */
int cegah_void(struct db *d, const char *op, const struct cegah_record *rec, long long id,
	       const char *alasan);

/* Each record in the descriptor's order, of one unit (unit_id) or of all
 * (0), live ones only (rec->live); a non-zero return of fn stops and is
 * returned.  Returns a status. */
int cegah_each(struct db *d, const struct cegah_record *rec, long long unit_id,
	       int (*fn)(void *ctx, const void *obj), void *ctx);

/* The value of field f (a name) of the record nearest to nama, folded,
 * for "did you mean" ("" when none is near).  Returns a status. */
int cegah_nearest(struct db *d, const struct cegah_record *rec, int f, const char *nama,
		  char out[CEGAH_NAME_MAX + 1]);

/* A contest's code as typed, in its stored form, into out.  -1 with e set. */
int cegah_pemilihan(const struct rules *r, const char *s, char out[RULES_PEMILIHAN_MAX + 1],
		    struct err *e);

#endif
