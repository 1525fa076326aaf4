/* The rows of the rules files that hold days: the texts a legal basis
 * names by the act's day (undang.csv) and the schedule of the prevention
 * duties (jadwal.csv). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/rules/rows.h"
#include "netral/rules/vocab.h"
#include "netral/util/msg.h"

/* A legal basis names the texts that depend on the act's day by {kunci}
 * of undang.csv, read before it. */
int rows_basis_ok(struct loader *l, long line, const char *col, const char *v)
{
	const char *p = v, *open, *close;

	if (!rows_need(l, line, col, v))
		return 0;
	while ((open = strchr(p, '{'))) {
		if (!(close = strchr(open, '}'))) {
			loader_problem(l, line, _("%s: '{' without '}'"), col);
			return 0;
		}
		if (!rules_undang_known(l->r, open + 1, (size_t)(close - open - 1))) {
			loader_problem(l, line, _("%s: '%.*s' is not a kunci of undang.csv"), col,
				       (int)(close - open + 1), open);
			return 0;
		}
		p = close + 1;
	}
	return 1;
}

/* A text that depends on the act's day: its key, the day it takes effect. */
void row_undang(struct loader *l, char **v, long line)
{
	struct undang u;
	int ok = 1;

	memset(&u, 0, sizeof u);
	if (rows_too_long(l, line, "kunci", v[0]))
		return;
	if (!rules_code_ok(v[0], 0)) {
		loader_problem(l, line, _("kunci: '%s' must be lower-case letters, digits and '_'"), v[0]);
		return;
	}
	ok &= rows_date(l, line, "berlaku", v[1], &u.berlaku);
	ok &= rows_need(l, line, "teks", v[2]);
	ok &= rows_need(l, line, "sumber", v[3]);
	if (ok && strpbrk(v[2], "{}")) {
		loader_problem(l, line, _("teks: names no other text ('{' or '}')"));
		ok = 0;
	}
	if (!ok)
		return;
	for (size_t i = 0; i < l->r->undang.n; i++)
		if (strcmp(l->r->undang.v[i].kunci, v[0]) == 0 &&
		    date_cmp(&l->r->undang.v[i].berlaku, &u.berlaku) == 0) {
			loader_problem(l, line, _("duplicate row (also line %ld)"), l->r->undang.v[i].line);
			return;
		}
	u.kunci = xstrdup(v[0]);
	u.teks = xstrdup(v[2]);
	u.sumber = xstrdup(v[3]);
	u.line = line;
	*ARRAY_PUSH(l->r->undang) = u;
}

static int irama_parse(const char *s)
{
	static const char *const names[] = IRAMA_NAMES;

	for (int i = 0; i < (int)(sizeof names / sizeof *names); i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/* A duty's schedule in a contest: the contest and the kind known, the
 * days in order, a deadline only for a duty done once.  An agency's own
 * (instansi) replaces the built-in duty of the same contest and kind. */
static void jadwal_row(struct loader *l, char **v, long line, int instansi)
{
	struct jadwal j, *old;
	int ok = 1;

	memset(&j, 0, sizeof j);
	if (!rules_pemilihan(l->r, v[0])) {
		loader_problem(l, line, _("pemilihan: unknown contest '%s'"), v[0]);
		ok = 0;
	}
	if (!rules_in(l->r, VOCAB_KEGIATAN, v[1], NULL)) {
		loader_problem(l, line, _("kegiatan: '%s' is not a kind of activity (kosakata kegiatan)"), v[1]);
		ok = 0;
	}
	if ((j.irama = irama_parse(v[2])) < 0) {
		loader_problem(l, line, _("irama: '%s' must be mingguan, sekali, bebas or tahapan"), v[2]);
		ok = 0;
	}
	ok &= rows_date(l, line, "mulai", v[3], &j.mulai);
	if (*v[4])
		ok &= rows_date(l, line, "selesai", v[4], &j.selesai);
	if (*v[5])
		ok &= rows_date(l, line, "batas", v[5], &j.batas);
	ok &= rows_need(l, line, "sumber", v[6]);
	if (!ok)
		return;
	if ((j.selesai.y && date_cmp(&j.selesai, &j.mulai) < 0) ||
	    (j.batas.y && date_cmp(&j.batas, &j.mulai) < 0)) {
		loader_problem(l, line, _("selesai and batas cannot be before mulai"));
		return;
	}
	if (j.batas.y && j.irama != IRAMA_SEKALI) {
		loader_problem(l, line, _("batas: only a duty done once (sekali) has a deadline"));
		return;
	}
	j.pemilihan = xstrdup(v[0]);
	j.kegiatan = xstrdup(v[1]);
	j.sumber = xstrdup(v[6]);
	j.line = line;
	j.instansi = instansi;
	/* rules_jadwal is const: the row found is one of l->r's own */
	if ((old = (struct jadwal *)rules_jadwal(l->r, v[0], v[1])) && (!instansi || old->instansi)) {
		loader_problem(l, line, _("duplicate row (also line %ld)"), old->line);
		free(j.pemilihan);
		free(j.kegiatan);
		free(j.sumber);
	} else if (old) {
		free(old->pemilihan);
		free(old->kegiatan);
		free(old->sumber);
		*old = j;
	} else {
		*ARRAY_PUSH(l->r->jadwal) = j;
	}
}

void row_jadwal(struct loader *l, char **v, long line)
{
	jadwal_row(l, v, line, 0);
}

/* A regional circular's duty binds the agencies it names only: an agency
 * that follows it says so in its own file (jadwal_instansi.csv, empty as
 * shipped), and the report cites it. */
void row_jadwal_instansi(struct loader *l, char **v, long line)
{
	jadwal_row(l, v, line, 1);
}

