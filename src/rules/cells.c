/* The checks of the cells of the rules files (rules_check_fn): each says
 * what is wrong with a cell as FILE:LINE: column: problem, and reads a
 * good one into its member.  A text cell is kept by rows_take. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/pola.h"
#include "netral/rules/rows.h"
#include "netral/rules/vocab.h"
#include "netral/util/ident.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

void loader_problem(struct loader *l, long line, const char *fmt, ...)
{
	char where[4200];
	va_list ap;

	snprintf(where, sizeof where, "%s:%ld: ", l->path, line);
	va_start(ap, fmt);
	vreport(where, fmt, ap);
	va_end(ap);
	l->problems++;
}

/* The names of a list for a message: "a, b, c". */
static char *joined(const char *const *names)
{
	struct strbuf sb = STRBUF_INIT;

	for (int i = 0; names[i]; i++)
		sb_printf(&sb, "%s%s", i ? ", " : "", names[i]);
	return sb_detach(&sb);
}

static int known(const char *const *names, const char *v)
{
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], v) == 0)
			return 1;
	return 0;
}

/* A value of list daftar having the property (NULL: any), else what
 * (one %s, the value) is reported. */
static int in_list(struct loader *l, long line, const char *v, const char *daftar,
		   const char *sifat, const char *what)
{
	if (rules_in(l->r, daftar, v, sifat))
		return 1;
	loader_problem(l, line, what, v);
	return 0;
}

int ck_text(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)l, (void)line, (void)c, (void)v, (void)slot;
	return 1;
}

int ck_need(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)slot;
	if (*v)
		return 1;
	loader_problem(l, line, _("%s: empty"), c->csv);
	return 0;
}

/* A code longer than a case can store is refused, not cut. */
static int fits(struct loader *l, long line, const struct rules_column *c, const char *v)
{
	if (!c->limit || strlen(v) <= c->limit)
		return 1;
	loader_problem(l, line, _("%s: %zu bytes long, the limit is %d"), c->csv, strlen(v), (int)c->limit);
	return 0;
}

static int code(struct loader *l, long line, const struct rules_column *c, const char *v,
		const char *why)
{
	if (!fits(l, line, c, v))
		return 0;
	if (rules_code_ok(v, 0))
		return 1;
	loader_problem(l, line, why, c->csv, v);
	return 0;
}

int ck_code(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)slot;
	return code(l, line, c, v, _("%s: '%s' must be lower-case letters, digits and '-'"));
}

/* A code whose words are joined by '_' (tidak_terbukti, uu_asn). */
int ck_snake(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)slot;
	return code(l, line, c, v, _("%s: '%s' must be lower-case letters, digits and '_'"));
}

int ck_date(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	if (date_parse_iso(v, slot) == 0)
		return 1;
	loader_problem(l, line, _("%s: '%s' is not a date in YYYY-MM-DD form"), c->csv, v);
	return 0;
}

int ck_date_opt(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	return !*v || ck_date(l, line, c, v, slot);
}

int ck_bool(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	if (strcmp(v, "0") == 0 || strcmp(v, "1") == 0) {
		*(int *)slot = *v == '1';
		return 1;
	}
	loader_problem(l, line, _("%s: '%s' must be 0 or 1"), c->csv, v);
	return 0;
}

int ck_enum(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	for (int i = 0; i < c->en->n; i++)
		if (strcmp(c->en->names[i], v) == 0) {
			*(int *)slot = c->en->first + i;
			return 1;
		}
	loader_problem(l, line, _("%s: '%s' must be %s"), c->csv, v, _(c->en->spelled));
	return 0;
}

/* A legal basis names the texts that depend on the act's day by {kunci}
 * of undang.csv, read before it. */
int ck_basis(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	const char *p = v, *open, *close;

	if (!ck_need(l, line, c, v, slot))
		return 0;
	while ((open = strchr(p, '{'))) {
		if (!(close = strchr(open, '}'))) {
			loader_problem(l, line, _("%s: '{' without '}'"), c->csv);
			return 0;
		}
		if (!rules_undang_known(l->r, open + 1, (size_t)(close - open - 1))) {
			loader_problem(l, line, _("%s: '%.*s' is not a kunci of undang.csv"), c->csv,
				       (int)(close - open + 1), open);
			return 0;
		}
		p = close + 1;
	}
	return 1;
}

/* A text a legal basis puts in its place: it names no other. */
int ck_plain(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	if (!ck_need(l, line, c, v, slot))
		return 0;
	if (!strpbrk(v, "{}"))
		return 1;
	loader_problem(l, line, _("%s: names no other text ('{' or '}')"), c->csv);
	return 0;
}

