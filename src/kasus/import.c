/* Cases from an import's rows (import.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/kasus/change.h"
#include "netral/kasus/create.h"
#include "netral/kasus/derive.h"
#include "netral/kasus/import.h"
#include "netral/kasus/repeat.h"
#include "netral/kasus/indexes.h"
#include "netral/kasus/rollup.h"
#include "netral/rules/rules.h"
#include "netral/rules/vocab.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/msg.h"
#include "netral/util/text.h"

/* The warnings a row's checks left, one a line. */
static void warnings(struct impor *ip, struct csvimport *im)
{
	const char *p = ip->warn.buf, *nl;

	for (; p && (nl = strchr(p, '\n')); p = nl + 1)
		csvimport_warning(im, NULL, "%.*s", (int)(nl - p), p);
}

/* A value of the file that would undo a change made since by another path
 * (edit, status, blokir) is not taken unless --force: it is said, field by
 * field, and the field left as it is. */
static int keep_later_changes(struct impor *ip, struct csvimport *im, const char *nomor,
			      const char **vals)
{
	struct kasus *cur = xmalloc(sizeof *cur);
	long long id;
	int rc;

	if ((rc = kasus_load(ip->db, ip->rules, nomor, cur, &id))) {
		free(cur);
		return rc;
	}
	for (int f = 0; f < F_COUNT && !rc; f++) {
		const char *now = kasus_value(cur, f);
		struct last_change last;
		char want[4200];
		struct err e;
		int found;

		if (!vals[f] || f == F_PEMILIHAN ||
		    field_normalise(ip->rules, f, vals[f], want, sizeof want, &e) < 0 ||
		    strcmp(want, now ? now : "") == 0)
			continue;
		if ((found = kasus_last_change(ip->db, id, field_def(f)->name, &last)) < 0) {
			rc = -found;
			break;
		}
		if (!found || last.from_import)
			continue;
		ip->conflicts += !ip->force;
		csvimport_kept(im, field_def(f)->name, ip->force ?
				  _("changed by '%s' on %s (%s) after the import; the file's value taken (--force)") :
				  _("changed by '%s' on %s (%s) after the import; kept (--force takes the file's value)"),
				  last.jenis, last.day, last.operator);
		if (!ip->force)
			vals[f] = NULL;
	}
	free(cur);
	return rc;
}

/* A row of another agency's file that names its case there: the case kept
 * for it.  1 found, 0 not, or minus an exit status. */
static int origin_case(struct impor *ip, char nomor[32])
{
	if (!ip->asal || !ip->k->v[F_ASAL_NOMOR])
		return 0;
	return kasus_find_origin(ip->db, ip->asal, ip->k->v[F_ASAL_NOMOR], nomor);
}

/* The case a row names by its number (a list written by 'list --format
 * csv' and corrected), into nomor; 0 when it names none, minus a status
 * when it cannot be read. */
static int named_case(struct impor *ip, const char *const *v, char nomor[32])
{
	/* another agency's case numbers are its own: its case is found by them */
	if (ip->asal)
		return ip->update ? origin_case(ip, nomor) : 0;
	if (!ip->update || !v[IMPOR_NOMOR])
		return 0;
	return *v[IMPOR_NOMOR] && nomor_normalise(v[IMPOR_NOMOR], nomor) == 0;
}

/* --update: the row names a case already recorded, by its number or by
 * the key of its report. */
