/* The SQL functions netral's SQL uses (lipat, kata, orang, rantai),
 * registered on every connection. */
#ifndef NETRAL_DB_FUNC_H
#define NETRAL_DB_FUNC_H

#include <sqlite3.h>

void db_functions(sqlite3 *h);

#endif
