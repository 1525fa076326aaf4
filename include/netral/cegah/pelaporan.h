/* The register of reports sent up (pelaporan): what an agency reported
 * (kosakata jenis_laporan: the prevention duties done, a period's
 * summary, a proven case, the results for the Satgas), to whom (kosakata
 * penerima_laporan: the Minister of Home Affairs c.q. the Dirjen Otda,
 * the BKD, BKN, Bawaslu, the Satgas), on which day, under which of the
 * agency's letter numbers (its agenda number, never given twice), with
 * the SHA-256 of each file sent, computed when it is recorded.  The
 * duties to send them are rules (kewajiban_lapor.csv); kepatuhan sets
 * the reports sent against them. */
#ifndef NETRAL_CEGAH_PELAPORAN_H
#define NETRAL_CEGAH_PELAPORAN_H

#include "netral/cegah/record.h"
#include "netral/db/db.h"
#include "netral/rules/rules.h"

/* The fields (cegah/record.h): the files sent are 'add's arguments. */
#define PELAPORAN_FIELDS(X) \
	X(NOMOR, nomor_surat, "nomor_surat", "nomor", NAME, CEGAH_REQUIRED, NULL) \
	X(TANGGAL, tanggal, "tanggal", "tanggal", PAST_DAY, CEGAH_REQUIRED, NULL) \
	X(JENIS, jenis, "jenis", "jenis", VOCAB, CEGAH_REQUIRED, VOCAB_JENIS_LAPORAN) \
	X(KEPADA, kepada, "kepada", "kepada", VOCAB, CEGAH_REQUIRED, VOCAB_PENERIMA_LAPORAN) \
	X(PEMILIHAN, pemilihan, "pemilihan", "pemilihan", CONTEST, 0, NULL) \
	X(PERIHAL, perihal, "perihal", "perihal", NAME, 0, NULL) \
	X(LAMPIRAN, lampiran, "lampiran", NULL, FILES, 0, NULL)

#define PELAPORAN_ENUM_(id, ...) LAP_##id,
enum pelaporan_field { PELAPORAN_FIELDS(PELAPORAN_ENUM_) LAP_NF };

struct pelaporan {
	CEGAH_HEAD;
	PELAPORAN_FIELDS(CEGAH_SLOT_)
};
extern const struct cegah_record pelaporan_record;

/* The file at path as sent with the report: its SHA-256 and its name
 * (without the folders) as a line of p->lampiran.  Returns an exit
 * status, reported: a file that cannot be read, a name holding a control
 * character, or more files than a record holds. */
int pelaporan_attach(struct pelaporan *p, const char *path);
/* Records the report; NX_DATA, said, when its letter number is recorded
 * already (in any letter case).  Logged; within the caller's transaction;
 * returns an exit status. */
int pelaporan_add(struct db *d, const char *op, struct pelaporan *p);
/* By letter number (any letter case): 0, NX_NOTFOUND (not reported), or
 * a status. */
int pelaporan_get(struct db *d, const char *nomor, struct pelaporan *out);

#endif