static int update_existing(struct impor *ip, struct csvimport *im, const char *const *v,
			   int *outcome)
{
	const char *vals[F_COUNT];
	struct change c;
	char nomor[32];
	struct err e;
	int rc;

	if ((rc = named_case(ip, v, nomor)) < 0)
		return -rc;
	if (!rc && (rc = kasus_find_key(ip->db, ip->key.buf, nomor)) <= 0)
		return rc < 0 ? -rc : db_fail(ip->db, _("cannot find the case to update"));
	memcpy(vals, v, sizeof vals);
	/* found by a duplicate's report merged into it: the case keeps its own */
	if (rc == 2)
		vals[F_NO_LAPORAN] = vals[F_SUMBER] = NULL;
	/* an empty status is the default of a new case, not a move back to it */
	if (vals[F_STATUS] && !*vals[F_STATUS])
		vals[F_STATUS] = NULL;
	if (ip->asal) {
		vals[F_ASAL] = ip->asal;
		vals[F_ASAL_NOMOR] = ip->k->v[F_ASAL_NOMOR];
		vals[F_GABUNG_KE] = ip->k->v[F_GABUNG_KE];
	}
	if ((rc = keep_later_changes(ip, im, nomor, vals)))
		return rc;
	sb_reset(&ip->where);
	sb_printf(&ip->where, "%s:%ld", im->in->name, im->line);
	memset(&c, 0, sizeof c);
	c.rules = ip->rules;
	c.today = ip->today;
	c.op = ip->op;
	/* "impor" is the creation of a case; a correction is an "ubah" that
	 * says which file and line it came from */
	c.event_kind = "ubah";
	c.catatan = ip->where.buf;
	c.status_moves = 1;
	sb_reset(&ip->warn);
	rc = kasus_change(ip->db, nomor, vals, &c, &e, &ip->warn);
	if (rc == NX_DATA && e.field >= 0) {
		csvimport_problem(im, field_def(e.field)->name, "%s", e.msg);
		return -1;
	}
	if (rc)
		return rc;
	warnings(ip, im);
	*outcome = c.fields || c.reclassified ? IMPORT_UPDATED : IMPORT_SAME;
	return 0;
}

/* A duplicate the origin merged names the case it kept by the origin's
 * number: ours is the case kept for that one, or none while it is not
 * here (the reason, batal_alasan, still names it).  0, or -1 when the
 * look-up failed (and said so). */
static int merged_into(struct impor *ip)
{
	char nomor[32];
	int rc;

	if (!ip->k->v[F_GABUNG_KE])
		return 0;
	if ((rc = kasus_find_origin(ip->db, ip->asal, ip->k->v[F_GABUNG_KE], nomor)) < 0)
		return -1;
	if (rc)
		kasus_put(ip->k, F_GABUNG_KE, nomor, strlen(nomor));
	else
		ip->k->v[F_GABUNG_KE] = NULL;
	return 0;
}

/* --asal: the origin of a row that names none; a row naming another is
 * refused, as a file from one agency cannot hold another's cases. */
static int origin(struct impor *ip, struct csvimport *im, const char *const *v)
{
	const char *own = ip->k->v[F_ASAL];
	struct err e;

	if (own && strcmp(own, ip->asal) != 0) {
		csvimport_problem(im, field_def(F_ASAL)->name,
				  _("the row comes from '%.200s', not '%.200s' (--asal)"), own, ip->asal);
		return -1;
	}
	if (kasus_set(ip->k, F_ASAL, ip->asal, ip->rules, &e) < 0) {
		csvimport_problem(im, field_def(F_ASAL)->name, "%s", e.msg);
		return -1;
	}
	/* its number there, as the file writes it */
	if (!ip->k->v[F_ASAL_NOMOR] && v[IMPOR_NOMOR] && *v[IMPOR_NOMOR] &&
	    kasus_set(ip->k, F_ASAL_NOMOR, v[IMPOR_NOMOR], ip->rules, &e) < 0) {
		csvimport_problem(im, "nomor", "%s", e.msg);
		return -1;
	}
	return merged_into(ip);
}

/* A chain head "ID:SHA256": the event's id, or -1 when it is not one. */
static long long head_id(const char *h)
{
	char *end;
	long long id;

	if (!h || !ascii_isdigit((unsigned char)*h))
		return -1;
	id = strtoll(h, &end, 10);
	return *end == ':' && strlen(end + 1) == 64 ? id : -1;
}

/* The first row of an exchange file says whose state it is, and when:
 * that origin's, and not older than the last file taken from it (an
 * older one would undo what the province holds).  0, -1 when refused
 * (said), or an exit status that stops the import. */
