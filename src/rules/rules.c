/* Looking things up in the loaded rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/rules.h"
#include "netral/rules/vocab.h"
#include "netral/util/ascii.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"
#include "netral/util/utf8.h"
#include "netral/util/text.h"

int rules_code_ok(const char *s, int upper)
{
	if (!*s)
		return 0;
	for (; *s; s++) {
		int c = (unsigned char)*s;

		if (!(ascii_isdigit(c) || c == '-' || c == '_' ||
		      (upper ? ascii_isupper(c) : ascii_islower(c))))
			return 0;
	}
	return 1;
}

/* Shared with "election add": a code of its field's length, a name that
 * shows as it is, dates in order. */
int pemilihan_check(const struct pemilihan *p, struct err *e)
{
	if (strlen(p->kode) > RULES_PEMILIHAN_MAX) {
		err_set(e, _("kode: %zu bytes long, the limit is %d"), strlen(p->kode), RULES_PEMILIHAN_MAX);
		return -1;
	}
	if (!rules_code_ok(p->kode, 1)) {
		err_set(e, _("kode: '%s' must be upper-case letters, digits and '-'"), p->kode);
		return -1;
	}
	for (int i = 0; i < 2; i++) {
		/* the names show at terminals and in letters */
		const char *col = i ? "sebutan" : "nama", *v = i ? p->sebutan : p->nama;

		if (v && text_check(v, strlen(v), 0, e) < 0) {
			char why[sizeof e->msg];

			snprintf(why, sizeof why, "%s", e->msg);
			err_set(e, "%s: %s", col, why);
			return -1;
		}
		if (v && strlen(v) > RULES_NAME_MAX) {
			err_set(e, _("%s: %zu bytes long, the limit is %d"), col, strlen(v), RULES_NAME_MAX);
			return -1;
		}
	}
	if (p->tahapan_mulai.y && date_cmp(&p->tahapan_mulai, &p->penetapan) > 0) {
		err_set(e, _("tahapan_mulai: the stages start after the designation (penetapan)"));
		return -1;
	}
	if (p->penetapan_partai.y &&
	    ((p->tahapan_mulai.y && date_cmp(&p->penetapan_partai, &p->tahapan_mulai) < 0) ||
	     date_cmp(&p->penetapan_partai, &p->pemungutan) >= 0)) {
		err_set(e, _("penetapan_partai: the parties must be designated after the stages start and before voting"));
		return -1;
	}
	if (date_cmp(&p->penetapan, &p->kampanye_mulai) > 0) {
		err_set(e, _("kampanye_mulai: the campaign starts before the designation (penetapan)"));
		return -1;
	}
	if (date_cmp(&p->kampanye_mulai, &p->kampanye_selesai) > 0) {
		err_set(e, _("kampanye_selesai: the campaign ends before it starts"));
		return -1;
	}
	if (date_cmp(&p->kampanye_selesai, &p->pemungutan) >= 0) {
		err_set(e, _("pemungutan: voting must come after the last campaign day"));
		return -1;
	}
	return 0;
}

const struct bentuk *rules_bentuk(const struct rules *r, const char *kode)
{
	for (size_t i = 0; i < r->bentuk.n; i++)
		if (strcmp(r->bentuk.v[i].kode, kode) == 0)
			return &r->bentuk.v[i];
	return NULL;
}

const struct pemilihan *rules_pemilihan(const struct rules *r, const char *kode)
{
	for (size_t i = 0; i < r->pemilihan.n; i++)
		if (strcmp(r->pemilihan.v[i].kode, kode) == 0)
			return &r->pemilihan.v[i];
	return NULL;
}

const struct pemilihan *rules_contest(const struct rules *r, const char *s, struct err *e)
{
	char up[RULES_PEMILIHAN_MAX + 1];
	const struct pemilihan *p;
	size_t i;

	for (i = 0; s[i] && i < RULES_PEMILIHAN_MAX; i++)
		up[i] = (char)ascii_toupper((unsigned char)s[i]);
	up[i] = '\0';
	if (!s[i] && (p = rules_pemilihan(r, up)))
		return p;
	{
		char *valid = rules_list_pemilihan(r);

		err_set(e, _("unknown contest '%s' (valid: %s; add one with 'netral election add')"), s, valid);
		free(valid);
	}
	return NULL;
}

