/* The Satgas's decision on a case the matrix leaves to it. */
#include <stdio.h>
#include <string.h>

#include "netral/kasus/putusan.h"
#include "netral/rules/vocab.h"

static int recorded(const struct kasus *k)
{
	return k->v[F_PUTUSAN_JENIS] || k->v[F_PUTUSAN_NOMOR] || k->v[F_PUTUSAN_TANGGAL] ||
	       k->v[F_PUTUSAN_CATATAN];
}

/* A decision says what was decided, under which number, on which day. */
static int complete(const struct kasus *k, struct err *e)
{
	static const enum field need[] = { F_PUTUSAN_JENIS, F_PUTUSAN_NOMOR, F_PUTUSAN_TANGGAL };

	for (size_t i = 0; i < sizeof need / sizeof *need; i++)
		if (!k->v[need[i]]) {
			err_set(e, _("missing: a decision of the Satgas records its tier, number and day (putusan_jenis, putusan_nomor, putusan_tanggal)"));
			return err_at(e, need[i]);
		}
	return 0;
}

static int in_order(const struct kasus *k, struct err *e)
{
	char today[DATE_ISO_LEN];

	if (date_cmp(&k->putusan_tanggal, &k->kejadian) < 0) {
		err_set(e, _("%s is before the incident on %s"), k->v[F_PUTUSAN_TANGGAL],
			k->v[F_TANGGAL_KEJADIAN]);
		return err_at(e, F_PUTUSAN_TANGGAL);
	}
	if (k->today && date_cmp(&k->putusan_tanggal, k->today) > 0) {
		date_format(k->today, today);
		err_set(e, _("%s is after today (%s)"), k->v[F_PUTUSAN_TANGGAL], today);
		return err_at(e, F_PUTUSAN_TANGGAL);
	}
	return 0;
}

int putusan_apply(struct kasus *k, const struct rules *r, struct err *e)
{
	struct klasifikasi *c = &k->klas;
	const struct tingkat *t;
	char matrix[sizeof c->alasan];

	c->matriks = NULL;
	if (!recorded(k))
		return 0;
	if (complete(k, e) < 0 || in_order(k, e) < 0)
		return -1;
	c->matriks = c->jenis;
	c->jenis = k->v[F_PUTUSAN_JENIS];
	/* as the employee type has the decided tier: a PPNPN is not dismissed */
	if (c->row && (t = rules_tingkat(r, c->row->ruleset, k->v[F_JENIS_PEGAWAI], c->jenis))) {
		c->jenis = t->tingkat;
		rules_dasar(r, t->dasar_hukum, &k->kejadian, c->dasar_hukum, sizeof c->dasar_hukum);
	}
	if (k->no_reason)
		return 0;
	snprintf(matrix, sizeof matrix, "%s", c->alasan);
	snprintf(c->alasan, sizeof c->alasan, _("diputus Satgas, %s, %s; matriks: %s"),
		 k->v[F_PUTUSAN_NOMOR], k->v[F_PUTUSAN_TANGGAL], matrix);
	return 0;
}

static int same(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

int putusan_entry(const struct kasus *k, const struct kasus *old, const struct rules *r,
		  struct err *e)
{
	int changed;

	if (!k->klas.matriks || rules_in(r, VOCAB_JENIS, k->klas.matriks, "putusan_satgas"))
		return 0;
	changed = !old || !old->klas.matriks || strcmp(old->klas.matriks, k->klas.matriks) != 0;
	/* a decision that stood when the rules changed under it still stands:
	 * the Satgas decided on the facts; what is refused is recording one,
	 * or changing the facts, where the matrix gives the tier itself */
	for (int f = F_PUTUSAN_JENIS; f <= F_PUTUSAN_CATATAN; f++)
		changed |= !same(k->v[f], old ? old->v[f] : NULL);
	if (!changed)
		return 0;
	err_set(e, _("the matrix classifies %s on %s as %s: the Satgas decides only where the matrix leaves it the tier"),
		k->v[F_BENTUK], k->v[F_TANGGAL_KEJADIAN], k->klas.matriks);
	return err_at(e, F_PUTUSAN_JENIS);
}
