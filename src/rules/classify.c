/* Classification of an act against the matrix: stage from the contest's
 * designation day, the ruleset in force on the incident day, then the row
 * that matches the bentuk and the CLTN/spouse flags.  Where the data cannot
 * decide, the case stays unclassified and the reason says what is missing. */
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

static const struct matrix_row *find_row(const struct rules *r,
					 const struct ruleset *rs, int bentuk,
					 int tahap, int cltn, int pasangan)
{
	for (size_t i = 0; i < r->matrix.n; i++) {
		const struct matrix_row *m = &r->matrix.v[i];

		if (m->ruleset_idx == (int)(rs - r->rulesets.v) && m->bentuk_idx == bentuk &&
		    (m->tahap == TAHAP_ANY || m->tahap == tahap) &&
		    rules_flag_match(m->cltn, cltn) && rules_flag_match(m->pasangan, pasangan))
			return m;
	}
	return NULL;
}

static int stage_of(const struct pemilihan *p, const struct date *d)
{
	return date_cmp(d, &p->penetapan) < 0 ? TAHAP_BAKAL : TAHAP_CALON;
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
			   const struct date *d)
{
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

	if (sb->discard)
		return;
	date_format(d, a);
	date_format(&p->penetapan, b);
	if (stage_of(p, d) == TAHAP_BAKAL)
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

static void sanksi_words(struct strbuf *sb, const struct rules *r,
			 const struct matrix_row *m, const char *jp)
{
	int n = 0;

	if (sb->discard)
		return;
	for (size_t i = 0; i < r->sanksi.n; i++) {
		const struct sanksi *s = &r->sanksi.v[i];

		if (strcmp(s->ruleset, m->ruleset) || strcmp(s->jenis, m->jenis) ||
		    strcmp(s->jenis_pegawai, jp))
			continue;
		sb_puts(sb, n++ ? ", " : "; ");
		if (n == 1)
			sb_printf(sb, _("sanksi (%s): "), jp);
		sb_puts(sb, s->kode);
	}
}

/* Classifies with a known contest (or none: stage unknown). */
static void classify_in(const struct rules *r, const struct klasifikasi_in *in,
			const struct pemilihan *p, struct klasifikasi *out,
			struct strbuf *sb)
{
	const struct ruleset *rs, *earliest;
	const struct matrix_row *m;
	int bi = (int)(rules_bentuk(r, in->bentuk) - r->bentuk.v);
	char a[DATE_ISO_LEN], b[DATE_ISO_LEN];

	out->pemilihan = p;
	out->tahap = p ? stage_of(p, &in->tanggal) : TAHAP_UNKNOWN;
	out->jenis = JENIS_UNCLASSIFIED;
	out->kode = "";
	out->row = NULL;
	if (p) {
		describe_stage(sb, p, &in->tanggal);
		sb_puts(sb, "; ");
	}
	rs = ruleset_on(r, &in->tanggal, &earliest);
	date_format(&in->tanggal, a);
	if (!rs) {
		if (earliest) {
			date_format(&earliest->berlaku, b);
			sb_printf(sb, _("no ruleset in force on %s (the earliest, %s, applies from %s): kept unclassified"),
				  a, earliest->kode, b);
		} else {
			sb_puts(sb, _("no ruleset is loaded: kept unclassified"));
		}
		return;
	}
	if (p) {
		m = find_row(r, rs, bi, out->tahap, in->cltn, in->pasangan);
	} else {
		const struct matrix_row *mb = find_row(r, rs, bi, TAHAP_BAKAL, in->cltn, in->pasangan);
		const struct matrix_row *mc = find_row(r, rs, bi, TAHAP_CALON, in->cltn, in->pasangan);

		m = mb;
		if (mb && mc && (strcmp(mb->jenis, mc->jenis) || strcmp(mb->kode, mc->kode))) {
			sb_printf(sb, _("no contest votes on or after %s, so the stage is unknown and decides between %s (%s) and %s (%s): record the contest (--pemilihan)"),
				  a, *mb->kode ? mb->kode : mb->jenis, mb->jenis,
				  *mc->kode ? mc->kode : mc->jenis, mc->jenis);
			return;
		}
		if (m)
			sb_printf(sb, _("no contest known for %s, but both stages give the same result; "), a);
	}
	if (!m) {
		/* rules check makes this impossible for a loaded rule set */
		sb_printf(sb, _("ruleset %s has no row for %s"), rs->kode, in->bentuk);
		return;
	}
	out->row = m;
	out->jenis = m->jenis;
	out->kode = m->kode;
	describe_row(sb, r, m, in);
	sanksi_words(sb, r, m, in->jenis_pegawai ? in->jenis_pegawai :
		     rules_first(r, VOCAB_JENIS_PEGAWAI));
}

int classify(const struct rules *r, const struct klasifikasi_in *in,
	     struct klasifikasi *out, struct err *e)
{
	struct strbuf sb = STRBUF_INIT;
	const struct pemilihan *first = NULL;
	char a[DATE_ISO_LEN];

	memset(out, 0, sizeof *out);
	sb.discard = in->no_reason;
	if (!rules_bentuk(r, in->bentuk)) {
		char *valid = rules_list_bentuk(r);

		err_set(e, _("unknown bentuk '%s' (valid: %s)"), in->bentuk, valid);
		free(valid);
		return -1;
	}
	if (in->pemilihan) {
		const struct pemilihan *p = rules_pemilihan(r, in->pemilihan);

		if (!p) {
			char *valid = rules_list_pemilihan(r);

			err_set(e, _("unknown contest '%s' (valid: %s; add one with 'netral election add')"),
				in->pemilihan, valid);
			free(valid);
			return -1;
		}
		classify_in(r, in, p, out, &sb);
		set_reason(out, &sb);
		return 0;
	}

	/* infer: the first contest voting on or after the incident day; contests
	 * voting the same day (PILEG and PILPRES) must agree on the result */
	for (size_t i = 0; i < r->pemilihan.n; i++) {
		const struct pemilihan *p = &r->pemilihan.v[i];

		if (date_cmp(&p->pemungutan, &in->tanggal) < 0)
			continue;
		if (!first || date_cmp(&p->pemungutan, &first->pemungutan) < 0 ||
		    (date_cmp(&p->pemungutan, &first->pemungutan) == 0 &&
		     (date_cmp(&p->penetapan, &first->penetapan) < 0 ||
		      (date_cmp(&p->penetapan, &first->penetapan) == 0 &&
		       strcmp(p->kode, first->kode) < 0))))
			first = p;
	}
	date_format(&in->tanggal, a);
	if (!first) {
		classify_in(r, in, NULL, out, &sb);
		set_reason(out, &sb);
		return 0;
	}
	if (!sb.discard)
		sb_printf(&sb, _("contest inferred: %s, the first voting on or after %s; "),
			  first->kode, a);
	classify_in(r, in, first, out, &sb);
	out->disimpulkan = 1;
	for (size_t i = 0; i < r->pemilihan.n; i++) {
		const struct pemilihan *p = &r->pemilihan.v[i];
		struct klasifikasi other;
		struct strbuf tmp = STRBUF_INIT;

		tmp.discard = 1;
		if (p == first || date_cmp(&p->pemungutan, &first->pemungutan) != 0)
			continue;
		classify_in(r, in, p, &other, &tmp);
		sb_free(&tmp);
		if (strcmp(other.jenis, out->jenis) == 0 &&
		    strcmp(other.kode, out->kode) == 0)
			continue;
		sb_reset(&sb);
		date_format(&in->tanggal, a);
		sb_printf(&sb, _("%s gives %s (%s) for %s but %s (%s) for %s, which vote on the same day: record the contest (--pemilihan)"),
			  a, tahap_name(out->tahap),
			  *out->kode ? out->kode : out->jenis, first->kode,
			  tahap_name(other.tahap),
			  *other.kode ? other.kode : other.jenis, p->kode);
		out->jenis = JENIS_UNCLASSIFIED;
		out->kode = "";
		out->row = NULL;
		out->tahap = TAHAP_UNKNOWN;
		break;
	}
	set_reason(out, &sb);
	return 0;
}
