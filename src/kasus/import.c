/* Importing cases from CSV records (import.h).  One row at a time, in
 * bounded memory: the key of a dry run goes to a private on-disk set. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/kasus/change.h"
#include "netral/kasus/derive.h"
#include "netral/kasus/import.h"
#include "netral/kasus/repeat.h"
#include "netral/rules/rules.h"
#include "netral/rules/vocab.h"
#include "netral/util/alloc.h"
#include "netral/util/ascii.h"
#include "netral/util/msg.h"
#include "netral/util/utf8.h"

/* Columns netral itself writes besides the fields, accepted and ignored:
 * 'list --format csv' adds the case number and derived values, a reject
 * file the line and the reason; both can be imported again. */
static const char *const reject_cols[] = { "baris", "alasan" };

#define IGNORED (-2)

static const char *column_name(struct impor *im, size_t c, char buf[32])
{
	if (c < im->ncols && im->field_of[c] >= 0)
		return field_def(im->field_of[c])->name;
	if (c < im->ncols && *im->header[c])
		return im->header[c];
	snprintf(buf, 32, _("column %zu"), c + 1);
	return buf;
}

/* A message naming the file and line, never carrying control characters. */
static void say(struct impor *im, long line, const char *col, const char *msg,
		const char *kind)
{
	char head[512];

	fflush(stdout);
	snprintf(head, sizeof head, "%s:%ld: %s%s%s", im->name, line, kind, col ? col : "",
		 col ? ": " : "");
	sanitise(stderr, head);
	sanitise(stderr, msg);
	fputc('\n', stderr);
}

/* A bad row: reported on stderr, the reason kept for the reject file. */
static void problem(struct impor *im, long line, const char *col, const char *msg)
{
	say(im, line, col, msg, "");
	if (im->why.len)
		sb_puts(&im->why, "; ");
	if (col)
		sb_printf(&im->why, "%s: ", col);
	sb_puts(&im->why, msg);
}

/* A column of an earlier reject file: written afresh at the end, not
 * copied, so a reject file of a reject file has one of each. */
static int own_column(const struct impor *im, size_t c)
{
	for (size_t i = 0; c < im->ncols && i < sizeof reject_cols / sizeof *reject_cols; i++)
		if (ascii_casecmp(im->header[c], reject_cols[i]) == 0)
			return 1;
	return 0;
}

static void reject(struct impor *im, const struct csvin_record *r)
{
	char line[32];

	im->n.rejected++;
	if (!im->reject)
		return;
	/* the cell as it was before a spreadsheet mark, which csvout puts
	 * back: one mark, not one more on each trip */
	for (size_t c = 0; c < im->width; c++)
		if (!own_column(im, c))
			csvout_text(im->reject, c < r->n ? csvin_unmark(r->f[c]) : "");
	snprintf(line, sizeof line, "%ld", r->line);
	csvout_plain(im->reject, line);
	csvout_text(im->reject, sb_str(&im->why));
	csvout_end(im->reject);
}

static void warnings(struct impor *im, long line)
{
	const char *p = im->warn.buf, *nl;
	char text[1024];

	if (!p || im->quiet)
		return;
	for (; (nl = strchr(p, '\n')); p = nl + 1) {
		snprintf(text, sizeof text, "%.*s", (int)(nl - p), p);
		say(im, line, NULL, text, _("warning: "));
	}
}

/* The known columns: the fields, then those netral writes and ignores. */
static size_t known_columns(const char **known)
{
	size_t n = 0;

	for (int f = 0; f < F_COUNT; f++)
		known[n++] = field_def(f)->name;
	known[n++] = kasus_columns[COL_NOMOR].name;
	for (int c = 0; c < COL_COUNT; c++)
		if (column_listed(c))
			known[n++] = kasus_columns[c].name;
	for (size_t i = 0; i < sizeof reject_cols / sizeof *reject_cols; i++)
		known[n++] = reject_cols[i];
	return n;
}

