/* Proven cases whose sanction the PPK has not imposed within the follow-up
 * deadline after the recommendation: by agency in the order of its oldest
 * case, oldest first within. */
#ifndef NETRAL_KASUS_OVERDUE_H
#define NETRAL_KASUS_OVERDUE_H

#include "netral/db/db.h"
#include "netral/util/ident.h"

enum { OV_NOMOR, OV_NAMA, OV_INSTANSI, OV_JENIS, OV_KODE, OV_REK_DARI, OV_REK_SANKSI,
	OV_REK_TANGGAL, OV_BLOKIR, OV_COLS };
extern const char *const overdue_cols[OV_COLS];

struct overdue_case {
	char *v[OV_COLS];
	long over;                /* days past the deadline */
	char batas[DATE_ISO_LEN];
	int group;                /* the agency's place */
};

struct overdue {
	struct overdue_case *rows;
	size_t n, cap;
	long missing;             /* proven cases without a recommendation date */
};

/* instansi NULL for every agency.  Returns a status. */
int kasus_overdue(struct db *d, const char *instansi, const struct date *today,
		  long batas, struct overdue *out);
void overdue_free(struct overdue *o);

#endif