const struct status *rules_status(const struct rules *r, const char *kode)
{
	for (size_t i = 0; i < r->status.n; i++)
		if (strcmp(r->status.v[i].kode, kode) == 0)
			return &r->status.v[i];
	return NULL;
}

const struct jabatan *rules_jabatan(const struct rules *r, const char *spelling)
{
	char norm[128];

	jabatan_normalise(spelling, norm, sizeof norm);
	for (size_t i = 0; i < r->jabatan.n; i++)
		if (strcmp(r->jabatan.v[i].ejaan, norm) == 0)
			return &r->jabatan.v[i];
	/* the category codes themselves are always accepted */
	for (size_t i = 0; i < r->jabatan.n; i++) {
		char k[128];

		jabatan_normalise(r->jabatan.v[i].kategori, k, sizeof k);
		if (strcmp(k, norm) == 0)
			return &r->jabatan.v[i];
	}
	return NULL;
}

const struct sanksi *rules_sanksi(const struct rules *r, const char *ruleset,
				  const char *jenis_pegawai, const char *kode)
{
	for (size_t i = 0; i < r->sanksi.n; i++) {
		const struct sanksi *s = &r->sanksi.v[i];

		if ((!ruleset || strcmp(s->ruleset, ruleset) == 0) &&
		    strcmp(s->jenis_pegawai, jenis_pegawai) == 0 &&
		    strcmp(s->kode, kode) == 0)
			return s;
	}
	return NULL;
}

int rules_transition_ok(const struct rules *r, const char *dari, const char *ke, int reopen)
{
	for (size_t i = 0; i < r->transisi.n; i++)
		if (strcmp(r->transisi.v[i].dari, dari) == 0 && strcmp(r->transisi.v[i].ke, ke) == 0)
			return reopen || !r->transisi.v[i].buka;
	return 0;
}

char *rules_list_next(const struct rules *r, const char *dari)
{
	struct strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < r->transisi.n; i++)
		if (strcmp(r->transisi.v[i].dari, dari) == 0 && !r->transisi.v[i].buka)
			sb_printf(&sb, "%s%s", sb.len ? ", " : "", r->transisi.v[i].ke);
	if (!sb.len)
		sb_puts(&sb, _("none: it is final"));
	return sb_detach(&sb);
}

const struct tingkat *rules_tingkat(const struct rules *r, const char *ruleset, const char *jp,
				    const char *jenis)
{
	for (size_t i = 0; i < r->tingkat.n; i++) {
		const struct tingkat *t = &r->tingkat.v[i];

		if (strcmp(t->ruleset, ruleset) == 0 && strcmp(t->jenis_pegawai, jp) == 0 &&
		    strcmp(t->jenis, jenis) == 0)
			return t;
	}
	return NULL;
}

const struct jadwal *rules_jadwal(const struct rules *r, const char *pemilihan,
				  const char *kegiatan)
{
	for (size_t i = 0; i < r->jadwal.n; i++)
		if (strcmp(r->jadwal.v[i].pemilihan, pemilihan) == 0 &&
		    strcmp(r->jadwal.v[i].kegiatan, kegiatan) == 0)
			return &r->jadwal.v[i];
	return NULL;
}

int rules_undang_known(const struct rules *r, const char *kunci, size_t n)
{
	for (size_t i = 0; i < r->undang.n; i++)
		if (strlen(r->undang.v[i].kunci) == n && strncmp(r->undang.v[i].kunci, kunci, n) == 0)
			return 1;
	return 0;
}

/* The text of kunci in force on d: the row taking effect latest on or
 * before it. */
static const struct undang *undang_on(const struct rules *r, const char *kunci, size_t n,
				      const struct date *d)
{
	const struct undang *best = NULL;

	for (size_t i = 0; i < r->undang.n; i++) {
		const struct undang *u = &r->undang.v[i];

		if (strlen(u->kunci) == n && strncmp(u->kunci, kunci, n) == 0 &&
		    date_cmp(&u->berlaku, d) <= 0 && (!best || date_cmp(&best->berlaku, &u->berlaku) < 0))
			best = u;
	}
	return best;
}