static int exchange_first(struct impor *ip, struct csvimport *im, const char *const *v)
{
	const char *by = v[IMPOR_PENGIRIM], *head = v[IMPOR_RANTAI], *sent = v[IMPOR_DIKIRIM];
	long long id = head_id(head), last = head_id(ip->last_head);
	char a[512], b[512];

	if (!ip->asal) {
		csvimport_problem(im, "pengirim", _("an exchange file is imported with --asal, its origin"));
		return -1;
	}
	text_key(by ? by : "", a, sizeof a);
	text_key(ip->asal, b, sizeof b);
	if (strcmp(a, b) != 0) {
		csvimport_problem(im, "pengirim", _("the file was sent by '%.200s', not '%.200s' (--asal)"),
				  by ? by : "", ip->asal);
		return -1;
	}
	if (id < 0 || !sent || strlen(sent) >= sizeof ip->sent) {
		csvimport_problem(im, id < 0 ? "rantai" : "dikirim",
				  _("not an exchange file's chain head and time ('netral list --pertukaran' writes them)"));
		return -1;
	}
	if (last >= 0 && (id < last || (id == last && strcmp(head, ip->last_head) != 0)))
		return fail(NX_DATA, _("%s: older than the last exchange file taken from '%s' (its chain head %s, the last %s): refused"),
			    im->in->name, ip->asal, head, ip->last_head);
	snprintf(ip->head, sizeof ip->head, "%s", head);
	snprintf(ip->sent, sizeof ip->sent, "%s", sent);
	ip->exchange = 1;
	return 0;
}

/* An exchange file's rows: one origin's state at one time.  0, -1 when
 * refused (said), or an exit status. */
static int exchange_row(struct impor *ip, struct csvimport *im, const char *const *v)
{
	if (!ip->exchange)
		return exchange_first(ip, im, v);
	if (!v[IMPOR_RANTAI] || strcmp(v[IMPOR_RANTAI], ip->head) != 0 ||
	    !v[IMPOR_DIKIRIM] || strcmp(v[IMPOR_DIKIRIM], ip->sent) != 0) {
		csvimport_problem(im, "rantai", _("differs from the first row's: a file holds one state of one origin"));
		return -1;
	}
	return 0;
}

/* The row's fields into ip->k; 1 when the row is good. */
static int parse_row(struct impor *ip, struct csvimport *im, const char *const *v)
{
	struct kasus *k = ip->k;
	struct err e;
	int good = 1;

	kasus_init(k);
	k->today = ip->today;
	k->no_reason = 1;
	for (int f = 0; f < F_COUNT; f++)
		/* an exchange file's origin and number there are the sender's
		 * bookkeeping: here the sender is the origin */
		if (v[f] && !(ip->exchange && (f == F_ASAL || f == F_ASAL_NOMOR)) &&
		    kasus_set(k, f, v[f], ip->rules, &e) < 0) {
			csvimport_problem(im, field_def(f)->name, "%s", e.msg);
			good = 0;
		}
	if (good && ip->asal && origin(ip, im, v) < 0)
		good = 0;
	sb_reset(&ip->warn);
	if (good && kasus_finish(k, ip->rules, &e, &ip->warn) < 0) {
		csvimport_problem(im, field_def(e.field)->name, "%s", e.msg);
		good = 0;
	}
	return good;
}

/* A row that creates a case meets the rules of a new case (derive.h); one
 * that names a recorded case is a duplicate, or with --update a change
 * checked as such.  Only a row that fails them costs a look-up: 1 new, 0
 * recorded (*exists) or refused, or minus a status. */
static int new_case(struct impor *ip, struct csvimport *im, int *exists)
{
	char nomor[32];
	struct err e;
	int rc;

	*exists = 0;
	if (kasus_entry_rules(ip->k, NULL, ip->rules, NULL, &e, &ip->warn) == 0)
		return 1;
	if ((rc = kasus_find_key(ip->db, ip->key.buf, nomor)) != 0) {
		*exists = rc > 0;
		return rc > 0 ? 0 : rc;
	}
	csvimport_problem(im, field_def(e.field)->name, "%s", e.msg);
	return 0;
}

