/* A case (kasus) in memory: its fields as the import format names them,
 * each checked and normalised by the parser of its column. */
#ifndef NETRAL_KASUS_KASUS_H
#define NETRAL_KASUS_KASUS_H

#include "netral/kasus/column.h"
#include "netral/rules/classify.h"

/* Room for each normalised value inside struct kasus, a slot per field as
 * long as its limit: no allocation per row, which matters at a million
 * imported rows.  A value may grow a little when normalised (the date
 * 1/2/2024 becomes 2024-02-01). */
#define KASUS_SLOT_SPARE 24
#define SLOT_REPORTED(name, maxlen) char name[(maxlen) + KASUS_SLOT_SPARE];
#define SLOT_WORKFLOW(name, maxlen) char name[(maxlen) + KASUS_SLOT_SPARE];
#define SLOT_DERIVED(name, maxlen)
#define SLOT_BOOK(name, maxlen)
#define SLOT_(id, name, kind, flags, maxlen, audit) SLOT_##kind(name, maxlen)
struct kasus_slots {
	KASUS_COLUMNS(SLOT_)
};

struct kasus {
	char *v[F_COUNT];        /* normalised text; NULL when empty */
	struct kasus_slots slots;
	const struct date *today; /* set: refuse incident and report dates after it */
	int no_reason;           /* classify without the reason in words */
	/* parsed */
	struct date lahir, kejadian, laporan, rek_tanggal, sk_tanggal, putusan_tanggal;
	int has_lahir, has_laporan;
	int cltn, pasangan, blokir;
	/* derived by kasus_finish */
	struct date lahir_efektif;
	int has_lahir_efektif;
	int sex;                 /* 0 unknown, 1 male, 2 female */
	int usia;                /* -1 unknown */
	const char *kelompok_usia, *kelompok_jabatan, *periode;
	const char *kelamin;     /* the code of sex (label.csv), NULL unknown */
	struct klasifikasi klas;
};

void kasus_init(struct kasus *k);
/* A deep copy: the values point into the copy's own slots. */
void kasus_copy(struct kasus *dst, const struct kasus *src);

/* Sets a field from text a user typed or a CSV cell; checks and normalises
 * it.  -1 with e set: its message does not name the field (callers prefix
 * it), its field does. */
int kasus_set(struct kasus *k, enum field f, const char *raw,
	      const struct rules *r, struct err *e);

/* The normal form of a value of field f, checked as kasus_set checks it:
 * for options that select on a field (--from, --bentuk...).  -1 with e set. */
int field_normalise(const struct rules *r, enum field f, const char *raw,
		    char *out, size_t cap, struct err *e);

const char *bool_text(int v);

/* A field as stored: the contest even when inferred, flags as 1/0. */
const char *kasus_value(const struct kasus *k, enum field f);

/* Puts text into the case's own slot for field f (derivation fills some). */
void kasus_put(struct kasus *k, enum field f, const char *s, size_t n);

#endif