char *rules_dasar(const struct rules *r, const char *text, const struct date *d, char *out,
		  size_t cap)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = text, *open, *close;

	while ((open = strchr(p, '{')) && (close = strchr(open, '}'))) {
		const struct undang *u = undang_on(r, open + 1, (size_t)(close - open - 1), d);
		char day[DATE_ISO_LEN];

		sb_putn(&sb, p, (size_t)(open - p));
		if (u) {
			sb_puts(&sb, u->teks);
		} else {
			date_format(d, day);
			sb_printf(&sb, _("(the %.*s in force on %s is not in undang.csv)"),
				  (int)(close - open - 1), open + 1, day);
		}
		p = close + 1;
	}
	sb_puts(&sb, p);
	snprintf(out, cap, "%s", sb_str(&sb));
	sb_free(&sb);
	return out;
}

int rules_pemilu(const struct pemilihan *p)
{
	return p->penetapan_partai.y != 0;
}

long rules_pasca(const struct rules *r, const struct pemilihan *p)
{
	long pemilu = rules_setting(r, "pasca_pemungutan_hari", 0);

	return rules_pemilu(p) ? pemilu : rules_setting(r, "pasca_pemungutan_hari_pemilihan", pemilu);
}

void rules_akhir_tahapan(const struct rules *r, const struct pemilihan *p, struct date *out)
{
	date_from_days(date_days(&p->pemungutan) + rules_pasca(r, p), out);
}

const struct label *rules_label(const struct rules *r, const char *tabel, const char *kelompok)
{
	for (size_t i = 0; i < r->label.n; i++)
		if (strcmp(r->label.v[i].tabel, tabel) == 0 &&
		    strcmp(r->label.v[i].kelompok, kelompok) == 0)
			return &r->label.v[i];
	return NULL;
}

const struct pengaturan *rules_pengaturan(const struct rules *r, const char *kunci)
{
	for (size_t i = 0; i < r->pengaturan.n; i++)
		if (strcmp(r->pengaturan.v[i].kunci, kunci) == 0)
			return &r->pengaturan.v[i];
	return NULL;
}

long rules_setting(const struct rules *r, const char *kunci, long def)
{
	const struct pengaturan *p = rules_pengaturan(r, kunci);

	return p ? strtol(p->nilai, NULL, 10) : def;
}

int rules_sanksi_in_tier(const struct rules *r, const char *jenis_pegawai,
			 const char *jenis, const char *kode)
{
	for (size_t i = 0; i < r->sanksi.n; i++) {
		const struct sanksi *s = &r->sanksi.v[i];

		if (strcmp(s->jenis_pegawai, jenis_pegawai) == 0 &&
		    strcmp(s->jenis, jenis) == 0 && strcmp(s->kode, kode) == 0)
			return 1;
	}
	return 0;
}

#define LIST_OF(fn, arr, field) \
	char *fn(const struct rules *r) \
	{ \
		struct strbuf sb = STRBUF_INIT; \
		for (size_t i = 0; i < r->arr.n; i++) { \
			int dup = 0; \
			for (size_t j = 0; j < i; j++) \
				dup |= strcmp(r->arr.v[j].field, r->arr.v[i].field) == 0; \
			if (dup) \
				continue; \
			if (sb.len) \
				sb_puts(&sb, ", "); \
			sb_puts(&sb, r->arr.v[i].field); \
		} \
		return sb_detach(&sb); \
	}

LIST_OF(rules_list_bentuk, bentuk, kode)
LIST_OF(rules_list_pemilihan, pemilihan, kode)
LIST_OF(rules_list_status, status, kode)
LIST_OF(rules_list_kategori, jabatan, kategori)

const char *rules_first(const struct rules *r, const char *daftar)
{
	for (size_t i = 0; i < r->kosakata.n; i++)
		if (strcmp(r->kosakata.v[i].daftar, daftar) == 0)
			return r->kosakata.v[i].kode;
	return "";
}

const char *rules_status_awal(const struct rules *r)
{
	for (size_t i = 0; i < r->status.n; i++)
		if (r->status.v[i].awal)
			return r->status.v[i].kode;
	/* rules check makes this impossible for a loaded rule set */
	return r->status.n ? r->status.v[0].kode : "";
}