static int missing_required(struct impor *im, const struct csvin_record *r, enum field f)
{
	struct strbuf req = STRBUF_INIT;
	int rc;

	for (int g = 0; g < F_COUNT; g++)
		if (field_def(g)->flags & CF_REQUIRED)
			sb_printf(&req, "%s%s", req.len ? ", " : "", field_def(g)->name);
	rc = fail(NX_DATA, _("%s:%ld: header: missing column '%s' (required: %s)"),
		  im->name, r->line, field_def(f)->name, req.buf);
	sb_free(&req);
	return rc;
}

/* The column a heading names: a heading of the alias table (kosakata
 * kolom_impor: "Tgl Kejadian"), else the heading normalised as position
 * names are, blanks as '_' ("No Laporan" is no_laporan). */
static void canonical(const struct rules *rules, const char *h, char *out, size_t cap)
{
	const struct kosakata *k = rules_kosakata(rules, VOCAB_KOLOM_IMPOR, h);

	if (k) {
		snprintf(out, cap, "%s", k->kode);
		return;
	}
	jabatan_normalise(h, out, cap);
	for (char *p = out; *p; p++)
		if (*p == ' ')
			*p = '_';
}

/* Every unknown and every missing required column, said at once; the last
 * one is the error returned. */
static int header_problems(struct impor *im, const struct csvin_record *r,
			   const int *key_of, const int *col_of)
{
	char msg[512];
	size_t last_unknown = im->width;
	int last_missing = -1;

	for (size_t c = 0; c < im->width && !im->ignore_unknown; c++)
		if (key_of[c] < 0)
			last_unknown = c;
	for (int f = 0; f < F_COUNT; f++)
		if ((field_def(f)->flags & CF_REQUIRED) && col_of[f] < 0)
			last_missing = f;
	for (size_t c = 0; c < im->width && !im->ignore_unknown; c++) {
		if (key_of[c] >= 0)
			continue;
		if (c == last_unknown && last_missing < 0)
			return fail(NX_DATA, _("%s:%ld: header: unknown column '%s'"), im->name, r->line, r->f[c]);
		snprintf(msg, sizeof msg, _("header: unknown column '%s'"), r->f[c]);
		say(im, r->line, NULL, msg, "");
	}
	for (int f = 0; f < last_missing; f++)
		if ((field_def(f)->flags & CF_REQUIRED) && col_of[f] < 0) {
			snprintf(msg, sizeof msg, _("header: missing column '%s'"), field_def(f)->name);
			say(im, r->line, NULL, msg, "");
		}
	return last_missing < 0 ? 0 : missing_required(im, r, last_missing);
}

