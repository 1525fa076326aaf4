/* A case's fields: checks, normalisation, derived values, and storage. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "netral/audit/audit.h"
#include "netral/io/csvin.h"
#include "netral/kasus/kasus.h"
#include "netral/util/sha256.h"

const struct field_def field_defs[F_COUNT] = {
	[F_NO_LAPORAN] = { "no_laporan", 100, 0 },
	[F_NAMA] = { "nama", 200, FF_REQUIRED },
	[F_NIP] = { "nip", 40, 0 },
	[F_NIK] = { "nik", 40, 0 },
	[F_JENIS_PEGAWAI] = { "jenis_pegawai", 16, FF_REQUIRED },
	[F_KATEGORI_JABATAN] = { "kategori_jabatan", 100, 0 },
	[F_JABATAN] = { "jabatan", 200, 0 },
	[F_INSTANSI] = { "instansi", 200, FF_REQUIRED },
	[F_UNIT_KERJA] = { "unit_kerja", 200, 0 },
	[F_TANGGAL_LAHIR] = { "tanggal_lahir", 32, 0 },
	[F_TANGGAL_KEJADIAN] = { "tanggal_kejadian", 32, FF_REQUIRED },
	[F_TANGGAL_LAPORAN] = { "tanggal_laporan", 32, 0 },
	[F_PEMILIHAN] = { "pemilihan", 64, 0 },
	[F_BENTUK] = { "bentuk", 64, FF_REQUIRED },
	[F_URAIAN] = { "uraian", 4000, FF_MULTILINE },
	[F_SUMBER] = { "sumber", 200, 0 },
	[F_STATUS] = { "status", 32, 0 },
	[F_CLTN] = { "cltn", 16, FF_BOOL },
	[F_PASANGAN_CALON] = { "pasangan_calon", 16, FF_BOOL },
	[F_REKOMENDASI_NOMOR] = { "rekomendasi_nomor", 100, 0 },
	[F_REKOMENDASI_TANGGAL] = { "rekomendasi_tanggal", 32, 0 },
	[F_REKOMENDASI_DARI] = { "rekomendasi_dari", 16, 0 },
	[F_REKOMENDASI_SANKSI] = { "rekomendasi_sanksi", 64, 0 },
	[F_SANKSI] = { "sanksi", 64, 0 },
	[F_SK_NOMOR] = { "sk_nomor", 100, 0 },
	[F_SK_TANGGAL] = { "sk_tanggal", 32, 0 },
	[F_BLOKIR_SIASN] = { "blokir_siasn", 16, FF_BOOL },
	[F_KONTAK_PELAPOR] = { "kontak_pelapor", 200, FF_PRIVATE },
};


/* Room for each normalised value inside struct kasus: no allocation per
 * row, which matters at a million imported rows. */
static size_t slot_off[F_COUNT];

static void init_slots(void)
{
	size_t off = 0;

	if (slot_off[F_COUNT - 1])
		return;
	for (int f = 0; f < F_COUNT; f++) {
		slot_off[f] = off;
		off += field_defs[f].maxlen + 24;
	}
}

void kasus_init(struct kasus *k)
{
	init_slots();
	memset(k->v, 0, sizeof k->v);
	k->check_today = 0;
	k->no_reason = 0;
	k->has_lahir = k->has_laporan = 0;
	k->cltn = k->pasangan = k->blokir = 0;
	memset(&k->kejadian, 0, sizeof k->kejadian);
}

void kasus_copy(struct kasus *dst, const struct kasus *src)
{
	memcpy(dst, src, sizeof *dst);
	for (int f = 0; f < F_COUNT; f++)
		if (src->v[f])
			dst->v[f] = dst->slots + (src->v[f] - src->slots);
}

int field_normalise(const struct rules *r, enum field f, const char *raw,
		    char *out, size_t cap, struct err *e)
{
	struct kasus *k = xmalloc(sizeof *k);
	int rc;

	kasus_init(k);
	rc = kasus_set(k, f, raw, r, e);
	if (rc == 0)
		snprintf(out, cap, "%s", k->v[f] ? k->v[f] : "");
	free(k);
	return rc;
}

int field_by_name(const char *name)
{
	for (int f = 0; f < F_COUNT; f++) {
		const char *a = field_defs[f].name, *b = name;

		while (*a && (*a == *b || (*a == '_' && *b == '-'))) {
			a++;
			b++;
		}
		if (!*a && !*b)
			return f;
	}
	return -1;
}

