/* The compliance report (kepatuhan.h): every record loaded once, each
 * unit's duties counted against the schedule in memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/util/text.h"
#include "netral/cegah/kepatuhan.h"
#include "netral/util/alloc.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"

const char *const kep_status_names[3] = { "tertinggal", "berjalan", "lengkap" };

/* An activity or a signature, as the counting needs it. */
struct rec {
	long long unit_id;
	int kind;                  /* index into kinds; -1 for a signature */
	long day;                  /* days since 1970 */
	char pemilihan[RULES_PEMILIHAN_MAX + 1];
	long peserta;
};

struct input {
	const struct rules *r;
	const struct kepatuhan *k;
	struct rec *v;
	size_t n, cap;
	long per;
};

static int kind_of(const struct kepatuhan *k, const char *jenis)
{
	for (size_t i = 0; i < k->nkinds; i++)
		if (strcmp(k->kinds[i], jenis) == 0)
			return (int)i;
	return -2;
}

static int load(struct db *d, struct input *in)
{
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT unit_id, jenis, tanggal, pemilihan, peserta FROM kegiatan "
			     "WHERE batal_alasan IS NULL UNION ALL SELECT unit_id, NULL, tanggal, pemilihan, "
			     "NULL FROM pakta WHERE batal_alasan IS NULL", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		int kind = sqlite3_column_type(st, 1) == SQLITE_NULL ? -1 : kind_of(in->k, col_text(st, 1));
		struct rec *x;
		struct date dt;

		/* a kind the rules no longer list counts for no duty */
		if (kind == -2 || date_parse_iso(col_text(st, 2), &dt) < 0)
			continue;
		if (in->n == in->cap)
			in->v = array_grow(in->v, &in->cap, sizeof *in->v);
		x = &in->v[in->n++];
		x->unit_id = sqlite3_column_int64(st, 0);
		x->kind = kind;
		x->day = date_days(&dt);
		snprintf(x->pemilihan, sizeof x->pemilihan, "%s", col_text(st, 3));
		x->peserta = sqlite3_column_type(st, 4) == SQLITE_NULL ? -1 : (long)sqlite3_column_int64(st, 4);
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the activities"));
}

/* A schedule's first and last day. */
static void window(const struct rules *r, const struct jadwal *j, long *from, long *to)
{
	struct date end;

	*from = date_days(&j->mulai);
	if (j->selesai.y) {
		*to = date_days(&j->selesai);
	} else {
		rules_akhir_tahapan(r, rules_pemilihan(r, j->pemilihan), &end);
		*to = date_days(&end);
	}
}

/* Whether a record counts for the duty: its contest named, or none named
 * and its day within the schedule; never after the day of the report. */
static int counts(const struct input *in, const struct rec *x, const struct jadwal *j,
		  long from, long to)
{
	if (x->day > in->per)
		return 0;
	if (*x->pemilihan)
		return strcmp(x->pemilihan, j->pemilihan) == 0;
	return x->day >= from && x->day <= to;
}

static void day_text(long days, char out[DATE_ISO_LEN])
{
	struct date d;

	date_from_days(days, &d);
	date_format(&d, out);
}

/* A duty due once in each period of the schedule [from, to]: the periods
 * start on the days of starts (n of them, in order) and the last ends on
 * last.  A period is due once it has ended; the one in progress counts only
 * when done.  Each missing one is named by its first day. */
static void periodic(const struct input *in, const struct unit *u, int kind, struct kep_cell *c,
		     long from, long to, const long *starts, size_t n, long last)
{
	size_t cap = 0;

	for (size_t p = 0; p < n && starts[p] <= in->per; p++) {
		long end = p + 1 < n ? starts[p + 1] - 1 : last;
		int done = 0;

		for (size_t i = 0; i < in->n && !done; i++) {
			const struct rec *x = &in->v[i];

			done = x->unit_id == u->id && x->kind == kind && x->day >= starts[p] &&
			       x->day <= end && counts(in, x, c->j, from, to);
		}
		if (done) {
			c->dilakukan++;
			c->wajib++;
		} else if (end <= in->per) {
			c->wajib++;
			if (c->nkurang == cap)
				c->kurang = array_grow(c->kurang, &cap, sizeof *c->kurang);
			day_text(starts[p], c->kurang[c->nkurang++]);
		}
	}
	c->late = c->nkurang > 0;
	c->done = to <= in->per && !c->late;
	day_text(to, c->batas);
}