static int header(struct impor *im, const struct csvin_record *r)
{
	const char *known[F_COUNT + COL_COUNT + 4];
	int key_of[4096], col_of[F_COUNT + COL_COUNT + 4];
	size_t nk = known_columns(known);
	struct csvin_record canon = *r;
	char (*names)[128];
	struct err e;
	int rc;

	if (r->n > 4096)
		return fail(NX_DATA, _("%s:%ld: header: more than 4096 columns"), im->name, r->line);
	for (size_t c = 0; c < r->n; c++)
		if (control_at(r->f[c]) >= 0)
			return fail(NX_DATA, _("%s:%ld: header: column %zu has a control character in its name"),
				    im->name, r->line, c + 1);
	/* matched by the column each heading names; a heading that names none
	 * stays as written, so a message quotes it */
	names = xcalloc(r->n ? r->n : 1, sizeof *names);
	canon.f = xcalloc(r->n ? r->n : 1, sizeof *canon.f);
	for (size_t c = 0; c < r->n; c++) {
		canonical(im->rules, r->f[c], names[c], sizeof names[c]);
		canon.f[c] = r->f[c];
		for (size_t k = 0; k < nk; k++)
			if (strcmp(names[c], known[k]) == 0)
				canon.f[c] = names[c];
	}
	rc = csvin_header(&canon, known, nk, 1, col_of, key_of, &im->width, &e) < 0 ?
		fail(NX_DATA, "%s:%ld: %s", im->name, r->line, e.msg) : 0;
	if (!rc && !im->ignore_unknown && key_of[0] < 0 && csvin_one_column(r, &e))
		rc = fail(NX_DATA, "%s:%ld: %s", im->name, r->line, e.msg);
	if (!rc)
		rc = header_problems(im, r, key_of, col_of);
	free(canon.f);
	free(names);
	if (rc)
		return rc;
	for (int f = 0; f < F_COUNT; f++)
		im->col_of[f] = col_of[f];
	/* known[F_COUNT] is the case number (known_columns) */
	im->nomor_col = col_of[F_COUNT];
	im->ncols = r->n;
	im->field_of = xcalloc(r->n, sizeof *im->field_of);
	im->header = xcalloc(r->n, sizeof *im->header);
	for (size_t c = 0; c < r->n; c++) {
		im->header[c] = xstrdup(r->f[c]);
		im->field_of[c] = key_of[c] < 0 ? -1 : key_of[c] < F_COUNT ? key_of[c] : IGNORED;
	}
	if (im->reject) {
		/* written as the file came, so a spreadsheet opens it alike */
		im->reject->delim = im->in->delim;
		im->reject->crlf = im->in->crlf;
		im->reject->cr = im->in->cr;
		if (im->in->bom)
			csvout_bom(im->reject);
		for (size_t c = 0; c < im->width; c++)
			if (!own_column(im, c))
				csvout_text(im->reject, r->f[c]);
		for (size_t i = 0; i < sizeof reject_cols / sizeof *reject_cols; i++)
			csvout_plain(im->reject, reject_cols[i]);
		csvout_end(im->reject);
	}
	return 0;
}

/* Dry run: is the key in the database, or earlier in this file?  1 or 0,
 * or minus an exit status (reported). */
static int dry_duplicate(struct impor *im, const char *key)
{
	int dup = 0, s;

	if (im->db && (dup = kasus_find_key(im->db, key, NULL)) < 0)
		return dup;
	sqlite3_bind_text(im->seen_st, 1, key, -1, SQLITE_STATIC);
	s = sqlite3_step(im->seen_st);
	sqlite3_reset(im->seen_st);
	if (s != SQLITE_DONE)
		return -fail(NX_IO, _("cannot write to a temporary database: %s"), sqlite3_errmsg(im->seen));
	return dup > 0 || sqlite3_changes(im->seen) == 0;
}

/* A value of the file that would undo a change made since by another path
 * (edit, status, blokir) is not taken unless --force: it is said, field by
 * field, and the field left as it is. */
static int keep_later_changes(struct impor *im, const struct csvin_record *r, const char *nomor,
			      const char **vals)
{
	struct kasus *cur = xmalloc(sizeof *cur);
	long long id;
	int rc;

	if ((rc = kasus_load(im->db, im->rules, nomor, cur, &id))) {
		free(cur);
		return rc;
	}
	for (int f = 0; f < F_COUNT && !rc; f++) {
		const char *now = kasus_value(cur, f);
		struct last_change last;
		char want[4200], text[512];
		struct err e;
		int found;

		if (!vals[f] || f == F_PEMILIHAN ||
		    field_normalise(im->rules, f, vals[f], want, sizeof want, &e) < 0 ||
		    strcmp(want, now ? now : "") == 0)
			continue;
		if ((found = kasus_last_change(im->db, id, field_def(f)->name, &last)) < 0) {
			rc = -found;
			break;
		}
		if (!found || last.from_import)
			continue;
		im->conflicts += !im->force;
		snprintf(text, sizeof text, im->force ?
			 _("changed by '%s' on %s (%s) after the import; the file's value taken (--force)") :
			 _("changed by '%s' on %s (%s) after the import; kept (--force takes the file's value)"),
			 last.jenis, last.day, last.operator);
		say(im, r->line, field_def(f)->name, text, _("warning: "));
		if (!im->force)
			vals[f] = NULL;
	}
	free(cur);
	return rc;
}

