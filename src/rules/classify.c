/* Classification of an act against the matrix: stage from the contest's
 * designation day, the ruleset in force on the incident day, then the row
 * that matches the bentuk, whom the act favoured (a candidate or a party)
 * and the CLTN/spouse flags.  A row for any time (party membership) needs
 * no contest.  Where the data cannot decide, the case stays unclassified
 * and the reason says what is missing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/classify.h"
#include "netral/rules/vocab.h"
#include "netral/util/strbuf.h"

/* The ruleset in force on day d: the latest taking effect on or before it.
 * r->rulesets is sorted by date (rules_index). */
static const struct ruleset *ruleset_on(const struct rules *r,
					const struct date *d,
					const struct ruleset **earliest)
{
	const struct ruleset *best = NULL;

	*earliest = r->rulesets.n ? &r->rulesets.v[0] : NULL;
	for (size_t i = 0; i < r->rulesets.n; i++)
		if (date_cmp(&r->rulesets.v[i].berlaku, d) <= 0)
			best = &r->rulesets.v[i];
	return best;
}

/* The row for the act at stage tahap; TAHAP_UNKNOWN: only a row that
 * holds whatever the stage (at any time, or for a party at either stage
 * where the row names the party itself), for when the stage is not known. */
static const struct matrix_row *find_row(const struct rules *r, const struct ruleset *rs,
					 const struct klasifikasi_in *in, int tahap)
{
	int bentuk = (int)(rules_bentuk(r, in->bentuk) - r->bentuk.v);

	for (size_t i = 0; i < r->matrix.n; i++) {
		const struct matrix_row *m = &r->matrix.v[i];

		if (m->ruleset_idx != (int)(rs - r->rulesets.v) || m->bentuk_idx != bentuk ||
		    !rules_flag_match(m->sasaran, in->partai) || !rules_flag_match(m->cltn, in->cltn) ||
		    !rules_flag_match(m->pasangan, in->pasangan))
			continue;
		if (tahap == TAHAP_UNKNOWN ?
		    m->tahap == TAHAP_ALWAYS || (m->tahap == TAHAP_ANY && m->sasaran == 1) :
		    m->tahap == TAHAP_ALWAYS || m->tahap == TAHAP_ANY || m->tahap == tahap)
			return m;
	}
	return NULL;
}

/* The day the act's beneficiary became a participant: the candidates'
 * designation, or for a party its designation as a participant of a
 * legislative contest (a peserta pemilu: BKN Kanreg III's disiplin table, rows 7, 9, 11). */
static const struct date *designation(const struct pemilihan *p, int partai)
{
	return partai ? &p->penetapan_partai : &p->penetapan;
}

static int stage_of(const struct pemilihan *p, const struct date *d, int partai)
{
	return date_cmp(d, designation(p, partai)) < 0 ? TAHAP_BAKAL : TAHAP_CALON;
}

static void jenis_words(struct strbuf *sb, const char *jenis)
{
	for (const char *p = jenis; *p; p++)
		sb_putc(sb, *p == '_' ? ' ' : *p);
}

static void describe_row(struct strbuf *sb, const struct rules *r, const struct matrix_row *m,
			 const struct klasifikasi_in *in)
{
	if (sb->discard)
		return;
	sb_puts(sb, in->bentuk);
	if (in->cltn)
		sb_puts(sb, _(" with CLTN"));
	sb_puts(sb, " → ");
	if (*m->kode)
		sb_printf(sb, "%s, ", m->kode);
	if (rules_in(r, VOCAB_JENIS, m->jenis, "putusan_satgas"))
		sb_puts(sb, _("decided by the Satgas"));
	else
		jenis_words(sb, m->jenis);
	if (*m->catatan)
		sb_printf(sb, ": %s", m->catatan);
}

static void describe_stage(struct strbuf *sb, const struct pemilihan *p,
			   const struct date *d, int partai)
{
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

	if (sb->discard)
		return;
	date_format(d, a);
	date_format(designation(p, partai), b);
	if (partai)
		sb_printf(sb, stage_of(p, d, 1) == TAHAP_BAKAL ?
			  _("%s is before the parties were designated as participants on %s (%s): bakal calon") :
			  _("%s is on or after the parties were designated as participants on %s (%s): calon"),
			  a, b, p->kode);
	else if (stage_of(p, d, 0) == TAHAP_BAKAL)
		sb_printf(sb, _("%s is before the designation on %s (%s): bakal calon"),
			  a, b, p->kode);
	else
		sb_printf(sb, _("%s is on or after the designation on %s (%s): calon"),
			  a, b, p->kode);
}