static void weekly(const struct input *in, const struct unit *u, int kind, struct kep_cell *c,
		   long from, long to)
{
	/* 1 January 1970 was a Thursday: (days + 3) % 7 is 0 on a Monday */
	long monday = from + (7 - (from + 3) % 7) % 7, *starts;
	size_t n = 0;

	starts = xmalloc(((size_t)(to >= monday ? (to - monday) / 7 + 1 : 0) + 1) * sizeof *starts);
	for (long m = monday; m <= to; m += 7)
		starts[n++] = m;
	/* the last week ends on its Sunday, not on the schedule's last day */
	periodic(in, u, kind, c, from, to, starts, n, n ? starts[n - 1] + 6 : to);
	free(starts);
}

/* The stages a contest's days mark within [from, to]: from the duty's
 * start, the designation of the parties (a Pemilu) and of the candidates,
 * the campaign, the quiet days after it, voting and the count.  Coarser
 * than the KPU's timetable, whose other stages netral does not hold. */
static size_t stages(const struct pemilihan *p, long from, long to, long out[6])
{
	long cut[5];
	size_t n = 0;

	cut[0] = p->penetapan_partai.y ? date_days(&p->penetapan_partai) : 0;
	cut[1] = date_days(&p->penetapan);
	cut[2] = date_days(&p->kampanye_mulai);
	cut[3] = date_days(&p->kampanye_selesai) + 1;
	cut[4] = date_days(&p->pemungutan);
	out[n++] = from;
	for (int i = 0; i < 5; i++)
		if (cut[i] > out[n - 1] && cut[i] <= to)
			out[n++] = cut[i];
	return n;
}

static void once(const struct input *in, const struct unit *u, int kind, struct kep_cell *c,
		 long from, long to)
{
	long deadline = c->j->batas.y ? date_days(&c->j->batas) : to, claimed = -1;

	for (size_t i = 0; i < in->n; i++) {
		const struct rec *x = &in->v[i];

		if (x->unit_id != u->id || !counts(in, x, c->j, from, to))
			continue;
		if (x->kind == kind) {
			c->dilakukan = 1;
			if (x->peserta > claimed)
				claimed = x->peserta;
		} else if (x->kind == -1 && c->per_orang) {
			c->ttd++;
		}
	}
	c->wajib = from <= in->per;
	day_text(deadline, c->batas);
	if (c->per_orang) {
		c->pegawai = u->asn + u->ppnpn;
		if (c->ttd == 0 && claimed > 0) {
			c->ttd = claimed;
			c->klaim = 1;
		}
		/* a number a unit claims is shown, but only a list of the
		 * signatories covers the unit */
		c->done = !c->klaim && c->ttd > 0 && c->ttd >= c->pegawai;
		c->dilakukan = c->done;
	} else {
		c->done = c->dilakukan;
	}
	c->late = !c->done && in->per > deadline;
}

/* A duty (c->j) of a unit counted by its cadence over its schedule
 * [from, to]. */
static void count_duty(const struct input *in, const struct unit *u, int kind, struct kep_cell *c,
		       long *from, long *to)
{
	window(in->r, c->j, from, to);
	if (c->j->irama == IRAMA_MINGGUAN) {
		weekly(in, u, kind, c, *from, *to);
	} else if (c->j->irama == IRAMA_TAHAPAN) {
		long starts[6];
		size_t n = stages(rules_pemilihan(in->r, c->j->pemilihan), *from, *to, starts);

		periodic(in, u, kind, c, *from, *to, starts, n, *to);
	} else if (c->j->irama == IRAMA_SEKALI) {
		once(in, u, kind, c, *from, *to);
	} else {
		for (size_t i = 0; i < in->n; i++)
			c->dilakukan += in->v[i].unit_id == u->id && in->v[i].kind == kind &&
					counts(in, &in->v[i], c->j, *from, *to);
		c->done = 1;
	}
}

