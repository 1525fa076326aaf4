/* The dictionary of coded texts (db/kamus.h): a code given in a
 * transaction that rolls back is not kept, in memory or in the file, and
 * may be given to another text; what is committed reads back on another
 * connection. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "netral/db/db.h"
#include "netral/db/kamus.h"
#include "tap.h"

static const char *text_of(struct db *d, long long code)
{
	const char *t = NULL;

	return db_kamus_text(d, code, &t) == 0 ? t : "(failed)";
}

int main(void)
{
	char dir[] = "/tmp/netral-kamus.XXXXXX", path[64];
	struct db d, e;
	long long a = 0, b = 0, a2 = 0, again = 0;

	if (!ok(mkdtemp(dir) != NULL, "a scratch directory"))
		return tap_done();
	snprintf(path, sizeof path, "%s/n.db", dir);
	/* a new file's schema waits in a transaction for what its creator
	 * stores with it */
	if (!ok(db_open(&d, path, DB_WRITE) == 0 && db_commit(&d) == 0, "a new database"))
		return tap_done();
	ok(db_begin(&d) == 0 && db_kamus_code(&d, "kode_etik", &a) == 0 && a > 0, "a code given");
	is_str(text_of(&d, a), "kode_etik", "and read back in the transaction");
	db_rollback(&d);

	ok(db_begin(&d) == 0 && db_kamus_code(&d, "disiplin_berat", &b) == 0, "another text after the rollback");
	is_int(b, a, "takes the code the rolled-back text had");
	is_str(text_of(&d, b), "disiplin_berat", "and the code reads as the new text, not the old");
	ok(db_kamus_code(&d, "kode_etik", &a2) == 0 && a2 != b, "the first text is given a code of its own");
	ok(db_kamus_code(&d, "disiplin_berat", &again) == 0 && again == b, "a text keeps its code");
	ok(db_commit(&d) == 0, "committed");
	is_str(text_of(&d, a2), "kode_etik", "after the commit, read from the file again");

	if (ok(db_open(&e, path, DB_READ) == 0, "a second connection")) {
		is_str(text_of(&e, b), "disiplin_berat", "reads the committed codes");
		is_str(text_of(&e, a2), "kode_etik", "each as its text");
		/* never as no value, which a case's state cannot tell from "" */
		char want[32];

		snprintf(want, sizeof want, "?%lld", a2 + 100);
		is_str(text_of(&e, a2 + 100), want, "a code never given reads as '?' and the code");
		is_str(text_of(&e, 1LL << 40), "?1099511627776", "one far out of range too");
		db_close(&e);
	}
	db_close(&d);
	unlink(path);
	rmdir(dir);
	return tap_done();
}