static void set_reason(struct klasifikasi *out, struct strbuf *sb)
{
	snprintf(out->alasan, sizeof out->alasan, "%s", sb_str(sb));
	sb_free(sb);
}

static void sanksi_words(struct strbuf *sb, const struct rules *r, const char *ruleset,
			 const char *jenis, const char *jp)
{
	int n = 0;

	if (sb->discard)
		return;
	for (size_t i = 0; i < r->sanksi.n; i++) {
		const struct sanksi *s = &r->sanksi.v[i];

		if (strcmp(s->ruleset, ruleset) || strcmp(s->jenis, jenis) ||
		    strcmp(s->jenis_pegawai, jp))
			continue;
		sb_puts(sb, n++ ? ", " : "; ");
		if (n == 1)
			sb_printf(sb, _("sanksi (%s): "), jp);
		sb_puts(sb, s->kode);
	}
}

/* The result that leaves the decision to the Satgas (kosakata jenis,
 * sifat putusan_satgas). */
static const char *satgas_jenis(const struct rules *r)
{
	for (size_t i = 0; i < r->kosakata.n; i++)
		if (strcmp(r->kosakata.v[i].daftar, VOCAB_JENIS) == 0 &&
		    rules_sifat(&r->kosakata.v[i], "putusan_satgas"))
			return r->kosakata.v[i].kode;
	return JENIS_UNCLASSIFIED;
}

/* The tier as the employee type has it, and its legal basis: a PPNPN's
 * contract ends where an ASN is dismissed (tingkat.csv). */
static void for_employee(const struct rules *r, const char *jp, struct klasifikasi *out,
			 struct strbuf *sb)
{
	const struct tingkat *t = rules_tingkat(r, out->row->ruleset, jp, out->jenis);

	if (!t)
		return;
	if (strcmp(t->tingkat, out->jenis) != 0 && !sb->discard) {
		sb_printf(sb, _("; for a %s: "), jp);
		jenis_words(sb, t->tingkat);
	}
	out->jenis = t->tingkat;
	rules_dasar(r, t->dasar_hukum, &out->tanggal, out->dasar_hukum, sizeof out->dasar_hukum);
}

/* The row found: its result, and for the employee type its tier and the
 * sanctions to choose from. */
static void take_row(const struct rules *r, const struct klasifikasi_in *in,
		     const struct matrix_row *m, struct klasifikasi *out, struct strbuf *sb)
{
	out->row = m;
	out->jenis = m->jenis;
	out->kode = m->kode;
	rules_dasar(r, m->dasar_hukum, &in->tanggal, out->dasar_hukum, sizeof out->dasar_hukum);
	describe_row(sb, r, m, in);
	if (in->jenis_pegawai)
		for_employee(r, in->jenis_pegawai, out, sb);
	sanksi_words(sb, r, m->ruleset, out->jenis, in->jenis_pegawai ? in->jenis_pegawai :
		     rules_first(r, VOCAB_JENIS_PEGAWAI));
}

/* The ruleset in force on the act's day, or NULL with the reason said. */
static const struct ruleset *in_force(const struct rules *r, const struct klasifikasi_in *in,
				      struct strbuf *sb)
{
	const struct ruleset *rs, *earliest;
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

	rs = ruleset_on(r, &in->tanggal, &earliest);
	if (rs)
		return rs;
	date_format(&in->tanggal, a);
	if (earliest) {
		date_format(&earliest->berlaku, b);
		sb_printf(sb, _("no ruleset in force on %s (the earliest, %s, applies from %s): kept unclassified"),
			  a, earliest->kode, b);
	} else {
		sb_puts(sb, _("no ruleset is loaded: kept unclassified"));
	}
	return NULL;
}

/* Without a contest (none in progress, or several): a row that applies at
 * any time still classifies; returns 1 when one did. */
static int any_time(const struct rules *r, const struct klasifikasi_in *in,
		    struct klasifikasi *out, struct strbuf *sb)
{
	const struct ruleset *rs, *earliest;
	const struct matrix_row *m;

	if (!(rs = ruleset_on(r, &in->tanggal, &earliest)) ||
	    !(m = find_row(r, rs, in, TAHAP_UNKNOWN)) || m->tahap != TAHAP_ALWAYS)
		return 0;
	sb_reset(sb);
	if (!sb->discard)
		sb_printf(sb, _("%s applies at any time, whether or not a contest is in progress; "),
			  in->bentuk);
	take_row(r, in, m, out, sb);
	return 1;
}

/* Classifies under contest p. */
static void classify_in(const struct rules *r, const struct klasifikasi_in *in,
			const struct pemilihan *p, struct klasifikasi *out,
			struct strbuf *sb)
{
	const struct ruleset *rs;
	const struct matrix_row *m;