static void last_report(const struct input *in, const struct unit *u, const struct jadwal *j,
			long from, long to, long *last)
{
	for (size_t i = 0; i < in->n; i++) {
		const struct rec *x = &in->v[i];

		if (x->unit_id == u->id && x->day > *last && counts(in, x, j, from, to) &&
		    (x->kind == -1 || strcmp(in->k->kinds[x->kind], j->kegiatan) == 0))
			*last = x->day;
	}
}

static int by_unit(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	if (x->unit_id != y->unit_id)
		return x->unit_id < y->unit_id ? -1 : 1;
	return (x->day > y->day) - (x->day < y->day);
}

/* The records of one unit: a slice of the sorted records, so that a
 * report over many units reads each record a few times, not once a unit. */
static void unit_slice(const struct input *all, long long unit_id, struct input *out)
{
	size_t lo = 0, hi = all->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (all->v[mid].unit_id < unit_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	*out = *all;
	out->v = all->v + lo;
	for (out->n = 0; lo + out->n < all->n && all->v[lo + out->n].unit_id == unit_id; out->n++)
		;
}

static void unit_row(const struct input *all, const char *pemilihan, const struct unit *u,
		     struct kep_row *row)
{
	struct input slice, *in = &slice;
	int all_done = 1;
	long last = -1;

	unit_slice(all, u->id, &slice);
	memset(row, 0, sizeof *row);
	snprintf(row->pemilihan, sizeof row->pemilihan, "%s", pemilihan);
	row->unit = *u;
	for (size_t k = 0; k < in->k->nkinds; k++) {
		struct kep_cell *c = &row->cell[k];
		long from, to;

		if (!(c->j = rules_jadwal(in->r, pemilihan, in->k->kinds[k])))
			continue;
		c->per_orang = rules_in(in->r, VOCAB_KEGIATAN, in->k->kinds[k], "per_orang");
		count_duty(in, u, (int)k, c, &from, &to);
		last_report(in, u, c->j, from, to, &last);
		row->missed += c->j->irama == IRAMA_MINGGUAN || c->j->irama == IRAMA_TAHAPAN ?
			       (long)c->nkurang : c->late;
		all_done &= c->done;
	}
	row->status = row->missed ? KEP_TERTINGGAL : all_done ? KEP_LENGKAP : KEP_BERJALAN;
	if (last >= 0)
		day_text(last, row->terakhir);
}

struct collect {
	struct input *in;
	struct kepatuhan *out;
	const char *pemilihan;
	int order;
};

static int add_unit(void *ctx, const void *obj)
{
	const struct unit *u = obj;
	struct collect *c = ctx;
	struct kepatuhan *k = c->out;

	if (k->n == k->cap)
		k->rows = array_grow(k->rows, &k->cap, sizeof *k->rows);
	unit_row(c->in, c->pemilihan, u, &k->rows[k->n]);
	k->behind |= k->rows[k->n].status == KEP_TERTINGGAL;
	k->n++;
	return 0;
}

/* Whether any duty of the contest runs on the day: started and not yet
 * past its end or deadline. */
static int runs(const struct rules *r, const char *kode, long per)
{
	for (size_t i = 0; i < r->jadwal.n; i++) {
		const struct jadwal *j = &r->jadwal.v[i];
		long from, to;

		if (strcmp(j->pemilihan, kode) != 0)
			continue;
		window(r, j, &from, &to);
		if (j->batas.y && date_days(&j->batas) > to)
			to = date_days(&j->batas);
		if (from <= per && per <= to)
			return 1;
	}
	return 0;
}

static int has_schedule(const struct rules *r, const char *kode)
{
	for (size_t i = 0; i < r->jadwal.n; i++)
		if (strcmp(r->jadwal.v[i].pemilihan, kode) == 0)
			return 1;
	return 0;
}

static int by_status(const void *a, const void *b)
{
	const struct kep_row *x = a, *y = b;
	char kx[512], ky[512];

	if (x->status != y->status)
		return x->status - y->status;
	if (x->missed != y->missed)
		return x->missed > y->missed ? -1 : 1;
	text_key(x->unit.nama, kx, sizeof kx);
	text_key(y->unit.nama, ky, sizeof ky);
	return strcmp(kx, ky);
}

/* The contests of the report: those named, else those whose schedule runs. */
static int contests(const struct rules *r, const char *const *named, long per,
		    const char **out, size_t *n, size_t max)
{
	struct strbuf all = STRBUF_INIT;
	char day[DATE_ISO_LEN];

	*n = 0;
	for (size_t i = 0; named && named[i] && *n < max; i++) {
		if (!has_schedule(r, named[i]))
			return fail(NX_NOTFOUND, _("contest %s has no schedule of prevention duties (jadwal.csv)"),
				    named[i]);
		out[(*n)++] = named[i];
	}
	if (named && named[0])
		return 0;
	for (size_t i = 0; i < r->pemilihan.n && *n < max; i++) {
		const char *kode = r->pemilihan.v[i].kode;

		if (runs(r, kode, per))
			out[(*n)++] = kode;
		else if (has_schedule(r, kode))
			sb_printf(&all, "%s%s", all.len ? ", " : "", kode);
	}
	if (*n)
		return (sb_free(&all), 0);
	day_text(per, day);
	fail(NX_NOTFOUND, _("no contest's prevention duties run on %s: name one with --pemilihan (%s)"),
	     day, all.len ? all.buf : "-");
	sb_free(&all);
	return NX_NOTFOUND;
}

/* The reports sent, as records of the agency (unit 0) whose kind is the
 * first duty of the same report and recipient; their numbers beside. */
static int load_sent(struct db *d, struct input *in, char (**nomor)[CEGAH_NAME_MAX + 1])
{
	const struct kewajiban *w = in->r->kewajiban.v;
	size_t cap = 0;
	sqlite3_stmt *st;
	int rc, s;

	if ((rc = db_prepare(d, "SELECT jenis, kepada, tanggal, pemilihan, nomor_surat FROM pelaporan", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		struct rec *x;
		struct date dt;
		size_t i = 0;

		while (i < in->r->kewajiban.n && (strcmp(w[i].laporan, col_text(st, 0)) != 0 ||
						  strcmp(w[i].kepada, col_text(st, 1)) != 0))
			i++;
		/* a report no duty asks for counts for none */
		if (i == in->r->kewajiban.n || date_parse_iso(col_text(st, 2), &dt) < 0)
			continue;
		if (in->n == in->cap)
			in->v = array_grow(in->v, &in->cap, sizeof *in->v);
		if (in->n == cap)
			*nomor = array_grow(*nomor, &cap, sizeof **nomor);
		x = &in->v[in->n];
		memset(x, 0, sizeof *x);
		x->kind = (int)i;
		x->day = date_days(&dt);
		x->peserta = -1;
		snprintf(x->pemilihan, sizeof x->pemilihan, "%s", col_text(st, 3));
		snprintf((*nomor)[in->n++], sizeof **nomor, "%s", col_text(st, 4));
	}
	sqlite3_finalize(st);
	return s == SQLITE_DONE ? 0 : db_fail(d, _("cannot read the reports"));
}

/* The first duty of the same report and recipient: the kind of its reports. */
static int duty_kind(const struct rules *r, const struct kewajiban *w)
{
	size_t i = 0;

	while (strcmp(r->kewajiban.v[i].laporan, w->laporan) != 0 ||
	       strcmp(r->kewajiban.v[i].kepada, w->kepada) != 0)
		i++;
	return (int)i;
}

/* One duty to report, counted by the cadence of a prevention duty. */
static void report_duty(const struct input *in, char (*nomor)[CEGAH_NAME_MAX + 1],
			const struct kewajiban *w, struct kep_lapor *l)
{
	static const struct unit agency;   /* the reports are the agency's own */
	int kind = duty_kind(in->r, w);
	long from, to, last = -1;

	memset(l, 0, sizeof *l);
	l->w = w;
	l->j = (struct jadwal){ .pemilihan = w->pemilihan, .kegiatan = w->laporan, .irama = w->irama,
		.mulai = w->mulai, .selesai = w->selesai, .batas = w->batas, .sumber = w->sumber,
		.instansi = w->instansi, .line = w->line };
	l->cell.j = &l->j;
	count_duty(in, &agency, kind, &l->cell, &from, &to);
	for (size_t i = 0; i < in->n; i++)
		if (in->v[i].kind == kind && in->v[i].day > last && counts(in, &in->v[i], &l->j, from, to)) {
			last = in->v[i].day;
			snprintf(l->nomor, sizeof l->nomor, "%s", nomor[i]);
		}
	if (last >= 0)
		day_text(last, l->terakhir);
	l->status = l->cell.late || l->cell.nkurang ? KEP_TERTINGGAL : l->cell.done ? KEP_LENGKAP : KEP_BERJALAN;
}

static int report_duties(struct db *d, const struct rules *r, long per, const char *const *list,
			 size_t n, struct kepatuhan *out)
{
	struct input in = { r, out, NULL, 0, 0, per };
	char (*nomor)[CEGAH_NAME_MAX + 1] = NULL;
	int rc;

	if ((rc = load_sent(d, &in, &nomor)) == 0 && r->kewajiban.n)
		out->lapor = xcalloc(r->kewajiban.n * n, sizeof *out->lapor);
	for (size_t c = 0; !rc && c < n; c++)
		for (size_t i = 0; i < r->kewajiban.n; i++)
			if (strcmp(r->kewajiban.v[i].pemilihan, list[c]) == 0) {
				struct kep_lapor *l = &out->lapor[out->nlapor++];

				report_duty(&in, nomor, &r->kewajiban.v[i], l);
				out->lapor_behind |= l->status == KEP_TERTINGGAL;
			}
	free(nomor);
	free(in.v);
	return rc;
}

int kepatuhan_compute(struct db *d, const struct rules *r, const char *const *pemilihan,
		      const struct date *per, struct kepatuhan *out)
{
	struct cegah_record active = unit_record;
	struct input in;
	const char *list[64];
	size_t n;
	int rc;

	memset(out, 0, sizeof *out);
	memset(&in, 0, sizeof in);
	for (size_t i = 0; i < r->kosakata.n && out->nkinds < KEP_KINDS; i++)
		if (strcmp(r->kosakata.v[i].daftar, VOCAB_KEGIATAN) == 0)
			out->kinds[out->nkinds++] = r->kosakata.v[i].kode;
	/* a unit deactivated has no duties; its records stay its own */
	active.live = "t.nonaktif IS NULL";
	date_format(per, out->per);
	in.r = r;
	in.k = out;
	in.per = date_days(per);
	if ((rc = contests(r, pemilihan, in.per, list, &n, sizeof list / sizeof *list)) ||
	    (rc = load(d, &in)))
		goto done;
	if (in.n)
		qsort(in.v, in.n, sizeof *in.v, by_unit);
	for (size_t i = 0; i < n && !rc; i++) {
		struct collect c = { &in, out, list[i], 0 };
		size_t first = out->n;

		/* no unit at all: no rows, and qsort may not be given none */
		if (!(rc = cegah_each(d, &active, 0, add_unit, &c)) && out->n > first)
			qsort(out->rows + first, out->n - first, sizeof *out->rows, by_status);
	}
	if (!rc)
		rc = report_duties(d, r, in.per, list, n, out);
done:
	free(in.v);
	/* nothing half made for the caller, who frees only what succeeded */
	if (rc)
		kepatuhan_free(out);
	return rc;
}

void kepatuhan_free(struct kepatuhan *k)
{
	for (size_t i = 0; i < k->n; i++)
		for (size_t c = 0; c < KEP_KINDS; c++)
			free(k->rows[i].cell[c].kurang);
	for (size_t i = 0; i < k->nlapor; i++)
		free(k->lapor[i].cell.kurang);
	free(k->rows);
	free(k->lapor);
	memset(k, 0, sizeof *k);
}

size_t kepatuhan_counted_in(const struct rules *r, const char *jenis, const char *pemilihan,
			    const char *tanggal)
{
	struct date d;
	size_t n = 0;
	long day, from, to;

	if (date_parse_iso(tanggal, &d) < 0)
		return 0;
	day = date_days(&d);
	for (size_t i = 0; i < r->jadwal.n; i++) {
		const struct jadwal *j = &r->jadwal.v[i];

		if (strcmp(j->kegiatan, jenis) != 0)
			continue;
		window(r, j, &from, &to);
		n += *pemilihan ? strcmp(j->pemilihan, pemilihan) == 0 : day >= from && day <= to;
	}
	return n;
}
