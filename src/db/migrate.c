/* Bringing a file to the current schema: a new file gets data/schema.sql
 * and the log's triggers, an older one each data/migrate/NNN.sql in turn,
 * all in one transaction (migrate.h). */
#include <stdio.h>

#include "netral/db/migrate.h"
#include "netral/util/embed.h"
#include "netral/util/msg.h"

static int run_script(struct db *d, const char *name)
{
	const struct embedded *em = embedded_find(name);
	char *msg = NULL;

	if (!em)
		return fail(NX_DATABASE, _("internal error: '%s' is not built in"), name);
	if (sqlite3_exec(d->h, em->data, NULL, NULL, &msg) != SQLITE_OK) {
		int rc = fail(db_status_of(sqlite3_errcode(d->h)),
			      _("cannot apply '%s' to '%s': %s"), name, d->path,
			      msg ? msg : "");
		sqlite3_free(msg);
		return rc;
	}
	return 0;
}

int db_empty_or_foreign(struct db *d)
{
	int tables, rc;

	if ((rc = db_int(d, "SELECT count(*) FROM sqlite_schema", &tables)))
		return rc;
	if (tables)
		return fail(NX_DATABASE, _("'%s' is not a netral database"), d->path);
	return 0;
}

static int set_version(struct db *d)
{
	char sql[128];

	snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d",
		 NETRAL_APPLICATION_ID, NETRAL_SCHEMA_VERSION);
	return db_exec(d, sql);
}

/* A new file gets the schema; an older one each migration in turn, all in
 * one transaction so an interrupted upgrade leaves the old version. */
int db_create_or_migrate(struct db *d, int version)
{
	int rc;

	if ((rc = db_begin(d)))
		return rc;
	/* re-read under the lock: another process may have done it meanwhile */
	if ((rc = db_int(d, "PRAGMA user_version", &version)))
		goto out;
	if (version == 0) {
		int tables;

		if ((rc = db_int(d, "SELECT count(*) FROM sqlite_schema", &tables)))
			goto out;
		if (tables != 0)
			rc = fail(NX_DATABASE, _("'%s' is not a netral database"), d->path);
		else if (!(rc = run_script(d, "data/schema.sql")))
			rc = run_script(d, "data/triggers.sql");
		if (!rc && !(rc = set_version(d))) {
			/* committed by the caller with what it stores first */
			d->fresh = 1;
			return 0;
		}
	} else {
		for (int v = version + 1; v <= NETRAL_SCHEMA_VERSION && !rc; v++) {
			char name[64];

			snprintf(name, sizeof name, "data/migrate/%03d.sql", v);
			rc = run_script(d, name);
		}
	}
	if (!rc)
		rc = set_version(d);
	if (!rc)
		return db_commit(d);
out:
	db_rollback(d);
	return rc;
}
