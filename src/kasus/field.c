/* A case's fields: the shared checks of every value (trim, length, UTF-8,
 * control characters), then the parser of its column. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/kasus/kasus.h"
#include "netral/kasus/store.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/strbuf.h"
#include "netral/util/utf8.h"
#include "netral/util/text.h"

#define OFFSET_REPORTED(id, name) [F_##id] = offsetof(struct kasus_slots, name),
#define OFFSET_WORKFLOW(id, name) [F_##id] = offsetof(struct kasus_slots, name),
#define OFFSET_DERIVED(id, name)
#define OFFSET_BOOK(id, name)
#define OFFSET_(id, name, kind, flags, maxlen, audit) OFFSET_##kind(id, name)

/* Where each field's slot is in struct kasus_slots (kasus.h). */
static const unsigned short slot_offset[F_COUNT] = { KASUS_COLUMNS(OFFSET_) };

void kasus_init(struct kasus *k)
{
	memset(k->v, 0, sizeof k->v);
	k->today = NULL;
	k->no_reason = 0;
	k->has_lahir = k->has_laporan = 0;
	k->cltn = k->pasangan = k->blokir = 0;
	memset(&k->kejadian, 0, sizeof k->kejadian);
}

void kasus_copy(struct kasus *dst, const struct kasus *src)
{
	const char *from = (const char *)&src->slots;

	memcpy(dst, src, sizeof *dst);
	for (int f = 0; f < F_COUNT; f++)
		if (src->v[f])
			dst->v[f] = (char *)&dst->slots + (src->v[f] - from);
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

const char *bool_text(int v)
{
	return v ? "1" : "0";
}

void kasus_put(struct kasus *k, enum field f, const char *s, size_t n)
{
	char *slot = (char *)&k->slots + slot_offset[f];

	if (n > field_def(f)->maxlen + KASUS_SLOT_SPARE - 1)
		n = field_def(f)->maxlen + KASUS_SLOT_SPARE - 1;
	memcpy(slot, s, n);
	slot[n] = '\0';
	k->v[f] = slot;
}

/* A parser gets the value trimmed, checked and NUL-terminated. */
typedef int (*field_parser)(struct kasus *k, enum field f, char *s,
			    const struct rules *r, struct err *e);

static int parse_text(struct kasus *k, enum field f, char *s,
		      const struct rules *r, struct err *e)
{
	(void)r;
	(void)e;
	kasus_put(k, f, s, strlen(s));
	return 0;
}

static int parse_nip(struct kasus *k, enum field f, char *s,
		     const struct rules *r, struct err *e)
{
	struct nip_info ni;

	(void)r;
	if (nip_parse(s, &ni, e) < 0)
		return -1;
	kasus_put(k, f, ni.digits, 18);
	return 0;
}

static int parse_nik(struct kasus *k, enum field f, char *s,
		     const struct rules *r, struct err *e)
{
	char digits[64];
	size_t m = 0;

	(void)r;
	if (spreadsheet_number(s))
		return spreadsheet_error(s, e);
	for (size_t i = 0; s[i] && m + 1 < sizeof digits; i++)
		if (s[i] != ' ')
			digits[m++] = s[i];
	for (size_t i = 0; i < m; i++)
		if (!ascii_isdigit((unsigned char)digits[i])) {
			err_set(e, _("'%s' has a non-digit '%c' at position %zu"), s, digits[i], i + 1);
			return -1;
		}
	if (m != 16) {
		err_set(e, _("'%s' has %zu digits, a NIK has 16"), s, m);
		return -1;
	}
	kasus_put(k, f, digits, m);
	return 0;
}

/* The parsed date of field f, and its flag of presence (NULL for the
 * fields whose presence needs none). */
static struct date *date_of(struct kasus *k, enum field f, int **has)
{
	*has = NULL;
	switch (f) {
	case F_TANGGAL_LAHIR:
		*has = &k->has_lahir;
		return &k->lahir;
	case F_TANGGAL_LAPORAN:
		*has = &k->has_laporan;
		return &k->laporan;
	case F_REKOMENDASI_TANGGAL:
		return &k->rek_tanggal;
	case F_SK_TANGGAL:
		return &k->sk_tanggal;
	case F_PUTUSAN_TANGGAL:
		return &k->putusan_tanggal;
	default:
		return &k->kejadian;
	}
}

static int parse_date(struct kasus *k, enum field f, char *s,
		      const struct rules *r, struct err *e)
{
	struct date d;
	char iso[DATE_ISO_LEN];
	int *has;

	(void)r;
	if (date_parse(s, &d, e) < 0)
		return -1;
	date_format(&d, iso);
	kasus_put(k, f, iso, 10);
	*date_of(k, f, &has) = d;
	if (has)
		*has = 1;
	return 0;
}

static int *flag_of(struct kasus *k, enum field f)
{
	return f == F_CLTN ? &k->cltn : f == F_PASANGAN_CALON ? &k->pasangan : &k->blokir;
}

static int parse_bool(struct kasus *k, enum field f, char *s,
		      const struct rules *r, struct err *e)
{
	static const char *const yes[] = { "1", "ya", "true", "y", "yes", NULL };
	static const char *const no[] = { "0", "tidak", "false", "t", "no", "n", NULL };
	int v = -1;

	(void)r;
	for (int i = 0; yes[i] && v < 0; i++)
		if (ascii_casecmp(s, yes[i]) == 0)
			v = 1;
	for (int i = 0; no[i] && v < 0; i++)
		if (ascii_casecmp(s, no[i]) == 0)
			v = 0;
	if (v < 0) {
		err_set(e, _("'%s' is not a yes/no value (use 1/0, ya/tidak or true/false)"), s);
		return -1;
	}
	kasus_put(k, f, bool_text(v), 1);
	*flag_of(k, f) = v;
	return 0;
}

/* Checked against the catalogue of the employee type in kasus_finish. */
static int parse_sanksi(struct kasus *k, enum field f, char *s,
			const struct rules *r, struct err *e)
{
	for (char *p = s; *p; p++)
		*p = (char)ascii_tolower((unsigned char)*p);
	return parse_text(k, f, s, r, e);
}

/* A value of a closed list having the property sifat (NULL: any): its
 * canonical spelling, or the valid ones.  unknown is the message
 * untranslated: translating costs on every row. */
static int vocab(struct kasus *k, enum field f, const char *s, const char *daftar,
		 const char *sifat, const struct rules *r, struct err *e, const char *unknown)
{
	const struct kosakata *v = rules_kosakata(r, daftar, s);
	char *valid;

	if (v && (!sifat || rules_sifat(v, sifat))) {
		kasus_put(k, f, v->kode, strlen(v->kode));
		return 0;
	}
	valid = rules_list_kosakata(r, daftar, sifat);
	err_set(e, _(unknown), s, valid);
	free(valid);
	return -1;
}

static int parse_jenis_pegawai(struct kasus *k, enum field f, char *s,
			       const struct rules *r, struct err *e)
{
	return vocab(k, f, s, VOCAB_JENIS_PEGAWAI, NULL, r, e,
		     N_("unknown employee type '%s' (valid: %s)"));
}

static int parse_rekomendasi_dari(struct kasus *k, enum field f, char *s,
				  const struct rules *r, struct err *e)
{
	return vocab(k, f, s, VOCAB_REKOMENDASI_DARI, NULL, r, e,
		     N_("'%s' is not a recommending body (valid: %s)"));
}

static int parse_sasaran(struct kasus *k, enum field f, char *s,
			 const struct rules *r, struct err *e)
{
	return vocab(k, f, s, VOCAB_SASARAN, NULL, r, e, N_("'%s' is not a target of the act (valid: %s)"));
}

/* The indications (kosakata indikasi): any of their spellings, separated
 * by commas, stored as their codes in the order of the rules, each once,
 * so that a filter and a count find one form. */
static int parse_indikasi(struct kasus *k, enum field f, char *s,
			  const struct rules *r, struct err *e)
{
	struct strbuf out = STRBUF_INIT;
	char *save = NULL;
	int rc = 0;
	unsigned char seen[64] = { 0 };

	for (char *t = strtok_r(s, ",;", &save); t && !rc; t = strtok_r(NULL, ",;", &save)) {
		const struct kosakata *v;
		char *end;

		while (ascii_isspace((unsigned char)*t))
			t++;
		for (end = t + strlen(t); end > t && ascii_isspace((unsigned char)end[-1]); end--)
			;
		*end = '\0';
		if (!*t)
			continue;
		if (!(v = rules_kosakata(r, VOCAB_INDIKASI, t))) {
			char *valid = rules_list_kosakata(r, VOCAB_INDIKASI, NULL);

			err_set(e, _("'%s' is not an indication (valid: %s)"), t, valid);
			free(valid);
			rc = -1;
		} else if ((size_t)(v - r->kosakata.v) < sizeof seen * 8) {
			size_t i = (size_t)(v - r->kosakata.v);

			seen[i / 8] |= (unsigned char)(1u << (i % 8));
		}
	}
	for (size_t i = 0; !rc && i < r->kosakata.n && i < sizeof seen * 8; i++)
		if (seen[i / 8] & (1u << (i % 8)))
			sb_printf(&out, "%s%s", out.len ? "," : "", r->kosakata.v[i].kode);
	if (!rc && out.len)
		kasus_put(k, f, out.buf, out.len);
	sb_free(&out);
	return rc;
}

/* A tier the Satgas can decide (kosakata jenis, sifat putusan). */
static int parse_putusan_jenis(struct kasus *k, enum field f, char *s,
			       const struct rules *r, struct err *e)
{
	return vocab(k, f, s, VOCAB_JENIS, "putusan", r, e,
		     N_("'%s' is not a tier the Satgas decides (valid: %s)"));
}

/* The case a duplicate was merged into: a case number, in its normal form. */
static int parse_gabung_ke(struct kasus *k, enum field f, char *s,
			   const struct rules *r, struct err *e)
{
	char nomor[32];

	(void)r;
	if (nomor_normalise(s, nomor) < 0) {
		err_set(e, _("'%s' is not a case number (like 2024-0007)"), s);
		return -1;
	}
	kasus_put(k, f, nomor, strlen(nomor));
	return 0;
}

/* Whether the origin that sent a case counts it: 0, or 1 (kept as none:
 * every case its origin does not say otherwise of is counted). */
static int parse_dihitung_asal(struct kasus *k, enum field f, char *s,
			       const struct rules *r, struct err *e)
{
	(void)r;
	if (strcmp(s, "0") != 0 && strcmp(s, "1") != 0) {
		err_set(e, _("'%s' is not 0 or 1 (whether the origin counts the case)"), s);
		return -1;
	}
	if (*s == '0')
		kasus_put(k, f, s, 1);
	else
		k->v[f] = NULL;
	return 0;
}

static int parse_kategori(struct kasus *k, enum field f, char *s,
			  const struct rules *r, struct err *e)
{
	const struct jabatan *j = rules_jabatan(r, s);
	char *valid;

	if (j) {
		kasus_put(k, f, j->kategori, strlen(j->kategori));
		return 0;
	}
	valid = rules_list_kategori(r);
	err_set(e, _("unknown position category '%s' (valid: %s)"), s, valid);
	free(valid);
	return -1;
}

/* A code of the rules in its folded spelling: found, or the valid ones. */
static int rules_code(struct kasus *k, enum field f, const char *s, int found,
		      char *(*list)(const struct rules *), const struct rules *r,
		      struct err *e, const char *unknown)
{
	char *valid;

	if (found) {
		kasus_put(k, f, s, strlen(s));
		return 0;
	}
	valid = list(r);
	err_set(e, _(unknown), s, valid);
	free(valid);
	return -1;
}

static int parse_pemilihan(struct kasus *k, enum field f, char *s,
			   const struct rules *r, struct err *e)
{
	const struct pemilihan *p = rules_contest(r, s, e);

	if (!p)
		return -1;
	kasus_put(k, f, p->kode, strlen(p->kode));
	return 0;
}

static int parse_bentuk(struct kasus *k, enum field f, char *s,
			const struct rules *r, struct err *e)
{
	for (char *p = s; *p; p++)
		*p = *p == '_' ? '-' : (char)ascii_tolower((unsigned char)*p);
	return rules_code(k, f, s, rules_bentuk(r, s) != NULL, rules_list_bentuk, r, e,
			  N_("unknown bentuk '%s' (valid: %s)"));
}

static int parse_status(struct kasus *k, enum field f, char *s,
			const struct rules *r, struct err *e)
{
	for (char *p = s; *p; p++)
		*p = (char)ascii_tolower((unsigned char)*p);
	return rules_code(k, f, s, rules_status(r, s) != NULL, rules_list_status, r, e,
			  N_("unknown status '%s' (valid: %s)"));
}

/* The parser of each field that needs its own; dates and yes/no values
 * by their flags, the others are free text. */
static const field_parser parsers[F_COUNT] = {
	[F_NIP] = parse_nip,
	[F_NIK] = parse_nik,
	[F_JENIS_PEGAWAI] = parse_jenis_pegawai,
	[F_KATEGORI_JABATAN] = parse_kategori,
	[F_PEMILIHAN] = parse_pemilihan,
	[F_BENTUK] = parse_bentuk,
	[F_STATUS] = parse_status,
	[F_REKOMENDASI_DARI] = parse_rekomendasi_dari,
	[F_REKOMENDASI_SANKSI] = parse_sanksi,
	[F_SANKSI] = parse_sanksi,
	[F_SASARAN] = parse_sasaran,
	[F_PUTUSAN_JENIS] = parse_putusan_jenis,
	[F_GABUNG_KE] = parse_gabung_ke,
	[F_INDIKASI] = parse_indikasi,
	[F_DIHITUNG_ASAL] = parse_dihitung_asal,
};

static field_parser parser_of(enum field f)
{
	unsigned flags = field_def(f)->flags;

	if (parsers[f])
		return parsers[f];
	return flags & CF_DATE ? parse_date : flags & CF_BOOL ? parse_bool : parse_text;
}

static void clear(struct kasus *k, enum field f)
{
	int *has;

	k->v[f] = NULL;
	if (parser_of(f) == parse_date) {
		date_of(k, f, &has);
		if (has)
			*has = 0;
	} else if (parser_of(f) == parse_bool) {
		*flag_of(k, f) = 0;
	}
}

int kasus_set(struct kasus *k, enum field f, const char *raw,
	      const struct rules *r, struct err *e)
{
	const struct column_def *def = field_def(f);
	char buf[4096 + 1];
	long n;

	/* the one check of every record's text (util/text.h) */
	n = text_field(raw ? raw : "", def->maxlen, def->flags & CF_MULTILINE ? TEXT_MULTILINE : 0,
		       buf, sizeof buf, e);
	if (n < 0)
		return err_at(e, f);
	if (n == 0) {
		clear(k, f);
		return 0;
	}
	if (parser_of(f)(k, f, buf, r, e) < 0)
		return err_at(e, f);
	return 0;
}

const char *kasus_value(const struct kasus *k, enum field f)
{
	switch (f) {
	case F_PEMILIHAN:
		return k->klas.pemilihan ? k->klas.pemilihan->kode : NULL;
	case F_CLTN:
		return bool_text(k->cltn);
	case F_PASANGAN_CALON:
		return bool_text(k->pasangan);
	case F_BLOKIR_SIASN:
		return bool_text(k->blokir);
	default:
		return k->v[f];
	}
}
