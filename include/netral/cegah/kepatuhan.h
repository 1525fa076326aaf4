/* The compliance report the BKPSDM reads: for each contest and unit, each
 * duty of the contest's schedule (jadwal.csv) against what the unit
 * reported by a given day.  A weekly duty is due for each week from the
 * first Monday on or after its start; a week is missing once it has ended
 * (its Sunday is on or before the day) without a record; the week in
 * progress counts only when done.  A duty done once is late after its
 * deadline (batas, else the end of the schedule); the pact is done when
 * its listed signatories cover the unit's ASN and PPNPN (a number a unit
 * only claims is shown, and does not).  Beside them, the agency's duties
 * to report up, against the reports it sent. */
#ifndef NETRAL_CEGAH_KEPATUHAN_H
#define NETRAL_CEGAH_KEPATUHAN_H

#include "netral/cegah/unit.h"
#include "netral/db/db.h"
#include "netral/rules/rules.h"

enum kep_status { KEP_TERTINGGAL, KEP_BERJALAN, KEP_LENGKAP };
extern const char *const kep_status_names[3];

#define KEP_KINDS 16

/* One duty of one unit. */
struct kep_cell {
	const struct jadwal *j;    /* NULL: not a duty of the contest */
	int per_orang;             /* counted by signatories (the pact) */
	long dilakukan, wajib;     /* weeks or times done, and due */
	char (*kurang)[DATE_ISO_LEN]; /* the Mondays of the missing weeks */
	size_t nkurang;
	char batas[DATE_ISO_LEN];  /* a once duty's deadline */
	long ttd, pegawai;         /* signatories, headcount */
	int klaim;                 /* ttd is the number a unit claimed, no list */
	int done, late;
};

struct kep_row {
	char pemilihan[RULES_PEMILIHAN_MAX + 1];
	struct unit unit;
	int status;
	long missed;               /* deadlines missed: the order of the behind */
	char terakhir[DATE_ISO_LEN]; /* the day of its last report, "" for none */
	struct kep_cell cell[KEP_KINDS];
};

/* One duty to report up (kewajiban_lapor.csv) against the reports sent
 * (pelaporan): counted as a prevention duty of the same cadence is, the
 * report sent for the duty standing for the activity. */
struct kep_lapor {
	const struct kewajiban *w;
	struct jadwal j;           /* the duty's cadence, as cell.j reads it */
	struct kep_cell cell;
	int status;
	char terakhir[DATE_ISO_LEN]; /* the last report sent for it, "" none */
	char nomor[CEGAH_NAME_MAX + 1]; /* and its letter's number */
};

struct kepatuhan {
	const char *kinds[KEP_KINDS]; /* kosakata kegiatan, in order */
	size_t nkinds;
	char per[DATE_ISO_LEN];
	struct kep_row *rows;
	size_t n, cap;
	int behind;                /* some unit is past a deadline */
	struct kep_lapor *lapor;   /* the duties to report of the contests */
	size_t nlapor;
	int lapor_behind;          /* some report is past its deadline */
};

/* The report on day per for the contests named (NULL-terminated), or for
 * every contest whose schedule runs on that day when none is named.
 * Returns an exit status; NX_NOTFOUND, reported, when no schedule runs. */
int kepatuhan_compute(struct db *d, const struct rules *r, const char *const *pemilihan,
		      const struct date *per, struct kepatuhan *out);
void kepatuhan_free(struct kepatuhan *k);
/* How many contests' schedules an activity of that kind and day (and
 * contest, "" for none) counts in: 0 means it is in no report, which is
 * said when it is recorded (a mistyped year, a kind no schedule asks). */
size_t kepatuhan_counted_in(const struct rules *r, const char *jenis, const char *pemilihan,
			    const char *tanggal);

#endif
