/* A report's cover letter (pelaporan.h). */
#include <stdio.h>
#include <string.h>

#include "netral/rules/pola.h"
#include "netral/util/ident.h"
#include "netral/view/pelaporan.h"
#include "netral/view/surat.h"

/* The names a template may use beside the stored columns; the signer's
 * are the settings' (ttd_*), as a permit's are by default. */
static const char *const derived[] = { "jenis_uraian", "kepada_uraian", "pemilihan_sebutan",
	"lampiran_jumlah", "tanggal_iso", "ttd_nama", "ttd_nip", "ttd_pangkat", "ttd_jabatan",
	"ttd_tempat", NULL };

static int is(const char *name, size_t n, const char *what)
{
	return strlen(what) == n && strncmp(name, what, n) == 0;
}

static int known(const char *name, size_t n)
{
	if (cegah_field_of(&pelaporan_record, name, n) >= 0)
		return 1;
	for (int i = 0; derived[i]; i++)
		if (is(name, n, derived[i]))
			return 1;
	return 0;
}

struct letter {
	const struct rules *r;
	const struct pelaporan *p;
};

/* The files sent, numbered, each with its SHA-256. */
static void files(const char *lampiran, char *out, size_t cap)
{
	size_t len = 0;
	int i = 0;

	for (const char *s = lampiran; *s && len < cap; i++) {
		size_t n = strcspn(s, "\n");

		/* a line is 64 hex digits, two blanks and the name */
		if (n > 66)
			len += (size_t)snprintf(out + len, cap - len, "%s%d. %.*s\n   SHA-256: %.64s",
						i ? "\n" : "", i + 1, (int)(n - 66), s + 66, s);
		s += n + (s[n] == '\n');
	}
}

static int lines(const char *s)
{
	int n = *s != '\0';

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static void uraian(const struct rules *r, const char *daftar, const char *kode, char *out, size_t cap)
{
	const struct kosakata *k = rules_kosakata(r, daftar, kode);

	snprintf(out, cap, "%s", k && *k->uraian ? k->uraian : kode);
}

/* A setting of the signer (ttd_*, n bytes of name). */
static void signer(const struct rules *r, const char *name, size_t n, char *out, size_t cap)
{
	char key[32];

	snprintf(key, sizeof key, "%.*s", (int)n, name);
	snprintf(out, cap, "%s", pola_setting(r, key));
}

/* The value of a field, "" when the report does not record it. */
static void value(void *ctx, const char *name, size_t n, char *out, size_t cap)
{
	const struct letter *l = ctx;
	const struct pelaporan *p = l->p;
	const struct pemilihan *c;
	int f = cegah_field_of(&pelaporan_record, name, n);
	char buf[24];

	*out = '\0';
	if (is(name, n, "jenis_uraian"))
		uraian(l->r, VOCAB_JENIS_LAPORAN, p->jenis, out, cap);
	else if (is(name, n, "kepada_uraian"))
		uraian(l->r, VOCAB_PENERIMA_LAPORAN, p->kepada, out, cap);
	else if (is(name, n, "pemilihan_sebutan") && *p->pemilihan)
		snprintf(out, cap, "%s", !(c = rules_pemilihan(l->r, p->pemilihan)) ? p->pemilihan :
					 *c->sebutan ? c->sebutan : c->nama);
	else if (is(name, n, "lampiran_jumlah"))
		snprintf(out, cap, "%d", lines(p->lampiran));
	else if (is(name, n, "tanggal_iso"))
		snprintf(out, cap, "%s", p->tanggal);
	else if (is(name, n, "ttd_nip"))
		nip_spaced(pola_setting(l->r, "ttd_nip"), out);
	else if (strncmp(name, "ttd_", 4) == 0)
		signer(l->r, name, n, out, cap);
	else if (f == LAP_LAMPIRAN)
		files(p->lampiran, out, cap);
	else if (f == LAP_TANGGAL)
		surat_date(p->tanggal, out, cap);
	else if (f >= 0)
		snprintf(out, cap, "%s", cegah_value(&pelaporan_record, p, f, buf));
}

int pelaporan_template_check(const char *tmpl, const char *name)
{
	return surat_template_check(tmpl, name, known);
}

void pelaporan_letter(FILE *fp, const struct rules *r, const struct surat_kop *kop,
		      const struct pelaporan *p, const char *tmpl, int html)
{
	struct letter l = { r, p };
	char title[256];

	snprintf(title, sizeof title, "Surat pengantar %s", p->nomor_surat);
	surat_write(fp, kop, tmpl, title, value, &l, html);
}
