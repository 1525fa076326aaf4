/* Telling cases apart: the idempotency key, the person, the fingerprint
 * of the stored row. */
#include <stdio.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/kasus/key.h"
#include "netral/rules/vocab.h"
#include "netral/util/ascii.h"
#include "netral/util/sha256.h"
#include "netral/util/utf8.h"

/* A name in a key: ASCII letters in lower case, any blank (a no-break
 * space too) as one space.  Accents are kept: the keys of stored cases
 * were made so. */
static void lower_collapsed(struct strbuf *sb, const char *s)
{
	int space = 0;
	size_t len;

	for (; *s; s += len) {
		unsigned long cp = utf8_next(s, &len);

		if (cp != UTF8_BAD && utf8_blank(cp)) {
			space = 1;
			continue;
		}
		if (space)
			sb_putc(sb, ' ');
		space = 0;
		if (len == 1)
			sb_putc(sb, (char)ascii_tolower((unsigned char)*s));
		else
			sb_putn(sb, s, len);
	}
}

const char *kasus_person(const struct kasus *k)
{
	return k->v[F_NIP] ? k->v[F_NIP] : k->v[F_NIK] ? k->v[F_NIK] : k->v[F_NAMA];
}

void kasus_key(const struct kasus *k, struct strbuf *out)
{
	/* what a report says: the fields before the workflow, but the status */
	static const enum field content[] = {
		F_NAMA, F_NIP, F_NIK, F_JENIS_PEGAWAI, F_KATEGORI_JABATAN,
		F_JABATAN, F_INSTANSI, F_UNIT_KERJA, F_TANGGAL_LAHIR,
		F_TANGGAL_KEJADIAN, F_TANGGAL_LAPORAN, F_PEMILIHAN, F_BENTUK,
		F_URAIAN, F_SUMBER, F_CLTN, F_PASANGAN_CALON
	};

	sb_reset(out);
	/* two agencies may number their reports alike: a roll-up's key names
	 * the origin too (an agency's own cases have none, and keep theirs) */
	if (k->v[F_ASAL]) {
		sb_puts(out, "A:");
		sb_puts(out, k->v[F_ASAL]);
		sb_putc(out, '\x1f');
		/* a row naming its case there is that case, whatever its report
		 * says: a void duplicate may carry the live case's report
		 * number and person */
		if (k->v[F_ASAL_NOMOR]) {
			sb_puts(out, "N:");
			sb_puts(out, k->v[F_ASAL_NOMOR]);
			return;
		}
	}
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
		struct digest c;
		char hex[65];

		digest_init(&c);
		for (size_t i = 0; i < sizeof content / sizeof *content; i++) {
			const char *v = k->v[content[i]];

			if (content[i] == F_CLTN)
				v = bool_text(k->cltn);
			else if (content[i] == F_PASANGAN_CALON)
				v = bool_text(k->pasangan);
			if (v)
				digest_update(&c, v, strlen(v));
			digest_update(&c, "\x1f", 1);
		}
		digest_hex(&c, hex);
		sb_puts(out, "H:");
		sb_puts(out, hex);
	}
}

void kasus_row_of(const struct kasus *k, struct kasus_row *row)
{
	const struct klasifikasi *c = &k->klas;

	memset(row->v, 0, sizeof row->v);
	for (int f = 0; f < F_COUNT; f++)
		row->v[field_column(f)] = kasus_value(k, f);
	ascii_decimal(row->usia, sizeof row->usia, k->usia, 0);
	row->v[COL_PEMILIHAN_DISIMPULKAN] = bool_text(c->disimpulkan);
	row->v[COL_USIA] = k->usia < 0 ? NULL : row->usia;
	row->v[COL_KELOMPOK_USIA] = k->kelompok_usia;
	row->v[COL_KELOMPOK_JABATAN] = k->kelompok_jabatan;
	row->v[COL_PERIODE] = k->periode;
	row->v[COL_TAHAP] = tahap_name(c->tahap);
	row->v[COL_JENIS] = c->jenis;
	row->v[COL_KODE] = c->kode;
	row->v[COL_RULESET] = c->row ? c->row->ruleset : "";
	row->v[COL_JENIS_KELAMIN] = k->kelamin;
}

int kasus_state_column(int c)
{
	/* the row id is where it is kept, the time of the last change moves
	 * with every change and is no part of what the change says; the state
	 * an import run recorded is this digest itself */
	return c != COL_ID && c != COL_DIUBAH && c != COL_KEADAAN_IMPOR;
}

/* The named columns of a state, in catalogue order, where a new column
 * comes last: each column keeps its place, which the digest spells. */
static int state_columns(const char *const *v, const char **names, const char **vals)
{
	int n = 0;

	for (int c = 0; c < COL_COUNT; c++)
		if (kasus_state_column(c)) {
			names[n] = kasus_columns[c].name;
			vals[n++] = v[c];
		}
	return n;
}

void kasus_state(const char *const *v, char out[AUDIT_STATE_LEN])
{
	const char *names[COL_COUNT], *vals[COL_COUNT];

	digest_state(names, vals, state_columns(v, names, vals), out);
}

void kasus_state_v3(const char *const *v, char out[AUDIT_STATE_LEN])
{
	const char *names[COL_COUNT], *vals[COL_COUNT];

	digest_state_v3(names, vals, state_columns(v, names, vals), out);
}

int kasus_state_place(int place)
{
	for (int c = 0, n = 0; c < COL_COUNT; c++)
		if (kasus_state_column(c) && n++ == place)
			return c;
	return -1;
}

void kasus_state_v2(const char *const *v, char out[DIGEST_STATE_V2_LEN])
{
	const char *vals[2 * COL_COUNT];
	int n = 0;

	for (int c = 0; c < COL_COUNT; c++) {
		if (!kasus_state_column(c))
			continue;
		if (c <= COL_KONTAK_PELAPOR) {
			vals[n++] = v[c];
			continue;
		}
		/* a column added after the chain began counted only when it
		 * held a value, named */
		if (v[c] && *v[c]) {
			vals[n++] = kasus_columns[c].name;
			vals[n++] = v[c];
		}
	}
	digest_state_v2(vals, n, out);
}

void kasus_fingerprint_v1(const char *const *v, char hex[65])
{
	int order[COL_COUNT], n = column_audit_order(order);
	const char *vals[COL_COUNT];

	for (int i = 0; i < n; i++)
		vals[i] = v[order[i]];
	digest_fingerprint_v1(vals, n, hex);
}
