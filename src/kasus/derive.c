/* What follows from a case's fields, in steps: required fields, the
 * identifiers against the employee type, the dates, the birth date and
 * age, the groups, the classification and the sanctions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/kasus/derive.h"
#include "netral/kasus/putusan.h"
#include "netral/rules/label.h"
#include "netral/rules/vocab.h"

/* What the identifiers say, for the steps after check_ids. */
struct ids {
	struct nip_info ni;
	struct nik_info nk;
	int has_nip, has_nik;
};

static int same(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

static int check_required(struct kasus *k, const struct rules *r, struct err *e)
{
	for (int f = 0; f < F_COUNT; f++)
		if ((field_def(f)->flags & CF_REQUIRED) && !k->v[f]) {
			err_set(e, _("missing (required)"));
			return err_at(e, f);
		}
	if (!k->v[F_STATUS]) {
		const char *awal = rules_status_awal(r);

		kasus_put(k, F_STATUS, awal, strlen(awal));
	}
	return 0;
}

/* The NIP's kind (NIP PNS, NI PPPK) must be one the employee type has. */
static int check_ids(struct kasus *k, const struct rules *r, struct ids *id, struct err *e)
{
	const char *jp = k->v[F_JENIS_PEGAWAI];
	const struct kosakata *t = rules_kosakata(r, VOCAB_JENIS_PEGAWAI, jp);
	int pns = rules_sifat(t, "nip_pns"), pppk = rules_sifat(t, "ni_pppk");

	if (k->v[F_NIP]) {
		if (nip_parse(k->v[F_NIP], &id->ni, e) < 0)
			return err_at(e, F_NIP);
		id->has_nip = 1;
		if (!pns && !pppk) {
			err_set(e, _("'%s': a %s has no NIP (record the NIK, or correct jenis_pegawai)"),
				k->v[F_NIP], jp);
			return err_at(e, F_NIP);
		}
		if (id->ni.kind == NIP_PPPK && !pppk) {
			err_set(e, _("'%s' is an NI PPPK (digit 13 is 2) but jenis_pegawai is %s"),
				k->v[F_NIP], jp);
			return err_at(e, F_NIP);
		}
		if (id->ni.kind == NIP_PNS && !pns) {
			err_set(e, _("'%s' is a NIP PNS but jenis_pegawai is %s"), k->v[F_NIP], jp);
			return err_at(e, F_NIP);
		}
	}
	if (k->v[F_NIK]) {
		if (nik_parse(k->v[F_NIK], &k->kejadian, &id->nk, e) < 0)
			return err_at(e, F_NIK);
		id->has_nik = 1;
	}
	if (k->v[F_SPK_NOMOR] && !rules_sifat(t, "spk")) {
		err_set(e, _("a %s works under no contract (SPK): its sanction follows the regulations"), jp);
		return err_at(e, F_SPK_NOMOR);
	}
	return 0;
}

static int check_dates(const struct kasus *k, struct err *e)
{
	char today[DATE_ISO_LEN];

	if (k->has_laporan && date_cmp(&k->laporan, &k->kejadian) < 0) {
		err_set(e, _("%s is before tanggal_kejadian %s"), k->v[F_TANGGAL_LAPORAN],
			k->v[F_TANGGAL_KEJADIAN]);
		return err_at(e, F_TANGGAL_LAPORAN);
	}
	if (!k->today)
		return 0;
	date_format(k->today, today);
	if (date_cmp(&k->kejadian, k->today) > 0) {
		err_set(e, _("%s is after today (%s)"), k->v[F_TANGGAL_KEJADIAN], today);
		return err_at(e, F_TANGGAL_KEJADIAN);
	}
	if (k->has_laporan && date_cmp(&k->laporan, k->today) > 0) {
		err_set(e, _("%s is after today (%s)"), k->v[F_TANGGAL_LAPORAN], today);
		return err_at(e, F_TANGGAL_LAPORAN);
	}
	return 0;
}

/* The explicit birth date, else the NIP's, else the NIK's; a difference
 * between them is said, the explicit one kept. */
static int derive_birth(struct kasus *k, const struct ids *id, struct err *e, struct strbuf *w)
{
	char b[DATE_ISO_LEN];

	k->has_lahir_efektif = 0;
	k->sex = id->has_nip ? id->ni.sex : id->has_nik ? id->nk.sex : 0;
	if (k->has_lahir) {
		k->lahir_efektif = k->lahir;
		k->has_lahir_efektif = 1;
		if (id->has_nip && date_cmp(&id->ni.birth, &k->lahir) != 0) {
			date_format(&id->ni.birth, b);
			sb_printf(w, _("tanggal_lahir: %s differs from the birth date in the NIP (%s); keeping %s\n"),
				  k->v[F_TANGGAL_LAHIR], b, k->v[F_TANGGAL_LAHIR]);
		} else if (!id->has_nip && id->has_nik && date_cmp(&id->nk.birth, &k->lahir) != 0) {
			date_format(&id->nk.birth, b);
			sb_printf(w, _("tanggal_lahir: %s differs from the birth date in the NIK (%s); keeping %s\n"),
				  k->v[F_TANGGAL_LAHIR], b, k->v[F_TANGGAL_LAHIR]);
		}
	} else if (id->has_nip || id->has_nik) {
		k->lahir_efektif = id->has_nip ? id->ni.birth : id->nk.birth;
		k->has_lahir_efektif = 1;
	}
	k->usia = -1;
	if (!k->has_lahir_efektif)
		return 0;
	k->usia = age_on(&k->lahir_efektif, &k->kejadian);
	if (k->usia < 0) {
		date_format(&k->lahir_efektif, b);
		err_set(e, _("birth date %s is after tanggal_kejadian %s"), b, k->v[F_TANGGAL_KEJADIAN]);
		return err_at(e, k->has_lahir ? F_TANGGAL_LAHIR : id->has_nip ? F_NIP : F_NIK);
	}
	if (k->usia < 15)
		sb_printf(w, _("tanggal_lahir: gives an age of %d on the incident date\n"), k->usia);
	return 0;
}

static void derive_groups(struct kasus *k, const struct rules *r, struct strbuf *w)
{
	const struct bentuk *b = rules_bentuk(r, k->v[F_BENTUK]);

	k->kelompok_usia = rules_age_band(r, k->usia);
	k->kelamin = rules_sex(r, k->sex);
	k->kelompok_jabatan = RULES_UNKNOWN;
	if (k->v[F_KATEGORI_JABATAN]) {
		const struct jabatan *j = rules_jabatan(r, k->v[F_KATEGORI_JABATAN]);

		if (j)
			k->kelompok_jabatan = j->kelompok;
	}
	if (b && b->pasangan && !k->pasangan && k->v[F_PASANGAN_CALON])
		sb_printf(w, _("pasangan_calon: %s concerns a spouse who is a candidate, but pasangan_calon is 0\n"),
			  b->kode);
}

void kasus_act(const struct kasus *k, struct klasifikasi_in *in)
{
	memset(in, 0, sizeof *in);
	in->bentuk = k->v[F_BENTUK];
	in->tanggal = k->kejadian;
	in->pemilihan = k->v[F_PEMILIHAN];
	in->jenis_pegawai = k->v[F_JENIS_PEGAWAI];
	in->cltn = k->cltn;
	in->pasangan = k->pasangan;
	in->partai = k->v[F_SASARAN] && strcmp(k->v[F_SASARAN], "partai") == 0;
	in->no_reason = k->no_reason;
}

int kasus_check_cltn(const struct kasus *k, const struct rules *r, struct err *e)
{
	const char *jp = k->v[F_JENIS_PEGAWAI];

	if (!k->cltn || !jp || rules_in(r, VOCAB_JENIS_PEGAWAI, jp, "cltn"))
		return 0;
	err_set(e, _("a %s has no CLTN (cuti di luar tanggungan negara is a PNS leave): record 0, or correct jenis_pegawai"),
		jp);
	return err_at(e, F_CLTN);
}

static int classify_case(struct kasus *k, const struct rules *r, struct err *e)
{
	struct klasifikasi_in in;

	kasus_act(k, &in);
	if (classify(r, &in, &k->klas, e) < 0)
		return err_at(e, k->v[F_PEMILIHAN] && !rules_pemilihan(r, k->v[F_PEMILIHAN]) ?
				 F_PEMILIHAN : F_BENTUK);
	k->periode = periode_of(k->klas.pemilihan, &k->kejadian);
	return putusan_apply(k, r, e);
}

/* A sanction code must be in the catalogue for the employee type (the
 * codes of every ruleset count: a sanction may be imposed after a change). */
static int check_sanksi(const struct kasus *k, const struct rules *r,
			enum field f, struct err *e)
{
	struct strbuf valid = STRBUF_INIT;
	const char *jp = k->v[F_JENIS_PEGAWAI];

	if (!k->v[f] || rules_sanksi(r, NULL, jp, k->v[f]))
		return 0;
	for (size_t i = 0; i < r->sanksi.n; i++) {
		const struct sanksi *s = &r->sanksi.v[i];
		int dup = 0;

		if (strcmp(s->jenis_pegawai, jp) != 0)
			continue;
		for (size_t j = 0; j < i; j++)
			dup |= strcmp(r->sanksi.v[j].jenis_pegawai, jp) == 0 &&
			       strcmp(r->sanksi.v[j].kode, s->kode) == 0;
		if (!dup)
			sb_printf(&valid, "%s%s", valid.len ? ", " : "", s->kode);
	}
	err_set(e, _("'%s' is not a sanction for %s (valid: %s)"), k->v[f], jp, sb_str(&valid));
	sb_free(&valid);
	return err_at(e, f);
}

/* A sanction recommended or imposed is one of the catalogue of the
 * ruleset in force on the act's day, the one that classified it: a Pilkada
 * 2020 case takes PP 53/2010's penalties, never PP 94/2021's.  Checked
 * when the value is entered, so a case stored before keeps what it holds. */
static int check_catalogue(const struct kasus *k, const struct kasus *old, const struct rules *r,
			   enum field f, struct err *e)
{
	const char *jp = k->v[F_JENIS_PEGAWAI], *rs = k->klas.ruleset;
	struct strbuf valid = STRBUF_INIT;
	char day[DATE_ISO_LEN];

	if (!k->v[f] || (old && same(old->v[f], k->v[f]) && same(old->v[F_TANGGAL_KEJADIAN],
								 k->v[F_TANGGAL_KEJADIAN])))
		return 0;
	if (rs && rules_sanksi(r, rs, jp, k->v[f]))
		return 0;
	if (!rs) {
		date_format(&k->kejadian, day);
		err_set(e, _("'%s': no ruleset is in force on %s, so no catalogue of sanctions holds it"),
			k->v[f], day);
		return err_at(e, f);
	}
	for (size_t i = 0; i < r->sanksi.n; i++) {
		const struct sanksi *s = &r->sanksi.v[i];
		int dup = 0;

		if (strcmp(s->ruleset, rs) != 0 || strcmp(s->jenis_pegawai, jp) != 0)
			continue;
		for (size_t j = 0; j < i; j++)
			dup |= strcmp(r->sanksi.v[j].ruleset, rs) == 0 &&
			       strcmp(r->sanksi.v[j].jenis_pegawai, jp) == 0 &&
			       strcmp(r->sanksi.v[j].kode, s->kode) == 0;
		if (!dup)
			sb_printf(&valid, "%s%s", valid.len ? ", " : "", s->kode);
	}
	err_set(e, _("'%s' is not a sanction of ruleset %s for %s (valid: %s)"), k->v[f], rs, jp,
		sb_str(&valid));
	sb_free(&valid);
	return err_at(e, f);
}

/* The PPK may impose something else than recommended, or than the matrix
 * tier or the Satgas's decided one: recorded as given, and said.  Where the
 * Satgas is still to decide there is no tier to differ from. */
static void sanksi_warnings(const struct kasus *k, const struct rules *r,
			    struct strbuf *w)
{
	const struct sanksi *s;
	const char *jp = k->v[F_JENIS_PEGAWAI];

	if (!k->v[F_SANKSI] || !(s = rules_sanksi(r, NULL, jp, k->v[F_SANKSI])))
		return;
	if (k->v[F_REKOMENDASI_SANKSI] && strcmp(k->v[F_SANKSI], k->v[F_REKOMENDASI_SANKSI]) != 0)
		sb_printf(w, _("sanksi: '%s' differs from the recommended '%s'; both are recorded\n"),
			  k->v[F_SANKSI], k->v[F_REKOMENDASI_SANKSI]);
	if (!k->klas.row || rules_in(r, VOCAB_JENIS, k->klas.jenis, "putusan_satgas") ||
	    rules_sanksi_in_tier(r, jp, k->klas.jenis, k->v[F_SANKSI]))
		return;
	if (k->klas.matriks)
		sb_printf(w, _("sanksi: '%s' (%s) is not of the decided tier %s (putusan %s)\n"),
			  k->v[F_SANKSI], s->jenis, k->klas.jenis, k->v[F_PUTUSAN_NOMOR]);
	else
		sb_printf(w, _("sanksi: '%s' (%s) is not of the matrix tier %s for %s\n"),
			  k->v[F_SANKSI], s->jenis, k->klas.jenis,
			  k->klas.kode[0] ? k->klas.kode : k->v[F_BENTUK]);
}

int kasus_finish(struct kasus *k, const struct rules *r, struct err *e, struct strbuf *w)
{
	struct ids id;

	memset(&id, 0, sizeof id);
	if (check_required(k, r, e) < 0 || check_ids(k, r, &id, e) < 0 ||
	    check_dates(k, e) < 0 || derive_birth(k, &id, e, w) < 0)
		return -1;
	derive_groups(k, r, w);
	if (classify_case(k, r, e) < 0 ||
	    check_sanksi(k, r, F_REKOMENDASI_SANKSI, e) < 0 ||
	    check_sanksi(k, r, F_SANKSI, e) < 0)
		return -1;
	sanksi_warnings(k, r, w);
	return 0;
}

/* Whether a case at status `at` may hold field: the status records or
 * requires it, or one it is reached from does (a sanctioned case keeps its
 * recommendation).  The workflow is small: a walk back over transitions. */
static int may_hold(const struct rules *r, const char *at, const char *field)
{
	const char *seen[64], *todo[64];
	size_t nseen = 0, ntodo = 0;

	todo[ntodo++] = at;
	while (ntodo) {
		const char *s = todo[--ntodo];
		const struct status *st = rules_status(r, s);
		int visited = 0;

		for (size_t i = 0; i < nseen; i++)
			visited |= strcmp(seen[i], s) == 0;
		if (visited || !st || nseen == 64)
			continue;
		seen[nseen++] = s;
		if (rules_names(st->mencatat, field) || rules_names(st->wajib, field))
			return 1;
		/* a reopening returns to where the case was: no way through */
		for (size_t i = 0; i < r->transisi.n && ntodo < 64; i++)
			if (strcmp(r->transisi.v[i].ke, s) == 0 && !r->transisi.v[i].buka)
				todo[ntodo++] = r->transisi.v[i].dari;
	}
	return 0;
}

/* What a case at its status may and must record: a workflow field only at
 * a status that records or keeps it; the fields the status requires
 * whenever the case reaches it, and never cleared while it is there. */
static int check_workflow(const struct kasus *old, const struct kasus *k,
			  const struct rules *r, struct err *e)
{
	const char *at = kasus_value(k, F_STATUS);
	const struct status *s = rules_status(r, at), *t;
	int moved = !old || strcmp(kasus_value(old, F_STATUS), at) != 0;

	if (!s)
		return 0;
	for (int f = 0; f < F_COUNT; f++) {
		const char *name = field_def(f)->name;

		if (k->v[f] && !same(k->v[f], old ? old->v[f] : NULL) &&
		    (t = rules_recorder(r, name)) && !may_hold(r, at, name)) {
			err_set(e, _("is recorded when a case moves to %s, and this one is at %s"), t->kode, at);
			return err_at(e, f);
		}
	}
	/* the status's own list, not every field against it: this runs per row */
	for (const char *p = s->wajib; p && *p; ) {
		char name[64];
		size_t w;
		int f;

		p += strspn(p, " ");
		w = strcspn(p, " ");
		snprintf(name, sizeof name, "%.*s", (int)w, p);
		p += w;
		if (!*name || (f = field_by_name(name)) < 0)
			continue;
		if (!k->v[f] && (moved || old->v[f])) {
			err_set(e, _("a case at %s records it (missing)"), at);
			return err_at(e, f);
		}
	}
	return 0;
}

/* The days of a case in the order they happened. */
static int check_order(const struct kasus *k, const struct date *moved, struct err *e)
{
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

	date_format(&k->kejadian, b);
	if (moved && date_cmp(moved, &k->kejadian) < 0) {
		date_format(moved, a);
		err_set(e, _("the move on %s is before the incident on %s"), a, b);
		return err_at(e, F_STATUS);
	}
	if (k->v[F_REKOMENDASI_TANGGAL] && date_cmp(&k->rek_tanggal, &k->kejadian) < 0) {
		err_set(e, _("%s is before the incident on %s"), k->v[F_REKOMENDASI_TANGGAL], b);
		return err_at(e, F_REKOMENDASI_TANGGAL);
	}
	if (k->v[F_SK_TANGGAL] && k->v[F_REKOMENDASI_TANGGAL] &&
	    date_cmp(&k->sk_tanggal, &k->rek_tanggal) < 0) {
		err_set(e, _("%s is before the recommendation of %s"), k->v[F_SK_TANGGAL],
			k->v[F_REKOMENDASI_TANGGAL]);
		return err_at(e, F_SK_TANGGAL);
	}
	if (moved && k->v[F_SANKSI] && k->v[F_REKOMENDASI_TANGGAL] &&
	    date_cmp(moved, &k->rek_tanggal) < 0) {
		date_format(moved, a);
		err_set(e, _("the sanction on %s is before the recommendation of %s"), a,
			k->v[F_REKOMENDASI_TANGGAL]);
		return err_at(e, F_STATUS);
	}
	return 0;
}

/* A recommending body that no longer was on the recommendation's day
 * (kosakata.csv: sifat sampai=DAY): said, as the PPK may still act on it. */
static void body_warning(const struct kasus *k, const struct rules *r, struct strbuf *w)
{
	const struct kosakata *v;
	const char *until;
	char day[DATE_ISO_LEN];
	struct date last;

	if (!k->v[F_REKOMENDASI_DARI] || !k->v[F_REKOMENDASI_TANGGAL] ||
	    !(v = rules_kosakata(r, VOCAB_REKOMENDASI_DARI, k->v[F_REKOMENDASI_DARI])) ||
	    !(until = strstr(v->sifat, "sampai=")))
		return;
	snprintf(day, sizeof day, "%.10s", until + 7);
	if (date_parse_iso(day, &last) == 0 && date_cmp(&k->rek_tanggal, &last) > 0)
		sb_printf(w, _("rekomendasi_dari: %s is dated %s, after %s handed its work on (its last day %s): check who recommended\n"),
			  v->kode, k->v[F_REKOMENDASI_TANGGAL], v->kode, day);
}

int kasus_entry_rules(const struct kasus *k, const struct kasus *old, const struct rules *r,
		      const struct date *moved, struct err *e, struct strbuf *w)
{
	/* a case stored with the flag before this was checked is classified
	 * by the Satgas (classify.c), not refused when rules change under it */
	int cltn_new = !old || !old->cltn || !same(old->v[F_JENIS_PEGAWAI], k->v[F_JENIS_PEGAWAI]);

	if ((cltn_new && kasus_check_cltn(k, r, e) < 0) || check_workflow(old, k, r, e) < 0 ||
	    check_order(k, moved, e) < 0 || putusan_entry(k, old, r, e) < 0 ||
	    check_catalogue(k, old, r, F_REKOMENDASI_SANKSI, e) < 0 ||
	    check_catalogue(k, old, r, F_SANKSI, e) < 0)
		return -1;
	body_warning(k, r, w);
	return 0;
}

int kasus_accept(struct kasus *k, const struct kasus *old, const struct rules *r,
		 const struct date *moved, struct err *e, struct strbuf *w)
{
	if (kasus_finish(k, r, e, w) < 0)
		return -1;
	return kasus_entry_rules(k, old, r, moved, e, w);
}