static int case_row(void *ctx, struct csvimport *im, const char *const *v, int *outcome)
{
	struct impor *ip = ctx;
	struct provenance p = { ip->impor_id, im->line, "" };
	char nomor[32];
	long long id = 0;
	int rc, ok, exists;

	if (v[IMPOR_PENGIRIM] && (rc = exchange_row(ip, im, v)) != 0)
		return rc;
	if (!parse_row(ip, im, v))
		return -1;
	/* the origin's cases it names: those it lacks are no longer there */
	if (ip->asal && ip->k->v[F_ASAL_NOMOR] && (rc = rollup_seen(ip->db, ip->k->v[F_ASAL_NOMOR])))
		return rc;
	kasus_key(ip->k, &ip->key);
	/* a newer file from the same agency: its cases are those we keep */
	if ((rc = origin_case(ip, nomor)) < 0)
		return -rc;
	if (rc)
		return ip->update ? update_existing(ip, im, v, outcome) : (*outcome = IMPORT_SAME, 0);
	if ((rc = named_case(ip, v, nomor)) < 0)
		return -rc;
	if (rc) {
		/* corrections of who the report names keep to the same case */
		if ((rc = kasus_exists(ip->db, nomor)) < 0)
			return -rc;
		if (rc)
			return update_existing(ip, im, v, outcome);
		csvimport_problem(im, "nomor", _("no such case to update"));
		return -1;
	}
	if ((ok = new_case(ip, im, &exists)) < 0)
		return -ok;
	if (!ok && !exists)
		return -1;
	if (ok && ip->aside_wanted) {
		/* only a new case sets them aside: a file of duplicates would
		 * otherwise build every index again for nothing */
		if ((rc = kasus_find_key(ip->db, ip->key.buf, nomor)) < 0)
			return -rc;
		if (rc)
			return ip->update ? update_existing(ip, im, v, outcome) : (*outcome = IMPORT_SAME, 0);
		ip->aside_wanted = 0;
		if ((rc = kasus_indexes_aside(ip->db, &ip->aside)))
			return rc;
	}
	if (ok && (rc = kasus_create(ip->db, ip->k, ip->op, &p, nomor, &id, NULL)))
		return rc;
	if (id == 0)
		return ip->update ? update_existing(ip, im, v, outcome) : (*outcome = IMPORT_SAME, 0);
	warnings(ip, im);
	/* no event of its own: the run's event holds the digest of the states
	 * of the cases it created, in line order */
	run_digest_add(&ip->created, p.state);
	ip->unclassified += strcmp(ip->k->klas.jenis, JENIS_UNCLASSIFIED) == 0;
	*outcome = IMPORT_NEW;
	return 0;
}

/* The column a heading names: a heading of the alias table (kosakata
 * kolom_impor: "Tgl Kejadian"), else the heading normalised as position
 * names are, blanks as '_' ("No Laporan" is no_laporan). */
static void canonical(void *ctx, const char *h, char *out, size_t cap)
{
	const struct impor *ip = ctx;
	const struct kosakata *k = rules_kosakata(ip->rules, VOCAB_KOLOM_IMPOR, h);

	if (k) {
		snprintf(out, cap, "%s", k->kode);
		return;
	}
	jabatan_normalise(h, out, cap);
	for (char *p = out; *p; p++)
		if (*p == ' ')
			*p = '_';
}

static int start(void *ctx, long rows)
{
	struct impor *ip = ctx;

	return kasus_indexes_worth(ip->db, rows, &ip->aside_wanted);
}

int impor_begin(struct impor *ip)
{
	size_t n = 0;
	int rc;

	/* the fields, the case number, then what 'list' adds and import ignores */
	for (int f = 0; f < F_COUNT; f++) {
		ip->flags[n] = (field_def(f)->flags & CF_REQUIRED ? IMPORT_REQUIRED : 0) |
			       (field_def(f)->flags & CF_DIGITS ? IMPORT_DIGITS : 0) |
			       (field_def(f)->flags & CF_DATE ? IMPORT_DATE : 0);
		ip->cols[n++] = field_def(f)->name;
	}
	ip->flags[n] = 0;
	ip->cols[n++] = kasus_columns[COL_NOMOR].name;
	ip->flags[n] = 0;
	ip->cols[n++] = "pengirim";
	ip->flags[n] = 0;
	ip->cols[n++] = "rantai";
	ip->flags[n] = 0;
	ip->cols[n++] = "dikirim";
	for (int c = 0; c < COL_COUNT; c++)
		if (column_listed(c)) {
			ip->flags[n] = IMPORT_IGNORED;
			ip->cols[n++] = kasus_columns[c].name;
		}
	ip->cols[n] = NULL;
	ip->kind = (struct import_kind){ ip->cols, ip->flags, canonical, case_row, start };
	ip->k = xmalloc(sizeof *ip->k);
	run_digest_init(&ip->created);
	if (ip->asal && (rc = rollup_seen_begin(ip->db)))
		return rc;
	/* a bigger page cache for the bulk insert, still bounded */
	return db_exec(ip->db, "PRAGMA cache_size = -16384");
}

