/* Permits shown (izin.h). */
#include <stdio.h>
#include <string.h>

#include "netral/util/ascii.h"
#include "netral/util/ident.h"
#include "netral/util/msg.h"
#include "netral/view/izin.h"
#include "netral/view/surat.h"

/* The names a template may use beside the stored columns. */
static const char *const derived[] = { "peran_uraian", "pemilihan_nama", "pemilihan_sebutan",
	"tanggal_iso", "nomor_surat", "dasar_penunjukan", NULL };

static int known(const char *name, size_t n)
{
	if (cegah_field_of(&izin_record, name, n) >= 0)
		return 1;
	for (int i = 0; derived[i]; i++)
		if (strlen(derived[i]) == n && strncmp(derived[i], name, n) == 0)
			return 1;
	return 0;
}

int izin_template_check(const char *tmpl, const char *name)
{
	return surat_template_check(tmpl, name, known);
}

struct letter {
	const struct rules *r;
	const struct izin *iz;
	const char *nomor_surat;
};

/* The decree that appoints, named once: "Surat Keputusan Nomor 15/..."
 * for a bare number, as typed when it says what it is. */
static void dasar(const char *sk, char *out, size_t cap)
{
	if (ascii_ncasecmp(sk, "keputusan", 9) == 0 || ascii_ncasecmp(sk, "surat keputusan", 15) == 0)
		snprintf(out, cap, "%s", sk);
	else
		snprintf(out, cap, "Surat Keputusan Nomor %s", sk);
}

/* The value of a field, "" when the permit does not record it. */
static void value(void *ctx, const char *name, size_t n, char *out, size_t cap)
{
	const struct letter *l = ctx;
	const struct rules *r = l->r;
	const struct izin *iz = l->iz;
	const struct kosakata *k;
	const struct pemilihan *p;

	int f = cegah_field_of(&izin_record, name, n);

	*out = '\0';
	if (n == 11 && strncmp(name, "nomor_surat", 11) == 0) {
		snprintf(out, cap, "%s", l->nomor_surat);
	} else if (n == 16 && strncmp(name, "dasar_penunjukan", 16) == 0) {
		dasar(iz->sk_penunjukan, out, cap);
	} else if (n == 12 && strncmp(name, "peran_uraian", 12) == 0) {
		k = rules_kosakata(r, VOCAB_PERAN_IZIN, iz->peran);
		snprintf(out, cap, "%s", k && *k->uraian ? k->uraian : iz->peran);
	} else if (n == 14 && strncmp(name, "pemilihan_nama", 14) == 0) {
		p = rules_pemilihan(r, iz->pemilihan);
		snprintf(out, cap, "%s", p ? p->nama : iz->pemilihan);
	} else if (n == 17 && strncmp(name, "pemilihan_sebutan", 17) == 0) {
		snprintf(out, cap, "%s", izin_sebutan(r, iz->pemilihan));
	} else if (n == 11 && strncmp(name, "tanggal_iso", 11) == 0) {
		snprintf(out, cap, "%s", iz->tanggal);
	} else if (f >= 0) {
		char buf[24], spaced[32];
		const char *v = cegah_value(&izin_record, iz, f, buf);

		/* as a letter writes them: a NIP in its groups, a day in words */
		if (izin_record.f[f].type == CT_NIP && *v) {
			nip_spaced(v, spaced);
			snprintf(out, cap, "%s", spaced);
		} else if (izin_record.f[f].type == CT_DAY) {
			surat_date(v, out, cap);
		} else {
			snprintf(out, cap, "%s", v);
		}
	}
}

void izin_letter(FILE *fp, const struct rules *r, const struct surat_kop *kop, const struct izin *iz,
		 const char *nomor_surat, const char *tmpl, int html)
{
	struct letter l = { r, iz, nomor_surat };
	char title[64];

	snprintf(title, sizeof title, "Surat izin %s", iz->nomor);
	surat_write(fp, kop, tmpl, title, value, &l, html);
}