/* A row of another agency's file that names its case there: the case kept
 * for it.  1 found, 0 not, or minus an exit status. */
static int origin_case(struct impor *im, char nomor[32])
{
	if (!im->asal || !im->k->v[F_ASAL_NOMOR] || !im->db)
		return 0;
	return kasus_find_origin(im->db, im->asal, im->k->v[F_ASAL_NOMOR], nomor);
}

/* The case a row names by its number (a list written by 'list --format
 * csv' and corrected), into nomor; 0 when it names none. */
static int named_case(struct impor *im, const struct csvin_record *r, char nomor[32])
{
	const char *cell;

	/* another agency's case numbers are its own: its case is found by them */
	if (im->asal)
		return im->update && origin_case(im, nomor) > 0;
	if (!im->update || im->nomor_col < 0 || (size_t)im->nomor_col >= r->n)
		return 0;
	cell = r->f[im->nomor_col];
	return *cell && nomor_normalise(cell, nomor) == 0;
}

/* --update: the row names a case already recorded, by its number or by
 * the key of its report. */
static int update_existing(struct impor *im, const struct csvin_record *r)
{
	const char *vals[F_COUNT] = { 0 };
	struct change c;
	char nomor[32];
	struct err e;
	int rc;

	if (!named_case(im, r, nomor) && (rc = kasus_find_key(im->db, im->key.buf, nomor)) <= 0)
		return rc < 0 ? -rc : db_fail(im->db, _("cannot find the case to update"));
	for (int f = 0; f < F_COUNT; f++)
		if (im->col_of[f] >= 0)
			vals[f] = (size_t)im->col_of[f] < r->n ? csvin_unmark(r->f[im->col_of[f]]) : "";
	/* an empty status is the default of a new case, not a move back to it */
	if (vals[F_STATUS] && !*vals[F_STATUS])
		vals[F_STATUS] = NULL;
	if (im->asal) {
		vals[F_ASAL] = im->asal;
		vals[F_ASAL_NOMOR] = im->k->v[F_ASAL_NOMOR];
	}
	if ((rc = keep_later_changes(im, r, nomor, vals)))
		return rc;
	sb_reset(&im->where);
	sb_printf(&im->where, "%s:%ld", im->name, r->line);
	memset(&c, 0, sizeof c);
	c.rules = im->rules;
	c.today = im->today;
	c.op = im->op;
	/* "impor" is the creation of a case; a correction is an "ubah" that
	 * says which file and line it came from */
	c.event_kind = "ubah";
	c.catatan = im->where.buf;
	c.status_moves = 1;
	sb_reset(&im->warn);
	rc = kasus_change(im->db, nomor, vals, &c, &e, &im->warn);
	if (rc == NX_DATA && e.field >= 0) {
		problem(im, r->line, field_def(e.field)->name, e.msg);
		reject(im, r);
		return 0;
	}
	if (rc)
		return rc;
	warnings(im, r->line);
	if (c.fields || c.reclassified)
		im->n.updated++;
	else
		im->n.duplicates++;
	return 0;
}

/* --asal: the origin of a row that names none; a row naming another is
 * refused, as a file from one agency cannot hold another's cases. */
static int origin(struct impor *im, const struct csvin_record *r)
{
	const char *own = im->k->v[F_ASAL];
	struct err e;
	char msg[512];

	if (own && strcmp(own, im->asal) != 0) {
		snprintf(msg, sizeof msg, _("the row comes from '%.200s', not '%.200s' (--asal)"), own,
			 im->asal);
		problem(im, r->line, field_def(F_ASAL)->name, msg);
		return -1;
	}
	if (kasus_set(im->k, F_ASAL, im->asal, im->rules, &e) < 0) {
		problem(im, r->line, field_def(F_ASAL)->name, e.msg);
		return -1;
	}
	/* its number there, as the file writes it */
	if (!im->k->v[F_ASAL_NOMOR] && im->nomor_col >= 0 && (size_t)im->nomor_col < r->n &&
	    *r->f[im->nomor_col] && kasus_set(im->k, F_ASAL_NOMOR, r->f[im->nomor_col], im->rules, &e) < 0) {
		problem(im, r->line, "nomor", e.msg);
		return -1;
	}
	return 0;
}