static int cmp_recorded(const void *a, const void *b)
{
	return strcmp(((const struct recorded *)a)->field, ((const struct recorded *)b)->field);
}

const struct status *rules_recorder(const struct rules *r, const char *field)
{
	struct recorded key = { (char *)field, 0 };
	const struct recorded *hit;

	if (r->recorded.n == 0)
		return NULL;
	hit = bsearch(&key, r->recorded.v, r->recorded.n, sizeof key, cmp_recorded);
	return hit ? &r->status.v[hit->status] : NULL;
}

int rules_names(const char *list, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = list; p && *p; ) {
		size_t w;

		p += strspn(p, " ");
		w = strcspn(p, " ");
		if (w == n && strncmp(p, name, n) == 0)
			return 1;
		p += w;
	}
	return 0;
}

/* Whether want (normalised) is one of the '|'-separated spellings, compared
 * as position names are (case, spaces, '-', '.' and '/' do not matter):
 * "Non ASN", "non-ASN" and "NON  ASN" are one spelling. */
static int spelt(const char *list, const char *want)
{
	char one[128], got[128];

	for (const char *p = list; p && *p; ) {
		size_t w = strcspn(p, "|");

		snprintf(one, sizeof one, "%.*s", (int)(w < sizeof one ? w : sizeof one - 1), p);
		jabatan_normalise(one, got, sizeof got);
		if (*got && strcmp(got, want) == 0)
			return 1;
		p += w + (p[w] == '|');
	}
	return 0;
}

const struct kosakata *rules_kosakata(const struct rules *r, const char *daftar,
				      const char *s)
{
	char want[128] = "";

	/* the codes first: what a file or a script types nearly always */
	for (size_t i = 0; i < r->kosakata.n; i++) {
		const struct kosakata *v = &r->kosakata.v[i];

		if (strcmp(v->daftar, daftar) == 0 && ascii_casecmp(v->kode, s) == 0)
			return v;
	}
	for (size_t i = 0; i < r->kosakata.n; i++) {
		const struct kosakata *v = &r->kosakata.v[i];

		if (strcmp(v->daftar, daftar) || !*v->ejaan)
			continue;
		if (!*want)
			jabatan_normalise(s, want, sizeof want);
		if (spelt(v->ejaan, want))
			return v;
	}
	return NULL;
}

int rules_sifat(const struct kosakata *v, const char *sifat)
{
	return v && rules_names(v->sifat, sifat);
}

int rules_in(const struct rules *r, const char *daftar, const char *kode,
	     const char *sifat)
{
	for (size_t i = 0; i < r->kosakata.n; i++) {
		const struct kosakata *v = &r->kosakata.v[i];

		if (strcmp(v->daftar, daftar) == 0 && strcmp(v->kode, kode) == 0)
			return !sifat || rules_sifat(v, sifat);
	}
	return 0;
}

char *rules_list_kosakata(const struct rules *r, const char *daftar, const char *sifat)
{
	struct strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < r->kosakata.n; i++) {
		const struct kosakata *v = &r->kosakata.v[i];

		if (strcmp(v->daftar, daftar) == 0 && (!sifat || rules_sifat(v, sifat)))
			sb_printf(&sb, "%s%s", sb.len ? ", " : "", v->kode);
	}
	return sb_detach(&sb);
}

int rules_flag_match(int pattern, int v)
{
	return pattern == FLAG_ANY || pattern == v;
}

char *rules_list_words(const struct rules *r, const char *daftar, const char *last)
{
	struct strbuf sb = STRBUF_INIT;
	size_t n = 0, total = 0;

	for (size_t i = 0; i < r->kosakata.n; i++)
		total += strcmp(r->kosakata.v[i].daftar, daftar) == 0;
	for (size_t i = 0; i < r->kosakata.n; i++) {
		if (strcmp(r->kosakata.v[i].daftar, daftar) != 0)
			continue;
		sb_printf(&sb, "%s%s", n == 0 ? "" : n + 1 == total ? last : ", ",
			  r->kosakata.v[i].kode);
		n++;
	}
	return sb_detach(&sb);
}
