/* A backup: one snapshot of the database, even while others write, checked
 * and renamed into place so the file is the old one or a complete copy. */
#ifndef NETRAL_DB_BACKUP_H
#define NETRAL_DB_BACKUP_H

#include "netral/db/db.h"

/* 1 when path is the database db or its -wal, -shm or -journal (or would
 * be taken for one): no output may be written there. */
int db_file_of(const char *db, const char *path);
/* Writes path (mode 0600).  Returns an exit status, reported. */
int db_backup(struct db *d, const char *path);

#endif