/* The row's fields into im->k; 1 when the row is good. */
static int parse_row(struct impor *im, const struct csvin_record *r)
{
	struct kasus *k = im->k;
	struct err e;
	int good = 1;

	kasus_init(k);
	k->today = im->today;
	k->no_reason = 1;
	for (int f = 0; f < F_COUNT; f++) {
		int c = im->col_of[f];

		if (c >= 0 && kasus_set(k, f, csvin_unmark(r->f[c]), im->rules, &e) < 0) {
			problem(im, r->line, field_def(f)->name, e.msg);
			good = 0;
		}
	}
	if (good && im->asal && origin(im, r) < 0)
		good = 0;
	sb_reset(&im->warn);
	if (good && kasus_finish(k, im->rules, &e, &im->warn) < 0) {
		problem(im, r->line, field_def(e.field)->name, e.msg);
		good = 0;
	}
	return good;
}

/* A row that creates a case meets the rules of a new case (derive.h); one
 * that names a recorded case is a duplicate, or with --update a change
 * checked as such.  Only a row that fails them costs a look-up. */
static int new_case(struct impor *im, const struct csvin_record *r, int *exists)
{
	char nomor[32];
	struct err e;
	int rc;

	*exists = 0;
	if (kasus_entry_rules(im->k, NULL, im->rules, NULL, &e, &im->warn) == 0)
		return 1;
	if (im->db && (rc = kasus_find_key(im->db, im->key.buf, nomor)) != 0) {
		*exists = rc > 0;
		return rc > 0 ? 0 : rc;
	}
	problem(im, r->line, field_def(e.field)->name, e.msg);
	reject(im, r);
	return 0;
}

static int store_row(struct impor *im, const struct csvin_record *r)
{
	struct provenance p = { im->impor_id, r->line, "" };
	char nomor[32];
	long long id = 0;
	int rc, ok, exists;

	/* a newer file from the same agency: its cases are those we keep */
	if ((rc = origin_case(im, nomor)) < 0)
		return -rc;
	if (rc)
		return im->update ? update_existing(im, r) : (im->n.duplicates++, 0);
	if (named_case(im, r, nomor)) {
		/* corrections of who the report names keep to the same case */
		if ((rc = kasus_exists(im->db, nomor)) < 0)
			return -rc;
		if (rc)
			return update_existing(im, r);
		problem(im, r->line, "nomor", _("no such case to update"));
		reject(im, r);
		return 0;
	}
	if ((ok = new_case(im, r, &exists)) < 0)
		return -ok;
	if (!ok && !exists)
		return 0;  /* rejected, and said */
	if (ok && (rc = kasus_insert(im->db, im->k, &p, im->key.buf, nomor, &id)))
		return rc;
	if (id == 0)
		return im->update ? update_existing(im, r) : (im->n.duplicates++, 0);
	warnings(im, r->line);
	/* no event of its own: the run's event holds the digest of the states
	 * of the cases it created, in line order (audit_run) */
	kasus_run_add(&im->run, p.state);
	im->n.imported++;
	im->unclassified += strcmp(im->k->klas.jenis, JENIS_UNCLASSIFIED) == 0;
	return 0;
}

