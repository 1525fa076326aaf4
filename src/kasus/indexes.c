/* Setting the indexes of kasus aside for a bulk import (indexes.h).  The
 * drop and the build are in the import's transaction: a failed or killed
 * import leaves the indexes as they were, and no reader sees the table
 * without them. */
#include "netral/kasus/indexes.h"
#include "netral/util/msg.h"

/* an eighth: one sort of the whole table then costs about what the rows'
 * own inserts would, measured at a million cases (bench/README) */
#define ASIDE_SHARE 8
#define REBUILD_CACHE_KIB 4096

int kasus_indexes_worth(struct db *d, long rows, int *yes)
{
	int n, rc;

	*yes = 0;
	/* the last id: the cases held, without counting them */
	if (!(rc = db_int(d, "SELECT coalesce(max(id), 0) FROM kasus", &n)))
		*yes = rows >= n / ASIDE_SHARE;
	return rc;
}

int kasus_indexes_aside(struct db *d, struct strbuf *sql)
{
	struct strbuf drops = STRBUF_INIT;
	sqlite3_stmt *st;
	int rc, s;

	sb_reset(sql);
	if ((rc = db_prepare(d, "SELECT format('DROP INDEX \"%w\";', name), sql FROM sqlite_schema "
			     "WHERE type = 'index' AND tbl_name = 'kasus' AND sql IS NOT NULL "
			     "AND sql NOT LIKE 'CREATE UNIQUE %' AND sql NOT LIKE '% WHERE %'", &st)))
		return rc;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		sb_printf(sql, "%s;\n", col_text(st, 1));
		sb_printf(&drops, "%s\n", col_text(st, 0));
	}
	if (s != SQLITE_DONE)
		rc = db_fail(d, _("cannot read the schema"));
	sqlite3_finalize(st);
	/* dropped once the schema is read: not while it is */
	if (!rc && drops.len)
		rc = db_exec(d, drops.buf);
	sb_free(&drops);
	if (rc)
		sb_reset(sql);
	return rc;
}

int kasus_indexes_restore(struct db *d, struct strbuf *sql)
{
	struct strbuf run = STRBUF_INIT;
	int rc, cache;

	if (!sql->len)
		return 0;
	/* each build sorts in memory the size of the page cache, and the
	 * import's own cache is still held: a small one keeps the peak low
	 * (and, measured, sorts no slower) */
	if (!(rc = db_int(d, "PRAGMA cache_size", &cache))) {
		sb_printf(&run, "PRAGMA cache_size = -%d;\n%sPRAGMA cache_size = %d;",
			  REBUILD_CACHE_KIB, sql->buf, cache);
		rc = db_exec(d, run.buf);
	}
	sb_free(&run);
	sb_reset(sql);
	return rc;
}