static int repeated(void *ctx, long line, const char *nomor, const char *first)
{
	char where[600];

	csvin_at(ctx, line, where, sizeof where);
	report_in(where, _("warning: %s repeats %s (the same person, day and act)"), nomor, first);
	return 0;
}

struct missing_ctx {
	struct impor *ip;
	const char *name;
};

/* A case of the origin its file lacks: gone from the origin.  An exchange
 * file is its whole state: the case is withdrawn with --update (void,
 * with the reason), never deleted; another file may be a part only. */
static int missing(void *ctx, const char *nomor, const char *theirs)
{
	struct missing_ctx *m = ctx;
	struct impor *ip = m->ip;
	const char *vals[F_COUNT] = { 0 };
	struct change c;
	char why[400];
	struct err e;
	int rc;

	ip->missing++;
	/* a row refused may be the case: the file was not taken whole */
	if (ip->rejected) {
		warning(_("%s: %s (%s's %s) is not among the rows taken; not withdrawn, as rows were refused"),
			m->name, nomor, ip->asal, theirs);
		return 0;
	}
	if (!ip->exchange || !ip->update) {
		warning(ip->exchange ? _("%s: %s (%s's %s) is not in the file: its origin no longer holds it; --update withdraws it")
				     : _("%s: %s (%s's %s) is not in the file; an exchange file ('netral list --pertukaran') says whether its origin withdrew it"),
			m->name, nomor, ip->asal, theirs);
		return 0;
	}
	/* the reason is the case's data, in the language of the records */
	snprintf(why, sizeof why, "ditarik oleh asal: tidak ada dalam berkas pertukaran %s (%s)",
		 m->name, ip->head);
	vals[F_STATUS] = "batal";
	vals[F_BATAL_ALASAN] = why;
	memset(&c, 0, sizeof c);
	c.rules = ip->rules;
	c.today = ip->today;
	c.op = ip->op;
	c.event_kind = "ubah";
	c.catatan = m->name;
	c.status_moves = 1;
	rc = kasus_change(ip->db, nomor, vals, &c, &e, NULL);
	if (rc == NX_DATA && e.field >= 0) {
		/* a case the workflow cannot void (sanctioned) stays, said */
		warning(_("%s: %s (%s's %s) is not in the file, but cannot be withdrawn: %s"),
			m->name, nomor, ip->asal, theirs, e.msg);
		return 0;
	}
	if (rc)
		return rc;
	ip->withdrawn++;
	warning(_("%s: %s (%s's %s) is not in the file: withdrawn by its origin (batal)"),
		m->name, nomor, ip->asal, theirs);
	return 0;
}

int impor_finish(struct impor *ip, const struct csvin *in)
{
	struct missing_ctx m = { ip, in->name };
	int s;

	if ((s = kasus_indexes_restore(ip->db, &ip->aside)))
		return s;
	if (ip->asal && (s = rollup_unseen(ip->db, ip->asal, missing, &m)))
		return s;
	/* one sort of the run's days and acts: a sixth of a bulk load's time,
	 * spent only where the warnings are read */
	if (ip->quiet || !ip->created.n)
		return 0;
	return kasus_repeats(ip->db, ip->impor_id, repeated, (void *)in);
}

void impor_free(struct impor *ip)
{
	free(ip->k);
	sb_free(&ip->key);
	sb_free(&ip->aside);
	sb_free(&ip->warn);
	sb_free(&ip->where);
}
