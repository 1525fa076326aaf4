/* Import runs (run.h). */
#include <stdio.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/audit/run.h"
#include "netral/util/msg.h"

void run_digest_init(struct run_digest *run)
{
	digest_init(&run->d);
	digest_update(&run->d, "netral-impor-1", 14);
	run->n = 0;
}

void run_digest_add(struct run_digest *run, const char *state)
{
	digest_update(&run->d, state, strlen(state));
	digest_update(&run->d, "\n", 1);
	run->n++;
}

void run_digest_hex(struct run_digest *run, char out[65])
{
	digest_hex(&run->d, out);
}

void audit_run_record(const char *berkas, const char *sha256, const struct run_counts *c,
		      char *out, size_t cap)
{
	snprintf(out, cap, "berkas=%s; sha256=%s; diimpor=%ld; duplikat=%ld; diperbarui=%ld; ditolak=%ld",
		 berkas, sha256 ? sha256 : "", c->imported, c->duplicates, c->updated, c->rejected);
}

int audit_run_start(struct db *d, const char *berkas, const char *op, long long *id)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "INSERT INTO impor (berkas, waktu, operator) VALUES (?1, ?3, ?2)", &st)))
		return rc;
	sqlite3_bind_text(st, 1, berkas, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, op, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, db_now(d), -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot start the import"));
	sqlite3_finalize(st);
	*id = sqlite3_last_insert_rowid(d->h);
	return rc;
}

int audit_run_finish(struct db *d, long long id, const char *berkas, const char *op,
		     const char *sha256, const struct run_counts *c, struct run_digest *created)
{
	char digest[65], record[512];
	sqlite3_stmt *st;
	int rc;

	if ((rc = db_prepare(d, "UPDATE impor SET sha256 = ?2, diimpor = ?3, duplikat = ?4, "
			     "diperbarui = ?5, ditolak = ?6 WHERE id = ?1", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, sha256, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, c->imported);
	sqlite3_bind_int64(st, 4, c->duplicates);
	sqlite3_bind_int64(st, 5, c->updated);
	sqlite3_bind_int64(st, 6, c->rejected);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(d, _("cannot finish the import"));
	sqlite3_finalize(st);
	if (rc)
		return rc;
	run_digest_hex(created, digest);
	audit_run_record(berkas, sha256, c, record, sizeof record);
	return audit_run(d, op, id, digest, record);
}