int ck_daftar(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	static const char *const lists[] = { VOCAB_JENIS_PEGAWAI, VOCAB_REKOMENDASI_DARI,
		VOCAB_KELOMPOK_JABATAN, VOCAB_JENIS, VOCAB_KOLOM_IMPOR, VOCAB_SASARAN, VOCAB_INDIKASI,
		VOCAB_KEGIATAN, VOCAB_PERAN_IZIN, VOCAB_JENIS_LAPORAN, VOCAB_PENERIMA_LAPORAN, NULL };
	char *all;

	(void)c, (void)slot;
	if (known(lists, v))
		return 1;
	all = joined(lists);
	loader_problem(l, line, _("daftar: unknown list '%s' (%s)"), v, all);
	free(all);
	return 0;
}

/* Codes go into SQL as JSON lists and into messages as words. */
int ck_word(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	if (!ck_need(l, line, c, v, slot) || !fits(l, line, c, v))
		return 0;
	if (!strpbrk(v, "\"\\ \t"))
		return 1;
	loader_problem(l, line, _("%s: '%s' must have no quote, backslash or blank"), c->csv, v);
	return 0;
}

int ck_bentuk(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	if (rules_bentuk(l->r, v))
		return 1;
	loader_problem(l, line, _("bentuk: unknown '%s'"), v);
	return 0;
}

/* Whom the act favoured: a party's stage runs from its designation as a
 * participant (classify.c); every other target is a candidate's. */
int ck_sasaran(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	char *valid;

	(void)c;
	if (strcmp(v, "*") == 0 || rules_in(l->r, VOCAB_SASARAN, v, NULL)) {
		*(int *)slot = strcmp(v, "*") == 0 ? FLAG_ANY : strcmp(v, "partai") == 0;
		return 1;
	}
	valid = rules_list_kosakata(l->r, VOCAB_SASARAN, NULL);
	loader_problem(l, line, _("sasaran: '%s' must be * or one of %s"), v, valid);
	free(valid);
	return 0;
}

/* A row of BKN Kanreg III's tables, when it has one. */
int ck_bkn_code(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	if (!*v || rules_code_ok(v, 1))
		return 1;
	loader_problem(l, line, _("kode: '%s' must look like KE-1 or DS-12"), v);
	return 0;
}

int ck_matrix_jenis(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	return in_list(l, line, v, VOCAB_JENIS, "matriks", _("jenis: unknown '%s'"));
}

int ck_ruleset(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	if (!ck_need(l, line, c, v, slot))
		return 0;
	for (size_t i = 0; i < l->r->matrix.n; i++)
		if (strcmp(l->r->matrix.v[i].ruleset, v) == 0)
			return 1;
	loader_problem(l, line, _("ruleset: '%s' has no matrix rows"), v);
	return 0;
}

int ck_employee(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	char *valid;

	(void)c, (void)slot;
	if (rules_in(l->r, VOCAB_JENIS_PEGAWAI, v, NULL))
		return 1;
	valid = rules_list_words(l->r, VOCAB_JENIS_PEGAWAI, _(" or "));
	loader_problem(l, line, _("jenis_pegawai: '%s' must be %s"), v, valid);
	free(valid);
	return 0;
}

int ck_sanction_tier(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	return in_list(l, line, v, VOCAB_JENIS, "sanksi", _("jenis: '%s' is not a sanction tier"));
}

int ck_tingkat_jenis(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	return in_list(l, line, v, VOCAB_JENIS, "matriks", _("jenis: '%s' is not a tier of the matrix"));
}

int ck_tier(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	return in_list(l, line, v, VOCAB_JENIS, NULL, _("tingkat: '%s' is not a tier (kosakata jenis)"));
}

/* A position title is kept in its normal form, as it is looked up. */
int ck_spelling(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	char norm[128];

	(void)c;
	jabatan_normalise(v, norm, sizeof norm);
	if (*norm) {
		*(char **)slot = xstrdup(norm);
		return 1;
	}
	loader_problem(l, line, _("ejaan: empty"));
	return 0;
}

int ck_position_group(struct loader *l, long line, const struct rules_column *c, const char *v,
		      void *slot)
{
	char *valid;

	(void)c, (void)slot;
	if (rules_in(l->r, VOCAB_KELOMPOK_JABATAN, v, NULL))
		return 1;
	valid = rules_list_kosakata(l->r, VOCAB_KELOMPOK_JABATAN, NULL);
	loader_problem(l, line, _("kelompok: unknown '%s' (%s)"), v, valid);
	free(valid);
	return 0;
}