	out->pemilihan = p;
	out->jenis = JENIS_UNCLASSIFIED;
	out->kode = "";
	out->row = NULL;
	if (in->partai && !p->penetapan_partai.y) {
		/* no party takes part as such (a Pilkada): the matrix has no
		 * stage, and only a row that needs none applies */
		out->tahap = TAHAP_UNKNOWN;
		sb_printf(sb, _("the act favoured a party, but no party is designated as a participant of %s"),
			  p->kode);
		sb_puts(sb, "; ");
		if (!(rs = in_force(r, in, sb)))
			return;
		if ((m = find_row(r, rs, in, TAHAP_UNKNOWN))) {
			take_row(r, in, m, out, sb);
		} else {
			out->jenis = satgas_jenis(r);
			sb_puts(sb, _("decided by the Satgas"));
		}
		return;
	}
	out->tahap = stage_of(p, &in->tanggal, in->partai);
	describe_stage(sb, p, &in->tanggal, in->partai);
	sb_puts(sb, "; ");
	if (!(rs = in_force(r, in, sb)))
		return;
	if (!(m = find_row(r, rs, in, out->tahap))) {
		/* rules check makes this impossible for a loaded rule set */
		sb_printf(sb, _("ruleset %s has no row for %s"), rs->kode, in->bentuk);
		return;
	}
	take_row(r, in, m, out, sb);
}

/* A contest is in progress from the start of its stages (its designation
 * when that is unknown) to some days after voting, for the acts of the
 * count and the results (rules_pasca: a Pemilu's and a Pemilihan's). */
static int in_progress(const struct rules *r, const struct pemilihan *p, const struct date *d)
{
	const struct date *from = p->tahapan_mulai.y ? &p->tahapan_mulai : &p->penetapan;

	return date_cmp(from, d) <= 0 && date_days(d) <= date_days(&p->pemungutan) + rules_pasca(r, p);
}

/* Orders the contests of one voting day: the earliest designated first. */
static int before(const struct pemilihan *p, const struct pemilihan *q)
{
	int c = date_cmp(&p->penetapan, &q->penetapan);

	return c < 0 || (c == 0 && strcmp(p->kode, q->kode) < 0);
}

static void unclassified(struct klasifikasi *out)
{
	out->pemilihan = NULL;
	out->jenis = JENIS_UNCLASSIFIED;
	out->matriks = NULL;
	out->kode = "";
	/* no row is its: no legal basis either */
	out->dasar_hukum[0] = '\0';
	out->row = NULL;
	out->tahap = TAHAP_UNKNOWN;
	out->disimpulkan = 0;
}

/* Contests in progress on d, joined into names (NULL: no message wanted,
 * as in a bulk import); returns how many, sets
 * *first (the earliest voting, then the earliest designated) and *several
 * when they do not all vote on the same day. */
static size_t running(const struct rules *r, const struct date *d,
		      struct strbuf *names, const struct pemilihan **first, int *several)
{
	size_t n = 0;

	*first = NULL;
	*several = 0;
	for (size_t i = 0; i < r->pemilihan.n; i++) {
		const struct pemilihan *p = &r->pemilihan.v[i];
		int c;

		if (!in_progress(r, p, d))
			continue;
		if (names)
			sb_printf(names, "%s%s", n ? ", " : "", p->kode);
		n++;
		c = *first ? date_cmp(&p->pemungutan, &(*first)->pemungutan) : -1;
		*several |= *first && c != 0;
		if (c < 0 || (c == 0 && before(p, *first)))
			*first = p;
	}
	return n;
}

size_t rules_running(const struct rules *r, const struct date *d,
		     const struct pemilihan **first, int *several)
{
	return running(r, d, NULL, first, several);
}

size_t rules_running_list(const struct rules *r, const struct date *d,
			  const struct pemilihan **out, size_t cap)
{
	size_t n = 0;

	for (size_t i = 0; i < r->pemilihan.n; i++)
		if (in_progress(r, &r->pemilihan.v[i], d) && n < cap)
			out[n++] = &r->pemilihan.v[i];
	return n;
}

/* Without --pemilihan: the contest in progress on the incident day, when
 * there is exactly one (or several voting the same day that agree).  Two
 * contests at once (Pemilu and Pilkada 2024 from 26 January 2024) or none
 * leave the case unclassified: the date alone cannot say. */