int impor_record(void *ctx, const struct csvin_record *r)
{
	struct impor *im = ctx;
	char buf[32];
	struct err e;

	if (r->index == 0)
		return header(im, r);
	im->rows++;
	if (im->progress)
		im->progress(im->progress_ctx, im->rows);
	sb_reset(&im->why);
	if (r->problem) {
		problem(im, r->line, column_name(im, r->problem_field, buf), r->problem);
		reject(im, r);
		return 0;
	}
	if (csvin_check_width(r, im->width, &e) < 0) {
		problem(im, r->line, NULL, e.msg);
		reject(im, r);
		return 0;
	}
	if (!parse_row(im, r)) {
		reject(im, r);
		return 0;
	}
	kasus_key(im->k, &im->key);
	if (!im->dry_run)
		return store_row(im, r);
	{
		char nomor[32];
		int exists, ok = origin_case(im, nomor);

		/* a case another agency's file names again, as store_row finds it */
		if (ok < 0)
			return -ok;
		if (ok) {
			im->n.duplicates++;
			return 0;
		}
		ok = new_case(im, r, &exists);
		if (ok < 0)
			return -ok;
		if (ok && !exists && (exists = dry_duplicate(im, im->key.buf)) < 0)
			return -exists;
		if (exists) {
			im->n.duplicates++;
		} else if (ok) {
			warnings(im, r->line);
			im->n.imported++;
			im->unclassified += strcmp(im->k->klas.jenis, JENIS_UNCLASSIFIED) == 0;
		}
	}
	return 0;
}

static int open_keyset(struct impor *im)
{
	/* "" is a private on-disk database: the keys of a large file stay
	 * out of memory */
	if (sqlite3_open_v2("", &im->seen, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
	    sqlite3_exec(im->seen, "CREATE TABLE seen (k TEXT PRIMARY KEY) WITHOUT ROWID; BEGIN",
			 NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(im->seen, "INSERT OR IGNORE INTO seen VALUES (?1)", -1,
			       &im->seen_st, NULL) != SQLITE_OK)
		return fail(NX_IO, _("cannot create a temporary database: %s"),
			    im->seen ? sqlite3_errmsg(im->seen) : "");
	return 0;
}

int impor_begin(struct impor *im)
{
	im->k = xmalloc(sizeof *im->k);
	kasus_run_init(&im->run);
	if (im->dry_run)
		return open_keyset(im);
	/* a bigger page cache for the bulk insert, still bounded */
	sqlite3_exec(im->db->h, "PRAGMA cache_size = -16384", NULL, NULL, NULL);
	return kasus_impor_start(im->db, im->name, im->op, &im->impor_id);
}

static int repeated(void *ctx, long line, const char *nomor, const char *first)
{
	struct impor *im = ctx;
	char text[160];

	if (!im->quiet) {
		snprintf(text, sizeof text, _("%s repeats %s (the same person, day and act)"), nomor, first);
		say(im, line, NULL, text, _("warning: "));
	}
	return 0;
}

int impor_finish(struct impor *im, const char *sha256)
{
	char digest[65], record[512];
	int rc;

	if (im->dry_run)
		return 0;
	if ((rc = kasus_impor_finish(im->db, im->impor_id, sha256, &im->n)) ||
	    /* one sort of the run's days and acts: a sixth of a bulk load's
	     * time, spent only where the warnings are read */
	    (!im->quiet && im->n.imported && (rc = kasus_repeats(im->db, im->impor_id, repeated, im))))
		return rc;
	kasus_run_digest(&im->run, digest);
	kasus_impor_record(im->name, sha256, &im->n, record, sizeof record);
	return audit_run(im->db, im->op, im->impor_id, digest, record);
}

void impor_free(struct impor *im)
{
	if (im->seen_st)
		sqlite3_finalize(im->seen_st);
	if (im->seen)
		sqlite3_close(im->seen);
	for (size_t i = 0; i < im->ncols; i++)
		free(im->header[i]);
	free(im->header);
	free(im->field_of);
	free(im->k);
	sb_free(&im->key);
	sb_free(&im->why);
	sb_free(&im->warn);
	sb_free(&im->where);
}