/* A space-separated list of workflow fields (the columns a move records). */
int ck_fields(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	static const char *const workflow[] = { "rekomendasi_nomor", "rekomendasi_tanggal",
		"rekomendasi_dari", "rekomendasi_sanksi", "sanksi", "sk_nomor", "sk_tanggal",
		"batal_alasan", "gabung_ke", NULL };

	(void)slot;
	for (const char *p = v; *p; ) {
		size_t w = strcspn(p += strspn(p, " "), " ");
		int found = 0;

		for (int i = 0; workflow[i]; i++)
			found |= w && strlen(workflow[i]) == w && strncmp(workflow[i], p, w) == 0;
		if (w && !found) {
			loader_problem(l, line, _("%s: '%.*s' is not a workflow field"), c->csv, (int)w, p);
			return 0;
		}
		p += w;
	}
	return 1;
}

int ck_status(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)slot;
	if (rules_status(l->r, v))
		return 1;
	loader_problem(l, line, _("%s: unknown status '%s'"), c->csv, v);
	return 0;
}

/* The settings: the deadlines are days; the letters' (rules/pola.h) are
 * text, their numbering pattern checked. */
static const struct {
	const char *kunci;
	char kind; /* 'd' days, 't' text, 'p' a numbering pattern, 'n' a NIP */
} settings[] = {
	{ "batas_tindak_lanjut_hari", 'd' }, { "pasca_pemungutan_hari", 'd' },
	{ "pasca_pemungutan_hari_pemilihan", 'd' }, { "kop_instansi", 't' }, { "kop_nama", 't' },
	{ "kop_alamat", 't' }, { "kop_kontak", 't' }, { "kop_logo", 't' }, { "ttd_nama", 't' },
	{ "ttd_nip", 'n' }, { "ttd_pangkat", 't' }, { "ttd_jabatan", 't' }, { "ttd_unit", 't' },
	{ "ttd_tempat", 't' }, { "nomor_surat_kode", 't' }, { "nomor_surat_pola", 'p' },
};
#define NSETTINGS (sizeof settings / sizeof *settings)

int ck_setting(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	struct strbuf all = STRBUF_INIT;

	(void)c, (void)slot;
	for (size_t i = 0; i < NSETTINGS; i++)
		if (strcmp(settings[i].kunci, v) == 0)
			return 1;
	for (size_t i = 0; i < NSETTINGS; i++)
		sb_printf(&all, "%s%s", i ? ", " : "", settings[i].kunci);
	loader_problem(l, line, _("kunci: unknown setting '%s' (known: %s)"), v, sb_str(&all));
	sb_free(&all);
	return 0;
}

int row_pengaturan(struct loader *l, void *row, long line)
{
	const struct pengaturan *p = row;
	char why[256], *end;
	size_t i = 0;

	while (i < NSETTINGS && strcmp(settings[i].kunci, p->kunci) != 0)
		i++;
	if (i == NSETTINGS || settings[i].kind == 't')
		return ROW_KEEP;
	if (settings[i].kind == 'n') {
		struct nip_info nip;
		struct err e;

		/* empty: no signer's NIP set */
		if (!*p->nilai || nip_parse(p->nilai, &nip, &e) == 0)
			return ROW_KEEP;
		loader_problem(l, line, "nilai: %s: %s", p->kunci, e.msg);
		return ROW_DROP;
	}
	if (settings[i].kind == 'p') {
		if (pola_check(p->nilai, why, sizeof why) == 0)
			return ROW_KEEP;
		loader_problem(l, line, "nilai: %s", why);
		return ROW_DROP;
	}
	if (strtol(p->nilai, &end, 10) >= 1 && !*end && end != p->nilai)
		return ROW_KEEP;
	loader_problem(l, line, _("nilai: '%s' must be a positive number of days"), p->nilai);
	return ROW_DROP;
}

int ck_contest(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	if (rules_pemilihan(l->r, v))
		return 1;
	loader_problem(l, line, _("pemilihan: unknown contest '%s'"), v);
	return 0;
}

int ck_activity(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	return in_list(l, line, v, VOCAB_KEGIATAN, NULL,
		       _("kegiatan: '%s' is not a kind of activity (kosakata kegiatan)"));
}

int ck_report(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	return in_list(l, line, v, VOCAB_JENIS_LAPORAN, NULL,
		       _("laporan: '%s' is not a kind of report (kosakata jenis_laporan)"));
}

int ck_recipient(struct loader *l, long line, const struct rules_column *c, const char *v, void *slot)
{
	(void)c, (void)slot;
	return in_list(l, line, v, VOCAB_PENERIMA_LAPORAN, NULL,
		       _("kepada: '%s' is not a recipient of reports (kosakata penerima_laporan)"));
}
