/* A case's rows in the database: numbering, insert, update, load, find,
 * the selection 'list' reads, import runs and the provenance 'show'
 * prints.  All SQL on kasus, nomor and impor is here. */
#ifndef NETRAL_KASUS_STORE_H
#define NETRAL_KASUS_STORE_H

#include "netral/audit/verify.h"
#include "netral/db/db.h"
#include "netral/util/ident.h"
#include "netral/kasus/key.h"
#include "netral/util/sha256.h"

struct provenance {
	long long impor_id;   /* the import run */
	long baris;           /* the line where the record starts */
	char state[AUDIT_STATE_LEN]; /* out: the state recorded with the case */
};

/* Inserts within the caller's transaction; nomor receives the case number
 * and id the row id.  When kunci is already taken nothing is stored, *id
 * is 0 and nomor the case that holds it.  With p (an import), the row
 * keeps the state it has, as p->state.  kasus_create (create.h) is how a
 * case is made. */
int kasus_insert(struct db *d, const struct kasus *k,
		 struct provenance *p, const char *kunci,
		 char nomor[32], long long *id);

/* Loads a case by number and re-derives it with the rules r.  NX_NOTFOUND
 * when there is no such case. */
int kasus_load(struct db *d, const struct rules *r, const char *nomor,
	       struct kasus *k, long long *id);
/* The same without the reason in words (k->klas.alasan stays empty): for
 * changes, which compare classifications and never print the reason. */
int kasus_load_quiet(struct db *d, const struct rules *r, const char *nomor,
		     struct kasus *k, long long *id);

/* Writes the current values of a loaded-then-changed case. */
int kasus_update(struct db *d, long long id, const struct kasus *k);

/* The row id of case nomor; NX_NOTFOUND reported when there is none. */
int kasus_id_of(struct db *d, const char *nomor, long long *id);

/* The last change of a column of case id: by which kind of event, whom,
 * on which day, and whether an import from a file made it.  1 when there
 * is one, 0 when the column is as the case was created, -status. */
struct last_change {
	char jenis[32], operator[64], day[16];
	int from_import;
};
int kasus_last_change(struct db *d, long long id, const char *kolom, struct last_change *out);

/* The day of case id's last status move into out ("" when it has none
 * since its creation).  Returns a status. */
int kasus_last_move(struct db *d, long long id, char out[16]);

/* 1 when case nomor exists, 0 when not, -status. */
int kasus_exists(struct db *d, const char *nomor);

/* The number of the case with this key into nomor (1; nomor may be NULL),
 * or 0 when none; 2 when the key is a duplicate's merged into the case
 * (an alias, alias.h); minus a status when the database fails. */
int kasus_find_key(struct db *d, const char *kunci, char nomor[32]);
/* The case kept for case asal_nomor of agency asal (a roll-up): 1 with
 * its number in nomor, 0 if none, or minus an exit status reported. */
int kasus_find_origin(struct db *d, const char *asal, const char *asal_nomor, char nomor[32]);

/* Columns of case id as stored, as text ("" for NULL), cap bytes each. */
int kasus_stored(struct db *d, long long id, const int *cols, int n,
		 char (*out)[48]);

/* Where a case came from and when, for 'show'. */
struct kasus_meta {
	char nomor[32], berkas[300], sha256[80], baris[24], dibuat[32], diubah[32];
	char gabungan[512];     /* the cases merged into this one, "a, b" */
	/* their report numbers and sources, its aliases: "no sumber (case); ..." */
	char alias[1024];
	/* the committee permits its person holds for its contest, as the
	 * command found them (cegah/izin.h): shown, never stored here */
	char izin[512];
};
int kasus_meta(struct db *d, long long id, struct kasus_meta *m);

/* The numbers of every case, or of those whose contest was inferred (or
 * is missing), in id order; *out is the caller's to free. */
int kasus_numbers(struct db *d, int inferred_only, char (**out)[32], size_t *n);

/* Every case replayed through its history to the state it was created in
 * (its creation event, or its import run's), its derived columns computed
 * again with the rules r, the case numbers without gaps (audit/verify.h). */
int kasus_verify(struct db *d, const struct rules *r, struct audit_report *rep);

/* For the modules that read whole rows (verify.c): every column in
 * catalogue order, so a result column's index is its enum column; and the
 * fields of such a row into k (an inferred contest left to infer again). */
void kasus_all_cols(struct strbuf *sb);
int kasus_fields_of_row(sqlite3_stmt *st, const struct rules *r, const char *nomor,
			struct kasus *k);
/* The text of result column i, which reads the table's column c, into
 * *text: a coded one's text from the dictionary; NULL for SQL NULL.  The
 * view kasus_teks gives the same texts to SQL.  Returns an exit status. */
int kasus_column_text(struct db *d, sqlite3_stmt *st, int i, int c, const char **text);


#endif