const char *bool_text(int v)
{
	return v ? "1" : "0";
}

static char *put(struct kasus *k, enum field f, const char *s, size_t n)
{
	char *slot = k->slots + slot_off[f];

	if (n > field_defs[f].maxlen + 23)
		n = field_defs[f].maxlen + 23;
	memcpy(slot, s, n);
	slot[n] = '\0';
	k->v[f] = slot;
	return slot;
}

static int parse_bool(const char *s, int *out)
{
	static const char *const yes[] = { "1", "ya", "true", "y", "yes", NULL };
	static const char *const no[] = { "0", "tidak", "false", "t", "no", "n", NULL };

	for (int i = 0; yes[i]; i++)
		if (strcasecmp(s, yes[i]) == 0)
			return *out = 1, 0;
	for (int i = 0; no[i]; i++)
		if (strcasecmp(s, no[i]) == 0)
			return *out = 0, 0;
	return -1;
}

static void copy_n(char *dst, size_t cap, const char *src, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static void clear(struct kasus *k, enum field f)
{
	k->v[f] = NULL;
	switch (f) {
	case F_TANGGAL_LAHIR:
		k->has_lahir = 0;
		break;
	case F_TANGGAL_LAPORAN:
		k->has_laporan = 0;
		break;
	case F_CLTN:
		k->cltn = 0;
		break;
	case F_PASANGAN_CALON:
		k->pasangan = 0;
		break;
	case F_BLOKIR_SIASN:
		k->blokir = 0;
		break;
	default:
		break;
	}
}

int kasus_set(struct kasus *k, enum field f, const char *raw,
	      const struct rules *r, struct err *e)
{
	const struct field_def *def = &field_defs[f];
	size_t n;
	long bad;
	char buf[128];

	if (!raw)
		raw = "";
	while (*raw == ' ' || *raw == '\t')
		raw++;
	n = strlen(raw);
	while (n && (raw[n - 1] == ' ' || raw[n - 1] == '\t' ||
		     ((def->flags & FF_MULTILINE) && (raw[n - 1] == '\n' || raw[n - 1] == '\r'))))
		n--;
	if (n == 0) {
		clear(k, f);
		return 0;
	}
	if (n > def->maxlen) {
		err_set(e, _("%zu bytes long, the limit is %u"), n, def->maxlen);
		return -1;
	}
	if ((bad = utf8_invalid_at(raw, n)) >= 0) {
		err_set(e, _("is not valid UTF-8 (byte 0x%02X)"), (unsigned char)raw[bad]);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)raw[i];

		if (c < 0x20 || c == 0x7f) {
			if ((def->flags & FF_MULTILINE) && (c == '\n' || c == '\r' || c == '\t'))
				continue;
			err_set(e, c == '\n' || c == '\r' ? _("contains a line break") :
				_("contains a control character"));
			return -1;
		}
	}

	switch (f) {
	case F_NIP: {
		struct nip_info ni;
		char tmp[64];

		snprintf(tmp, sizeof tmp, "%.*s", (int)n, raw);
		if (nip_parse(tmp, &ni, e) < 0)
			return -1;
		put(k, f, ni.digits, 18);
		return 0;
	}
	case F_NIK: {
		size_t m = 0;

		for (size_t i = 0; i < n && m + 1 < sizeof buf; i++)
			if (raw[i] != ' ')
				buf[m++] = raw[i];
		for (size_t i = 0; i < m; i++)
			if (!isdigit((unsigned char)buf[i])) {
				err_set(e, _("'%.*s' has a non-digit '%c' at position %zu"),
					(int)n, raw, buf[i], i + 1);
				return -1;
			}
		if (m != 16) {
			err_set(e, _("'%.*s' has %zu digits, a NIK has 16"), (int)n, raw, m);
			return -1;
		}
		put(k, f, buf, m);
		return 0;
	}
	case F_JENIS_PEGAWAI: {
		static const char *const types[] = { "PNS", "PPPK", "PPNPN" };

		copy_n(buf, sizeof buf, raw, n);
		if (strcasecmp(buf, "CPNS") == 0) {
			put(k, f, "PNS", 3);
			return 0;
		}
		for (int i = 0; i < 3; i++)
			if (strcasecmp(buf, types[i]) == 0) {
				put(k, f, types[i], strlen(types[i]));
				return 0;
			}
		err_set(e, _("unknown employee type '%s' (valid: PNS, PPPK, PPNPN)"), buf);
		return -1;
	}
	case F_KATEGORI_JABATAN: {
		const struct jabatan *j;

		copy_n(buf, sizeof buf, raw, n);
		if (!(j = rules_jabatan(r, buf))) {
			char *valid = rules_list_kategori(r);

			err_set(e, _("unknown position category '%s' (valid: %s)"), buf, valid);
			free(valid);
			return -1;
		}
		put(k, f, j->kategori, strlen(j->kategori));
		return 0;
	}
	case F_TANGGAL_LAHIR:
	case F_TANGGAL_KEJADIAN:
	case F_TANGGAL_LAPORAN:
	case F_REKOMENDASI_TANGGAL:
	case F_SK_TANGGAL: {
		struct date d;
		char iso[DATE_ISO_LEN];

		copy_n(buf, sizeof buf, raw, n);
		if (date_parse(buf, &d, e) < 0)
			return -1;
		date_format(&d, iso);
		put(k, f, iso, 10);
		if (f == F_TANGGAL_LAHIR) {
			k->lahir = d;
			k->has_lahir = 1;
		} else if (f == F_TANGGAL_KEJADIAN) {
			k->kejadian = d;
		} else if (f == F_TANGGAL_LAPORAN) {
			k->laporan = d;
			k->has_laporan = 1;
		} else if (f == F_REKOMENDASI_TANGGAL) {
			k->rek_tanggal = d;
		} else {
			k->sk_tanggal = d;
		}
		return 0;
	}
	case F_REKOMENDASI_DARI: {
		static const char *const from[] = { "KASN", "BKN", "Bawaslu", "internal" };

		copy_n(buf, sizeof buf, raw, n);
		for (int i = 0; i < 4; i++)
			if (strcasecmp(buf, from[i]) == 0) {
				put(k, f, from[i], strlen(from[i]));
				return 0;
			}
		err_set(e, _("'%s' is not a recommending body (valid: KASN, BKN, Bawaslu, internal)"), buf);
		return -1;
	}
	case F_REKOMENDASI_SANKSI:
	case F_SANKSI: {
		/* checked against the catalogue of the employee type in kasus_finish */
		copy_n(buf, sizeof buf, raw, n);
		for (char *p = buf; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		put(k, f, buf, strlen(buf));
		return 0;
	}
	case F_PEMILIHAN: {
		copy_n(buf, sizeof buf, raw, n);
		for (char *p = buf; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		if (!rules_pemilihan(r, buf)) {
			char *valid = rules_list_pemilihan(r);

			err_set(e, _("unknown contest '%s' (valid: %s; add one with 'netral election add')"),
				buf, valid);
			free(valid);
			return -1;
		}
		put(k, f, buf, strlen(buf));
		return 0;
	}
	case F_BENTUK: {
		copy_n(buf, sizeof buf, raw, n);
		for (char *p = buf; *p; p++)
			*p = *p == '_' ? '-' : (char)tolower((unsigned char)*p);
		if (!rules_bentuk(r, buf)) {
			char *valid = rules_list_bentuk(r);

			err_set(e, _("unknown bentuk '%s' (valid: %s)"), buf, valid);
			free(valid);
			return -1;
		}
		put(k, f, buf, strlen(buf));
		return 0;
	}
	case F_STATUS: {
		copy_n(buf, sizeof buf, raw, n);
		for (char *p = buf; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		if (!rules_status(r, buf)) {
			char *valid = rules_list_status(r);

			err_set(e, _("unknown status '%s' (valid: %s)"), buf, valid);
			free(valid);
			return -1;
		}
		put(k, f, buf, strlen(buf));
		return 0;
	}
	case F_CLTN:
	case F_PASANGAN_CALON:
	case F_BLOKIR_SIASN: {
		int v;

		copy_n(buf, sizeof buf, raw, n);
		if (parse_bool(buf, &v) < 0) {
			err_set(e, _("'%s' is not a yes/no value (use 1/0, ya/tidak or true/false)"), buf);
			return -1;
		}
		put(k, f, bool_text(v), 1);
		if (f == F_CLTN)
			k->cltn = v;
		else if (f == F_PASANGAN_CALON)
			k->pasangan = v;
		else
			k->blokir = v;
		return 0;
	}
	default:
		put(k, f, raw, n);
		return 0;
	}
}

static int bad_field(enum field *bad, enum field f)
{
	*bad = f;
	return -1;
}

/* A sanction code must be in the catalogue for the employee type (the
 * codes of every ruleset count: a sanction may be imposed after a change). */
static const struct sanksi *catalogue(const struct rules *r, const char *jp,
				     const char *code)
{
	return rules_sanksi(r, NULL, jp, code);
}

static int check_sanksi(const struct kasus *k, const struct rules *r,
			enum field f, struct err *e)
{
	struct strbuf valid = STRBUF_INIT;
	const char *jp = k->v[F_JENIS_PEGAWAI];

	if (!k->v[f] || catalogue(r, jp, k->v[f]))
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
	return -1;
}

/* The PPK may impose something else than recommended, or than the matrix
 * tier: recorded as given, and said. */
static void sanksi_warnings(const struct kasus *k, const struct rules *r,
			    struct strbuf *w)
{
	const struct sanksi *s;
	const char *jp = k->v[F_JENIS_PEGAWAI];

	if (!k->v[F_SANKSI] || !(s = catalogue(r, jp, k->v[F_SANKSI])))
		return;
	if (k->v[F_REKOMENDASI_SANKSI] && strcmp(k->v[F_SANKSI], k->v[F_REKOMENDASI_SANKSI]) != 0)
		sb_printf(w, _("sanksi: '%s' differs from the recommended '%s'; both are recorded\n"),
			  k->v[F_SANKSI], k->v[F_REKOMENDASI_SANKSI]);
	if (k->k.row && strcmp(k->k.jenis, "satgas") != 0 &&
	    !rules_sanksi_in_tier(r, jp, k->k.jenis, k->v[F_SANKSI]))
		sb_printf(w, _("sanksi: '%s' (%s) is not of the matrix tier %s for %s\n"),
			  k->v[F_SANKSI], s->jenis, k->k.jenis, k->k.kode[0] ? k->k.kode : k->v[F_BENTUK]);
}

int kasus_finish(struct kasus *k, const struct rules *r, enum field *bad,
		 struct err *e, struct strbuf *w)
{
	struct klasifikasi_in in;
	struct nip_info ni;
	struct nik_info nk;
	int has_nip = 0, has_nik = 0;
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];
	const char *jp;

	for (int f = 0; f < F_COUNT; f++)
		if ((field_defs[f].flags & FF_REQUIRED) && !k->v[f]) {
			err_set(e, _("missing (required)"));
			return bad_field(bad, f);
		}
	jp = k->v[F_JENIS_PEGAWAI];
	if (k->v[F_NIP]) {
		if (nip_parse(k->v[F_NIP], &ni, e) < 0)
			return bad_field(bad, F_NIP);
		has_nip = 1;
		if (strcmp(jp, "PPNPN") == 0) {
			err_set(e, _("'%s': a PPNPN has no NIP (record the NIK, or correct jenis_pegawai)"),
				k->v[F_NIP]);
			return bad_field(bad, F_NIP);
		}
		if (ni.kind == NIP_PPPK && strcmp(jp, "PNS") == 0) {
			err_set(e, _("'%s' is an NI PPPK (digit 13 is 2) but jenis_pegawai is PNS"),
				k->v[F_NIP]);
			return bad_field(bad, F_NIP);
		}
		if (ni.kind == NIP_PNS && strcmp(jp, "PPPK") == 0) {
			err_set(e, _("'%s' is a NIP PNS but jenis_pegawai is PPPK"), k->v[F_NIP]);
			return bad_field(bad, F_NIP);
		}
	}
	if (k->v[F_NIK]) {
		if (nik_parse(k->v[F_NIK], &k->kejadian, &nk, e) < 0)
			return bad_field(bad, F_NIK);
		has_nik = 1;
	}
	if (k->has_laporan && date_cmp(&k->laporan, &k->kejadian) < 0) {
		err_set(e, _("%s is before tanggal_kejadian %s"), k->v[F_TANGGAL_LAPORAN],
			k->v[F_TANGGAL_KEJADIAN]);
		return bad_field(bad, F_TANGGAL_LAPORAN);
	}
	if (k->check_today) {
		static struct date today;
		static int have_today;

		if (!have_today) {
			if (date_today(&today, e) < 0)
				return bad_field(bad, F_TANGGAL_KEJADIAN);
			have_today = 1;
		}
		date_format(&today, a);
		if (date_cmp(&k->kejadian, &today) > 0) {
			err_set(e, _("%s is after today (%s)"), k->v[F_TANGGAL_KEJADIAN], a);
			return bad_field(bad, F_TANGGAL_KEJADIAN);
		}
		if (k->has_laporan && date_cmp(&k->laporan, &today) > 0) {
			err_set(e, _("%s is after today (%s)"), k->v[F_TANGGAL_LAPORAN], a);
			return bad_field(bad, F_TANGGAL_LAPORAN);
		}
	}

	/* birth date: the explicit one, else the NIP's, else the NIK's */
	k->has_lahir_efektif = 0;
	k->sex = has_nip ? ni.sex : has_nik ? nk.sex : 0;
	if (k->has_lahir) {
		k->lahir_efektif = k->lahir;
		k->has_lahir_efektif = 1;
		if (has_nip && date_cmp(&ni.birth, &k->lahir) != 0) {
			date_format(&ni.birth, b);
			sb_printf(w, _("tanggal_lahir: %s differs from the birth date in the NIP (%s); keeping %s\n"),
				  k->v[F_TANGGAL_LAHIR], b, k->v[F_TANGGAL_LAHIR]);
		} else if (!has_nip && has_nik && date_cmp(&nk.birth, &k->lahir) != 0) {
			date_format(&nk.birth, b);
			sb_printf(w, _("tanggal_lahir: %s differs from the birth date in the NIK (%s); keeping %s\n"),
				  k->v[F_TANGGAL_LAHIR], b, k->v[F_TANGGAL_LAHIR]);
		}
	} else if (has_nip) {
		k->lahir_efektif = ni.birth;
		k->has_lahir_efektif = 1;
	} else if (has_nik) {
		k->lahir_efektif = nk.birth;
		k->has_lahir_efektif = 1;
	}
	k->usia = -1;
	if (k->has_lahir_efektif) {
		k->usia = age_on(&k->lahir_efektif, &k->kejadian);
		if (k->usia < 0) {
			date_format(&k->lahir_efektif, b);
			err_set(e, _("birth date %s is after tanggal_kejadian %s"), b,
				k->v[F_TANGGAL_KEJADIAN]);
			return bad_field(bad, k->has_lahir ? F_TANGGAL_LAHIR :
					 has_nip ? F_NIP : F_NIK);
		}
		if (k->usia < 15)
			sb_printf(w, _("tanggal_lahir: gives an age of %d on the incident date\n"), k->usia);
	}
	k->kelompok_usia = age_band(k->usia);
	k->kelompok_jabatan = "tidak_diketahui";
	if (k->v[F_KATEGORI_JABATAN]) {
		const struct jabatan *j = rules_jabatan(r, k->v[F_KATEGORI_JABATAN]);

		if (j)
			k->kelompok_jabatan = j->kelompok;
	}
	if (k->v[F_BENTUK] && strcmp(k->v[F_BENTUK], "kampanye-pasangan") == 0 && !k->pasangan &&
	    k->v[F_PASANGAN_CALON])
		sb_printf(w, _("pasangan_calon: kampanye-pasangan concerns a spouse who is a candidate, but pasangan_calon is 0\n"));

	memset(&in, 0, sizeof in);
	in.bentuk = k->v[F_BENTUK];
	in.tanggal = k->kejadian;
	in.pemilihan = k->v[F_PEMILIHAN];
	in.jenis_pegawai = jp;
	in.cltn = k->cltn;
	in.pasangan = k->pasangan;
	in.no_reason = k->no_reason;
	if (classify(r, &in, &k->k, e) < 0)
		return bad_field(bad, k->v[F_PEMILIHAN] && !rules_pemilihan(r, k->v[F_PEMILIHAN]) ?
				 F_PEMILIHAN : F_BENTUK);
	k->periode = periode_of(k->k.pemilihan, &k->kejadian);
	if (check_sanksi(k, r, F_REKOMENDASI_SANKSI, e) < 0)
		return bad_field(bad, F_REKOMENDASI_SANKSI);
	if (check_sanksi(k, r, F_SANKSI, e) < 0)
		return bad_field(bad, F_SANKSI);
	sanksi_warnings(k, r, w);
	(void)a;
	return 0;
}

static void lower_collapsed(struct strbuf *sb, const char *s)
{
	int space = 0;

	for (; *s; s++) {
		if (isspace((unsigned char)*s)) {
			space = 1;
			continue;
		}
		if (space)
			sb_putc(sb, ' ');
		space = 0;
		sb_putc(sb, (char)tolower((unsigned char)*s));
	}
}

const char *kasus_person(const struct kasus *k)
{
	return k->v[F_NIP] ? k->v[F_NIP] : k->v[F_NIK] ? k->v[F_NIK] : k->v[F_NAMA];
}

void kasus_key(const struct kasus *k, struct strbuf *out)
{
	static const enum field content[] = {
		F_NAMA, F_NIP, F_NIK, F_JENIS_PEGAWAI, F_KATEGORI_JABATAN,
		F_JABATAN, F_INSTANSI, F_UNIT_KERJA, F_TANGGAL_LAHIR,
		F_TANGGAL_KEJADIAN, F_TANGGAL_LAPORAN, F_PEMILIHAN, F_BENTUK,
		F_URAIAN, F_SUMBER, F_CLTN, F_PASANGAN_CALON
	};

	sb_reset(out);
	if (k->v[F_NO_LAPORAN]) {
		/* one report may name several people: the person is part of it */
		sb_puts(out, "L:");
		sb_puts(out, k->v[F_NO_LAPORAN]);
		sb_putc(out, '\x1f');
		if (k->v[F_NIP]) {
			sb_puts(out, "nip:");
			sb_puts(out, k->v[F_NIP]);
		} else if (k->v[F_NIK]) {
			sb_puts(out, "nik:");
			sb_puts(out, k->v[F_NIK]);
		} else {
			sb_puts(out, "nama:");
			lower_collapsed(out, k->v[F_NAMA]);
		}
	} else {
		struct sha256 c;
		char hex[65];

		sha256_init(&c);
		for (size_t i = 0; i < sizeof content / sizeof *content; i++) {
			const char *v = k->v[content[i]];

			if (content[i] == F_CLTN)
				v = bool_text(k->cltn);
			else if (content[i] == F_PASANGAN_CALON)
				v = bool_text(k->pasangan);
			if (v)
				sha256_update(&c, v, strlen(v));
			sha256_update(&c, "\x1f", 1);
		}
		sha256_hex(&c, hex);
		sb_puts(out, "H:");
		sb_puts(out, hex);
	}
}

/* The stored columns after the fields, in the order of kasus_cols(). */
enum { K_DISIMPULKAN = F_COUNT, K_USIA, K_KELOMPOK_USIA, K_KELOMPOK_JABATAN,
	K_PERIODE, K_TAHAP, K_JENIS, K_KODE, K_RULESET, K_NCOLS };

static const char *const derived_names[K_NCOLS - F_COUNT] = {
	"pemilihan_disimpulkan", "usia", "kelompok_usia", "kelompok_jabatan",
	"periode", "tahap", "jenis", "kode", "ruleset"
};

/* "no_laporan, nama, ..., ruleset": the fields then the derived columns,
 * from the field table, so that a new field needs no SQL edited. */
static const char *kasus_cols(void)
{
	static struct strbuf cols = STRBUF_INIT;

	if (!cols.len) {
		for (int f = 0; f < F_COUNT; f++)
			sb_printf(&cols, "%s, ", field_defs[f].name);
		for (int c = F_COUNT; c < K_NCOLS; c++)
			sb_printf(&cols, "%s%s", derived_names[c - F_COUNT], c + 1 < K_NCOLS ? ", " : "");
	}
	return cols.buf;
}

/* ?from, ?from+1, ... n of them */
static void params(struct strbuf *sb, int from, int n)
{
	for (int i = 0; i < n; i++)
		sb_printf(sb, "%s?%d", i ? ", " : "", from + i);
}

/* A case as its row stores it: text, or NULL for SQL NULL; the integer
 * columns as decimal text. */
struct kasus_row {
	const char *v[K_NCOLS];
	char num[2][12];
};

static int int_col(int c)
{
	return (c < F_COUNT && (field_defs[c].flags & FF_BOOL)) || c == K_DISIMPULKAN || c == K_USIA;
}

static void row_of(const struct kasus *k, struct kasus_row *r)
{
	for (int f = 0; f < F_COUNT; f++)
		r->v[f] = k->v[f];
	r->v[F_STATUS] = kasus_value(k, F_STATUS);
	r->v[F_CLTN] = bool_text(k->cltn);
	r->v[F_PASANGAN_CALON] = bool_text(k->pasangan);
	r->v[F_BLOKIR_SIASN] = bool_text(k->blokir);
	r->v[F_PEMILIHAN] = k->k.pemilihan ? k->k.pemilihan->kode : NULL;
	r->v[K_DISIMPULKAN] = bool_text(k->k.disimpulkan);
	snprintf(r->num[0], sizeof r->num[0], "%d", k->usia);
	r->v[K_USIA] = k->usia < 0 ? NULL : r->num[0];
	r->v[K_KELOMPOK_USIA] = k->kelompok_usia;
	r->v[K_KELOMPOK_JABATAN] = k->kelompok_jabatan;
	r->v[K_PERIODE] = k->periode;
	r->v[K_TAHAP] = tahap_name(k->k.tahap);
	r->v[K_JENIS] = k->k.jenis;
	r->v[K_KODE] = k->k.kode;
	r->v[K_RULESET] = k->k.row ? k->k.row->ruleset : "";
}

/* Binds the K_NCOLS values from ?first on. */
static void bind_kasus(sqlite3_stmt *st, int first, const struct kasus *k)
{
	struct kasus_row r;

	row_of(k, &r);
	for (int c = 0; c < K_NCOLS; c++) {
		if (!r.v[c])
			sqlite3_bind_null(st, first + c);
		else if (int_col(c))
			sqlite3_bind_int(st, first + c, atoi(r.v[c]));
		else
			/* the values live in k, and k outlives the statement's step */
			sqlite3_bind_text(st, first + c, r.v[c], -1, SQLITE_STATIC);
	}
}

void kasus_audit_fingerprint(const struct kasus *k, char hex[65])
{
	static int map[64];
	static int mapped;
	const char *vals[64];
	struct kasus_row r;

	if (!mapped) {
		for (int i = 0; i < audit_ncols; i++) {
			map[i] = field_by_name(audit_cols[i]);
			for (int c = F_COUNT; c < K_NCOLS && map[i] < 0; c++)
				if (strcmp(audit_cols[i], derived_names[c - F_COUNT]) == 0)
					map[i] = c;
		}
		mapped = 1;
	}
	row_of(k, &r);
	for (int i = 0; i < audit_ncols; i++)
		vals[i] = map[i] >= 0 ? r.v[map[i]] : NULL;
	audit_fingerprint(vals, hex);
}

static int case_year(const struct kasus *k)
{
	return k->has_laporan ? k->laporan.y : k->kejadian.y;
}

int kasus_insert(struct db *d, const struct kasus *k,
		 const struct provenance *p, const char *kunci,
		 char nomor[32], long long *id)
{
	sqlite3_stmt *st;
	int rc, seq;

	if ((rc = db_next_number(d, case_year(k), &seq)))
		return rc;
	snprintf(nomor, 32, "%04d-%04d", case_year(k), seq);
	if (!d->cache[STMT_INSERT]) {
		struct strbuf sql = STRBUF_INIT;

		sb_printf(&sql, "INSERT INTO kasus (nomor, %s, impor_id, berkas_baris, kunci, "
			  "dibuat, diubah) VALUES (?1, ", kasus_cols());
		params(&sql, 2, K_NCOLS);
		sb_printf(&sql, ", ?%d, ?%d, ?%d, ?%d, ?%d) ON CONFLICT (kunci) DO NOTHING",
			  K_NCOLS + 2, K_NCOLS + 3, K_NCOLS + 4, K_NCOLS + 5, K_NCOLS + 5);
		rc = db_prepare(d, sql.buf, &d->cache[STMT_INSERT]);
		sb_free(&sql);
		if (rc)
			return rc;
	}
	if ((rc = db_cached(d, STMT_INSERT, NULL, &st)))
		return rc;
	sqlite3_bind_text(st, 1, nomor, -1, SQLITE_TRANSIENT);
	bind_kasus(st, 2, k);
	if (p) {
		sqlite3_bind_int64(st, K_NCOLS + 2, p->impor_id);
		sqlite3_bind_int64(st, K_NCOLS + 3, p->baris);
	}
	bind_text(st, K_NCOLS + 4, kunci);
	sqlite3_bind_text(st, K_NCOLS + 5, db_now(d), -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = db_fail(d, _("cannot record the case"));
		sqlite3_reset(st);
		return rc;
	}
	sqlite3_reset(st);
	if (sqlite3_changes(d->h) == 0) {
		/* the key is taken: a duplicate, and the number goes back */
		db_unget_number(d, case_year(k));
		*id = 0;
		nomor[0] = '\0';
		return 0;
	}
	*id = sqlite3_last_insert_rowid(d->h);
	return 0;
}

int kasus_update(struct db *d, long long id, const struct kasus *k)
{
	sqlite3_stmt *st;
	int rc;

	struct strbuf sql = STRBUF_INIT;

	sb_printf(&sql, "UPDATE kasus SET (%s) = (", kasus_cols());
	params(&sql, 1, K_NCOLS);
	sb_printf(&sql, "), diubah = ?%d WHERE id = ?%d", K_NCOLS + 2, K_NCOLS + 1);
	rc = db_prepare(d, sql.buf, &st);
	sb_free(&sql);
	if (rc)
		return rc;
	bind_kasus(st, 1, k);
	sqlite3_bind_int64(st, K_NCOLS + 1, id);
	sqlite3_bind_text(st, K_NCOLS + 2, db_now(d), -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot update the case"));
	sqlite3_finalize(st);
	return rc;
}

int kasus_load(struct db *d, const char *nomor, struct kasus *k, long long *id)
{
	sqlite3_stmt *st;
	enum field bad;
	struct err e;
	struct strbuf w = STRBUF_INIT;
	int rc;

	{
		struct strbuf sql = STRBUF_INIT;

		sb_printf(&sql, "SELECT id, %s FROM kasus WHERE nomor = ?1", kasus_cols());
		rc = db_prepare(d, sql.buf, &st);
		sb_free(&sql);
		if (rc)
			return rc;
	}
	sqlite3_bind_text(st, 1, nomor, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		rc = rc == SQLITE_DONE ? fail(NX_NOTFOUND, _("no case '%s'"), nomor) :
			db_fail(d, _("cannot read the case"));
		sqlite3_finalize(st);
		return rc;
	}
	kasus_init(k);
	*id = sqlite3_column_int64(st, 0);
	for (int f = 0; f < F_COUNT; f++) {
		const char *v = col_text(st, 1 + f);

		if (f == F_PEMILIHAN && sqlite3_column_int(st, 1 + K_DISIMPULKAN))
			continue; /* inferred: infer again from the current data */
		if (kasus_set(k, f, v, &d->rules, &e) < 0) {
			rc = fail(NX_DATABASE, _("case %s: stored %s '%s' is no longer valid: %s"),
				  nomor, field_defs[f].name, v, e.msg);
			sqlite3_finalize(st);
			return rc;
		}
	}
	sqlite3_finalize(st);
	if (kasus_finish(k, &d->rules, &bad, &e, &w) < 0) {
		sb_free(&w);
		return fail(NX_DATABASE, _("case %s: %s: %s"), nomor, field_defs[bad].name, e.msg);
	}
	sb_free(&w);
	return 0;
}

int nomor_normalise(const char *in, char out[32])
{
	int year, seq, n;

	if (sscanf(in, "%4d-%9d%n", &year, &seq, &n) != 2 || in[n] != '\0' ||
	    year < 1000 || seq < 1 || strspn(in, "0123456789-") != strlen(in))
		return -1;
	snprintf(out, 32, "%04d-%04d", year, seq);
	return 0;
}

const char *kasus_value(const struct kasus *k, enum field f)
{
	switch (f) {
	case F_PEMILIHAN:
		return k->k.pemilihan ? k->k.pemilihan->kode : NULL;
	case F_CLTN:
		return bool_text(k->cltn);
	case F_PASANGAN_CALON:
		return bool_text(k->pasangan);
	case F_BLOKIR_SIASN:
		return bool_text(k->blokir);
	case F_STATUS:
		return k->v[f] ? k->v[f] : "dilaporkan";
	default:
		return k->v[f];
	}
}