static void infer(const struct rules *r, const struct klasifikasi_in *in,
		  struct klasifikasi *out, struct strbuf *sb)
{
	struct strbuf names = STRBUF_INIT;
	const struct pemilihan *first;
	char a[DATE_ISO_LEN];
	int several;
	size_t n = running(r, &in->tanggal, sb->discard ? NULL : &names, &first, &several);

	date_format(&in->tanggal, a);
	unclassified(out);
	if ((n == 0 || several) && any_time(r, in, out, sb)) {
		sb_free(&names);
		return;
	}
	if (n == 0 || several) {
		if (n == 0)
			sb_printf(sb, _("no contest is in progress on %s (from the start of its stages to the end of its count after voting): record the contest (--pemilihan) or add it with 'netral election add'"),
				  a);
		else
			sb_printf(sb, _("%s falls in the stages of more than one contest (%s): record the one the act concerns (--pemilihan)"),
				  a, sb_str(&names));
		sb_free(&names);
		return;
	}
	sb_free(&names);
	if (!sb->discard)
		sb_printf(sb, _("contest inferred: %s, in progress on %s; "), first->kode, a);
	classify_in(r, in, first, out, sb);
	out->disimpulkan = 1;
	for (size_t i = 0; i < r->pemilihan.n; i++) {
		const struct pemilihan *p = &r->pemilihan.v[i];
		struct klasifikasi other;
		struct strbuf tmp = STRBUF_INIT;

		if (p == first || !in_progress(r, p, &in->tanggal))
			continue;
		tmp.discard = 1;
		classify_in(r, in, p, &other, &tmp);
		sb_free(&tmp);
		if (strcmp(other.jenis, out->jenis) == 0 && strcmp(other.kode, out->kode) == 0)
			continue;
		sb_reset(sb);
		sb_printf(sb, _("%s gives %s (%s) for %s but %s (%s) for %s, which vote on the same day: record the contest (--pemilihan)"),
			  a, tahap_name(out->tahap), *out->kode ? out->kode : out->jenis, first->kode,
			  tahap_name(other.tahap), *other.kode ? other.kode : other.jenis, p->kode);
		unclassified(out);
		break;
	}
}

static int classify_act(const struct rules *r, const struct klasifikasi_in *in,
			struct klasifikasi *out, struct err *e);

/* CLTN where the employee type has none (a case stored before entries
 * were checked for it): the flag exempts nothing, and what the act is
 * without it is the Satgas's to decide, never tidak_melanggar. */
static int without_leave(const struct rules *r, const struct klasifikasi_in *in,
			 struct klasifikasi *out, struct err *e)
{
	struct klasifikasi_in plain = *in;
	char why[sizeof out->alasan];

	plain.cltn = 0;
	if (classify_act(r, &plain, out, e) < 0)
		return -1;
	if (strcmp(out->jenis, JENIS_UNCLASSIFIED) == 0)
		return 0;
	snprintf(why, sizeof why, "%s", out->alasan);
	out->jenis = satgas_jenis(r);
	out->kode = "";
	if (!in->no_reason)
		snprintf(out->alasan, sizeof out->alasan,
			 _("a %s has no CLTN (cuti di luar tanggungan negara is a PNS leave): the flag exempts nothing; decided by the Satgas; without it: %s"),
			 in->jenis_pegawai, why);
	return 0;
}

int classify(const struct rules *r, const struct klasifikasi_in *in,
	     struct klasifikasi *out, struct err *e)
{
	if (in->cltn && in->jenis_pegawai && rules_in(r, VOCAB_JENIS_PEGAWAI, in->jenis_pegawai, NULL) &&
	    !rules_in(r, VOCAB_JENIS_PEGAWAI, in->jenis_pegawai, "cltn"))
		return without_leave(r, in, out, e);
	return classify_act(r, in, out, e);
}

static int classify_act(const struct rules *r, const struct klasifikasi_in *in,
			struct klasifikasi *out, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	const struct ruleset *rs, *earliest;

	memset(out, 0, sizeof *out);
	out->tanggal = in->tanggal;
	if ((rs = ruleset_on(r, &in->tanggal, &earliest)))
		out->ruleset = rs->kode;
	sb.discard = in->no_reason;
	if (!rules_bentuk(r, in->bentuk)) {
		char *valid = rules_list_bentuk(r);

		err_set(e, _("unknown bentuk '%s' (valid: %s)"), in->bentuk, valid);
		free(valid);
		return -1;
	}
	if (in->pemilihan) {
		const struct pemilihan *p = rules_contest(r, in->pemilihan, e);

		if (!p)
			return -1;
		classify_in(r, in, p, out, &sb);
		set_reason(out, &sb);
		return 0;
	}

	infer(r, in, out, &sb);
	set_reason(out, &sb);
	return 0;
}
